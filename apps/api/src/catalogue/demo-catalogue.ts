import type { ProcedureTerms } from '../../../../libs/domain/src';

/** A receiving unit (one-stop desk or public service centre) and the procedures it handles. */
export interface Agency {
  readonly code: string;
  readonly name: string;
}

/**
 * The demo agency and a few real Department-of-Justice procedures, seeded by `npm start`.
 * Durations from the procedures' legal texts: criminal-record certificate ≤ 10 working days
 * (Law on Judicial Records art. 48); certified copy and birth registration the same working day,
 * next working day when received after 15:00 (Decree 23/2015 art. 7; Law on Civil Status art. 16).
 */
export const DEMO_AGENCIES: readonly Agency[] = [
  { code: 'STP-KH', name: 'Sở Tư pháp tỉnh Khánh Hòa' },
  { code: 'STP-PT', name: 'Sở Tư pháp tỉnh Phú Thọ' },
];

const SAME_DAY = { unit: 'sameDay', cutoff: '15:00' } as const;

export const DEMO_PROCEDURES: readonly ProcedureTerms[] = [
  {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    durations: { desk: { unit: 'workingDays', value: 10 }, online: { unit: 'workingDays', value: 10 } },
    returnsResultDocument: true,
    supplementDeadline: { unit: 'workingDays', value: 10 },
  },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp',
    durations: { desk: SAME_DAY, online: SAME_DAY },
    returnsResultDocument: true,
  },
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    durations: { desk: SAME_DAY, online: SAME_DAY },
    returnsResultDocument: true,
  },
  {
    code: '2.001263',
    name: 'Cấp bản sao trích lục hộ tịch',
    durations: { desk: SAME_DAY, online: { unit: 'workingHours', value: 8 } },
    returnsResultDocument: true,
  },
];

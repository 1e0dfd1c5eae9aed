import { civilServiceCalendarConfig } from '@motcua/domain';
import type { CatalogueProcedure, UnitCalendar } from './catalogue-store';

/**
 * The demo agencies and a few real Department-of-Justice procedures, seeded by `npm start` (and by
 * the tests). Durations from the procedures' legal texts: criminal-record certificate ≤ 10 working
 * days (Law on Judicial Records art. 48); certified copy and birth registration the same working
 * day, next working day when received after 15:00 (Decree 23/2015 art. 7; Law on Civil Status art. 16).
 * Both agencies use the national civil-service calendar with sessions 07:30–11:30 / 13:00–17:00.
 */
export const DEMO_CALENDARS: readonly UnitCalendar[] = [
  {
    agencyCode: 'STP-KH',
    agencyName: 'Sở Tư pháp tỉnh Khánh Hòa',
    governingBody: 'UBND tỉnh Khánh Hòa',
    place: 'Khánh Hòa',
    calendar: civilServiceCalendarConfig(),
  },
  {
    agencyCode: 'STP-PT',
    agencyName: 'Sở Tư pháp tỉnh Phú Thọ',
    governingBody: 'UBND tỉnh Phú Thọ',
    place: 'Phú Thọ',
    calendar: civilServiceCalendarConfig(),
  },
];

const SAME_DAY = { unit: 'sameDay', cutoff: '15:00' } as const;
const AGENCIES = DEMO_CALENDARS.map((c) => c.agencyCode);

export const DEMO_PROCEDURES: readonly CatalogueProcedure[] = [
  {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    sector: 'Lý lịch tư pháp',
    agencyCodes: AGENCIES,
    durations: { desk: { unit: 'workingDays', value: 10 }, online: { unit: 'workingDays', value: 10 } },
    returnsResultDocument: true,
    supplementDeadline: { unit: 'workingDays', value: 10 },
    fee: 200_000,
    onlineLevel: 'full',
    onlinePayment: true,
    publishedAt: '2024-01-15',
    effectiveFrom: '2024-01-20',
    components: [
      { code: 'TK', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)', copies: 1 },
      { code: 'CCCD', name: 'Bản chụp Căn cước công dân hoặc Hộ chiếu', copies: 1 },
      { code: 'CT', name: 'Bản chụp giấy tờ chứng minh nơi thường trú hoặc tạm trú', copies: 1 },
    ],
  },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp',
    sector: 'Chứng thực',
    agencyCodes: AGENCIES,
    durations: { desk: SAME_DAY, online: SAME_DAY },
    returnsResultDocument: true,
    fee: 2_000,
    onlineLevel: 'partial',
    onlinePayment: true,
    publishedAt: '2024-01-15',
    effectiveFrom: '2024-01-20',
    components: [
      { code: 'BC', name: 'Bản chính giấy tờ, văn bản làm cơ sở chứng thực', copies: 1 },
      { code: 'BS', name: 'Bản sao cần chứng thực', copies: 1 },
    ],
  },
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    sector: 'Hộ tịch',
    agencyCodes: AGENCIES,
    durations: { desk: SAME_DAY, online: SAME_DAY },
    returnsResultDocument: true,
    fee: 0,
    onlineLevel: 'full',
    onlinePayment: false,
    publishedAt: '2024-01-15',
    effectiveFrom: '2024-01-20',
    components: [
      { code: 'TK', name: 'Tờ khai đăng ký khai sinh', copies: 1 },
      { code: 'GCS', name: 'Giấy chứng sinh', copies: 1 },
    ],
  },
  {
    code: '2.001263',
    name: 'Cấp bản sao trích lục hộ tịch',
    sector: 'Hộ tịch',
    agencyCodes: AGENCIES,
    durations: { desk: SAME_DAY, online: { unit: 'workingHours', value: 8 } },
    returnsResultDocument: true,
    fee: 8_000,
    onlineLevel: 'full',
    onlinePayment: true,
    publishedAt: '2024-01-15',
    effectiveFrom: '2024-01-20',
    components: [{ code: 'TK', name: 'Tờ khai đề nghị cấp bản sao trích lục hộ tịch', copies: 1 }],
  },
];

/** Dossiers that produce every paper, for both rule sets (Decree 61 before 01/07/2025, Decree 118 after). */
import {
  foldEvents,
  slipContentOf,
  slipIssuedBy,
  type Actor,
  type DossierCommand,
  type DossierEvent,
  type SlipContent,
  type SlipIssue,
  type SlipKind,
} from '@motcua/domain';
import { history, submitCommand, vn } from '@motcua/domain/dossier/dossier.fixtures';

const desk: Actor = { id: 'can-bo-mot-cua', role: 'officer', units: ['desk'] };
const processing: Actor = { id: 'chuyen-vien-2', role: 'officer', units: ['processing'] };

export const ISSUER: SlipIssue['issuer'] = {
  governingBody: 'UBND tỉnh Khánh Hòa',
  unitName: 'Sở Tư pháp tỉnh Khánh Hòa',
  place: 'Khánh Hòa',
};

/** A desk dossier accepted, handed over, supplemented, apologised for and withdrawn, and one refused. */
export function dossierHistories(day: string): { accepted: DossierEvent[]; refused: DossierEvent[] } {
  const applicant = {
    kind: 'citizen' as const,
    name: 'Nguyễn Thị Ánh Dương',
    idNumber: '056190001234',
    phone: '0905 123 456',
    email: 'anhduong@example.vn',
    address: 'Số 12 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa',
  };
  const submit = (code: string) =>
    submitCommand(vn(`${day}T08:00`), {
      dossierCode: code,
      channel: 'desk',
      applicant,
      components: [
        { code: 'TK', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', copies: 1, digitised: false, reused: false },
        { code: 'CCCD', name: 'Căn cước công dân', copies: 1, digitised: true, reused: true },
      ],
    });
  const at = (time: string) => vn(`${day}T${time}`);
  const accepted = history(
    submit('STP-KH-000001'),
    { type: 'AcceptDossier', at: at('08:10'), actor: desk },
    { type: 'HandOverDossier', at: at('09:00'), actor: desk, toUnit: 'processing' },
    { type: 'ReceiveDossier', at: at('09:30'), actor: processing },
    {
      type: 'RequestSupplement',
      at: at('10:00'),
      actor: processing,
      reason: 'Tờ khai thiếu chữ ký của người yêu cầu',
      missingComponents: ['TK'],
    },
    {
      type: 'ReceiveSupplement',
      at: at('14:00'),
      actor: desk,
      components: [
        { code: 'TK', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', copies: 1, digitised: false, reused: false },
      ],
    },
    {
      type: 'IssueApology',
      at: at('15:00'),
      actor: processing,
      reason: 'Chờ kết quả xác minh của cơ quan Công an',
      rescheduledAt: new Date(Date.parse(at('15:00')) + 30 * 86_400_000).toISOString(),
    },
    {
      type: 'RequestWithdrawal',
      at: at('16:00'),
      actor: { id: 'applicant-1', role: 'applicant' },
      reason: 'Không còn nhu cầu',
    },
    { type: 'StopProcessing', at: at('16:30'), actor: processing, reason: 'Người yêu cầu rút hồ sơ' },
  );
  const refused = history(submit('STP-KH-000002'), {
    type: 'RefuseDossier',
    at: at('08:20'),
    actor: desk,
    reason: 'Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp',
  } as DossierCommand);
  return { accepted, refused };
}

/** Every paper of a history, each from the state right after its event. */
export function papersOf(events: readonly DossierEvent[], lookupUrl: string): Map<SlipKind, SlipContent> {
  const papers = new Map<SlipKind, SlipContent>();
  events.forEach((event, i) => {
    const kind = slipIssuedBy(event);
    if (!kind) return;
    const state = foldEvents(events.slice(0, i + 1));
    const issue: SlipIssue = { number: `${i + 1}/TEST`, issuer: ISSUER, issuedAt: event.data.at, lookupUrl };
    papers.set(kind, slipContentOf(kind, { state, event, issue }));
  });
  const last = events[events.length - 1];
  if (foldEvents(events).acceptedAt) {
    papers.set(
      'controlSlip',
      slipContentOf('controlSlip', {
        state: foldEvents(events),
        event: last,
        issue: { issuer: ISSUER, issuedAt: last.data.at },
      }),
    );
  }
  return papers;
}

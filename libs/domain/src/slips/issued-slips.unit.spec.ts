import { SYSTEM_ACTOR } from '../dossier/vocabulary';
import type { DossierCommand } from '../dossier/commands';
import { doc, given, history, officer, pauseCommand, submitCommand, vn } from '../dossier/dossier.fixtures';
import { foldEvents } from '../dossier/evolve';
import type { IssuedSlip } from './issued-slips';

const ISSUER = { unitName: 'Sở Tư pháp tỉnh Khánh Hòa' };
const issued = (slip: IssuedSlip['slip'], ofVersion: number): IssuedSlip => ({
  slip,
  ofVersion,
  form: 'Mẫu số 01',
  title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  number: '1/TNHS',
  issuer: ISSUER,
  issuedAt: vn('2025-03-10T09:00'),
  formsVersion: '2026-12-01',
  contentHash: `sha256:${'ab'.repeat(32)}`,
  documentId: '00000000-0000-4000-8000-000000000001',
});
const record = (slip: IssuedSlip, actor = SYSTEM_ACTOR): DossierCommand => ({
  type: 'RecordIssuedSlip',
  at: vn('2025-03-10T09:01'),
  actor,
  slip,
});

const SUBMITTED = history(submitCommand(vn('2025-03-10T08:00'), { channel: 'desk' }));
const ACCEPTED = [
  ...SUBMITTED,
  ...given(SUBMITTED)
    .when({ type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer })
    .events(),
];

describe('papers the facts owe', () => {
  it('owes the receipt for the acceptance, nothing for the submission', () => {
    expect(foldEvents(SUBMITTED).pendingSlips).toEqual([]);
    expect(foldEvents(ACCEPTED).pendingSlips).toEqual([{ slip: 'receipt', ofVersion: 2 }]);
  });

  it('records an owed paper once, as issued by motcua', () => {
    const state = given(ACCEPTED)
      .when(record(issued('receipt', 2)))
      .then([{ type: 'SlipIssued', data: { slip: 'receipt', ofVersion: 2, number: '1/TNHS' } }]);
    expect(state.pendingSlips).toEqual([]);
    expect(state.issuedSlips).toEqual([issued('receipt', 2)]);
    const recorded = [
      ...ACCEPTED,
      ...given(ACCEPTED)
        .when(record(issued('receipt', 2)))
        .events(),
    ];
    given(recorded)
      .when(record(issued('receipt', 2)))
      .thenRefused('SLIP_NOT_PENDING');
  });

  it('refuses a paper nothing owes and a record from a person', () => {
    given(ACCEPTED)
      .when(record(issued('apology', 2)))
      .thenRefused('SLIP_NOT_PENDING');
    given(ACCEPTED)
      .when(record(issued('receipt', 1)))
      .thenRefused('SLIP_NOT_PENDING');
    given(ACCEPTED)
      .when(record(issued('receipt', 2), officer))
      .thenRefused('INVALID_COMMAND');
  });

  it('owes a request, an apology and a stop notice; a pause owes nothing; a closed dossier still records its paper', () => {
    const events = history(
      submitCommand(vn('2025-03-10T08:00'), { channel: 'desk' }),
      { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer },
      {
        type: 'RequestSupplement',
        at: vn('2025-03-10T10:00'),
        actor: officer,
        reason: 'Thiếu',
        missingComponents: ['TK'],
      },
      {
        type: 'ReceiveSupplement',
        at: vn('2025-03-10T11:00'),
        actor: officer,
        components: [{ code: 'TK', name: 'Tờ khai', copies: 1, digitised: true, reused: false }],
      },
      pauseCommand('2025-03-10T13:30', { attachment: doc('cv.pdf') }),
      { type: 'ResumeProcessing', at: vn('2025-03-10T14:00'), actor: officer },
      {
        type: 'IssueApology',
        at: vn('2025-03-10T15:00'),
        actor: officer,
        reason: 'Chờ xác minh',
        rescheduledAt: vn('2025-04-30T17:00'),
      },
      { type: 'StopProcessing', at: vn('2025-03-10T16:00'), actor: officer, reason: 'Theo quyết định' },
    );
    const state = foldEvents(events);
    expect(state.pendingSlips.map((p) => p.slip)).toEqual(['receipt', 'supplementRequest', 'apology', 'stopNotice']);
    expect(state.stage).toBe('closed');
    const stop = state.pendingSlips[3];
    given(events)
      .when(record(issued('stopNotice', stop.ofVersion)))
      .then([{ type: 'SlipIssued', data: { slip: 'stopNotice' } }]);
  });
});

/** One scenario per path of domain.md §3, from submission to the end, through decide and evolve only. */
import type { DossierCommand } from './commands';
import {
  applicant,
  doc,
  history,
  officer,
  pauseCommand,
  resume,
  submitCommand,
  supervisor,
  system,
  vn,
  eSignedDoc,
} from './dossier.fixtures';
import { foldEvents } from './evolve';

const at = (local: string) => vn(local);
const types = (commands: DossierCommand[]) => history(...commands).map((e) => e.type);
const stateOf = (commands: DossierCommand[]) => foldEvents(history(...commands));

const submit = submitCommand(at('2025-03-07T15:00'));
const accept: DossierCommand = { type: 'AcceptDossier', at: at('2025-03-10T09:00'), actor: officer };
const resultAt = (local: string): DossierCommand => ({
  type: 'IssueResult',
  at: at(local),
  actor: officer,
  decision: 'approved',
  documents: [eSignedDoc('lltp.pdf', 'LLTP-1')],
});
const returned = (local: string): DossierCommand => ({
  type: 'ReturnResult',
  at: at(local),
  actor: officer,
  method: 'online',
});

describe('dossier paths', () => {
  it('accept → result → return', () => {
    const path = [submit, accept, resultAt('2025-03-20T10:00'), returned('2025-03-20T11:00')];
    expect(types(path)).toEqual(['DossierSubmitted', 'DossierAccepted', 'ResultIssued', 'ResultReturned']);
    expect(stateOf(path)).toMatchObject({
      status: 10,
      timeliness: 'early',
      eResult: true,
      returnedAt: at('2025-03-20T11:00'),
    });
  });

  it('completion request → resubmission → accept', () => {
    const path: DossierCommand[] = [
      submit,
      {
        type: 'RequestCompletion',
        at: at('2025-03-10T08:00'),
        actor: officer,
        reason: 'Thiếu CCCD',
        missingComponents: ['CCCD'],
      },
      {
        type: 'ReceiveSupplement',
        at: at('2025-03-11T08:00'),
        actor: applicant,
        components: [{ code: 'CCCD', name: 'CCCD', copies: 1, digitised: true, reused: true }],
      },
      { type: 'AcceptDossier', at: at('2025-03-11T09:00'), actor: officer },
    ];
    expect(types(path)).toEqual(['DossierSubmitted', 'CompletionRequested', 'SupplementReceived', 'DossierAccepted']);
    expect(stateOf(path)).toMatchObject({
      status: 2,
      supplementCount: 1,
      acceptedLate: false,
      dueAt: at('2025-03-25T09:00'),
    });
  });

  it('supplement once → a second request is refused', () => {
    const path: DossierCommand[] = [
      submit,
      accept,
      {
        type: 'RequestSupplement',
        at: at('2025-03-11T09:00'),
        actor: officer,
        reason: 'Thiếu',
        missingComponents: ['GKS'],
      },
      {
        type: 'ReceiveSupplement',
        at: at('2025-03-12T09:00'),
        actor: applicant,
        components: [{ code: 'GKS', name: 'GKS', copies: 1, digitised: true, reused: false }],
      },
    ];
    expect(stateOf(path)).toMatchObject({ supplementCount: 1, dueAt: at('2025-03-25T09:00') });
    expect(() =>
      history(...path, {
        type: 'RequestSupplement',
        at: at('2025-03-13T09:00'),
        actor: officer,
        reason: 'Lại thiếu',
        missingComponents: ['X'],
      }),
    ).toThrow(expect.objectContaining({ code: 'SUPPLEMENT_LIMIT_REACHED' }));
  });

  it('pause → resume moves the due date by exactly the paused working time', () => {
    const path: DossierCommand[] = [
      submit,
      accept,
      pauseCommand('2025-03-11T09:00', { reasonCode: 'FINANCIAL_OBLIGATION', reason: 'Chờ nộp lệ phí' }),
      resume('2025-03-13T09:00'),
    ];
    expect(stateOf(path)).toMatchObject({
      status: 4,
      dueAt: at('2025-03-26T09:00'),
      originalDueAt: at('2025-03-24T09:00'),
    });
  });

  it('overdue → apology → result: late, original due date kept', () => {
    const path: DossierCommand[] = [
      submit,
      accept,
      { type: 'RemindApology', at: at('2025-03-21T09:00'), actor: system },
      {
        type: 'IssueApology',
        at: at('2025-03-21T10:00'),
        actor: officer,
        reason: 'Chờ xác minh',
        rescheduledAt: at('2025-03-28T17:00'),
        slip: doc('mau-04.pdf'),
      },
      { type: 'MarkOverdue', at: at('2025-03-24T09:00'), actor: system },
      resultAt('2025-03-27T10:00'),
    ];
    expect(types(path)).toEqual([
      'DossierSubmitted',
      'DossierAccepted',
      'ApologyReminderRaised',
      'ApologyIssued',
      'DossierOverdue',
      'ResultIssued',
    ]);
    expect(stateOf(path)).toMatchObject({
      timeliness: 'late',
      overdue: true,
      apologyLate: true,
      originalDueAt: at('2025-03-24T09:00'),
      statisticalDueAt: at('2025-03-24T09:00'),
      rescheduledAt: at('2025-03-28T17:00'),
    });
  });

  it('withdrawal → stop', () => {
    const path: DossierCommand[] = [
      submit,
      accept,
      { type: 'RequestWithdrawal', at: at('2025-03-11T09:00'), actor: applicant, reason: 'Không còn nhu cầu' },
      {
        type: 'StopProcessing',
        at: at('2025-03-11T10:00'),
        actor: officer,
        reason: 'Theo đề nghị',
        slip: doc('mau-05.pdf'),
      },
    ];
    expect(stateOf(path)).toMatchObject({ status: 8, withdrawalRequested: true, stage: 'closed' });
  });

  it('cancellation of an unaccepted online dossier, reviewed by a supervisor', () => {
    const path: DossierCommand[] = [
      submit,
      {
        type: 'CancelDossier',
        at: at('2025-03-12T09:00'),
        actor: officer,
        reason: 'Không phản hồi yêu cầu hoàn thiện',
      },
      {
        type: 'ReviewAuditedAction',
        at: at('2025-03-13T09:00'),
        actor: supervisor,
        actionId: 'cancellation-1',
        verdict: 'justified',
        note: 'Đúng',
      },
    ];
    expect(stateOf(path)).toMatchObject({
      status: 3,
      cancelled: true,
      auditedActions: [expect.objectContaining({ verdict: 'justified' })],
    });
  });

  it('unjustified pause review changes the due date used for timeliness', () => {
    const path: DossierCommand[] = [
      submit,
      accept,
      pauseCommand('2025-03-11T09:00'),
      resume('2025-03-13T09:00'),
      resultAt('2025-03-25T10:00'),
    ];
    expect(stateOf(path).timeliness).toBe('early');
    const reviewed = stateOf([
      ...path,
      {
        type: 'ReviewAuditedAction',
        at: at('2025-03-26T09:00'),
        actor: supervisor,
        actionId: 'pause-1',
        verdict: 'unjustified',
        note: 'Không có căn cứ',
      },
    ]);
    expect(reviewed).toMatchObject({
      timeliness: 'late',
      statisticalDueAt: at('2025-03-24T09:00'),
      dueAt: at('2025-03-26T09:00'),
    });
  });
});

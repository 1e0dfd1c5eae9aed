import { nextDeadline, pendingDeadlines } from './deadlines';
import {
  applicant,
  calendar,
  given,
  history,
  officer,
  sameDay,
  submitCommand,
  supervisor,
  system,
  vn,
} from './dossier.fixtures';

// 2025-03-07 is a Friday.
const FRIDAY_15 = vn('2025-03-07T15:00');
const submitted = history(submitCommand(FRIDAY_15));

describe('SubmitDossier', () => {
  it('opens an 8-working-hour acceptance window for an online dossier (Friday 15:00 → Monday 15:00)', () => {
    const state = given([])
      .when(submitCommand(FRIDAY_15))
      .then([
        {
          type: 'DossierSubmitted',
          data: { at: FRIDAY_15, acceptanceDeadline: vn('2025-03-10T15:00'), ruleSetId: 'ND61-107' },
        },
      ]);
    expect(state).toMatchObject({ status: 1, stage: 'receipt', acceptanceDeadline: vn('2025-03-10T15:00') });
  });

  it('has no acceptance window at the desk or by post', () => {
    const [event] = given([])
      .when(submitCommand(FRIDAY_15, { channel: 'desk' }))
      .events();
    expect(event.type === 'DossierSubmitted' && event.data.acceptanceDeadline).toBeUndefined();
  });

  it.each([
    [vn('2025-06-30T23:59'), 'ND61-107'],
    [vn('2025-07-01T00:00'), 'ND118'],
  ])('records the rule set in force at the submission instant (%s → %s)', (at, ruleSetId) => {
    given([])
      .when(submitCommand(at))
      .then([{ type: 'DossierSubmitted', data: { ruleSetId } }]);
  });

  it('refuses a second submission, a negative fee, no components and an invalid instant', () => {
    given(submitted).when(submitCommand(FRIDAY_15)).thenRefused('ALREADY_SUBMITTED');
    given([])
      .when(submitCommand(FRIDAY_15, { fee: -1 }))
      .thenRefused('INVALID_COMMAND');
    given([])
      .when(submitCommand(FRIDAY_15, { components: [] }))
      .thenRefused('MISSING_COMPONENTS_REQUIRED');
    given([]).when(submitCommand('not a time')).thenRefused('INVALID_COMMAND');
  });

  it('refuses any other command before submission', () => {
    given([]).when({ type: 'AcceptDossier', at: FRIDAY_15, actor: officer }).thenRefused('NOT_SUBMITTED');
  });
});

describe('AcceptDossier', () => {
  it('starts the processing clock and appoints the due date (10 working days)', () => {
    const state = given(submitted)
      .when({ type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer })
      .then([{ type: 'DossierAccepted', data: { dueAt: vn('2025-03-24T09:00'), late: false } }]);
    expect(state).toMatchObject({
      status: 2,
      stage: 'processing',
      dueAt: vn('2025-03-24T09:00'),
      originalDueAt: vn('2025-03-24T09:00'),
    });
  });

  it('marks an acceptance after the window as late', () => {
    given(submitted)
      .when({ type: 'AcceptDossier', at: vn('2025-03-10T15:01'), actor: officer })
      .then([{ type: 'DossierAccepted', data: { late: true } }]);
  });

  it('refuses a second acceptance with the current status', () => {
    const accepted = history(submitCommand(FRIDAY_15), {
      type: 'AcceptDossier',
      at: vn('2025-03-10T09:00'),
      actor: officer,
    });
    const refusal = given(accepted)
      .when({ type: 'AcceptDossier', at: vn('2025-03-10T10:00'), actor: officer })
      .thenRefused('INVALID_TRANSITION');
    expect(refusal.details.dossierStatus).toBe(2);
  });

  it.each([
    ['before the 15:00 cut-off: the same working day', '2025-03-10T14:00', '2025-03-10T17:00'],
    ['after the cut-off: the next working day', '2025-03-10T15:30', '2025-03-11T17:00'],
    ['Friday after the cut-off: Monday', '2025-03-07T16:00', '2025-03-10T17:00'],
  ])('appoints same-day procedures %s', (_name, at, due) => {
    const events = history(submitCommand(vn('2025-03-07T08:00'), { procedure: sameDay, channel: 'desk' }));
    given(events)
      .when({ type: 'AcceptDossier', at: vn(at), actor: officer })
      .then([{ type: 'DossierAccepted', data: { dueAt: vn(due) } }]);
  });

  it('refuses a command dated before the last fact', () => {
    given(submitted)
      .when({ type: 'AcceptDossier', at: vn('2025-03-07T14:00'), actor: officer })
      .thenRefused('INSTANT_BEFORE_LAST_EVENT');
  });
});

describe('the acceptance window', () => {
  it('is the next deadline of an online dossier', () => {
    expect(nextDeadline(given(submitted).state, calendar)).toEqual({
      command: 'RecordAcceptanceWindowBreach',
      at: vn('2025-03-10T15:00'),
    });
  });

  it('records the breach at the exact deadline instant, even when noticed later', () => {
    const state = given(submitted)
      .when({ type: 'RecordAcceptanceWindowBreach', at: vn('2025-03-10T15:07'), actor: system })
      .then([{ type: 'AcceptanceWindowBreached', data: { at: vn('2025-03-10T15:00') } }]);
    expect(state.acceptanceWindowBreached).toBe(true);
    expect(pendingDeadlines(state, calendar)).toEqual([]);
  });

  it('refuses to record the breach before the deadline, or for a desk dossier', () => {
    given(submitted)
      .when({ type: 'RecordAcceptanceWindowBreach', at: vn('2025-03-10T14:59'), actor: system })
      .thenRefused('DEADLINE_NOT_REACHED');
    const desk = history(submitCommand(FRIDAY_15, { channel: 'desk' }));
    given(desk)
      .when({ type: 'RecordAcceptanceWindowBreach', at: vn('2025-03-11T00:00'), actor: system })
      .thenRefused('INVALID_TRANSITION');
  });
});

describe('RequestCompletion and resubmission', () => {
  const completion = {
    type: 'RequestCompletion',
    at: vn('2025-03-10T08:00'),
    actor: officer,
    reason: 'Thiếu bản sao CCCD',
    missingComponents: ['CCCD'],
  } as const;

  it('asks for completion (Mẫu 02), counting toward the supplementation limit', () => {
    const state = given(submitted)
      .when(completion)
      .then([{ type: 'CompletionRequested', data: { actionId: 'completion-1', missingComponents: ['CCCD'] } }]);
    expect(state).toMatchObject({ status: 5, stage: 'receipt', supplementCount: 1 });
    expect(state.auditedActions).toEqual([expect.objectContaining({ id: 'completion-1', kind: 'completionRequest' })]);
  });

  it('needs a reason and the list of missing components', () => {
    given(submitted)
      .when({ ...completion, reason: ' ' })
      .thenRefused('REASON_REQUIRED');
    given(submitted)
      .when({ ...completion, missingComponents: [] })
      .thenRefused('MISSING_COMPONENTS_REQUIRED');
  });

  it('gives a fresh 8-hour window when the applicant resubmits', () => {
    const events = history(submitCommand(FRIDAY_15), completion);
    const state = given(events)
      .when({
        type: 'ReceiveSupplement',
        at: vn('2025-03-11T10:00'),
        actor: applicant,
        components: [{ code: 'CCCD', name: 'CCCD', copies: 1, digitised: true, reused: true }],
      })
      .then([{ type: 'SupplementReceived', data: { stage: 'receipt', acceptanceDeadline: vn('2025-03-12T10:00') } }]);
    expect(state).toMatchObject({
      status: 1,
      acceptanceDeadline: vn('2025-03-12T10:00'),
      acceptanceWindowBreached: false,
    });
  });

  it('cannot accept while waiting for the completed dossier', () => {
    given(history(submitCommand(FRIDAY_15), completion))
      .when({ type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer })
      .thenRefused('INVALID_TRANSITION');
  });

  it('leaves no second supplementation request after acceptance', () => {
    const events = history(
      submitCommand(FRIDAY_15),
      completion,
      {
        type: 'ReceiveSupplement',
        at: vn('2025-03-10T09:00'),
        actor: applicant,
        components: [{ code: 'CCCD', name: 'CCCD', copies: 1, digitised: true, reused: false }],
      },
      { type: 'AcceptDossier', at: vn('2025-03-10T10:00'), actor: officer },
    );
    given(events)
      .when({
        type: 'RequestSupplement',
        at: vn('2025-03-11T10:00'),
        actor: officer,
        reason: 'Thiếu',
        missingComponents: ['X'],
      })
      .thenRefused('SUPPLEMENT_LIMIT_REACHED');
  });
});

describe('RefuseDossier and CancelDossier', () => {
  it('refuses at receipt with a reason (Mẫu 03) and closes the dossier', () => {
    const state = given(submitted)
      .when({ type: 'RefuseDossier', at: vn('2025-03-10T08:00'), actor: officer, reason: 'Không thuộc thẩm quyền' })
      .then([{ type: 'DossierRefused', data: { reason: 'Không thuộc thẩm quyền' } }]);
    expect(state).toMatchObject({ status: 3, stage: 'closed' });
    given(
      history(submitCommand(FRIDAY_15), {
        type: 'RefuseDossier',
        at: vn('2025-03-10T08:00'),
        actor: officer,
        reason: 'x',
      }),
    )
      .when({ type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer })
      .thenRefused('DOSSIER_CLOSED');
  });

  it('needs a reason, and only before acceptance', () => {
    given(submitted)
      .when({ type: 'RefuseDossier', at: vn('2025-03-10T08:00'), actor: officer, reason: '' })
      .thenRefused('REASON_REQUIRED');
    const accepted = history(submitCommand(FRIDAY_15), {
      type: 'AcceptDossier',
      at: vn('2025-03-10T09:00'),
      actor: officer,
    });
    given(accepted)
      .when({ type: 'RefuseDossier', at: vn('2025-03-10T10:00'), actor: officer, reason: 'x' })
      .thenRefused('INVALID_TRANSITION');
    given(accepted)
      .when({ type: 'CancelDossier', at: vn('2025-03-10T10:00'), actor: officer, reason: 'x' })
      .thenRefused('INVALID_TRANSITION');
  });

  it('cancels an unaccepted dossier with a reason, as an audited action', () => {
    const state = given(submitted)
      .when({ type: 'CancelDossier', at: vn('2025-03-12T08:00'), actor: officer, reason: 'Công dân không phản hồi' })
      .then([{ type: 'DossierCancelled', data: { actionId: 'cancellation-1' } }]);
    expect(state).toMatchObject({ status: 3, stage: 'closed', cancelled: true });
    expect(state.auditedActions[0]).toMatchObject({ id: 'cancellation-1', kind: 'cancellation' });
    given(submitted)
      .when({ type: 'CancelDossier', at: vn('2025-03-12T08:00'), actor: officer, reason: '' })
      .thenRefused('REASON_REQUIRED');
  });

  it('lets a supervisor review a cancellation after the dossier is closed', () => {
    const events = history(submitCommand(FRIDAY_15), {
      type: 'CancelDossier',
      at: vn('2025-03-12T08:00'),
      actor: officer,
      reason: 'x',
    });
    const state = given(events)
      .when({
        type: 'ReviewAuditedAction',
        at: vn('2025-03-20T08:00'),
        actor: supervisor,
        actionId: 'cancellation-1',
        verdict: 'justified',
        note: 'Đúng quy định',
      })
      .then([{ type: 'AuditedActionReviewed', data: { verdict: 'justified', kind: 'cancellation' } }]);
    expect(state.auditedActions[0].verdict).toBe('justified');
  });
});

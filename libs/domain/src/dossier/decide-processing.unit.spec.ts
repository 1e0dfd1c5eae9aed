import type { DossierCommand } from './commands';
import { pendingDeadlines } from './deadlines';
import {
  applicant,
  calendar,
  doc,
  given,
  HASH,
  history,
  officer,
  pauseCommand,
  resume,
  submitCommand,
  supervisor,
  system,
  tenDays,
  vn,
  eSignedDoc,
} from './dossier.fixtures';
import type { DossierEvent } from './events';

// Submitted Friday 07/03/2025, accepted Monday 10/03 09:00: due Monday 24/03 09:00 (10 working days).
const ACCEPTED: DossierEvent[] = history(submitCommand(vn('2025-03-07T15:00')), {
  type: 'AcceptDossier',
  at: vn('2025-03-10T09:00'),
  actor: officer,
});
const DUE = vn('2025-03-24T09:00');

const result = (
  at: string,
  overrides: Partial<Extract<DossierCommand, { type: 'IssueResult' }>> = {},
): DossierCommand => ({
  type: 'IssueResult',
  at: vn(at),
  actor: officer,
  decision: 'approved',
  documents: [eSignedDoc('phieu-lltp.pdf', 'LLTP-001')],
  ...overrides,
});
const supplement = (at: string): DossierCommand => ({
  type: 'RequestSupplement',
  at: vn(at),
  actor: officer,
  reason: 'Thiếu giấy khai sinh',
  missingComponents: ['GKS'],
});
const received = (at: string): DossierCommand => ({
  type: 'ReceiveSupplement',
  at: vn(at),
  actor: applicant,
  components: [{ code: 'GKS', name: 'Giấy khai sinh', copies: 1, digitised: true, reused: false }],
});
const apology = (at: string, rescheduledAt: string): DossierCommand => ({
  type: 'IssueApology',
  at: vn(at),
  actor: officer,
  reason: 'Chờ kết quả xác minh',
  rescheduledAt: vn(rescheduledAt),
  slip: doc('mau-04.pdf'),
});

describe('RequestSupplement / ReceiveSupplement (at most once)', () => {
  it('stops the clock, sets the applicant deadline, and moves the due date by the stopped working time', () => {
    const requested = given(ACCEPTED)
      .when(supplement('2025-03-11T09:00'))
      .then([
        { type: 'SupplementRequested', data: { actionId: 'supplement-1', supplementDueAt: vn('2025-03-18T09:00') } },
      ]);
    expect(requested).toMatchObject({ status: 5, supplementCount: 1, clockStoppedBy: 'supplement-1' });
    const events = [...ACCEPTED, ...given(ACCEPTED).when(supplement('2025-03-11T09:00')).events()];
    const after = given(events)
      .when(received('2025-03-13T09:00'))
      .then([
        {
          type: 'SupplementReceived',
          data: { stage: 'processing', stoppedWorkingMinutes: 960, dueAt: vn('2025-03-26T09:00') },
        },
      ]);
    expect(after).toMatchObject({
      status: 4,
      dueAt: vn('2025-03-26T09:00'),
      statisticalDueAt: vn('2025-03-26T09:00'),
      originalDueAt: DUE,
    });
  });

  it('refuses a second request with SUPPLEMENT_LIMIT_REACHED', () => {
    const events = [...ACCEPTED];
    events.push(...given(events).when(supplement('2025-03-11T09:00')).events());
    events.push(...given(events).when(received('2025-03-12T09:00')).events());
    given(events).when(supplement('2025-03-13T09:00')).thenRefused('SUPPLEMENT_LIMIT_REACHED');
  });

  it('refuses a supplement without components', () => {
    const events = [...ACCEPTED, ...given(ACCEPTED).when(supplement('2025-03-11T09:00')).events()];
    given(events)
      .when({ ...received('2025-03-12T09:00'), components: [] } as DossierCommand)
      .thenRefused('MISSING_COMPONENTS_REQUIRED');
  });

  it('stops the dossier at the applicant deadline when no supplement arrives', () => {
    const events = [...ACCEPTED, ...given(ACCEPTED).when(supplement('2025-03-11T09:00')).events()];
    expect(pendingDeadlines(given(events).state, calendar)).toEqual([
      { command: 'StopForMissedSupplementDeadline', at: vn('2025-03-18T09:00') },
    ]);
    const state = given(events)
      .when({ type: 'StopForMissedSupplementDeadline', at: vn('2025-03-18T09:30'), actor: system })
      .then([{ type: 'DossierStopped', data: { at: vn('2025-03-18T09:00'), reasonCode: 'SUPPLEMENT_NOT_RECEIVED' } }]);
    expect(state).toMatchObject({ status: 8, stage: 'closed' });
  });

  it('restarts the clock in full when the procedure says so', () => {
    const events = history(
      submitCommand(vn('2025-03-07T15:00'), { procedure: { ...tenDays, supplementRestartsClock: true } }),
      { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer },
      supplement('2025-03-11T09:00'),
    );
    given(events)
      .when(received('2025-03-13T10:00'))
      .then([{ type: 'SupplementReceived', data: { restartedClock: true, dueAt: vn('2025-03-27T10:00') } }]);
  });
});

describe('PauseProcessing / ResumeProcessing', () => {
  it('needs a reason code, a concrete reason, the attached document and a written notice, each its own code', () => {
    given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { reasonCode: undefined }))
      .thenRefused('PAUSE_REASON_CODE_REQUIRED');
    given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { reason: '  ' }))
      .thenRefused('PAUSE_REASON_REQUIRED');
    given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { attachment: undefined }))
      .thenRefused('PAUSE_ATTACHMENT_REQUIRED');
    given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { attachment: { fileName: 'x.pdf', contentHash: 'md5:1' } }))
      .thenRefused('PAUSE_ATTACHMENT_REQUIRED');
    given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { notice: undefined }))
      .thenRefused('PAUSE_NOTICE_REQUIRED');
    given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { notice: { channel: 'post', reference: '' } }))
      .thenRefused('PAUSE_NOTICE_REQUIRED');
  });

  it('keeps the ground document as the dossier stores it: name, hash and document id, nothing else', () => {
    const ground = { fileName: 'cong-van.pdf', contentHash: `sha256:${'ab'.repeat(32)}`, documentId: 'doc-7' };
    const [paused] = given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { attachment: { ...ground, extra: 'dropped' } as typeof ground }))
      .events();
    expect(paused.type === 'ProcessingPaused' && paused.data.attachment).toEqual(ground);
  });

  it('pauses 2 working days and resumes: the due date moves exactly 2 working days, the original stays', () => {
    const paused = [...ACCEPTED, ...given(ACCEPTED).when(pauseCommand('2025-03-11T09:00')).events()];
    const state = given(paused).state;
    expect(state).toMatchObject({ status: 4, clockStoppedBy: 'pause-1' });
    expect(pendingDeadlines(state, calendar)).toEqual([]);
    const resumed = given(paused)
      .when(resume('2025-03-13T09:00'))
      .then([
        {
          type: 'ProcessingResumed',
          data: { actionId: 'pause-1', stoppedWorkingMinutes: 960, dueAt: vn('2025-03-26T09:00') },
        },
      ]);
    expect(resumed).toMatchObject({ dueAt: vn('2025-03-26T09:00'), originalDueAt: DUE, clockStoppedBy: undefined });
    expect(resumed.auditedActions[0]).toMatchObject({ endedAt: vn('2025-03-13T09:00'), stoppedWorkingMinutes: 960 });
  });

  it('puts a dossier waiting for fees in status 6', () => {
    given(ACCEPTED)
      .when(pauseCommand('2025-03-11T09:00', { reasonCode: 'FINANCIAL_OBLIGATION' }))
      .then([{ type: 'ProcessingPaused' }]);
    const paused = [
      ...ACCEPTED,
      ...given(ACCEPTED)
        .when(pauseCommand('2025-03-11T09:00', { reasonCode: 'FINANCIAL_OBLIGATION' }))
        .events(),
    ];
    expect(given(paused).state.status).toBe(6);
  });

  it('refuses pausing twice, resuming when not paused, pausing during supplementation and a result while paused', () => {
    const paused = [...ACCEPTED, ...given(ACCEPTED).when(pauseCommand('2025-03-11T09:00')).events()];
    given(paused).when(pauseCommand('2025-03-11T10:00')).thenRefused('ALREADY_PAUSED');
    given(ACCEPTED).when(resume('2025-03-11T10:00')).thenRefused('NOT_PAUSED');
    given(paused).when(result('2025-03-12T10:00')).thenRefused('INVALID_TRANSITION');
    const supplementing = [...ACCEPTED, ...given(ACCEPTED).when(supplement('2025-03-11T09:00')).events()];
    given(supplementing).when(pauseCommand('2025-03-11T10:00')).thenRefused('INVALID_TRANSITION');
  });
});

describe('deadlines while processing', () => {
  it('reminds at due − 1 working day, then records the overdue fact at the due instant', () => {
    const state = given(ACCEPTED).state;
    expect(pendingDeadlines(state, calendar)).toEqual([
      { command: 'RemindApology', at: vn('2025-03-21T09:00') },
      { command: 'MarkOverdue', at: DUE },
      // The desk's first step of the default process: a tenth of the ten days.
      { command: 'MarkStepOverdue', at: vn('2025-03-11T09:00') },
    ]);
    given(ACCEPTED)
      .when({ type: 'MarkOverdue', at: vn('2025-03-21T09:00'), actor: system })
      .thenRefused('DEADLINE_NOT_REACHED');
    const overdue = given(ACCEPTED)
      .when({ type: 'MarkOverdue', at: vn('2025-03-24T10:00'), actor: system })
      .then([{ type: 'DossierOverdue', data: { at: DUE, dueAt: DUE } }]);
    expect(overdue.overdue).toBe(true);
    given(ACCEPTED)
      .when({ type: 'RemindApology', at: vn('2025-03-21T09:00'), actor: system })
      .then([{ type: 'ApologyReminderRaised', data: { at: vn('2025-03-21T09:00'), dueAt: DUE } }]);
  });
});

describe('IssueApology (Mẫu 04)', () => {
  it('is on time up to one working day before the due date, late after', () => {
    given(ACCEPTED)
      .when(apology('2025-03-21T09:00', '2025-03-28T17:00'))
      .then([{ type: 'ApologyIssued', data: { late: false } }]);
    given(ACCEPTED)
      .when(apology('2025-03-21T09:01', '2025-03-28T17:00'))
      .then([{ type: 'ApologyIssued', data: { late: true } }]);
  });

  it('needs a reason and a new appointment after the due date, not a slip (motcua issues it); only once', () => {
    given(ACCEPTED)
      .when({ ...apology('2025-03-20T09:00', '2025-03-28T17:00'), reason: '' } as DossierCommand)
      .thenRefused('REASON_REQUIRED');
    given(ACCEPTED)
      .when({ ...apology('2025-03-20T09:00', '2025-03-28T17:00'), slip: undefined } as DossierCommand)
      .then([{ type: 'ApologyIssued', data: { reason: 'Chờ kết quả xác minh' } }]);
    given(ACCEPTED).when(apology('2025-03-20T09:00', '2025-03-24T09:00')).thenRefused('APOLOGY_DATE_NOT_AFTER_DUE');
    const apologised = [...ACCEPTED, ...given(ACCEPTED).when(apology('2025-03-20T09:00', '2025-03-28T17:00')).events()];
    given(apologised).when(apology('2025-03-21T09:00', '2025-04-04T17:00')).thenRefused('APOLOGY_LIMIT_REACHED');
  });

  it('watches the new appointment and records it missed', () => {
    const apologised = [...ACCEPTED, ...given(ACCEPTED).when(apology('2025-03-20T09:00', '2025-03-28T17:00')).events()];
    expect(pendingDeadlines(given(apologised).state, calendar)).toContainEqual({
      command: 'MarkAppointmentMissed',
      at: vn('2025-03-28T17:00'),
    });
    given(apologised)
      .when({ type: 'MarkAppointmentMissed', at: vn('2025-03-28T17:00'), actor: system })
      .then([{ type: 'RescheduledAppointmentMissed' }]);
  });
});

describe('IssueResult, ReturnResult, RateSatisfaction', () => {
  it.each([
    ['early: an earlier day than the due date', '2025-03-21T16:00', 'early'],
    ['on time: the due day, before the due instant', '2025-03-24T08:00', 'onTime'],
    ['on time: exactly at the due instant', '2025-03-24T09:00', 'onTime'],
    ['late: one minute after', '2025-03-24T09:01', 'late'],
  ])('classifies timeliness, %s', (_name, at, timeliness) => {
    const state = given(ACCEPTED)
      .when(result(at))
      .then([{ type: 'ResultIssued', data: { decision: 'approved', timeliness } }]);
    expect(state).toMatchObject({ status: 9, stage: 'finished', finishedAt: vn(at), eResult: true });
  });

  it('counts only a digitally signed result document whose signature was verified as an e-result', () => {
    const scanned = [{ ...doc('ket-qua-scan.pdf'), code: 'LLTP-001', eSigned: false }];
    const declaredOnly = [{ ...doc('ket-qua.pdf'), code: 'LLTP-001', eSigned: true }];
    for (const documents of [scanned, declaredOnly]) {
      const state = given(ACCEPTED)
        .when(result('2025-03-20T09:00', { documents }))
        .then([{ type: 'ResultIssued' }]);
      expect(state.eResult).toBe(false);
    }
  });

  it('needs the result document when the procedure returns one, a reason when refusing, well-formed documents', () => {
    given(ACCEPTED)
      .when(result('2025-03-20T09:00', { documents: [] }))
      .thenRefused('RESULT_DOCUMENT_REQUIRED');
    given(ACCEPTED)
      .when(result('2025-03-20T09:00', { decision: 'refused', documents: [] }))
      .thenRefused('REASON_REQUIRED');
    given(ACCEPTED)
      .when(result('2025-03-20T09:00', { decision: 'refused', documents: [], reason: 'Không đủ điều kiện' }))
      .then([{ type: 'ResultIssued', data: { decision: 'refused' } }]);
    given(ACCEPTED)
      .when(
        result('2025-03-20T09:00', { documents: [{ fileName: 'a.pdf', contentHash: HASH, code: '', eSigned: false }] }),
      )
      .thenRefused('INVALID_COMMAND');
  });

  it('returns the result, then takes one rating even though the dossier is closed', () => {
    const issued = [...ACCEPTED, ...given(ACCEPTED).when(result('2025-03-20T09:00')).events()];
    given(ACCEPTED)
      .when({ type: 'ReturnResult', at: vn('2025-03-20T10:00'), actor: officer, method: 'online' })
      .thenRefused('INVALID_TRANSITION');
    const returned = [
      ...issued,
      ...given(issued)
        .when({ type: 'ReturnResult', at: vn('2025-03-20T10:00'), actor: officer, method: 'online' })
        .events(),
    ];
    expect(given(returned).state).toMatchObject({ status: 10, stage: 'closed' });
    const rated = [
      ...returned,
      ...given(returned)
        .when({ type: 'RateSatisfaction', at: vn('2025-03-21T10:00'), actor: applicant, satisfied: true })
        .events(),
    ];
    expect(given(rated).state.satisfied).toBe(true);
    given(rated)
      .when({ type: 'RateSatisfaction', at: vn('2025-03-22T10:00'), actor: applicant, satisfied: false })
      .thenRefused('ALREADY_RATED');
    given(ACCEPTED)
      .when({ type: 'RateSatisfaction', at: vn('2025-03-22T10:00'), actor: applicant, satisfied: false })
      .thenRefused('INVALID_TRANSITION');
    given(returned).when(pauseCommand('2025-03-22T10:00')).thenRefused('DOSSIER_CLOSED');
  });
});

describe('RequestWithdrawal / StopProcessing', () => {
  it('stops a withdrawn dossier with its reason and classifies the finish', () => {
    const withdrawn = [
      ...ACCEPTED,
      ...given(ACCEPTED)
        .when({ type: 'RequestWithdrawal', at: vn('2025-03-12T09:00'), actor: applicant, reason: 'Không còn nhu cầu' })
        .events(),
    ];
    expect(given(withdrawn).state.status).toBe(7);
    expect(pendingDeadlines(given(withdrawn).state, calendar)).toEqual([]);
    given(withdrawn)
      .when({ type: 'StopProcessing', at: vn('2025-03-12T10:00'), actor: officer, reason: '' })
      .thenRefused('REASON_REQUIRED');
    const state = given(withdrawn)
      .when({ type: 'StopProcessing', at: vn('2025-03-12T10:00'), actor: officer, reason: 'Theo đề nghị rút hồ sơ' })
      .then([{ type: 'DossierStopped', data: { reasonCode: 'WITHDRAWN', timeliness: 'early' } }]);
    expect(state).toMatchObject({ status: 8, stage: 'closed', finishedAt: vn('2025-03-12T10:00') });
  });

  it('needs a reason to withdraw', () => {
    given(ACCEPTED)
      .when({ type: 'RequestWithdrawal', at: vn('2025-03-12T09:00'), actor: applicant, reason: '' })
      .thenRefused('REASON_REQUIRED');
  });
});

describe('ReviewAuditedAction', () => {
  const paused = history(
    submitCommand(vn('2025-03-07T15:00')),
    { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer },
    pauseCommand('2025-03-11T09:00'),
    resume('2025-03-13T09:00'),
    result('2025-03-25T09:00'),
  );

  it('counts a paused dossier finished within the moved due date as on time', () => {
    expect(given(paused).state).toMatchObject({ timeliness: 'early', statisticalDueAt: vn('2025-03-26T09:00') });
  });

  it('drops an unjustified pause from the statistical due date and reclassifies the finish as late', () => {
    const review = {
      type: 'ReviewAuditedAction',
      at: vn('2025-03-27T09:00'),
      actor: supervisor,
      actionId: 'pause-1',
      verdict: 'unjustified',
      note: 'Không có căn cứ',
    } as const;
    const state = given(paused)
      .when(review)
      .then([
        { type: 'AuditedActionReviewed', data: { verdict: 'unjustified', statisticalDueAt: DUE, timeliness: 'late' } },
      ]);
    expect(state).toMatchObject({ timeliness: 'late', statisticalDueAt: DUE, dueAt: vn('2025-03-26T09:00') });
    const reviewed = [...paused, ...given(paused).when(review).events()];
    given(reviewed).when(review).thenRefused('ALREADY_REVIEWED');
  });

  it('keeps the dates for a justified pause, refuses unknown actions and empty notes', () => {
    given(paused)
      .when({
        type: 'ReviewAuditedAction',
        at: vn('2025-03-27T09:00'),
        actor: supervisor,
        actionId: 'pause-1',
        verdict: 'justified',
        note: 'Có căn cứ',
      })
      .then([{ type: 'AuditedActionReviewed', data: { verdict: 'justified' } }]);
    given(paused)
      .when({
        type: 'ReviewAuditedAction',
        at: vn('2025-03-27T09:00'),
        actor: supervisor,
        actionId: 'pause-9',
        verdict: 'justified',
        note: 'x',
      })
      .thenRefused('AUDITED_ACTION_NOT_FOUND');
    given(paused)
      .when({
        type: 'ReviewAuditedAction',
        at: vn('2025-03-27T09:00'),
        actor: supervisor,
        actionId: 'pause-1',
        verdict: 'justified',
        note: '',
      })
      .thenRefused('REASON_REQUIRED');
  });
});

describe('RecomputeDeadlines (a revised unit calendar)', () => {
  const revised = { ...calendar.config, holidays: [...(calendar.config.holidays ?? []), '2025-03-14'] };

  it('moves the pending due date by the new day off and leaves past facts alone', () => {
    given(ACCEPTED)
      .when({
        type: 'RecomputeDeadlines',
        at: vn('2025-03-11T09:00'),
        actor: system,
        calendar: revised,
        revision: 'r2',
      })
      .then([
        {
          type: 'DeadlinesRecomputed',
          data: { revision: 'r2', dueAt: vn('2025-03-25T09:00'), statisticalDueAt: vn('2025-03-25T09:00') },
        },
      ]);
    const overdue = [...ACCEPTED, ...given(ACCEPTED).when({ type: 'MarkOverdue', at: DUE, actor: system }).events()];
    expect(
      given(overdue)
        .when({
          type: 'RecomputeDeadlines',
          at: vn('2025-03-25T09:00'),
          actor: system,
          calendar: revised,
          revision: 'r2',
        })
        .events(),
    ).toEqual([]);
  });

  it('records nothing when the revision changes nothing', () => {
    expect(
      given(ACCEPTED)
        .when({
          type: 'RecomputeDeadlines',
          at: vn('2025-03-11T09:00'),
          actor: system,
          calendar: calendar.config,
          revision: 'r1',
        })
        .events(),
    ).toEqual([]);
  });

  it('moves a pending acceptance window', () => {
    const submitted = history(submitCommand(vn('2025-03-13T15:00')));
    given(submitted)
      .when({
        type: 'RecomputeDeadlines',
        at: vn('2025-03-13T16:00'),
        actor: system,
        calendar: revised,
        revision: 'r2',
      })
      .then([{ type: 'DeadlinesRecomputed', data: { acceptanceDeadline: vn('2025-03-17T15:00') } }]);
  });
});

import {
  calendar,
  doc,
  given,
  history,
  officer,
  pauseCommand,
  resume,
  submitCommand,
  system,
  vn,
} from '../dossier/dossier.fixtures';
import type { DossierCommand } from '../dossier/commands';
import { pendingDeadlines } from '../dossier/deadlines';
import type { DossierEvent } from '../dossier/events';
import type { Actor } from '../dossier/vocabulary';
import { DEFAULT_PROCESS, processProblems, stepBudgets, type InternalProcess } from './internal-process';
import { currentVisit } from './step-visits';

/** Desk 1 day → department 6 days → leadership signs in 2 days → desk returns in 1 day: 10 working days. */
const PROCESS: InternalProcess = {
  version: 3,
  steps: [
    { id: 'tiep-nhan', name: 'Tiếp nhận', unit: 'desk', role: 'officer', share: { unit: 'workingDays', value: 1 } },
    { id: 'tham-dinh', name: 'Thẩm định', unit: 'P-HCTP', role: 'officer', share: { unit: 'workingDays', value: 6 } },
    {
      id: 'ky-duyet',
      name: 'Ký duyệt',
      unit: 'leadership',
      role: 'leader',
      share: { unit: 'workingHours', value: 16 },
    },
    { id: 'tra-ket-qua', name: 'Trả kết quả', unit: 'desk', role: 'officer', share: { unit: 'workingDays', value: 1 } },
  ],
};

const desk: Actor = { ...officer, units: ['desk'] };
const specialist: Actor = { id: 'specialist-1', role: 'officer', units: ['P-HCTP'] };
const colleague: Actor = { id: 'specialist-2', role: 'officer', units: ['P-HCTP'] };
const director: Actor = { id: 'director-1', role: 'leader', units: ['leadership'] };

// Accepted Monday 10/03/2025 09:00 by the desk: due Monday 24/03 09:00.
const ACCEPTED: DossierEvent[] = history(submitCommand(vn('2025-03-07T15:00')), {
  type: 'AcceptDossier',
  at: vn('2025-03-10T09:00'),
  actor: desk,
  process: PROCESS,
});
const handOver = (at: string, actor: Actor, toUnit: string, extra: object = {}): DossierCommand => ({
  type: 'HandOverDossier',
  at: vn(at),
  actor,
  toUnit,
  ...extra,
});
const take = (at: string, actor: Actor): DossierCommand => ({ type: 'ReceiveDossier', at: vn(at), actor });
/** Handed to the department at 10:00 the same day, taken by the specialist at 10:30. */
const WITH_SPECIALIST: DossierEvent[] = [...ACCEPTED, ...history().concat()];
WITH_SPECIALIST.push(
  ...given(ACCEPTED)
    .when(handOver('2025-03-10T10:00', desk, 'P-HCTP'))
    .events(),
);
WITH_SPECIALIST.push(...given(WITH_SPECIALIST).when(take('2025-03-10T10:30', specialist)).events());

describe('acceptance starts the internal process', () => {
  it('records the process in force, each step’s share of this dossier’s time, and the desk step held by the accepting officer', () => {
    const state = given(ACCEPTED).state;
    expect(state.process).toEqual(PROCESS);
    expect(state.stepBudgets).toEqual([480, 2880, 960, 480]);
    expect(state.stepVisits).toEqual([
      {
        seq: 1,
        stepId: 'tiep-nhan',
        unit: 'desk',
        startedAt: vn('2025-03-10T09:00'),
        receivedBy: 'officer-1',
        receivedAt: vn('2025-03-10T09:00'),
        budgetMinutes: 480,
        deadline: vn('2025-03-11T09:00'),
        overdue: false,
      },
    ]);
  });

  it('takes the default process (desk → processing unit → desk) when none is given, and none for old histories', () => {
    const plain = history(submitCommand(vn('2025-03-07T15:00')), {
      type: 'AcceptDossier',
      at: vn('2025-03-10T09:00'),
      actor: officer,
    });
    const state = given(plain).state;
    expect(state.process).toEqual(DEFAULT_PROCESS);
    expect(state.stepBudgets).toEqual([480, 3840, 480]);
    const [accepted] = given(history(submitCommand(vn('2025-03-07T15:00'))))
      .when({ type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer })
      .events();
    expect(accepted.data).toHaveProperty('firstStep');
  });
});

describe('HandOverDossier', () => {
  it('ends the desk step with its result and starts the next unit’s with its own deadline', () => {
    const state = given(ACCEPTED)
      .when(handOver('2025-03-10T10:00', desk, 'P-HCTP', { toOfficer: 'specialist-1', note: 'Hồ sơ đủ' }))
      .then([
        {
          type: 'DossierHandedOver',
          data: {
            fromSeq: 1,
            fromStepId: 'tiep-nhan',
            result: 'early',
            by: 'officer-1',
            stepId: 'tham-dinh',
            unit: 'P-HCTP',
            budgetMinutes: 2880,
            deadline: vn('2025-03-18T10:00'),
            toOfficer: 'specialist-1',
            note: 'Hồ sơ đủ',
          },
        },
      ]);
    expect(state.status).toBe(4);
    expect(state.stepVisits.map((v) => [v.stepId, v.finishedAt ?? null, v.result ?? null])).toEqual([
      ['tiep-nhan', vn('2025-03-10T10:00'), 'early'],
      ['tham-dinh', null, null],
    ]);
    expect(currentVisit(state)).toMatchObject({
      fromUnit: 'desk',
      handedOverBy: 'officer-1',
      assignee: 'specialist-1',
    });
  });

  it('refuses whoever does not hold the dossier, a unit outside the process, a unit that is not next, and the last step', () => {
    given(ACCEPTED)
      .when(handOver('2025-03-10T10:00', { ...desk, id: 'officer-2' }, 'P-HCTP'))
      .thenRefused('NOT_HOLDER');
    given(ACCEPTED)
      .when(handOver('2025-03-10T10:00', desk, 'P-KHAC'))
      .thenRefused('UNIT_NOT_IN_PROCESS');
    given(ACCEPTED)
      .when(handOver('2025-03-10T10:00', desk, 'leadership'))
      .thenRefused('NOT_NEXT_STEP');
    // Handed over but not yet taken: nobody holds it.
    const handed = [
      ...ACCEPTED,
      ...given(ACCEPTED)
        .when(handOver('2025-03-10T10:00', desk, 'P-HCTP'))
        .events(),
    ];
    given(handed)
      .when(handOver('2025-03-10T11:00', specialist, 'leadership'))
      .thenRefused('NOT_HOLDER');
    let events = WITH_SPECIALIST;
    for (const [at, from, to, taker] of [
      ['2025-03-12T09:00', specialist, 'leadership', director],
      ['2025-03-13T09:00', director, 'desk', desk],
    ] as const) {
      events = [
        ...events,
        ...given(events)
          .when(handOver(at, from, to))
          .events(),
      ];
      events = [...events, ...given(events).when(take(at, taker)).events()];
    }
    given(events)
      .when(handOver('2025-03-13T10:00', desk, 'desk'))
      .thenRefused('NO_NEXT_STEP');
  });

  it('is refused before acceptance and after the dossier closed', () => {
    given(history(submitCommand(vn('2025-03-07T15:00'))))
      .when(handOver('2025-03-10T10:00', desk, 'P-HCTP'))
      .thenRefused('INVALID_TRANSITION');
  });
});

describe('ReceiveDossier (nhận)', () => {
  const handed = [
    ...ACCEPTED,
    ...given(ACCEPTED)
      .when(handOver('2025-03-10T10:00', desk, 'P-HCTP'))
      .events(),
  ];

  it('makes an officer of the step’s unit its holder', () => {
    const state = given(handed)
      .when(take('2025-03-10T10:30', specialist))
      .then([{ type: 'DossierReceived', data: { seq: 2, stepId: 'tham-dinh', by: 'specialist-1' } }]);
    expect(currentVisit(state)).toMatchObject({ receivedBy: 'specialist-1', receivedAt: vn('2025-03-10T10:30') });
  });

  it('refuses another unit, a second taker, an officer the hand-over did not name, and a non-leader at a signing step', () => {
    given(handed).when(take('2025-03-10T10:30', desk)).thenRefused('NOT_IN_YOUR_UNIT');
    given(WITH_SPECIALIST).when(take('2025-03-10T11:00', colleague)).thenRefused('ALREADY_RECEIVED');
    const named = [
      ...ACCEPTED,
      ...given(ACCEPTED)
        .when(handOver('2025-03-10T10:00', desk, 'P-HCTP', { toOfficer: 'specialist-1' }))
        .events(),
    ];
    given(named).when(take('2025-03-10T10:30', colleague)).thenRefused('NOT_ASSIGNED_TO_YOU');
    const toLeadership = [
      ...WITH_SPECIALIST,
      ...given(WITH_SPECIALIST)
        .when(handOver('2025-03-12T09:00', specialist, 'leadership'))
        .events(),
    ];
    given(toLeadership)
      .when(take('2025-03-12T09:30', { id: 'clerk-1', role: 'officer', units: ['leadership'] }))
      .thenRefused('LEADER_REQUIRED');
    given(toLeadership)
      .when(take('2025-03-12T09:30', director))
      .then([{ type: 'DossierReceived' }]);
  });
});

describe('ReassignDossier', () => {
  it('gives the step to another officer of the unit, audited with its reason; they take it', () => {
    const reassign: DossierCommand = {
      type: 'ReassignDossier',
      at: vn('2025-03-11T08:00'),
      actor: colleague,
      toOfficer: 'specialist-2',
      reason: 'Chuyên viên thụ lý nghỉ phép',
    };
    const state = given(WITH_SPECIALIST)
      .when(reassign)
      .then([
        {
          type: 'DossierReassigned',
          data: { actionId: 'reassignment-1', fromOfficer: 'specialist-1', toOfficer: 'specialist-2' },
        },
      ]);
    expect(state.auditedActions.at(-1)).toMatchObject({ id: 'reassignment-1', kind: 'reassignment' });
    expect(currentVisit(state)).toMatchObject({ assignee: 'specialist-2', receivedBy: undefined });
    given(WITH_SPECIALIST)
      .when({ ...reassign, reason: ' ' } as DossierCommand)
      .thenRefused('REASON_REQUIRED');
    given(WITH_SPECIALIST)
      .when({ ...reassign, actor: desk } as DossierCommand)
      .thenRefused('NOT_IN_YOUR_UNIT');
    given(WITH_SPECIALIST)
      .when({ ...reassign, toOfficer: 'specialist-1' } as DossierCommand)
      .thenRefused('ALREADY_ASSIGNED');
  });
});

describe('SendBackDossier', () => {
  const back = (toStep: string, reason = 'Thiếu xác nhận của UBND xã'): DossierCommand => ({
    type: 'SendBackDossier',
    at: vn('2025-03-11T09:00'),
    actor: specialist,
    toStep,
    reason,
  });

  it('returns the dossier to an earlier step with a fresh share of time, audited with its reason', () => {
    const state = given(WITH_SPECIALIST)
      .when(back('tiep-nhan'))
      .then([
        {
          type: 'DossierSentBack',
          data: { actionId: 'sendBack-1', fromStepId: 'tham-dinh', result: 'early', stepId: 'tiep-nhan', unit: 'desk' },
        },
      ]);
    expect(state.stepVisits.map((v) => [v.seq, v.stepId, v.sentBack ?? false])).toEqual([
      [1, 'tiep-nhan', false],
      [2, 'tham-dinh', true],
      [3, 'tiep-nhan', false],
    ]);
    expect(currentVisit(state)).toMatchObject({ deadline: vn('2025-03-12T09:00'), fromUnit: 'P-HCTP' });
  });

  it('refuses an unknown step, a step that is not earlier, no reason, and someone who does not hold it', () => {
    given(WITH_SPECIALIST).when(back('khong-co')).thenRefused('STEP_NOT_FOUND');
    given(WITH_SPECIALIST).when(back('ky-duyet')).thenRefused('NOT_AN_EARLIER_STEP');
    given(WITH_SPECIALIST).when(back('tiep-nhan', '')).thenRefused('REASON_REQUIRED');
    given(WITH_SPECIALIST)
      .when({ ...back('tiep-nhan'), actor: colleague } as DossierCommand)
      .thenRefused('NOT_HOLDER');
  });
});

describe('step deadlines', () => {
  it('records the step overdue at its deadline instant; the hand-over after it is late', () => {
    const deadline = vn('2025-03-18T10:00');
    expect(pendingDeadlines(given(WITH_SPECIALIST).state, calendar)).toContainEqual({
      command: 'MarkStepOverdue',
      at: deadline,
    });
    given(WITH_SPECIALIST)
      .when({ type: 'MarkStepOverdue', at: vn('2025-03-18T09:00'), actor: system })
      .thenRefused('DEADLINE_NOT_REACHED');
    const overdue = [
      ...WITH_SPECIALIST,
      ...(given(WITH_SPECIALIST)
        .when({ type: 'MarkStepOverdue', at: vn('2025-03-18T10:05'), actor: system })
        .then([{ type: 'StepOverdue', data: { at: deadline, stepId: 'tham-dinh', unit: 'P-HCTP' } }]) && []),
    ];
    const [fact] = given(WITH_SPECIALIST)
      .when({ type: 'MarkStepOverdue', at: vn('2025-03-18T10:05'), actor: system })
      .events();
    const late = [...overdue, fact];
    expect(currentVisit(given(late).state)?.overdue).toBe(true);
    expect(pendingDeadlines(given(late).state, calendar).map((d) => d.command)).not.toContain('MarkStepOverdue');
    given(late)
      .when(handOver('2025-03-18T14:00', specialist, 'leadership'))
      .then([{ type: 'DossierHandedOver', data: { result: 'late' } }]);
  });

  it('moves the step’s deadline by the working time the clock stood still during the step, and arms no step timer while paused', () => {
    const pausedAt = [
      ...WITH_SPECIALIST,
      ...given(WITH_SPECIALIST)
        .when({ ...pauseCommand('2025-03-12T09:00'), actor: specialist })
        .events(),
    ];
    expect(pendingDeadlines(given(pausedAt).state, calendar).map((d) => d.command)).not.toContain('MarkStepOverdue');
    // Paused Wednesday 09:00, resumed Friday 09:00: two working days later.
    const state = given(pausedAt)
      .when({ ...resume('2025-03-14T09:00'), actor: specialist })
      .then([
        { type: 'ProcessingResumed', data: { stoppedWorkingMinutes: 960, stepDeadline: vn('2025-03-20T10:00') } },
      ]);
    expect(currentVisit(state)?.deadline).toBe(vn('2025-03-20T10:00'));
    expect(state.dueAt).toBe(vn('2025-03-26T09:00'));
  });
});

describe('the dossier’s end and its apology', () => {
  it('names the unit of the late step on the apology', () => {
    const [fact] = given(WITH_SPECIALIST)
      .when({ type: 'MarkStepOverdue', at: vn('2025-03-18T10:05'), actor: system })
      .events();
    const late = [
      ...WITH_SPECIALIST,
      fact,
      ...given([...WITH_SPECIALIST, fact])
        .when(handOver('2025-03-19T09:00', specialist, 'leadership'))
        .events(),
    ];
    const state = given(late)
      .when({
        type: 'IssueApology',
        at: vn('2025-03-19T10:00'),
        actor: officer,
        reason: 'Phòng chuyên môn chậm thẩm định',
        rescheduledAt: vn('2025-03-28T09:00'),
        slip: doc('mau-04.pdf'),
      })
      .then([{ type: 'ApologyIssued', data: { responsibleUnit: 'P-HCTP', responsibleStepId: 'tham-dinh' } }]);
    expect(state.apologyUnit).toBe('P-HCTP');
  });

  it('ends the step in progress with the dossier: a returned result closes the desk’s last step with its result', () => {
    let events = WITH_SPECIALIST;
    for (const [at, from, to, taker] of [
      ['2025-03-12T09:00', specialist, 'leadership', director],
      ['2025-03-13T09:00', director, 'desk', desk],
    ] as const) {
      events = [
        ...events,
        ...given(events)
          .when(handOver(at, from, to))
          .events(),
      ];
      events = [...events, ...given(events).when(take(at, taker)).events()];
    }
    events = [
      ...events,
      ...given(events)
        .when({
          type: 'IssueResult',
          at: vn('2025-03-13T10:00'),
          actor: officer,
          decision: 'approved',
          documents: [{ ...doc('kq.pdf'), code: 'KQ-1', eSigned: true }],
        })
        .events(),
    ];
    const state = given(events)
      // The desk's last step ends at 09:00 the next day: returned that morning, on its deadline's day.
      .when({ type: 'ReturnResult', at: vn('2025-03-14T08:00'), actor: officer, method: 'desk' })
      .then([{ type: 'ResultReturned', data: { stepResult: 'onTime' } }]);
    expect(state.stepVisits.map((v) => [v.stepId, v.result])).toEqual([
      ['tiep-nhan', 'early'],
      ['tham-dinh', 'early'],
      ['ky-duyet', 'early'],
      ['tra-ket-qua', 'onTime'],
    ]);
  });
});

describe('the process as catalogue data', () => {
  it('splits a dossier’s working time in proportion to the shares, in whole minutes that add up', () => {
    expect(stepBudgets(PROCESS, 4800)).toEqual([480, 2880, 960, 480]);
    const odd = stepBudgets(DEFAULT_PROCESS, 481);
    expect(odd.reduce((a, b) => a + b, 0)).toBe(481);
  });

  it('refuses a process whose shares do not add up, that does not start and end at the desk, or repeats a step id', () => {
    expect(processProblems(PROCESS.steps, { unit: 'workingDays', value: 10 })).toEqual([]);
    expect(processProblems(PROCESS.steps, { unit: 'workingDays', value: 12 })).toEqual([
      "the shares add up to 80 working hours, the procedure's duration is 96",
    ]);
    expect(processProblems(PROCESS.steps.slice(1), { unit: 'calendarDays', value: 15 })).toEqual([
      'the first step is the desk’s: it accepts the dossier',
    ]);
    expect(processProblems([PROCESS.steps[0], PROCESS.steps[0]], { unit: 'workingDays', value: 2 })).toEqual([
      'step 2: the id tiep-nhan is used twice',
    ]);
  });
});

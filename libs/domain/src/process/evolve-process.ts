/** Folding the internal-process events into the dossier's state (see dossier/evolve). */
import type { EventOf } from '../dossier/events';
import { STATUS } from '../dossier/vocabulary';
import { withAuditedAction, type DossierState } from '../dossier/state';
import type { Timeliness } from '../dossier/timeliness';
import type { StepVisit } from './step-visits';

type ProcessEvent = EventOf<
  'DossierHandedOver' | 'DossierReceived' | 'DossierReassigned' | 'DossierSentBack' | 'StepOverdue'
>;

export function applyProcessEvent(state: DossierState, event: ProcessEvent): DossierState {
  switch (event.type) {
    case 'DossierHandedOver': {
      const d = event.data;
      const moved = withVisitFinished(state, d.at, d.result);
      return {
        ...moved,
        // Đang xử lý once a department works it; the financial-obligation and result statuses stay.
        status: state.status === STATUS.accepted ? STATUS.processing : state.status,
        stepVisits: [
          ...moved.stepVisits,
          visitOf(state, d, { handedOverBy: d.by, assignee: d.toOfficer, note: d.note }),
        ],
      };
    }
    case 'DossierReceived':
      return {
        ...state,
        stepVisits: withCurrentVisit(state, (v) => ({ ...v, receivedBy: event.data.by, receivedAt: event.data.at })),
      };
    case 'DossierReassigned': {
      const d = event.data;
      return {
        ...withAuditedAction(state, d.actionId, 'reassignment', d.at, d.reason),
        // The officer named takes it (nhận) when they start on it.
        stepVisits: withCurrentVisit(state, (v) => ({
          ...v,
          assignee: d.toOfficer,
          receivedBy: undefined,
          receivedAt: undefined,
        })),
      };
    }
    case 'DossierSentBack': {
      const d = event.data;
      const audited = withAuditedAction(state, d.actionId, 'sendBack', d.at, d.reason);
      const moved = withVisitFinished(audited, d.at, d.result, true);
      return { ...moved, stepVisits: [...moved.stepVisits, visitOf(state, d, { handedOverBy: d.by, note: d.reason })] };
    }
    case 'StepOverdue':
      return { ...state, stepVisits: withCurrentVisit(state, (v) => ({ ...v, overdue: true })) };
  }
}

/** The visit a hand-over or send-back starts. */
function visitOf(
  state: DossierState,
  d: EventOf<'DossierHandedOver' | 'DossierSentBack'>['data'],
  extra: Pick<StepVisit, 'handedOverBy' | 'assignee' | 'note'>,
): StepVisit {
  const from = state.stepVisits[state.stepVisits.length - 1];
  return {
    seq: state.stepVisits.length + 1,
    stepId: d.stepId,
    unit: d.unit,
    startedAt: d.at,
    fromUnit: from?.unit,
    budgetMinutes: d.budgetMinutes,
    deadline: d.deadline,
    overdue: false,
    ...Object.fromEntries(Object.entries(extra).filter(([, value]) => value !== undefined)),
  };
}

/** The visits with the one in progress changed by `change` (unchanged when none is in progress). */
export function withCurrentVisit(state: DossierState, change: (visit: StepVisit) => StepVisit): readonly StepVisit[] {
  const last = state.stepVisits[state.stepVisits.length - 1];
  if (!last || last.finishedAt) return state.stepVisits;
  return [...state.stepVisits.slice(0, -1), change(last)];
}

/** The state with the visit in progress ended at `at` with its result (the dossier leaves the step). */
export function withVisitFinished(
  state: DossierState,
  at: string,
  result?: Timeliness,
  sentBack = false,
): DossierState {
  return {
    ...state,
    stepVisits: withCurrentVisit(state, (v) => ({ ...v, finishedAt: at, result, ...(sentBack ? { sentBack } : {}) })),
  };
}

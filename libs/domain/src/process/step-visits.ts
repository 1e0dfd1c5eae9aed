/**
 * The dossier's passages through the steps of its internal process: the rows of the control slip
 * (Phiếu kiểm soát quá trình giải quyết hồ sơ). A visit starts when its step's unit receives the
 * dossier (the hand-over instant; the first at acceptance), is held by the officer who took it
 * (nhận), and ends when the dossier leaves the step — handed over, sent back, or the dossier's end.
 */
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { DossierState } from '../dossier/state';
import { timelinessOf, type Timeliness } from '../dossier/timeliness';

export interface StepVisit {
  /** 1, 2, … in the order the dossier went through its steps. */
  readonly seq: number;
  readonly stepId: string;
  readonly unit: string;
  /** When the step's unit received the dossier; its deadline counts from here. */
  readonly startedAt: string;
  /** Who handed it over, from which unit (none for the first step: the desk accepted it). */
  readonly handedOverBy?: string;
  readonly fromUnit?: string;
  /** The officer the hand-over (or a reassignment) named, if any: only they may take it. */
  readonly assignee?: string;
  /** The officer who took it (nhận), and when: the holder. */
  readonly receivedBy?: string;
  readonly receivedAt?: string;
  /** The step's working time, in minutes. */
  readonly budgetMinutes: number;
  /** The step's deadline: the budget from `startedAt`, moved by every stop of the clock during the visit. */
  readonly deadline: string;
  readonly overdue: boolean;
  readonly note?: string;
  readonly finishedAt?: string;
  /** Early, on time or late against the step's own deadline, when the visit ended. */
  readonly result?: Timeliness;
  /** The visit ended by a send-back to an earlier step. */
  readonly sentBack?: boolean;
}

/** The visit in progress, if the dossier is in its internal process. */
export function currentVisit(state: DossierState): StepVisit | undefined {
  const last = state.stepVisits[state.stepVisits.length - 1];
  return last && !last.finishedAt ? last : undefined;
}

/**
 * A visit's deadline: its budget counted from its start, plus the working time the clock stood still
 * during the visit (a stop still running counts up to `at`, when given). Working time is additive,
 * so this equals moving the deadline stop by stop.
 */
export function visitDeadline(state: DossierState, visit: StepVisit, calendar: WorkingCalendar, at?: Date): string {
  const start = new Date(visit.startedAt);
  let stopped = 0;
  for (const action of state.auditedActions) {
    if (action.kind !== 'pause' && action.kind !== 'supplementRequest') continue;
    const end = action.endedAt ? new Date(action.endedAt) : at;
    if (!end || end.getTime() <= start.getTime()) continue;
    const from = Date.parse(action.at) > start.getTime() ? new Date(action.at) : start;
    stopped += calendar.workingMinutesBetween(from, end);
  }
  return calendar.addWorkingMinutes(start, visit.budgetMinutes + stopped).toISOString();
}

/** Early, on time or late for the visit in progress if it ended at `at` (see {@link timelinessOf}). */
export function visitResultAt(state: DossierState, visit: StepVisit, calendar: WorkingCalendar, at: Date): Timeliness {
  return timelinessOf(calendar, at, new Date(visitDeadline(state, visit, calendar, at)));
}

/**
 * The visit whose unit answers for a delay (domain.md §3.5, the apology is signed by its head): the
 * first step finished late, else the step in progress.
 */
export function responsibleVisit(state: DossierState): StepVisit | undefined {
  return state.stepVisits.find((visit) => visit.result === 'late') ?? currentVisit(state);
}

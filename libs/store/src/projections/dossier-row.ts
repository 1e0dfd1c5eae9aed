import { STATUS, currentVisit, isDigitised, reusesData, type DossierState } from '@motcua/domain';

/** One row of the `dossiers` read model, keyed by column name. */
export type DossierRow = Record<string, string | number | boolean | null | DossierState>;

/**
 * The instant the officer must act by next: the acceptance window at receipt, the applicant's
 * supplement deadline while waiting for it, the due date while the clock runs. Null when nothing
 * is pending (paused, finished, closed). Drives the work queue's order.
 */
export function nextDeadlineOf(state: DossierState): string | null {
  if (state.stage === 'receipt' && state.status === STATUS.submitted) return state.acceptanceDeadline ?? null;
  if (state.stage !== 'processing') return null;
  if (state.status === STATUS.supplementRequested) return state.supplementDueAt ?? null;
  if (state.clockStoppedBy) return null;
  return state.dueAt ?? null;
}

/** Maps a dossier's folded state to its read-model row. */
export function dossierRowOf(state: DossierState, lastEventAt: string): DossierRow {
  const paused = state.auditedActions.some((a) => a.id === state.clockStoppedBy && a.kind === 'pause');
  const visit = currentVisit(state);
  return {
    current_step: visit?.stepId ?? null,
    current_unit: visit?.unit ?? null,
    holder: visit?.receivedBy ?? null,
    assignee: visit?.assignee ?? null,
    step_deadline: visit?.deadline ?? null,
    dossier_code: state.dossierCode!,
    agency_code: state.agencyCode!,
    procedure_code: state.procedure!.code,
    procedure_name: state.procedure!.name,
    channel: state.channel!,
    status: state.status,
    stage: state.stage,
    applicant_name: state.applicant?.name ?? null,
    submitted_at: state.submittedAt!,
    acceptance_deadline: state.acceptanceDeadline ?? null,
    accepted_at: state.acceptedAt ?? null,
    due_at: state.dueAt ?? null,
    original_due_at: state.originalDueAt ?? null,
    statistical_due_at: state.statisticalDueAt ?? null,
    rescheduled_at: state.rescheduledAt ?? null,
    supplement_due_at: state.supplementDueAt ?? null,
    next_deadline: nextDeadlineOf(state),
    finished_at: state.finishedAt ?? null,
    returned_at: state.returnedAt ?? null,
    timeliness: state.timeliness ?? null,
    accepted_late: state.acceptedLate,
    acceptance_window_breached: state.acceptanceWindowBreached,
    overdue: state.overdue,
    paused,
    apology: state.apologyCount > 0,
    apology_late: state.apologyLate,
    e_result: state.eResult,
    digitised: isDigitised(state),
    reused_data: reusesData(state),
    paid_online: state.paidOnline,
    fee: state.fee,
    supplement_count: state.supplementCount,
    satisfied: state.satisfied ?? null,
    search_text: [state.dossierCode, state.applicant?.name, state.procedure?.code, state.procedure?.name]
      .filter(Boolean)
      .join(' '),
    version: state.version,
    last_event_at: lastEventAt,
    state,
  };
}

/** One row of `dossier_steps`, keyed by column name. */
export type DossierStepRow = Record<string, string | number | boolean | null>;

/** The step visits of a dossier as `dossier_steps` rows (the holder: who took it, else whom it was handed to). */
export function dossierStepRowsOf(state: DossierState): DossierStepRow[] {
  return state.stepVisits.map((visit) => ({
    dossier_code: state.dossierCode!,
    seq: visit.seq,
    agency_code: state.agencyCode!,
    procedure_code: state.procedure!.code,
    step_id: visit.stepId,
    unit: visit.unit,
    holder: visit.receivedBy ?? visit.assignee ?? null,
    started_at: visit.startedAt,
    deadline: visit.deadline,
    finished_at: visit.finishedAt ?? null,
    result: visit.result ?? null,
    overdue: visit.overdue,
    sent_back: visit.sentBack ?? false,
  }));
}

/**
 * The data of the control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, Mẫu 05 / 06; see
 * shared/forms.md): the dossier, its appointment, and one row per hand-over — from which unit to
 * which, when, who gave and who took it, and the step's result (trước hạn / đúng hạn / quá hạn).
 */
import type { DossierState } from '../dossier/state';
import type { Timeliness } from '../dossier/timeliness';

export interface ControlSlipRow {
  readonly seq: number;
  readonly stepId: string;
  readonly stepName: string;
  readonly unit: string;
  /** Giao: the unit and officer that handed it over, and when (the first row: accepted at the desk). */
  readonly fromUnit: string | null;
  readonly handedOverBy: string | null;
  readonly handedOverAt: string;
  /** Nhận: the officer who took it, and when; or whom it was handed to, not yet taken. */
  readonly assignee: string | null;
  readonly receivedBy: string | null;
  readonly receivedAt: string | null;
  readonly deadline: string;
  readonly finishedAt: string | null;
  /** Kết quả: early, on time or late against the step's deadline; null while in progress. */
  readonly result: Timeliness | null;
  readonly overdue: boolean;
  readonly sentBack: boolean;
  readonly note: string | null;
}

export interface ControlSlip {
  readonly dossierCode: string;
  readonly applicantName: string | null;
  readonly procedure: { readonly code: string; readonly name: string } | null;
  readonly acceptedAt: string | null;
  readonly dueAt: string | null;
  /** Catalogue version of the process in force at acceptance (0: the default process). */
  readonly processVersion: number | null;
  readonly rows: readonly ControlSlipRow[];
}

export function controlSlipOf(state: DossierState): ControlSlip {
  const names = new Map(state.process?.steps.map((step) => [step.id, step.name]) ?? []);
  return {
    dossierCode: state.dossierCode!,
    applicantName: state.applicant?.name ?? null,
    procedure: state.procedure ? { code: state.procedure.code, name: state.procedure.name } : null,
    acceptedAt: state.acceptedAt ?? null,
    dueAt: state.dueAt ?? null,
    processVersion: state.process?.version ?? null,
    rows: state.stepVisits.map((visit) => ({
      seq: visit.seq,
      stepId: visit.stepId,
      stepName: names.get(visit.stepId) ?? visit.stepId,
      unit: visit.unit,
      fromUnit: visit.fromUnit ?? null,
      handedOverBy: visit.handedOverBy ?? null,
      handedOverAt: visit.startedAt,
      assignee: visit.assignee ?? null,
      receivedBy: visit.receivedBy ?? null,
      receivedAt: visit.receivedAt ?? null,
      deadline: visit.deadline,
      finishedAt: visit.finishedAt ?? null,
      result: visit.result ?? null,
      overdue: visit.overdue,
      sentBack: visit.sentBack ?? false,
      note: visit.note ?? null,
    })),
  };
}

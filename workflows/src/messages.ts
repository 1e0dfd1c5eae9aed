/**
 * The one definition of every message of the dossier workflow, imported by the API (client side)
 * and by the workflow (handlers). Commands travel without their instant: the workflow stamps them
 * with its own deterministic clock, so the recorded time is the engine's, never a caller's.
 */
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  DossierCommand,
  DossierState,
  PersonCommandType,
  PortalAcknowledgement,
  WorkingCalendarConfig,
} from '@motcua/domain';
import { PERSON_COMMANDS } from '@motcua/domain';

export { PERSON_COMMANDS, type PersonCommandType } from '@motcua/domain';

/**
 * A command as sent to the workflow: everything but the instant, and optionally the stream version
 * the caller saw (refused with `VERSION_CONFLICT` when the dossier has moved on since).
 */
export type CommandPayload<T extends PersonCommandType = PersonCommandType> = T extends PersonCommandType
  ? Omit<Extract<DossierCommand, { type: T }>, 'at'> & { readonly expectedVersion?: number }
  : never;

/** Failure type of an Update whose `expectedVersion` no longer matches the dossier. */
export const VERSION_CONFLICT = 'VERSION_CONFLICT';

/** One Update per command type, named after it, returning the dossier state after the command. */
export const commandUpdates = Object.fromEntries(
  PERSON_COMMANDS.map((type) => [type, defineUpdate<DossierState, [CommandPayload]>(type)]),
) as Readonly<Record<PersonCommandType, UpdateDefinition<DossierState, [CommandPayload]>>>;

/** A revised calendar of the dossier's unit: pending deadlines are recomputed, the past is kept. */
export interface CalendarRevision {
  readonly revision: string;
  readonly calendar: WorkingCalendarConfig;
}
export const reviseCalendarUpdate = defineUpdate<DossierState, [CalendarRevision]>('ReviseCalendar');

/** What the national portal acknowledged, relayed by the worker from the outbox (the Update id is the message id). */
export interface PortalAcknowledgementRelay {
  readonly acknowledged: PortalAcknowledgement;
  readonly messageId: string;
  readonly acknowledgedAt: string;
}
export const recordPortalAcknowledgementUpdate = defineUpdate<DossierState, [PortalAcknowledgementRelay]>(
  'RecordPortalAcknowledgement',
);

/** The current state of the dossier. */
export const stateQuery = defineQuery<DossierState>('state');

/** Input of the dossier workflow: the dossier and the calendar of the unit that handles it. */
export interface DossierWorkflowInput {
  readonly dossierCode: string;
  readonly calendar: WorkingCalendarConfig;
  /** How long a closed dossier still takes ratings and audit reviews; default 90 days. */
  readonly afterCareMs?: number;
}

/** Workflow type name, for clients that do not import workflow code. */
export const DOSSIER_WORKFLOW_TYPE = 'dossierWorkflow';

/** Workflow id of a dossier: derived from its public code, so one code is one workflow. */
export function dossierWorkflowId(dossierCode: string): string {
  return `dossier-${dossierCode}`;
}

/** Event-store stream of a dossier (named in the domain; re-exported for the workflow's callers). */
export { dossierStreamId } from '@motcua/domain';

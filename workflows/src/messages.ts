/**
 * The one definition of every message of the dossier workflow, imported by the API (client side)
 * and by the workflow (handlers). Commands travel without their instant: the workflow stamps them
 * with its own deterministic clock, so the recorded time is the engine's, never a caller's.
 */
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DossierCommand, DossierCommandType, DossierState, WorkingCalendarConfig } from '../../libs/domain/src';

/** A command as sent to the workflow: everything but the instant. */
export type CommandPayload<T extends DossierCommandType = DossierCommandType> = Omit<
  Extract<DossierCommand, { type: T }>,
  'at'
>;

/** Commands that people send (timer facts are recorded by the workflow itself). */
export const PERSON_COMMANDS = ['SubmitDossier', 'AcceptDossier'] as const satisfies readonly DossierCommandType[];
export type PersonCommandType = (typeof PERSON_COMMANDS)[number];

/** One Update per command type, named after it, returning the dossier state after the command. */
export const commandUpdates = Object.fromEntries(
  PERSON_COMMANDS.map((type) => [type, defineUpdate<DossierState, [CommandPayload]>(type)]),
) as Readonly<Record<PersonCommandType, UpdateDefinition<DossierState, [CommandPayload]>>>;

/** The current state of the dossier. */
export const stateQuery = defineQuery<DossierState>('state');

/** Input of {@link dossierWorkflow}: the dossier and the calendar of the unit that handles it. */
export interface DossierWorkflowInput {
  readonly dossierCode: string;
  readonly calendar: WorkingCalendarConfig;
}

/** Workflow id of a dossier: derived from its public code, so one code is one workflow. */
export function dossierWorkflowId(dossierCode: string): string {
  return `dossier-${dossierCode}`;
}

/** Event-store stream of a dossier. */
export function dossierStreamId(dossierCode: string): string {
  return `dossier-${dossierCode}`;
}

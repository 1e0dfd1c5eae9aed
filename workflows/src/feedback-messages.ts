/**
 * The one definition of every message of the feedback workflow (phản ánh, kiến nghị), imported by the
 * API (client side) and the workflow (handlers). Commands travel without their instant: the workflow
 * stamps them with its own deterministic clock.
 */
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { FeedbackCommand, FeedbackPersonCommandType, FeedbackState, WorkingCalendarConfig } from '@motcua/domain';
import { FEEDBACK_PERSON_COMMANDS } from '@motcua/domain';

/** A feedback command as sent to the workflow: everything but the instant. */
export type FeedbackCommandPayload<T extends FeedbackPersonCommandType = FeedbackPersonCommandType> =
  T extends FeedbackPersonCommandType ? Omit<Extract<FeedbackCommand, { type: T }>, 'at'> : never;

/** One Update per command type, named after it, returning the feedback's state after the command. */
export const feedbackUpdates = Object.fromEntries(
  FEEDBACK_PERSON_COMMANDS.map((type) => [type, defineUpdate<FeedbackState, [FeedbackCommandPayload]>(type)]),
) as Readonly<Record<FeedbackPersonCommandType, UpdateDefinition<FeedbackState, [FeedbackCommandPayload]>>>;

export const feedbackStateQuery = defineQuery<FeedbackState>('feedbackState');

/** Input of the feedback workflow: the feedback and the calendar of the unit that answers it. */
export interface FeedbackWorkflowInput {
  readonly feedbackCode: string;
  readonly calendar: WorkingCalendarConfig;
  /** How long a published answer still takes a rating or a raise again; default 90 days. */
  readonly afterCareMs?: number;
}

export const FEEDBACK_WORKFLOW_TYPE = 'feedbackWorkflow';

/** Workflow id of a feedback: derived from its code, so one code is one workflow. */
export function feedbackWorkflowId(feedbackCode: string): string {
  return `feedback-${feedbackCode}`;
}

export { feedbackStreamId } from '@motcua/domain';

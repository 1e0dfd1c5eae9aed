/**
 * One durable workflow per feedback (phản ánh, kiến nghị): Updates run the domain's feedback decider,
 * the events are appended through a local activity, and an updatable timer records the answer's due
 * instant passing unanswered. Thin and deterministic: every rule lives in libs/domain.
 */
import {
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  log,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import {
  FEEDBACK_PERSON_COMMANDS,
  SYSTEM_ACTOR,
  WorkingCalendar,
  decideFeedback,
  evolveFeedback,
  initialFeedbackState,
  nextFeedbackDeadline,
  type FeedbackCommand,
  type FeedbackDecisionContext,
  type FeedbackEvent,
  type FeedbackState,
} from '@motcua/domain';
import type { FeedbackActivities } from './activities';
import {
  feedbackStateQuery,
  feedbackStreamId,
  feedbackUpdates,
  type FeedbackCommandPayload,
  type FeedbackWorkflowInput,
} from './feedback-messages';
import { decidedOrFailed } from './refusal-failure';
import { StreamWriter } from './stream-writer';

/** The append is a local activity, idempotent by event id (see the dossier workflow). */
const { appendFeedbackEvents, loadFeedbackEvents } = proxyLocalActivities<FeedbackActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 ms', maximumInterval: '10 seconds' },
});

const DEFAULT_AFTER_CARE_MS = 90 * 86_400_000;

export async function feedbackWorkflow(input: FeedbackWorkflowInput): Promise<FeedbackState> {
  const context: FeedbackDecisionContext = { calendar: new WorkingCalendar(input.calendar) };
  const streamId = feedbackStreamId(input.feedbackCode);
  const quietMs = input.afterCareMs ?? DEFAULT_AFTER_CARE_MS;
  let loaded = false;
  const writer = new StreamWriter<FeedbackState, FeedbackCommand, FeedbackEvent>({
    streamId,
    initial: initialFeedbackState(),
    evolve: evolveFeedback,
    decide: (command, state) => decideOrFail(command, state, context),
    append: appendFeedbackEvents,
    metadataOf: (command, state) => ({
      actorId: command.actor.id,
      actorRole: command.actor.role,
      agencyCode: state.agencyCode ?? (command.type === 'ReceiveFeedback' ? command.agencyCode : undefined),
      commandType: command.type,
    }),
  });
  const stamp = (type: string, payload: FeedbackCommandPayload): FeedbackCommand =>
    ({ ...payload, type, at: nowIso() }) as FeedbackCommand;

  let registering = true;
  let startedByReceipt = false;
  for (const type of FEEDBACK_PERSON_COMMANDS) {
    setHandler(
      feedbackUpdates[type],
      (payload) => {
        if (registering && type === 'ReceiveFeedback') startedByReceipt = true;
        return writer.queued(currentUpdateInfo()?.id, () => stamp(type, payload));
      },
      {
        validator: (payload) => {
          if (!loaded || writer.hasApplied(currentUpdateInfo()?.id)) return;
          void decideOrFail(stamp(type, payload), writer.state, context);
        },
      },
    );
  }
  setHandler(feedbackStateQuery, () => writer.state);
  registering = false;
  // A run not started by the receipt (a published answer rated after the run ended) starts from the store.
  const starting = startedByReceipt
    ? Promise.resolve()
    : loadFeedbackEvents(streamId).then((recorded) => writer.adopt(recorded));
  void starting.then(() => {
    loaded = true;
    writer.open();
  });
  if (!(await condition(() => loaded && writer.state.stage !== 'none', quietMs))) return writer.state;

  for (;;) {
    const seen = writer.state.version;
    const changed = () => writer.state.version !== seen;
    const deadline = nextFeedbackDeadline(writer.state);
    if (deadline) {
      const wait = Date.parse(deadline.at) - Date.now();
      if (wait > 0 && (await condition(changed, wait))) continue;
      try {
        await writer.queued(undefined, () => ({ type: deadline.command, at: deadline.at, actor: SYSTEM_ACTOR }));
      } catch (error) {
        // An answer or extension that raced the timer made it moot; wait for the state to move on.
        log.warn('feedback deadline not recorded', { error: String(error) });
        await condition(changed);
      }
      continue;
    }
    // A published answer still takes a rating or a raise again until it has been quiet for `quietMs`.
    if (writer.state.stage === 'published') {
      if (!(await condition(changed, quietMs))) break;
      continue;
    }
    await condition(changed);
  }
  await condition(allHandlersFinished);
  return writer.state;
}

function nowIso(): string {
  return new Date(Date.now()).toISOString();
}

/** Runs the decider; a refusal fails the command with its code. */
function decideOrFail(
  command: FeedbackCommand,
  state: FeedbackState,
  context: FeedbackDecisionContext,
): FeedbackEvent[] {
  return decidedOrFailed(() => decideFeedback(command, state, context));
}

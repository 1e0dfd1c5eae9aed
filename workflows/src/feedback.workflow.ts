/**
 * One durable workflow per feedback (phản ánh, kiến nghị): Updates run the domain's feedback decider,
 * the events are appended through a local activity, and an updatable timer records the answer's due
 * instant passing unanswered. Thin and deterministic: every rule lives in libs/domain.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  log,
  proxyLocalActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  FEEDBACK_PERSON_COMMANDS,
  FeedbackRefusal,
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
import type { FeedbackActivities, RecordedEvent } from './activities';
import {
  feedbackStateQuery,
  feedbackStreamId,
  feedbackUpdates,
  type FeedbackCommandPayload,
  type FeedbackWorkflowInput,
} from './feedback-messages';

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
  let state = initialFeedbackState();
  /** Ids of the commands whose events are stored: an Update sent again is not applied twice. */
  const applied = new Set<string>();
  let loaded = false;

  const adopt = (recorded: readonly RecordedEvent<FeedbackEvent>[]): void => {
    for (const { event, causationId } of recorded) {
      state = evolveFeedback(state, event);
      if (causationId !== undefined) applied.add(causationId);
    }
  };

  /** Decides, appends, folds; when the store is ahead (a lost workflow task appended), folds it and decides again. */
  const apply = async (commandId: string | undefined, build: () => FeedbackCommand): Promise<FeedbackState> => {
    for (;;) {
      if (commandId !== undefined && applied.has(commandId)) return state;
      const command = build();
      const events = decideOrFail(command, state, context);
      const eventIds = events.map(() => uuid4());
      const fresh = uuid4();
      const result = await appendFeedbackEvents({
        streamId,
        expectedVersion: state.version,
        events: events.map((event, i) => ({ eventId: eventIds[i], event })),
        metadata: {
          actorId: command.actor.id,
          actorRole: command.actor.role,
          agencyCode: state.agencyCode ?? (command.type === 'ReceiveFeedback' ? command.agencyCode : undefined),
          correlationId: workflowInfo().workflowId,
          causationId: commandId ?? fresh,
          commandType: command.type,
        },
      });
      if (!result.stored) {
        state = events.reduce(evolveFeedback, state);
        if (commandId !== undefined) applied.add(commandId);
        return state;
      }
      const before = state.version;
      adopt(result.stored);
      if (state.version === before) {
        throw ApplicationFailure.nonRetryable(`the store returned no events past version ${before}`, 'STORE_MISMATCH');
      }
    }
  };

  // Commands wait behind this gate until the run knows its starting state, then run one at a time.
  let openGate: () => void = () => undefined;
  let queue: Promise<unknown> = new Promise<void>((resolve) => (openGate = resolve));
  const queued = (commandId: string | undefined, build: () => FeedbackCommand): Promise<FeedbackState> => {
    const run = queue.then(() => apply(commandId, build));
    queue = run.catch(() => undefined);
    return run;
  };
  const stamp = (type: string, payload: FeedbackCommandPayload): FeedbackCommand =>
    ({ ...payload, type, at: nowIso() }) as FeedbackCommand;

  let registering = true;
  let startedByReceipt = false;
  for (const type of FEEDBACK_PERSON_COMMANDS) {
    setHandler(
      feedbackUpdates[type],
      (payload) => {
        if (registering && type === 'ReceiveFeedback') startedByReceipt = true;
        return queued(currentUpdateInfo()?.id, () => stamp(type, payload));
      },
      {
        validator: (payload) => {
          const id = currentUpdateInfo()?.id;
          if (!loaded || (id !== undefined && applied.has(id))) return;
          void decideOrFail(stamp(type, payload), state, context);
        },
      },
    );
  }
  setHandler(feedbackStateQuery, () => state);
  registering = false;
  // A run not started by the receipt (a published answer rated after the run ended) starts from the store.
  const starting = startedByReceipt ? Promise.resolve() : loadFeedbackEvents(streamId).then(adopt);
  void starting.then(() => {
    loaded = true;
    openGate();
  });
  if (!(await condition(() => loaded && state.stage !== 'none', quietMs))) return state;

  for (;;) {
    const seen = state.version;
    const changed = () => state.version !== seen;
    const deadline = nextFeedbackDeadline(state);
    if (deadline) {
      const wait = Date.parse(deadline.at) - Date.now();
      if (wait > 0 && (await condition(changed, wait))) continue;
      try {
        await queued(undefined, () => ({ type: deadline.command, at: deadline.at, actor: SYSTEM_ACTOR }));
      } catch (error) {
        // An answer or extension that raced the timer made it moot; wait for the state to move on.
        log.warn('feedback deadline not recorded', { error: String(error) });
        await condition(changed);
      }
      continue;
    }
    // A published answer still takes a rating or a raise again until it has been quiet for `quietMs`.
    if (state.stage === 'published') {
      if (!(await condition(changed, quietMs))) break;
      continue;
    }
    await condition(changed);
  }
  await condition(allHandlersFinished);
  return state;
}

function nowIso(): string {
  return new Date(Date.now()).toISOString();
}

/** Runs the decider, turning a rule refusal into a non-retryable failure that carries its code. */
function decideOrFail(
  command: FeedbackCommand,
  state: FeedbackState,
  context: FeedbackDecisionContext,
): FeedbackEvent[] {
  try {
    return decideFeedback(command, state, context);
  } catch (error) {
    if (error instanceof FeedbackRefusal) {
      throw ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
    }
    throw error;
  }
}

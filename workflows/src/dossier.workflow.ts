/**
 * One durable workflow per dossier. It wires Temporal messages to the domain decider, appends the
 * resulting events through an activity, and sleeps until the next working-time deadline. Thin and
 * deterministic: every rule lives in libs/domain.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  log,
  proxyActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  DossierRefusal,
  SYSTEM_ACTOR,
  WorkingCalendar,
  decide,
  evolve,
  initialState,
  nextDeadline,
  type DecisionContext,
  type DossierCommand,
  type DossierState,
} from '../../libs/domain/src';
import type { DossierActivities } from './activities';
import {
  PERSON_COMMANDS,
  commandUpdates,
  dossierStreamId,
  stateQuery,
  type CommandPayload,
  type DossierWorkflowInput,
} from './messages';

const { appendDossierEvents } = proxyActivities<DossierActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 ms', maximumInterval: '10 seconds', nonRetryableErrorTypes: ['InconsistentRetry'] },
});

/** Statuses after which nothing more can happen to a dossier. */
const CLOSED_STATUSES: readonly number[] = [3, 8, 10];

export async function dossierWorkflow(input: DossierWorkflowInput): Promise<DossierState> {
  const context: DecisionContext = { calendar: new WorkingCalendar(input.calendar) };
  let state = initialState();
  let busy: Promise<unknown> = Promise.resolve();

  /** Runs one command at a time, in arrival order: decide, append, then fold. */
  const execute = (command: DossierCommand): Promise<DossierState> => {
    const run = busy.then(async () => {
      const events = decideOrFail(command, state, context);
      const stamped = events.map((event) => ({ eventId: uuid4(), event }));
      await appendDossierEvents({
        streamId: dossierStreamId(input.dossierCode),
        expectedVersion: state.version,
        events: stamped,
        metadata: {
          actorId: command.actor.id,
          actorRole: command.actor.role,
          agencyCode: state.agencyCode ?? (command.type === 'SubmitDossier' ? command.agencyCode : undefined),
          correlationId: workflowInfo().workflowId,
          causationId: uuid4(),
        },
      });
      state = events.reduce(evolve, state);
      return state;
    });
    busy = run.catch(() => undefined);
    return run;
  };

  const stamp = (payload: CommandPayload): DossierCommand =>
    ({ ...payload, at: new Date(Date.now()).toISOString() }) as DossierCommand;

  for (const type of PERSON_COMMANDS) {
    setHandler(commandUpdates[type], (payload: CommandPayload) => execute(stamp({ ...payload, type })), {
      validator: (payload: CommandPayload) => {
        decideOrFail(stamp({ ...payload, type }), state, context);
      },
    });
  }
  setHandler(stateQuery, () => state);

  await condition(() => state.status !== 0);
  while (!CLOSED_STATUSES.includes(state.status)) {
    const seen = state.version;
    const deadline = nextDeadline(state, context.calendar);
    if (!deadline) {
      await condition(() => state.version !== seen);
      continue;
    }
    const wait = Date.parse(deadline.at) - Date.now();
    if (wait > 0 && (await condition(() => state.version !== seen, wait))) continue;
    log.info('deadline reached', { command: deadline.command, at: deadline.at });
    await execute({ type: deadline.command, at: deadline.at, actor: SYSTEM_ACTOR });
  }
  await condition(allHandlersFinished);
  return state;
}

/** Runs the decider, turning a rule refusal into a non-retryable failure that carries its code. */
function decideOrFail(
  command: DossierCommand,
  state: DossierState,
  context: DecisionContext,
): ReturnType<typeof decide> {
  try {
    return decide(command, state, context);
  } catch (error) {
    if (error instanceof DossierRefusal) {
      throw ApplicationFailure.create({
        type: error.code,
        message: error.message,
        nonRetryable: true,
        details: [error.details],
      });
    }
    throw error;
  }
}

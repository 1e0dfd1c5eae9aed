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
  proxyLocalActivities,
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
  type DossierEvent,
  type DossierState,
} from '../../libs/domain/src';
import type { DossierActivities } from './activities';
import {
  PERSON_COMMANDS,
  commandUpdates,
  dossierStreamId,
  reviseCalendarUpdate,
  stateQuery,
  type CommandPayload,
  type DossierWorkflowInput,
  VERSION_CONFLICT,
} from './messages';

/**
 * The append runs as a local activity: in the worker, without a round trip through the server per
 * event batch (it is a few milliseconds of SQL). It is idempotent by event id, so the re-run after a
 * worker crash (the workflow task is retried elsewhere, with the same deterministic ids) writes nothing twice.
 */
const { appendDossierEvents } = proxyLocalActivities<DossierActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 ms', maximumInterval: '10 seconds' },
});

const DAY_MS = 86_400_000;
const DEFAULT_AFTER_CARE_MS = 90 * DAY_MS;

export async function dossierWorkflow(input: DossierWorkflowInput): Promise<DossierState> {
  let context: DecisionContext = { calendar: new WorkingCalendar(input.calendar) };
  let state = initialState();
  let queue: Promise<unknown> = Promise.resolve();

  /**
   * Runs commands one at a time in arrival order: decide, append, then fold. The command is built
   * when its turn comes, so its instant and version check see the state it applies to.
   */
  const queued = (command: () => DossierCommand): Promise<DossierState> => {
    const run = queue.then(async () => {
      const next = command();
      const events = decideOrFail(next, state, context);
      if (events.length > 0) {
        await append(input.dossierCode, state, next, events);
        state = events.reduce(evolve, state);
      }
      return state;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const execute = (command: DossierCommand): Promise<DossierState> => queued(() => command);

  const stamp = (payload: CommandPayload): DossierCommand => {
    if (payload.expectedVersion !== undefined && payload.expectedVersion !== state.version) {
      throw ApplicationFailure.create({
        type: VERSION_CONFLICT,
        message: `the dossier is at version ${state.version}, not ${payload.expectedVersion}`,
        nonRetryable: true,
        details: [{ version: state.version }],
      });
    }
    return { ...payload, at: nowIso() } as DossierCommand;
  };
  for (const type of PERSON_COMMANDS) {
    setHandler(commandUpdates[type], (payload) => queued(() => stamp({ ...payload, type } as CommandPayload)), {
      validator: (payload) => void decideOrFail(stamp({ ...payload, type } as CommandPayload), state, context),
    });
  }
  setHandler(reviseCalendarUpdate, async ({ revision, calendar }) => {
    context = { calendar: new WorkingCalendar(calendar) };
    return execute({ type: 'RecomputeDeadlines', at: nowIso(), actor: SYSTEM_ACTOR, revision, calendar });
  });
  setHandler(stateQuery, () => state);

  await condition(() => state.status !== 0);
  await watchDeadlines(
    () => state,
    () => context,
    execute,
  );
  await afterCare(() => state.version, input.afterCareMs ?? DEFAULT_AFTER_CARE_MS);
  await condition(allHandlersFinished);
  return state;
}

/**
 * Sleeps until the next deadline on working time and records its fact at the deadline instant.
 * Any state change re-arms the timer (a pause removes it, a resume moves it): an updatable timer.
 */
async function watchDeadlines(
  current: () => DossierState,
  context: () => DecisionContext,
  execute: (command: DossierCommand) => Promise<DossierState>,
): Promise<void> {
  while (current().stage !== 'closed') {
    const seen = current().version;
    const deadline = nextDeadline(current(), context().calendar);
    const changed = () => current().version !== seen || current().stage === 'closed';
    if (!deadline) {
      await condition(changed);
      continue;
    }
    const wait = Date.parse(deadline.at) - Date.now();
    if (wait > 0 && (await condition(changed, wait))) continue;
    try {
      await execute({ type: deadline.command, at: deadline.at, actor: SYSTEM_ACTOR });
    } catch (error) {
      // A command that raced the timer made the deadline moot; wait for the state to move on.
      log.warn('deadline not recorded', { command: deadline.command, error: String(error) });
      await condition(changed);
    }
  }
}

/** A closed dossier still takes ratings and audit reviews until it has been quiet for `quietMs`. */
async function afterCare(version: () => number, quietMs: number): Promise<void> {
  for (;;) {
    const seen = version();
    if (!(await condition(() => version() !== seen, quietMs))) return;
  }
}

function append(
  dossierCode: string,
  state: DossierState,
  command: DossierCommand,
  events: DossierEvent[],
): Promise<unknown> {
  return appendDossierEvents({
    streamId: dossierStreamId(dossierCode),
    expectedVersion: state.version,
    events: events.map((event) => ({ eventId: uuid4(), event })),
    metadata: {
      actorId: command.actor.id,
      actorRole: command.actor.role,
      agencyCode: state.agencyCode ?? (command.type === 'SubmitDossier' ? command.agencyCode : undefined),
      correlationId: workflowInfo().workflowId,
      causationId: uuid4(),
      commandType: command.type,
    },
  });
}

function nowIso(): string {
  return new Date(Date.now()).toISOString();
}

/** Runs the decider, turning a rule refusal into a non-retryable failure that carries its code. */
function decideOrFail(command: DossierCommand, state: DossierState, context: DecisionContext): DossierEvent[] {
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

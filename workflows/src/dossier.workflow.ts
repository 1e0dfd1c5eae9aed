/**
 * One durable workflow per dossier. It wires Temporal messages to the domain decider, appends the
 * resulting events through an activity, and sleeps until the next working-time deadline. Thin and
 * deterministic: every rule lives in libs/domain.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  log,
  patched,
  proxyActivities,
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
  isCurrentFor,
  initialState,
  nextDeadline,
  type DecisionContext,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
} from '@motcua/domain';
import type { AppendedEvents, DossierActivities, RecordedEvent } from './activities';
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
const { appendDossierEvents, loadDossierEvents } = proxyLocalActivities<DossierActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 ms', maximumInterval: '10 seconds' },
});

/**
 * Papers are rendered and filed by a (regular) activity after the command that owed them has its answer:
 * rendering is CPU work the command need not wait for, and a local activity would hold the workflow
 * task — and so the Update's answer — until it finished. A paper that cannot be issued after a few
 * tries stays pending in the state and is tried again after the next fact.
 */
const { issueSlip } = proxyActivities<DossierActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 ms', maximumInterval: '10 seconds', maximumAttempts: 5 },
});

const DAY_MS = 86_400_000;
const DEFAULT_AFTER_CARE_MS = 90 * DAY_MS;
/**
 * Patch: a run that does not start with a submission starts by folding the dossier's stored events
 * (a dossier whose workflow completed is woken by Update-with-Start; a first workflow task lost after
 * its append left the event, not the Update); a submission's own append finds what is stored. A run
 * that nobody submitted to ends after the quiet period.
 */
const FOLD_STORED_EVENTS = 'fold-stored-events';
/**
 * Patch: an acceptance starts the dossier's internal process (hand-overs between units, step
 * deadlines); it includes fold-stored-events. One patch decided at the run's start, so a run records
 * one marker (each costs a search-attribute upsert), and a dossier whose run started before keeps
 * the behaviour it started with.
 */
const INTERNAL_PROCESS = 'internal-process';
/** Patch: the papers a fact produces are issued (numbered, rendered, filed, recorded); includes internal-process. */
const ISSUE_SLIPS = 'issue-slips';
/**
 * Patch: an If-Match version followed only by papers motcua issued is current (the officer saw the
 * acceptance, the receipt came a moment later). Asked only when it makes a difference, so histories
 * without such a command replay untouched.
 */
const PAPERS_ARE_NOT_CHANGES = 'papers-are-not-changes';

export async function dossierWorkflow(input: DossierWorkflowInput): Promise<DossierState> {
  let context: DecisionContext = { calendar: new WorkingCalendar(input.calendar) };
  let state = initialState();
  /** Ids of the commands whose events are stored: a command sent again (same Update id) is not applied twice. */
  const applied = new Set<string>();
  const quietMs = input.afterCareMs ?? DEFAULT_AFTER_CARE_MS;
  const issuesSlips = patched(ISSUE_SLIPS);
  const startsProcesses = issuesSlips || patched(INTERNAL_PROCESS);
  const foldsStoredEvents = startsProcesses || patched(FOLD_STORED_EVENTS);
  let loaded = !foldsStoredEvents;

  /** Folds events the store holds beyond the workflow's state (the store is the source of truth). */
  const adopt = (recorded: readonly RecordedEvent[]): void => {
    for (const { event, causationId } of recorded) {
      state = evolve(state, event);
      if (causationId !== undefined) applied.add(causationId);
    }
  };

  /**
   * Decides, appends, folds. When the store turns out to be ahead (a lost workflow task appended
   * first), folds what it holds and decides again: once more if it was another command, not at all
   * if it was this one.
   */
  const apply = async (commandId: string | undefined, command: () => DossierCommand): Promise<DossierState> => {
    for (;;) {
      if (commandId !== undefined && applied.has(commandId)) return state;
      const next = command();
      const events = decideOrFail(next, state, decisionContextFor(next, context, startsProcesses));
      if (events.length === 0) return state;
      const result = await append(input.dossierCode, state, next, events, commandId);
      if (!result.stored) {
        state = events.reduce(evolve, state);
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

  /**
   * Issues the papers the facts so far owe (a receipt, a request, an apology…) beside the commands that
   * follow; each issued paper is then recorded in turn like a command, so appends stay in order.
   */
  const issuing = new Set<string>();
  const issuePendingSlips = (): void => {
    for (const pending of state.pendingSlips) {
      const key = `${pending.slip}@${pending.ofVersion}`;
      if (issuing.has(key)) continue;
      issuing.add(key);
      void issueSlip({ streamId: dossierStreamId(input.dossierCode), ...pending })
        .then((slip) =>
          queued(undefined, () => ({ type: 'RecordIssuedSlip', at: nowIso(), actor: SYSTEM_ACTOR, slip })),
        )
        .catch((error: unknown) =>
          log.warn('paper not issued; tried again after the next fact', { slip: pending.slip, error: String(error) }),
        )
        .finally(() => issuing.delete(key));
    }
  };

  // Commands wait behind this gate until the run knows its starting state (see below).
  let openGate: () => void = () => undefined;
  let queue: Promise<unknown> = new Promise<void>((resolve) => (openGate = resolve));
  /**
   * Runs commands one at a time in arrival order. The command is built when its turn comes, so its
   * instant and version check see the state it applies to.
   */
  const queued = (commandId: string | undefined, command: () => DossierCommand): Promise<DossierState> => {
    const run = queue.then(async () => {
      await apply(commandId, command);
      if (issuesSlips) issuePendingSlips();
      return state;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const execute = (command: DossierCommand): Promise<DossierState> => queued(undefined, () => command);

  /** A caller's If-Match: the version itself, or (patched) one before papers only. */
  const seesCurrentState = (seen: number): boolean =>
    seen === state.version || (isCurrentFor(state, seen) && patched(PAPERS_ARE_NOT_CHANGES));
  const stamp = (payload: CommandPayload): DossierCommand => {
    if (payload.expectedVersion !== undefined && !seesCurrentState(payload.expectedVersion)) {
      throw ApplicationFailure.create({
        type: VERSION_CONFLICT,
        message: `the dossier is at version ${state.version}, not ${payload.expectedVersion}`,
        nonRetryable: true,
        details: [{ version: state.version }],
      });
    }
    return { ...payload, at: nowIso() } as DossierCommand;
  };
  // An Update that came with the start (Update-with-Start) is handled while its handler is set.
  let registering = true;
  let startedBySubmission = false;
  for (const type of PERSON_COMMANDS) {
    setHandler(
      commandUpdates[type],
      (payload) => {
        if (registering && type === 'SubmitDossier') startedBySubmission = true;
        return queued(currentUpdateInfo()?.id, () => stamp({ ...payload, type } as CommandPayload));
      },
      {
        // Before the stored events are folded, or for a command already applied, the handler decides.
        validator: (payload) => {
          const id = currentUpdateInfo()?.id;
          if (!loaded || (id !== undefined && applied.has(id))) return;
          void decideOrFail(stamp({ ...payload, type } as CommandPayload), state, context);
        },
      },
    );
  }
  setHandler(reviseCalendarUpdate, async ({ revision, calendar }) => {
    context = { calendar: new WorkingCalendar(calendar) };
    return queued(currentUpdateInfo()?.id, () => ({
      type: 'RecomputeDeadlines',
      at: nowIso(),
      actor: SYSTEM_ACTOR,
      revision,
      calendar,
    }));
  });
  setHandler(stateQuery, () => state);
  registering = false;
  const startingState =
    foldsStoredEvents && !startedBySubmission
      ? loadDossierEvents(dossierStreamId(input.dossierCode)).then(adopt)
      : Promise.resolve();
  void startingState.then(() => {
    loaded = true;
    openGate();
  });

  if (foldsStoredEvents) {
    if (!(await condition(() => loaded && state.status !== 0, quietMs))) return state;
  } else {
    await condition(() => state.status !== 0);
  }
  await watchDeadlines(
    () => state,
    () => context,
    execute,
  );
  await afterCare(() => state.version, quietMs);
  // A paper still being issued is recorded before the run ends.
  await condition(() => allHandlersFinished() && issuing.size === 0);
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
  commandId: string | undefined,
): Promise<AppendedEvents> {
  const eventIds = events.map(() => uuid4());
  const fresh = uuid4();
  return appendDossierEvents({
    streamId: dossierStreamId(dossierCode),
    expectedVersion: state.version,
    events: events.map((event, i) => ({ eventId: eventIds[i], event })),
    metadata: {
      actorId: command.actor.id,
      actorRole: command.actor.role,
      agencyCode: state.agencyCode ?? (command.type === 'SubmitDossier' ? command.agencyCode : undefined),
      correlationId: workflowInfo().workflowId,
      causationId: commandId ?? fresh,
      commandType: command.type,
    },
  });
}

/** The context of a decision in the handler: runs started before internal processes accept without one. */
function decisionContextFor(
  command: DossierCommand,
  context: DecisionContext,
  startsProcesses: boolean,
): DecisionContext {
  if (command.type !== 'AcceptDossier' || startsProcesses) return context;
  return { ...context, withoutInternalProcess: true };
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

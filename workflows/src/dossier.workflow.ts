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
} from '@temporalio/workflow';
import {
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
import type { DossierActivities } from './activities';
import {
  PERSON_COMMANDS,
  commandUpdates,
  dossierStreamId,
  recordPortalAcknowledgementUpdate,
  reviseCalendarUpdate,
  stateQuery,
  type CommandPayload,
  type DossierWorkflowInput,
  VERSION_CONFLICT,
} from './messages';
import { decidedOrFailed } from './refusal-failure';
import { StreamWriter } from './stream-writer';

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
  const quietMs = input.afterCareMs ?? DEFAULT_AFTER_CARE_MS;
  const issuesSlips = patched(ISSUE_SLIPS);
  const startsProcesses = issuesSlips || patched(INTERNAL_PROCESS);
  const foldsStoredEvents = startsProcesses || patched(FOLD_STORED_EVENTS);
  let loaded = !foldsStoredEvents;

  /**
   * Issues the papers the facts so far owe (a receipt, a request, an apology…) beside the commands that
   * follow; each issued paper is then recorded in turn like a command, so appends stay in order.
   */
  const issuing = new Set<string>();
  const issuePendingSlips = (): void => {
    for (const pending of writer.state.pendingSlips) {
      const key = `${pending.slip}@${pending.ofVersion}`;
      if (issuing.has(key)) continue;
      issuing.add(key);
      void issueSlip({ streamId: dossierStreamId(input.dossierCode), ...pending })
        .then((slip) =>
          writer.queued(undefined, () => ({ type: 'RecordIssuedSlip', at: nowIso(), actor: SYSTEM_ACTOR, slip })),
        )
        .catch((error: unknown) =>
          log.warn('paper not issued; tried again after the next fact', { slip: pending.slip, error: String(error) }),
        )
        .finally(() => issuing.delete(key));
    }
  };

  // Commands wait behind the writer's gate until the run knows its starting state (see below).
  const writer = new StreamWriter<DossierState, DossierCommand, DossierEvent>({
    streamId: dossierStreamId(input.dossierCode),
    initial: initialState(),
    evolve,
    decide: (command, state) => decideOrFail(command, state, decisionContextFor(command, context, startsProcesses)),
    append: appendDossierEvents,
    metadataOf: (command, state) => ({
      actorId: command.actor.id,
      actorRole: command.actor.role,
      agencyCode: state.agencyCode ?? (command.type === 'SubmitDossier' ? command.agencyCode : undefined),
      commandType: command.type,
    }),
    afterEach: issuesSlips ? issuePendingSlips : undefined,
  });
  const execute = (command: DossierCommand): Promise<DossierState> => writer.queued(undefined, () => command);

  /** A caller's If-Match: the version itself, or (patched) one before papers only. */
  const seesCurrentState = (seen: number): boolean =>
    seen === writer.state.version || (isCurrentFor(writer.state, seen) && patched(PAPERS_ARE_NOT_CHANGES));
  const stamp = (payload: CommandPayload): DossierCommand => {
    if (payload.expectedVersion !== undefined && !seesCurrentState(payload.expectedVersion)) {
      throw ApplicationFailure.create({
        type: VERSION_CONFLICT,
        message: `the dossier is at version ${writer.state.version}, not ${payload.expectedVersion}`,
        nonRetryable: true,
        details: [{ version: writer.state.version }],
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
        return writer.queued(currentUpdateInfo()?.id, () => stamp({ ...payload, type } as CommandPayload));
      },
      {
        // Before the stored events are folded, or for a command already applied, the handler decides.
        validator: (payload) => {
          if (!loaded || writer.hasApplied(currentUpdateInfo()?.id)) return;
          void decideOrFail(stamp({ ...payload, type } as CommandPayload), writer.state, context);
        },
      },
    );
  }
  setHandler(reviseCalendarUpdate, async ({ revision, calendar }) => {
    context = { calendar: new WorkingCalendar(calendar) };
    return writer.queued(currentUpdateInfo()?.id, () => ({
      type: 'RecomputeDeadlines',
      at: nowIso(),
      actor: SYSTEM_ACTOR,
      revision,
      calendar,
    }));
  });
  // Not a person's command: the engine records what the portal acknowledged (idempotent by message).
  setHandler(recordPortalAcknowledgementUpdate, (relay) =>
    writer.queued(currentUpdateInfo()?.id, () => ({
      type: 'RecordPortalAcknowledgement',
      at: nowIso(),
      actor: SYSTEM_ACTOR,
      ...relay,
    })),
  );
  setHandler(stateQuery, () => writer.state);
  registering = false;
  const startingState =
    foldsStoredEvents && !startedBySubmission
      ? loadDossierEvents(dossierStreamId(input.dossierCode)).then((recorded) => writer.adopt(recorded))
      : Promise.resolve();
  void startingState.then(() => {
    loaded = true;
    writer.open();
  });

  if (foldsStoredEvents) {
    if (!(await condition(() => loaded && writer.state.status !== 0, quietMs))) return writer.state;
  } else {
    await condition(() => writer.state.status !== 0);
  }
  await watchDeadlines(
    () => writer.state,
    () => context,
    execute,
  );
  await afterCare(() => writer.state.version, quietMs);
  // A paper still being issued is recorded before the run ends.
  await condition(() => allHandlersFinished() && issuing.size === 0);
  return writer.state;
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

/** Runs the decider; a refusal fails the command with its code. */
function decideOrFail(command: DossierCommand, state: DossierState, context: DecisionContext): DossierEvent[] {
  return decidedOrFailed(() => decide(command, state, context));
}

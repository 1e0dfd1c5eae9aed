import { setMaxListeners } from 'node:events';
import { msToTs } from '@temporalio/common/lib/time';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { installQuietRuntime, startWorker, uniqueTaskQueue, type RunningWorker } from './temporal';

/** A time-skipping test server of its own (skipping is global to a server). */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  const path = process.env.MOTCUA_TEST_TIME_SKIPPING_SERVER;
  return TestWorkflowEnvironment.createTimeSkipping(
    path ? { server: { executable: { type: 'existing-path', path } } } : undefined,
  );
}

/** Real time a skip may take: our skips cross a few timers, each a few milliseconds of work. */
const SKIP_WATCHDOG_MS = 30_000;
/** Real time one attempt of a test may take (two fit in jest's 120 s); ours take a few seconds. */
const ATTEMPT_BUDGET_MS = 50_000;
/** Aborted when an attempt runs over its budget: every call its test still has pending is cancelled. */
const attemptSignals = new WeakMap<TestWorkflowEnvironment, AbortSignal>();

/** The test server did not finish a skip in real time: it stopped skipping (see `itOnTimeSkippingServer`). */
export class TimeSkippingStalled extends Error {}

/**
 * Moves the test server's clock forward to `instant` (it never goes back); `TimeSkippingStalled` when
 * that takes more than `watchdogMs` of real time.
 */
export async function sleepUntil(
  env: TestWorkflowEnvironment,
  instant: Date,
  { watchdogMs = SKIP_WATCHDOG_MS } = {},
): Promise<void> {
  const now = await env.currentTimeMs();
  const delta = instant.getTime() - now;
  if (delta < 0) throw new Error(`cannot go back in time to ${instant.toISOString()}`);
  if (delta === 0) return;
  // `env.sleep`, cancellable: a stalled call left pending would be retried on the torn-down connection.
  const { testService } = env.connection;
  if (!testService) throw new Error('not a time-skipping test server');
  const cancel = new AbortController();
  const attemptSignal = attemptSignals.get(env);
  const signal = attemptSignal ? AbortSignal.any([cancel.signal, attemptSignal]) : cancel.signal;
  const sleeping = env.connection.withAbortSignal(signal, () =>
    testService.unlockTimeSkippingWithSleep({ duration: msToTs(delta) }),
  );
  let watchdog: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    watchdog = setTimeout(async () => {
      // The clock, for the report; a wedged server may not answer this either.
      const reached = await Promise.race([
        env.currentTimeMs().catch(() => Number.NaN),
        new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 2_000).unref()),
      ]);
      const at = Number.isNaN(reached) ? 'unknown' : new Date(reached).toISOString();
      cancel.abort();
      reject(
        new TimeSkippingStalled(`skip to ${instant.toISOString()} not done after ${watchdogMs} ms (clock at ${at})`),
      );
    }, watchdogMs);
  });
  try {
    await Promise.race([sleeping, stalled]);
  } finally {
    clearTimeout(watchdog);
    sleeping.catch(() => undefined); // cancelled: nobody waits for it any more
  }
}

/** What a test on a time-skipping server works with. */
export interface TimeSkippingServer {
  readonly env: TestWorkflowEnvironment;
  readonly taskQueue: string;
}

/**
 * `it` on a time-skipping server and worker of its own, so no test's timers or locks reach another's.
 * The (Java) test server sometimes stops skipping — it keeps a time lock it took for an activity
 * (temporalio/sdk-java #1138, #2670); in CI a test once never finished (120 s, twice in a row). A test
 * that stalls — a skip past its watchdog, or the whole test past its budget — is cancelled and run once
 * more on a fresh server, with a warning in the log; any other failure fails it at once.
 */
export function itOnTimeSkippingServer(
  name: string,
  test: (server: TimeSkippingServer) => Promise<void>,
  startWorker: (server: TimeSkippingServer) => Promise<RunningWorker>,
): void {
  it(name, () => onTimeSkippingServer(name, test, startWorker));
}

/** `itOnTimeSkippingServer` with our worker, on the database `dataSource()` gives when the test runs. */
export function itOnTimeSkippingWorker(
  dataSource: () => DataSource,
): (name: string, test: (server: TimeSkippingServer) => Promise<void>) => void {
  return (name, test) =>
    itOnTimeSkippingServer(name, test, ({ env, taskQueue }) =>
      startWorker({ connection: env.nativeConnection, taskQueue, dataSource: dataSource() }),
    );
}

/** Runs `test` on a fresh server and worker; once more on another when it stalls. */
export async function onTimeSkippingServer(
  name: string,
  test: (server: TimeSkippingServer) => Promise<void>,
  startWorker: (server: TimeSkippingServer) => Promise<RunningWorker>,
  { budgetMs = ATTEMPT_BUDGET_MS } = {},
): Promise<void> {
  const attempt = async (): Promise<void> => {
    const server = { env: await createTimeSkippingEnv(), taskQueue: uniqueTaskQueue('ts') };
    const worker = await startWorker(server).catch(async (error: unknown) => {
      await server.env.teardown();
      throw error;
    });
    const budget = new AbortController();
    // Every call of the test listens to it (more than Node's default of ten over a test's life).
    setMaxListeners(0, budget.signal);
    attemptSignals.set(server.env, budget.signal);
    let timer: NodeJS.Timeout | undefined;
    const overBudget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        budget.abort();
        reject(new TimeSkippingStalled(`not done after ${budgetMs} ms`));
      }, budgetMs);
    });
    try {
      await Promise.race([server.env.connection.withAbortSignal(budget.signal, () => test(server)), overBudget]);
    } catch (error) {
      // What held the clock, as far as our worker knows (the test server lists no workflows).
      if (error instanceof TimeSkippingStalled) error.message += `; the worker then: ${workerActivity(worker)}`;
      throw error;
    } finally {
      clearTimeout(timer);
      await worker.stop();
      await server.env.teardown();
    }
  };
  try {
    await attempt();
  } catch (error) {
    if (!(error instanceof TimeSkippingStalled)) throw error;
    console.warn(`[time-skipping] ${name}: ${error.message}; running it again on a fresh test server`);
    await attempt();
  }
}

function workerActivity({ worker }: RunningWorker): string {
  const status = worker.getStatus();
  return (
    `${status.numInFlightNonLocalActivities} activities, ${status.numInFlightLocalActivities} local activities, ` +
    `${status.numInFlightWorkflowActivations} workflow activations in flight`
  );
}

const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * The first instant after `after` that falls on `weekday` (0 = Sunday) at local Vietnam time `hhmm`,
 * at least one day later so that earlier timers of the same test are well behind.
 */
export function nextVietnamWeekdayAt(after: number, weekday: number, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const local = new Date(after + VN_OFFSET_MS + 86_400_000);
  local.setUTCHours(h, m, 0, 0);
  while (local.getUTCDay() !== weekday) local.setUTCDate(local.getUTCDate() + 1);
  return new Date(local.getTime() - VN_OFFSET_MS);
}

/** `instant` + whole days, keeping the local time. */
export function plusDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * 86_400_000);
}

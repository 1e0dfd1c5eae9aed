import { TestWorkflowEnvironment } from '@temporalio/testing';
import { installQuietRuntime } from './temporal';

/** A time-skipping test server of its own for one test file (skipping is global to a server). */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  const path = process.env.MOTCUA_TEST_TIME_SKIPPING_SERVER;
  return TestWorkflowEnvironment.createTimeSkipping(
    path ? { server: { executable: { type: 'existing-path', path } } } : undefined,
  );
}

/** Moves the test server's clock forward to `instant` (it never goes back). */
export async function sleepUntil(env: TestWorkflowEnvironment, instant: Date): Promise<void> {
  const now = await env.currentTimeMs();
  const delta = instant.getTime() - now;
  if (delta < 0) throw new Error(`cannot go back in time to ${instant.toISOString()}`);
  if (delta > 0) await env.sleep(delta);
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

/**
 * Working-calendar benchmark: 8-working-hour and 20-working-day deadlines per second with
 * WorkingCalendar, beside a naive minute-stepping baseline, in the same run.
 *   npm run bench -- calendar
 */
import { WorkingCalendar, civilServiceCalendarConfig } from '@motcua/domain';
import { opsPerSecond, printTable } from '../support';

const config = civilServiceCalendarConfig();
const calendar = new WorkingCalendar(config);

// Random instants over 2024–2026, fixed seed so every run measures the same work.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const FROM = Date.UTC(2024, 0, 1);
const SPAN = Date.UTC(2026, 10, 1) - FROM;
const instants = Array.from({ length: 4096 }, () => new Date(FROM + Math.floor(random() * SPAN)));

const naiveOff = new Set(Object.values(config.years ?? {}).flatMap((y) => y.daysOff));
const naiveMakeUp = new Set(Object.values(config.years ?? {}).flatMap((y) => y.makeUpWorkingDays));
/** The obvious implementation: walk minute by minute, asking whether each minute is working time. */
function naiveWalk(from: Date, minutes: number, off: Set<string>, makeUp: Set<string>): Date {
  let t = Math.ceil(from.getTime() / 60_000) * 60_000;
  let left = minutes;
  while (left > 0) {
    const local = new Date(t + 7 * 3_600_000);
    const date = local.toISOString().slice(0, 10);
    const day = local.getUTCDay();
    const m = local.getUTCHours() * 60 + local.getUTCMinutes();
    const workingDay = makeUp.has(date) || (day !== 0 && day !== 6 && !off.has(date));
    if (workingDay && ((m >= 450 && m < 690) || (m >= 780 && m < 1020))) left -= 1;
    t += 60_000;
  }
  return new Date(t);
}

function main(): void {
  // The baseline must agree with the real thing on whole-minute inputs, or the comparison means nothing.
  for (const t of instants.slice(0, 50)) {
    const whole = new Date(Math.floor(t.getTime() / 60_000) * 60_000);
    if (naiveWalk(whole, 480, naiveOff, naiveMakeUp).getTime() !== calendar.addWorkingMinutes(whole, 480).getTime()) {
      throw new Error(`baseline disagrees at ${whole.toISOString()}`);
    }
  }
  const n = instants.length - 1;
  const rows = [
    {
      computation: '8 working hours (WorkingCalendar)',
      'ops/s': opsPerSecond((i) => calendar.addWorkingMinutes(instants[i & n], 480)),
    },
    {
      computation: '8 working hours (naive minute walk)',
      'ops/s': opsPerSecond((i) => naiveWalk(instants[i & n], 480, naiveOff, naiveMakeUp), 500),
    },
    {
      computation: '20 working days (WorkingCalendar)',
      'ops/s': opsPerSecond((i) => calendar.addWorkingDays(instants[i & n], 20)),
    },
    {
      computation: '20 working days (naive minute walk)',
      'ops/s': opsPerSecond((i) => naiveWalk(instants[i & n], 20 * 480, naiveOff, naiveMakeUp), 500),
    },
    {
      computation: 'workingMinutesBetween (WorkingCalendar)',
      'ops/s': opsPerSecond((i) => calendar.workingMinutesBetween(instants[i & n], instants[(i + 7) & n])),
    },
  ];
  printTable('bench/calendar — one core, civil-service calendar 2024–2026', rows);
  const ours = rows[0]['ops/s'];
  console.log(
    `\n8-hour deadlines: ${(ours / rows[1]['ops/s']).toFixed(0)}× the naive baseline; target ≥ 1,000,000/s: ${ours >= 1_000_000 ? 'met' : 'NOT met'}`,
  );
}

main();

/** How the web app writes dates, numbers and durations: Vietnamese conventions, Vietnam time. */

const VIETNAM = 'Asia/Ho_Chi_Minh';
const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const numbers = new Intl.NumberFormat('vi-VN');
const decimals = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function parts(iso: string): Record<string, string> {
  return Object.fromEntries(dateTimeParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** `dd/MM/yyyy HH:mm` in Vietnam time; an empty dash when there is no instant. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** `dd/MM/yyyy` in Vietnam time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A count or an amount as Vietnamese write it (`1.234.567`). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numbers.format(value);
}

/** A ratio or score with at most two decimals (`87,5`). */
export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : decimals.format(value);
}

/** Working minutes in a working day (07:30–11:30, 13:00–17:00). */
export const WORKING_MINUTES_A_DAY = 480;

/** Working time as officers say it: `2 ngày 3 giờ`, `45 phút`; past deadlines read `quá 1 ngày 2 giờ`. */
export function formatWorkingTime(minutes: number): string {
  const late = minutes < 0;
  let rest = Math.abs(Math.round(minutes));
  const days = Math.floor(rest / WORKING_MINUTES_A_DAY);
  rest -= days * WORKING_MINUTES_A_DAY;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const words = [days && `${days} ngày`, hours && `${hours} giờ`, !days && mins && `${mins} phút`].filter(Boolean);
  const text = words.length ? words.join(' ') : '0 phút';
  return late ? `quá ${text}` : text;
}

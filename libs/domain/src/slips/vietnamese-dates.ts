/** Dates as Vietnamese papers write them, in Vietnam time (UTC+7 all year, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

interface LocalParts {
  readonly year: number;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
}

function partsOf(iso: string): LocalParts {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: local.getUTCFullYear(),
    month: two(local.getUTCMonth() + 1),
    day: two(local.getUTCDate()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
    second: two(local.getUTCSeconds()),
  };
}

/** "ngày 02 tháng 03 năm 2026" (the date line, the new appointment). */
export function longDate(iso: string): string {
  const p = partsOf(iso);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** "02/03/2026". */
export function shortDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "09 giờ 30 phút, ngày 02/03/2026" (receipt and appointment times). */
export function timeAndDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
}

/** "09 giờ 30 phút, ngày 02 tháng 03 năm 2026" (control-slip hand-overs). */
export function timeAndLongDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.hour} giờ ${p.minute} phút, ${longDate(iso)}`;
}

/** The year of an instant in Vietnam time (registers and slip numbers restart each year). */
export function vietnamYear(iso: string): number {
  return partsOf(iso).year;
}

/** "20260302093015": the national portal's `yyyyMMddHHmmss`, in Vietnam time (national-sync.md). */
export function portalDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.year}${p.month}${p.day}${p.hour}${p.minute}${p.second}`;
}

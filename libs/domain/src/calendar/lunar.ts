/**
 * Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7 with Hồ Ngọc Đức's
 * published algorithm (new moons and solar terms after Meeus). Used to derive the lunar public
 * holidays (Tết, Giỗ Tổ Hùng Vương) of years whose official schedule is not yet known.
 * Checked in tests against the known Tết dates 2020–2030.
 */

const VIETNAM_UTC_HOURS = 7;
/** Julian Day Number of 1970-01-01. */
const JDN_OF_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;

function julianDayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32_045
  );
}

/** Local day (JDN) of the k-th new moon after 1900-01-01. */
function newMoonDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const dr = Math.PI / 180;
  let jd = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr) - 0.0004 * Math.sin(dr * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return Math.floor(jd + c1 - deltaT + 0.5 + VIETNAM_UTC_HOURS / 24);
}

/** Sun's longitude at local midnight starting day `jdn`, as one of 12 sectors (0 = 0°–30°). */
function sunLongitudeSector(jdn: number): number {
  const t = (jdn - 2_451_545.5 - VIETNAM_UTC_HOURS / 24) / 36_525;
  const t2 = t * t;
  const dr = Math.PI / 180;
  const m = 357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.00029 * Math.sin(dr * 3 * m);
  let l = (l0 + dl) * dr;
  l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  return Math.floor((l / Math.PI) * 6);
}

/** JDN of the first day of the 11th lunar month (the one holding the winter solstice) of `year`. */
function lunarMonth11(year: number): number {
  const off = julianDayNumber(year, 12, 31) - 2_415_021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunLongitudeSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Index (after month 11) of the leap month in a 13-month lunar year starting at `a11`. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2_415_021.076998695) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * Epoch day (local date in Vietnam) of a lunar date of lunar year `lunarYear` (the lunar year that
 * starts in Gregorian year `lunarYear`). Leap months are not asked for: holidays use regular months.
 */
export function lunarToEpochDay(lunarYear: number, lunarMonth: number, lunarDay: number): number {
  const [a11, b11] =
    lunarMonth < 11
      ? [lunarMonth11(lunarYear - 1), lunarMonth11(lunarYear)]
      : [lunarMonth11(lunarYear), lunarMonth11(lunarYear + 1)];
  const k = Math.floor(0.5 + (a11 - 2_415_021.076998695) / SYNODIC_MONTH);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365 && off >= leapMonthOffset(a11)) off += 1;
  return newMoonDay(k + off) + lunarDay - 1 - JDN_OF_EPOCH;
}

/** Epoch day of Tết Nguyên đán (1st day of the 1st lunar month) in Gregorian year `year`. */
export function lunarNewYearOf(year: number): number {
  return lunarToEpochDay(year, 1, 1);
}

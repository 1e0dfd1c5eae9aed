import { formatDate, formatDateTime, formatDecimal, formatNumber, formatWorkingTime } from './format';

describe('the web app writes dates, numbers and durations as Vietnamese officers read them', () => {
  it('dates dd/MM/yyyy HH:mm in Vietnam time, whatever the browser’s zone', () => {
    expect(formatDateTime('2026-12-01T22:20:11.237Z')).toBe('02/12/2026 05:20');
    expect(formatDateTime('2026-03-31T16:59:00Z')).toBe('31/03/2026 23:59');
    expect(formatDate('2026-12-31T17:00:00Z')).toBe('01/01/2027');
    expect(formatDateTime(null)).toBe('—');
  });

  it('numbers with dots for thousands and a comma for decimals', () => {
    expect(formatNumber(1_234_567)).toBe('1.234.567');
    expect(formatDecimal(87.456)).toBe('87,46');
    expect(formatDecimal(null)).toBe('—');
  });

  it('working time in days of eight hours, hours and minutes; past deadlines say “quá”', () => {
    expect(formatWorkingTime(480 * 2 + 180)).toBe('2 ngày 3 giờ');
    expect(formatWorkingTime(45)).toBe('45 phút');
    expect(formatWorkingTime(90)).toBe('1 giờ 30 phút');
    expect(formatWorkingTime(480 + 30)).toBe('1 ngày');
    expect(formatWorkingTime(-(480 + 120))).toBe('quá 1 ngày 2 giờ');
    expect(formatWorkingTime(0)).toBe('0 phút');
  });
});

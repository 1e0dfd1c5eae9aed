/** A column of a CSV export: the field and its Vietnamese header. */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so spreadsheet programs read the
 * Vietnamese headers correctly. Numbers keep a dot as decimal separator, rounded to two decimals.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const cell = (v: string | number | boolean | null | undefined): string => {
    if (v === null || v === undefined) return '';
    const text = typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.map((c) => cell(c.header)), ...rows.map((r) => columns.map((c) => cell(c.value(r))))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

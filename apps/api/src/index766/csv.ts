import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

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

/** How a report handler answers: its JSON, or its table as CSV when the client asks for `text/csv`. */
export interface TableReply {
  send<T>(json: unknown, columns: readonly CsvColumn<T>[], rows: readonly T[], fileName: string): unknown;
}

/** Injects a {@link TableReply} for the current request (reads `Accept`, sets the CSV headers). */
export const TableReplyFor = createParamDecorator((_: unknown, context: ExecutionContext): TableReply => {
  const http = context.switchToHttp();
  const accept = http.getRequest<FastifyRequest>().headers.accept;
  const reply = http.getResponse<FastifyReply>();
  return {
    send(json, columns, rows, fileName) {
      if (!accept?.includes('text/csv')) return json;
      void reply.header('content-type', 'text/csv; charset=utf-8');
      void reply.header('content-disposition', `attachment; filename="${fileName}.csv"`);
      return toCsv(columns, rows);
    },
  };
});

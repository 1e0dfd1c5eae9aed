import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';

/** A row keyed by column name; objects go in as JSON, null and undefined as NULL, other keys are ignored. */
export type CopyRow = object;

/** Chunks of this many rows are handed to the connection at a time. */
const CHUNK_ROWS = 2_000;

/**
 * Writes `rows` into `table` with `COPY … FROM STDIN` (text format): a bulk load several times
 * faster than `INSERT … SELECT` from JSON, for rebuilds. Columns missing from a row are NULL.
 */
export async function copyRows(
  db: DataSource,
  table: string,
  columns: readonly string[],
  rows: readonly CopyRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const runner = db.createQueryRunner();
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const chunk = rows
        .slice(start, start + CHUNK_ROWS)
        .map((row) => copyLine(row, columns))
        .join('');
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
    }
    stream.end();
    await done;
  } finally {
    await runner.release();
  }
}

/** One line of COPY's text format: tab-separated fields, `\N` for NULL, newline at the end. */
export function copyLine(row: CopyRow, columns: readonly string[]): string {
  return `${columns.map((column) => copyField((row as Record<string, unknown>)[column])).join('\t')}\n`;
}

function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/[\\\n\r\t]/g, escapeCharacter);
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string): string {
  return ESCAPES[character];
}

import { AUDIT_ACTIONS_COLUMNS, DOSSIERS_COLUMNS } from '../migrations/1763900000002-projections';
import { DOSSIER_PROCESS_COLUMNS, DOSSIER_STEPS_COLUMNS } from '../migrations/1763900000009-internal-process';
import { FEEDBACKS_COLUMNS } from '../migrations/1763900000013-feedbacks';

/** Names of the read-model tables a projection writes: the live ones, or a rebuild's fresh copies. */
export interface ReadModelTables {
  readonly dossiers: string;
  readonly auditActions: string;
  readonly index766Facts: string;
  readonly index766Daily: string;
  readonly index766Monthly: string;
  readonly dossierSteps: string;
  readonly feedbacks: string;
}

export const LIVE_TABLES: ReadModelTables = {
  dossiers: 'dossiers',
  auditActions: 'audit_actions',
  index766Facts: 'index766_facts',
  index766Daily: 'index766_daily',
  index766Monthly: 'index766_monthly',
  dossierSteps: 'dossier_steps',
  feedbacks: 'feedbacks',
};

/** Column names of a `CREATE TABLE` column list. */
function columnNames(definition: string): string[] {
  return definition
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0])
    .filter((name) => name && /^[a-z_]+$/.test(name));
}

export const DOSSIER_COLUMN_NAMES = [...columnNames(DOSSIERS_COLUMNS), ...columnNames(DOSSIER_PROCESS_COLUMNS)];
export const DOSSIER_STEP_COLUMN_NAMES = columnNames(DOSSIER_STEPS_COLUMNS);
export const AUDIT_COLUMN_NAMES = columnNames(AUDIT_ACTIONS_COLUMNS);
export const FEEDBACK_COLUMN_NAMES = columnNames(FEEDBACKS_COLUMNS);

/** `INSERT … ON CONFLICT DO UPDATE` of JSON rows into `table`, every column but the key (columns, comma-separated) updated. */
export function upsertSql(
  table: string,
  key: string,
  columns: readonly string[],
  keepWhenNull: readonly string[] = [],
): string {
  const keys = key.split(',').map((k) => k.trim());
  const updates = columns
    .filter((c) => !keys.includes(c))
    .map((c) => (keepWhenNull.includes(c) ? `${c} = COALESCE(EXCLUDED.${c}, ${table}.${c})` : `${c} = EXCLUDED.${c}`))
    .join(', ');
  return `${insertSql(table)} ON CONFLICT (${key}) DO UPDATE SET ${updates}`;
}

/** `INSERT` of JSON rows (an array of objects keyed by column name, extra keys ignored) into `table`. */
export function insertSql(table: string): string {
  return `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`;
}

import type { Knex } from 'knex';

/**
 * Bound parameters one statement may carry. SQLite builds before 3.32 stop at
 * 999 (later ones at 32766); 999 is safe for every build Strapi may load.
 */
const MAX_PARAMETERS: Record<string, number> = { sqlite: 999, postgres: 65535, mysql: 65535 };

/**
 * A CASE is searched linearly for every row it updates, so a statement also
 * stays short where the parameter limit would allow more: 500 rows cost
 * 250,000 comparisons, nothing next to the statement's round trip.
 */
const MAX_ROWS_PER_STATEMENT = 500;

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export function databaseClientOf(client: unknown): DatabaseClient {
  const name = String(client);
  if (name.startsWith('mysql')) return 'mysql';
  if (name === 'postgres' || name === 'pg') return 'postgres';
  return 'sqlite';
}

export interface ColumnValue {
  id: number;
  value: string;
}

/** How many rows one statement of `updateColumnById` may set (two parameters per row, one in the IN list). */
function rowsPerStatement(client: DatabaseClient): number {
  return Math.min(MAX_ROWS_PER_STATEMENT, Math.floor((MAX_PARAMETERS[client] ?? 999) / 3));
}

/**
 * Sets `column` of many rows, each to its own value, in a few statements:
 * `UPDATE … SET column = CASE id WHEN ? THEN ? … END WHERE id IN (…)`.
 */
export async function updateColumnById(
  trx: Knex | Knex.Transaction,
  client: DatabaseClient,
  table: string,
  column: string,
  values: ColumnValue[]
): Promise<void> {
  const size = rowsPerStatement(client);
  for (let start = 0; start < values.length; start += size) {
    const batch = values.slice(start, start + size);
    const cases = batch.map(() => 'WHEN ? THEN ?').join(' ');
    const bindings = batch.flatMap((row) => [row.id, row.value]);
    await trx(table)
      .whereIn(
        'id',
        batch.map((row) => row.id)
      )
      .update({ [column]: trx.raw(`CASE ?? ${cases} END`, ['id', ...bindings]) });
  }
}

/** Splits `items` into chunks a `WHERE … IN (…)` of this database accepts, with room for other parameters. */
export function inListChunks<T>(client: DatabaseClient, items: T[]): T[][] {
  const size = Math.min(MAX_ROWS_PER_STATEMENT * 2, (MAX_PARAMETERS[client] ?? 999) - 10);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

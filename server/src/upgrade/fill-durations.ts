import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../uids';
import { databaseClientOf, type DatabaseClient } from './batched-update';

/** Inclusive days from start to end, in each database's own date arithmetic (10–21 Nov = 12). */
const INCLUSIVE_DAYS: Record<DatabaseClient, string> = {
  postgres: '(?? - ??) + 1',
  mysql: 'DATEDIFF(??, ??) + 1',
  // Strapi stores dates as 'YYYY-MM-DD' text in SQLite; julianday() is NULL for anything else.
  sqlite: 'CAST(julianday(??) - julianday(??) AS INTEGER) + 1',
};

/**
 * Rows written around the plugin may lack durationDays, which the write path
 * computes on every write. This computes it where it is NULL, with the write
 * path's rule (both dates set and end ≥ start, else it stays NULL), in one
 * UPDATE that needs no parameters. A value already stored is left alone.
 * Returns how many rows were filled.
 */
export async function fillMissingDurations(strapi: Core.Strapi): Promise<number> {
  const meta = strapi.db.metadata.get(REPORT_UID) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string }>;
  };
  const column = (name: string, fallback: string) => meta.attributes[name]?.columnName ?? fallback;
  const start = column('startDate', 'start_date');
  const end = column('endDate', 'end_date');
  const duration = column('durationDays', 'duration_days');
  const knex = strapi.db.connection;
  const dialect = databaseClientOf(strapi.db.dialect.client);
  const query = knex(meta.tableName).whereNull(duration).whereNotNull(start).whereNotNull(end);
  if (dialect === 'sqlite') {
    query.whereRaw('julianday(??) >= julianday(??)', [end, start]);
  } else {
    query.whereRaw('?? >= ??', [end, start]);
  }
  const count = await query.update({ [duration]: knex.raw(INCLUSIVE_DAYS[dialect], [end, start]) });
  return Number(count);
}

import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/constants';
import { databaseClientOf, type DatabaseClient } from './batched-update';
import type { ComputedFill } from './fill-defaults';

/** Inclusive days from start to end, in each database's own date arithmetic (10–21 Nov = 12). */
const INCLUSIVE_DAYS: Record<DatabaseClient, string> = {
  postgres: '(?? - ??) + 1',
  mysql: 'DATEDIFF(??, ??) + 1',
  sqlite: 'CAST(julianday(??) - julianday(??) AS INTEGER) + 1',
};

/** Both dates set, end ≥ start: when the write path computes durationDays (else it leaves it NULL). */
const DATES_IN_ORDER: Record<DatabaseClient, string> = {
  postgres: '?? >= ??',
  mysql: '?? >= ??',
  // Strapi stores dates as 'YYYY-MM-DD' text in SQLite; julianday() is NULL for anything else.
  sqlite: 'julianday(??) >= julianday(??)',
};

/**
 * Rows written around the plugin may lack durationDays, which the write path
 * computes on every write. This says how to compute it where it is NULL, with
 * the write path's rule, for `fillNewDefaults` to fill in the same pass as the
 * new fields' defaults. A value already stored is left alone.
 */
export function durationFill(strapi: Core.Strapi): ComputedFill {
  const meta = strapi.db.metadata.get(REPORT_UID) as unknown as { attributes: Record<string, { columnName?: string }> };
  const column = (name: string, fallback: string) => meta.attributes[name]?.columnName ?? fallback;
  const start = column('startDate', 'start_date');
  const end = column('endDate', 'end_date');
  const knex = strapi.db.connection;
  const dialect = databaseClientOf(strapi.db.dialect.client);
  return {
    uid: REPORT_UID,
    name: 'durationDays',
    column: column('durationDays', 'duration_days'),
    value: knex.raw(INCLUSIVE_DAYS[dialect], [end, start]),
    when: knex.raw(DATES_IN_ORDER[dialect], [end, start]),
  };
}

import type { Knex } from 'knex';
import type { StatsGroupKey } from '../../../shared/stats';
import type { OperationReportStatsGroup } from '../../../shared/types';
import type { ReportColumns } from './report-columns';
import { toNumber } from './stat-selects';

/** Aliases of the joined crime-area tables: report rows keep the caller's alias. */
const LINK = 'gl';
const AREA = 'ga';

export interface GroupKey {
  /** The SQL of the key; no bound values in it, so SELECT and GROUP BY are one expression to every planner. */
  expression: Knex.Raw;
  /** Joins the key needs (crime areas); none for the report's own columns. */
  join?(query: Knex.QueryBuilder): Knex.QueryBuilder;
  /** The key as the API answers it. */
  read(value: unknown): string | number | null;
  /** Time keys run in time order; the others by count. */
  time: boolean;
}

const isMySql = (client: string) => client === 'mysql' || client === 'mysql2';

/** The year of a date column, in each dialect Strapi supports. */
function yearOf(knex: Knex, client: string, column: string): Knex.Raw {
  if (client === 'postgres') return knex.raw('CAST(EXTRACT(YEAR FROM ??) AS INTEGER)', [column]);
  if (isMySql(client)) return knex.raw('YEAR(??)', [column]);
  return knex.raw("CAST(strftime('%Y', ??) AS INTEGER)", [column]);
}

/** "YYYY-MM" of a date column. */
function monthOf(knex: Knex, client: string, column: string): Knex.Raw {
  if (client === 'postgres') return knex.raw("to_char(??, 'YYYY-MM')", [column]);
  if (isMySql(client)) return knex.raw("DATE_FORMAT(??, '%Y-%m')", [column]);
  return knex.raw("strftime('%Y-%m', ??)", [column]);
}

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
export const readYear = (value: unknown): number | null =>
  value === null || value === undefined ? null : toNumber(value);

/**
 * The key of `groupBy` over the report rows aliased `alias`. An empty agency or
 * series is the null group, as a field left empty in the admin may be stored ''.
 */
export function groupKey(
  knex: Knex,
  client: string,
  columns: ReportColumns,
  alias: string,
  key: StatsGroupKey
): GroupKey {
  const column = (name: string) => `${alias}.${name}`;
  const orNull = (name: string) => knex.raw("NULLIF(??, '')", [column(name)]);
  switch (key) {
    case 'year':
      return { expression: yearOf(knex, client, column(columns.startDate)), read: readYear, time: true };
    case 'month':
      return { expression: monthOf(knex, client, column(columns.startDate)), read: text, time: true };
    case 'agency':
      return { expression: orNull(columns.agency), read: text, time: false };
    case 'series':
      return { expression: orNull(columns.series), read: text, time: false };
    case 'figuresStatus':
      return { expression: knex.raw('??', [column(columns.figuresStatus)]), read: text, time: false };
    case 'crimeArea': {
      const areas = columns.crimeAreas;
      return {
        // A report with several crime areas is a row in each: it counts in each of them.
        expression: knex.raw('??', [`${AREA}.${areas.slug}`]),
        join: (query) =>
          query
            // 'table as alias', not { alias: table }: Strapi's PostgreSQL schema prefix is applied to the string form only.
            .leftJoin(`${areas.link} as ${LINK}`, `${LINK}.${areas.report}`, column(columns.id))
            .leftJoin(`${areas.table} as ${AREA}`, `${AREA}.${areas.id}`, `${LINK}.${areas.area}`),
        read: text,
        time: false,
      };
    }
  }
}

/** Code-unit order, the same on every database (collations differ); null last. */
function compareKeys(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Time keys ascending; other keys by count descending, then by key; null last. */
export function orderGroups(groups: OperationReportStatsGroup[], time: boolean): OperationReportStatsGroup[] {
  return [...groups].sort((a, b) =>
    time ? compareKeys(a.key, b.key) : b.count - a.count || compareKeys(a.key, b.key)
  );
}

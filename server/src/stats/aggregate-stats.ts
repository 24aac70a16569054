import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { StatsGroupKey } from '../../../shared/stats';
import type { OperationReportStats } from '../../../shared/types';
import { REPORT_UID } from '../../../shared/constants';
import { columnsOf } from './report-columns';
import { mergeRows, readTotals, statSelects, toNumber, type Row } from './stat-selects';
import { groupKey, orderGroups, readYear } from './group-keys';

/** The alias of the report table when the stats run over the ids a relation filter selects. */
const REPORTS = 'r';

function relationsOf(strapi: Core.Strapi): Record<string, unknown> {
  const attributes = strapi.contentType(REPORT_UID).attributes as Record<string, { type: string }>;
  return Object.fromEntries(Object.entries(attributes).filter(([, attribute]) => attribute.type === 'relation'));
}

/** Whether a (checked) filter tree has a condition on `field`, at any depth. */
function mentions(filters: unknown, field: string): boolean {
  if (Array.isArray(filters)) return filters.some((item) => mentions(item, field));
  if (filters === null || typeof filters !== 'object') return false;
  return Object.entries(filters).some(
    ([key, value]) => key === field || (key.startsWith('$') && mentions(value, field))
  );
}

/** Rows grouped by month ("YYYY-MM") merged into rows by year. */
function yearsOf(monthRows: Row[]): Row[] {
  const byYear = new Map<number | null, Row[]>();
  for (const row of monthRows) {
    const year =
      row.group_key === null || row.group_key === undefined ? null : Number(String(row.group_key).slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), row]);
  }
  return [...byYear].map(([year, rows]) => ({ ...mergeRows(rows), group_key: year }));
}

/**
 * Totals over the published reports matching `where`, computed in the database:
 * one GROUP BY year (or month), whose rows also add up to the overall totals
 * and years (no second scan), and, with another `groupBy`, one GROUP BY on that key. The
 * rows never leave the database.
 */
export async function aggregateStats(
  strapi: Core.Strapi,
  where: Record<string, unknown>,
  locale: string | null,
  groupBy: StatsGroupKey | null = null
): Promise<OperationReportStats> {
  const knex = strapi.db.connection;
  const client = String(strapi.db.dialect.client);
  const columns = columnsOf(strapi);
  const scope = {
    $and: [where, { publishedAt: { $notNull: true } }, ...(locale ? [{ locale: { $eq: locale } }] : [])],
  };
  // Strapi's query builder turns the filters into SQL. A filter through a relation
  // joins rows, and a report matched through two crime areas would be summed twice:
  // then the aggregate runs over the ids the filter selects instead.
  const joinsRelation = Object.keys(relationsOf(strapi)).some((name) => mentions(where, name));
  /** Aggregates the report rows in scope, grouped by `key`; their columns are qualified by the alias given. */
  const grouped = async (key: StatsGroupKey) => {
    type Builder = { alias: string; select(s: unknown): Builder; getKnexQuery(): Knex.QueryBuilder };
    const builder = strapi.db.queryBuilder(REPORT_UID).where(scope) as unknown as Builder;
    const alias = joinsRelation ? REPORTS : builder.alias;
    const group = groupKey(knex, client, columns, alias, key);
    const selects = [knex.raw('? AS ??', [group.expression, 'group_key']), ...statSelects(knex, columns, alias)];
    const query = joinsRelation
      ? (strapi.db.getConnection(`${columns.table} as ${REPORTS}`) as Knex.QueryBuilder)
          .select(selects)
          .whereIn(`${REPORTS}.${columns.id}`, builder.select('id').getKnexQuery())
      : builder.select(selects).getKnexQuery();
    const rows = (await (group.join ? group.join(query) : query).groupBy(group.expression)) as Row[];
    return { group, rows };
  };

  // Months refine years: with groupBy=month, the month rows give the years and the totals, one scan in all.
  const first = await grouped(groupBy === 'month' ? 'month' : 'year');
  const yearRows = groupBy === 'month' ? yearsOf(first.rows) : first.rows;
  const totalsRow = mergeRows(yearRows);
  const toGroup = (read: (value: unknown) => string | number | null) => (row: Row) => ({
    key: read(row.group_key),
    count: toNumber(row.report_count),
    totals: readTotals(row),
  });
  const byYear = orderGroups(yearRows.map(toGroup(readYear)), true)
    .filter((group) => group.key !== null)
    .map(({ key, count, totals }) => ({ year: key as number, count, totals }));

  const stats: OperationReportStats = {
    count: toNumber(totalsRow.report_count),
    totals: readTotals(totalsRow),
    byYear,
  };
  if (!groupBy) return stats;
  const { group, rows } = groupBy === 'year' || groupBy === 'month' ? first : await grouped(groupBy);
  return { ...stats, groupBy, groups: orderGroups(rows.map(toGroup(group.read)), group.time) };
}

import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { STATS, TOTAL_QUALIFIER_RULES, qualifierFieldOf, type StatName } from '../../../shared/stats';
import type { OperationReportStats, StatTotal, StatTotals } from '../../../shared/types';
import { REPORT_UID } from '../../../shared/constants';

type Row = Record<string, unknown>;

interface ReportColumns {
  table: string;
  id: string;
  startDate: string;
  stats: Record<StatName, { value: string; qualifier: string }>;
}

function columnsOf(strapi: Core.Strapi): ReportColumns {
  const meta = strapi.db.metadata.get(REPORT_UID) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string }>;
  };
  const column = (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;
  return {
    table: meta.tableName,
    id: column('id'),
    startDate: column('startDate'),
    stats: Object.fromEntries(
      STATS.map(({ name }) => [name, { value: column(name), qualifier: column(qualifierFieldOf(name)) }])
    ) as ReportColumns['stats'],
  };
}

/** The year of a date column, in each dialect Strapi supports. */
function yearOf(knex: Knex, client: string, column: string): Knex.Raw {
  if (client === 'postgres') return knex.raw('CAST(EXTRACT(YEAR FROM ??) AS INTEGER)', [column]);
  if (client === 'mysql' || client === 'mysql2') return knex.raw('YEAR(??)', [column]);
  return knex.raw("CAST(strftime('%Y', ??) AS INTEGER)", [column]);
}

/**
 * Per stat: the SQL sum, how many reports gave a value, the smallest and
 * largest value, and the total's
 * qualifier, derived in SQL: each summed value ranks its qualifier by
 * TOTAL_QUALIFIER_RULES (strongest first), and the highest rank wins.
 */
function statSelects(knex: Knex, columns: ReportColumns): Knex.Raw[] {
  const selects: Knex.Raw[] = [knex.raw('COUNT(*) AS ??', ['report_count'])];
  const ranks = TOTAL_QUALIFIER_RULES.map((rule, index) => ({ ...rule, rank: TOTAL_QUALIFIER_RULES.length - index }));
  STATS.forEach(({ name }, index) => {
    const { value, qualifier } = columns.stats[name];
    const rankOf = ranks.map(({ from }) => `WHEN ?? IN (${from.map(() => '?').join(', ')}) THEN ?`).join(' ');
    const rankBindings = ranks.flatMap(({ from, rank }) => [qualifier, ...from, rank]);
    const totalOf = ranks.map(() => 'WHEN ? THEN ?').join(' ');
    const totalBindings = ranks.flatMap(({ total, rank }) => [rank, total]);
    selects.push(
      knex.raw('SUM(??) AS ??', [value, `s${index}_value`]),
      knex.raw('COUNT(??) AS ??', [value, `s${index}_reported`]),
      knex.raw('MIN(??) AS ??', [value, `s${index}_min`]),
      knex.raw('MAX(??) AS ??', [value, `s${index}_max`]),
      knex.raw(`CASE MAX(CASE WHEN ?? IS NULL THEN 0 ${rankOf} ELSE 0 END) ${totalOf} ELSE 'exact' END AS ??`, [
        value,
        ...rankBindings,
        ...totalBindings,
        `s${index}_qualifier`,
      ])
    );
  });
  return selects;
}

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

/** PostgreSQL hands sums and counts back as strings; MySQL sums as decimals. */
const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * The mean to one decimal, from the exact integer SUM and COUNT rather than the
 * database's AVG (whose precision and rounding differ between dialects): the
 * quotient of two integers ending in .x5 is exact in floating point, so
 * Math.round rounds half up the same way everywhere.
 */
const averageOf = (sum: number, reported: number): number => Math.round((sum * 10) / reported) / 10;

function readTotals(row: Row): StatTotals {
  return Object.fromEntries(
    STATS.map(({ name }, index): [StatName, StatTotal] => {
      const reported = toNumber(row[`s${index}_reported`]);
      const value = toNumber(row[`s${index}_value`]);
      const given = reported > 0;
      return [
        name,
        {
          value: given ? value : null,
          qualifier: String(row[`s${index}_qualifier`] ?? 'exact') as StatTotal['qualifier'],
          reported,
          min: given ? toNumber(row[`s${index}_min`]) : null,
          max: given ? toNumber(row[`s${index}_max`]) : null,
          avg: given ? averageOf(value, reported) : null,
        },
      ];
    })
  ) as StatTotals;
}

/**
 * Totals over the published reports matching `where`: one aggregate query for
 * the totals and one GROUP BY for the years. The rows never leave the database.
 */
export async function aggregateStats(
  strapi: Core.Strapi,
  where: Record<string, unknown>,
  locale: string | null
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
  const aggregate = (selects: (Knex.Raw | string)[]) => {
    if (!joinsRelation) {
      return strapi.db
        .queryBuilder(REPORT_UID)
        .select(selects)
        .where(scope)
        .getKnexQuery() as unknown as Knex.QueryBuilder;
    }
    const ids = strapi.db
      .queryBuilder(REPORT_UID)
      .select('id')
      .where(scope)
      .getKnexQuery() as unknown as Knex.QueryBuilder;
    return knex(columns.table).select(selects).whereIn(columns.id, ids);
  };

  const [totalsRow] = (await aggregate(statSelects(knex, columns))) as Row[];
  const year = yearOf(knex, client, columns.startDate);
  const yearRows = (await aggregate([knex.raw('?? AS ??', [year, 'year']), ...statSelects(knex, columns)])
    .whereNotNull(columns.startDate)
    .groupBy(year)
    .orderBy('year', 'asc')) as Row[];

  return {
    count: toNumber(totalsRow?.report_count),
    totals: readTotals(totalsRow ?? {}),
    byYear: yearRows.map((row) => ({
      year: toNumber(row.year),
      count: toNumber(row.report_count),
      totals: readTotals(row),
    })),
  };
}

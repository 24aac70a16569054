import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { STATS, TOTAL_QUALIFIER_RULES, qualifierFieldOf, type StatName } from '../../../shared/stats';
import type { OperationReportStats, StatTotal, StatTotals } from '../../../shared/types';
import { REPORT_UID } from '../uids';

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
 * Per stat: the SQL sum, how many reports gave a value, and the total's
 * qualifier, derived in SQL from per-qualifier counts (see TOTAL_QUALIFIER_RULES).
 */
function statSelects(knex: Knex, columns: ReportColumns): Knex.Raw[] {
  const selects: Knex.Raw[] = [knex.raw('COUNT(*) AS ??', ['report_count'])];
  STATS.forEach(({ name }, index) => {
    const { value, qualifier } = columns.stats[name];
    const cases = TOTAL_QUALIFIER_RULES.map(
      ({ from }) =>
        `WHEN SUM(CASE WHEN ?? IS NOT NULL AND ?? IN (${from.map(() => '?').join(', ')}) THEN 1 ELSE 0 END) > 0 THEN ?`
    ).join(' ');
    const bindings = TOTAL_QUALIFIER_RULES.flatMap(({ total, from }) => [value, qualifier, ...from, total]);
    selects.push(
      knex.raw('SUM(??) AS ??', [value, `s${index}_value`]),
      knex.raw('COUNT(??) AS ??', [value, `s${index}_reported`]),
      knex.raw(`CASE ${cases} ELSE 'exact' END AS ??`, [...bindings, `s${index}_qualifier`])
    );
  });
  return selects;
}

/** PostgreSQL hands sums and counts back as strings; MySQL sums as decimals. */
const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

function readTotals(row: Row): StatTotals {
  return Object.fromEntries(
    STATS.map(({ name }, index): [StatName, StatTotal] => {
      const reported = toNumber(row[`s${index}_reported`]);
      return [
        name,
        {
          value: reported === 0 ? null : toNumber(row[`s${index}_value`]),
          qualifier: String(row[`s${index}_qualifier`] ?? 'exact') as StatTotal['qualifier'],
          reported,
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
  const scope: Record<string, unknown>[] = [where, { publishedAt: { $notNull: true } }];
  if (locale) scope.push({ locale: { $eq: locale } });
  // Strapi's query builder turns the filters (relations included) into SQL; selecting
  // only ids keeps a report matched through several crime areas from counting twice.
  const matching = () =>
    strapi.db.queryBuilder(REPORT_UID).select('id').where({ $and: scope }).getKnexQuery() as unknown as Knex.QueryBuilder;

  const [totalsRow] = (await knex(columns.table)
    .select(statSelects(knex, columns))
    .whereIn(columns.id, matching())) as Row[];

  const year = yearOf(knex, client, columns.startDate);
  const yearRows = (await knex(columns.table)
    .select([knex.raw('?? AS ??', [year, 'year']), ...statSelects(knex, columns)])
    .whereIn(columns.id, matching())
    .whereNotNull(columns.startDate)
    .groupBy(year)
    .orderBy('year', 'asc')) as Row[];

  return {
    count: toNumber(totalsRow?.report_count),
    totals: readTotals(totalsRow ?? {}),
    byYear: yearRows.map((row) => ({ year: toNumber(row.year), count: toNumber(row.report_count), totals: readTotals(row) })),
  };
}

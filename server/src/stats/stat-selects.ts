import type { Knex } from 'knex';
import { DEFAULT_QUALIFIER, STATS, TOTAL_QUALIFIER_RULES, type StatName } from '../../../shared/stats';
import type { StatQualifier, StatTotal, StatTotals } from '../../../shared/types';
import type { ReportColumns } from './report-columns';

export type Row = Record<string, unknown>;

/**
 * Qualifier ranks, strongest first in TOTAL_QUALIFIER_RULES: the highest rank
 * among the summed values decides the total's qualifier, so a total over groups
 * is the max of the groups' ranks. 0 is `exact` (or nothing summed).
 */
const RANKS = TOTAL_QUALIFIER_RULES.map(({ total, from }, index) => ({
  total,
  from,
  rank: TOTAL_QUALIFIER_RULES.length - index,
}));
const QUALIFIER_OF_RANK = new Map<number, StatQualifier>(RANKS.map(({ rank, total }) => [rank, total]));

// The qualifiers are written into the SQL as literals (a bound parameter would
// make each CASE a different expression to the planner): only plain words may.
const literal = (word: string) => {
  if (!/^[A-Za-z]+$/.test(word)) throw new Error(`not a qualifier word: ${word}`);
  return `'${word}'`;
};
/**
 * One simple CASE on the qualifier column: a single comparison chain per row,
 * no IN lists, `exact` (most figures) tested first so most rows stop there.
 */
const RANK_CASE = `CASE ?? WHEN ${literal(DEFAULT_QUALIFIER)} THEN 0 ${RANKS.flatMap(({ from, rank }) =>
  from.map((q) => `WHEN ${literal(q)} THEN ${rank}`)
).join(' ')} ELSE 0 END`;

/**
 * Per stat: the SQL sum, how many reports gave a value, the smallest and
 * largest value, and the rank of the total's qualifier (a value that is null
 * does not rank). `alias` qualifies the report table's columns.
 */
export function statSelects(knex: Knex, columns: ReportColumns, alias: string): Knex.Raw[] {
  const selects: Knex.Raw[] = [knex.raw('COUNT(*) AS ??', ['report_count'])];
  STATS.forEach(({ name }, index) => {
    const value = `${alias}.${columns.stats[name].value}`;
    const qualifier = `${alias}.${columns.stats[name].qualifier}`;
    selects.push(
      knex.raw('SUM(??) AS ??', [value, `s${index}_value`]),
      knex.raw('COUNT(??) AS ??', [value, `s${index}_reported`]),
      knex.raw('MIN(??) AS ??', [value, `s${index}_min`]),
      knex.raw('MAX(??) AS ??', [value, `s${index}_max`]),
      knex.raw(`MAX(CASE WHEN ?? IS NULL THEN 0 ELSE ${RANK_CASE} END) AS ??`, [value, qualifier, `s${index}_rank`])
    );
  });
  return selects;
}

/** PostgreSQL hands sums and counts back as strings; MySQL sums as decimals. */
export const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * The mean to one decimal, from the exact integer SUM and COUNT rather than the
 * database's AVG (whose precision and rounding differ between dialects): the
 * quotient of two integers ending in .x5 is exact in floating point, so
 * Math.round rounds half up the same way everywhere.
 */
const averageOf = (sum: number, reported: number): number => Math.round((sum * 10) / reported) / 10;

export function readTotals(row: Row): StatTotals {
  return Object.fromEntries(
    STATS.map(({ name }, index): [StatName, StatTotal] => {
      const reported = toNumber(row[`s${index}_reported`]);
      const value = toNumber(row[`s${index}_value`]);
      const given = reported > 0;
      return [
        name,
        {
          value: given ? value : null,
          qualifier: QUALIFIER_OF_RANK.get(toNumber(row[`s${index}_rank`])) ?? 'exact',
          reported,
          min: given ? toNumber(row[`s${index}_min`]) : null,
          max: given ? toNumber(row[`s${index}_max`]) : null,
          avg: given ? averageOf(value, reported) : null,
        },
      ];
    })
  ) as StatTotals;
}

const pick = (values: unknown[], choose: (a: number, b: number) => number): number | null => {
  const given = values.filter((value) => value !== null && value !== undefined).map(Number);
  return given.length === 0 ? null : given.reduce((a, b) => choose(a, b));
};

/**
 * The aggregate row of the union of disjoint groups: counts and sums add up,
 * the min is the least min, the max the greatest max, the rank the highest.
 * How the totals come out of the GROUP BY year rows without a second scan.
 */
export function mergeRows(rows: Row[]): Row {
  const sum = (key: string) => rows.reduce((total, row) => total + toNumber(row[key]), 0);
  const merged: Row = { report_count: sum('report_count') };
  STATS.forEach((_stat, index) => {
    const at = (key: string) => rows.map((row) => row[`s${index}_${key}`]);
    merged[`s${index}_value`] = sum(`s${index}_value`);
    merged[`s${index}_reported`] = sum(`s${index}_reported`);
    merged[`s${index}_min`] = pick(at('min'), Math.min);
    merged[`s${index}_max`] = pick(at('max'), Math.max);
    merged[`s${index}_rank`] = pick(at('rank'), Math.max) ?? 0;
  });
  return merged;
}

import type { Core } from '@strapi/strapi';
import { STATS_GROUP_KEYS, type StatsGroupKey } from '../../../shared/stats';
import { invalid } from '../rules/validation-error';
import { readReportLocale } from './request-params';
import { readReportFilters } from './stats-filters';

export interface StatsQuery {
  where: Record<string, unknown>;
  locale: string | null;
  groupBy: StatsGroupKey | null;
}

const ALLOWED_PARAMS = ['filters', 'locale', 'status', 'groupBy'];

/**
 * Reads the query of a stats request (REST query string or GraphQL args already
 * in `$operator` form). Only published reports count, so `status` may only say so.
 */
export async function readStatsQuery(strapi: Core.Strapi, query: Record<string, unknown>): Promise<StatsQuery> {
  for (const key of Object.keys(query)) {
    if (!ALLOWED_PARAMS.includes(key))
      invalid([key], `Unknown parameter "${key}" (stats accepts filters, locale and groupBy)`);
  }
  if (query.status !== undefined && query.status !== 'published') {
    invalid(['status'], 'stats count published reports only: status must be "published" or absent', {
      value: query.status,
    });
  }
  const where = readReportFilters(strapi, query.filters);
  return { where, locale: await readReportLocale(strapi, query.locale), groupBy: readGroupBy(query.groupBy) };
}

/**
 * `groupBy`: one key of STATS_GROUP_KEYS, or absent. A list (`groupBy[]=year`,
 * a repeated parameter) or an object (`groupBy[a]=b`) is refused, not read as
 * its first item: the caller would get groups it did not ask for.
 */
function readGroupBy(value: unknown): StatsGroupKey | null {
  if (value === undefined) return null;
  const keys = STATS_GROUP_KEYS.join(', ');
  if (typeof value !== 'string') invalid(['groupBy'], `groupBy must be one key (${keys}), not a list or an object`);
  if (!(STATS_GROUP_KEYS as readonly string[]).includes(value)) invalid(['groupBy'], `groupBy must be one of ${keys}`);
  return value as StatsGroupKey;
}

import type { Core } from '@strapi/strapi';
import { aggregateStats } from '../stats/aggregate-stats';
import { readStatsQuery } from '../query/stats-query';
import type { OperationReportStatsResponse } from '../../../shared/types';

/** The stats of published reports, shared by the REST, admin and GraphQL entry points. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `readable`: a row filter ANDed to the query's (an admin role's conditions and locales). */
  async compute(
    query: Record<string, unknown>,
    readable: Record<string, unknown> | null = null
  ): Promise<OperationReportStatsResponse> {
    const { where, locale, groupBy } = await readStatsQuery(strapi, query);
    const data = await aggregateStats(strapi, readable ? { $and: [where, readable] } : where, locale, groupBy);
    return { data, meta: { status: 'published', locale } };
  },
});

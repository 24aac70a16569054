import type { Core } from '@strapi/strapi';
import { STATS, STATS_GROUP_KEYS, STAT_QUALIFIERS } from '../../../shared/stats';
import { PLUGIN_ID, REPORT_UID } from '../../../shared/constants';

type Nexus = Record<string, any>; // nexus is the graphql plugin's; typed loosely at this one edge

/**
 * `operationReportStats(filters, locale)`: the REST stats over GraphQL, same
 * shape, same checks, behind the same Users & Permissions action.
 */
export function registerGraphQL(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;

  graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => {
    const contentType = strapi.contentType(REPORT_UID);
    const filtersInput = graphql.service('utils').naming.getFiltersInputTypeName(contentType);

    const qualifierEnum = nexus.enumType({ name: 'OperationReportStatQualifier', members: [...STAT_QUALIFIERS] });
    const total = nexus.objectType({
      name: 'OperationReportStatTotal',
      definition(t: Nexus) {
        // Float: a sum of 32-bit stats can pass GraphQL's 32-bit Int.
        t.float('value', { description: 'Sum of the reported values; null when no report gave one' });
        t.nonNull.field('qualifier', { type: 'OperationReportStatQualifier' });
        t.nonNull.int('reported', { description: 'How many reports gave a value' });
        t.int('min', { description: 'Smallest reported value; null when no report gave one' });
        t.int('max', { description: 'Largest reported value; null when no report gave one' });
        t.float('avg', { description: 'Mean of the reported values to one decimal; null when no report gave one' });
      },
    });
    const totals = nexus.objectType({
      name: 'OperationReportStatTotals',
      definition(t: Nexus) {
        for (const { name } of STATS) t.nonNull.field(name, { type: 'OperationReportStatTotal' });
      },
    });
    const year = nexus.objectType({
      name: 'OperationReportYearStats',
      definition(t: Nexus) {
        t.nonNull.int('year');
        t.nonNull.int('count');
        t.nonNull.field('totals', { type: 'OperationReportStatTotals' });
      },
    });
    const groupKeyEnum = nexus.enumType({ name: 'OperationReportStatsGroupKey', members: [...STATS_GROUP_KEYS] });
    const group = nexus.objectType({
      name: 'OperationReportStatsGroup',
      definition(t: Nexus) {
        // JSON: a year is a number, other keys strings, and a null group is null, as in REST.
        t.field('key', { type: 'JSON', description: 'year: a number; month: "YYYY-MM"; others: a string; null: none' });
        t.nonNull.int('count');
        t.nonNull.field('totals', { type: 'OperationReportStatTotals' });
      },
    });
    const stats = nexus.objectType({
      name: 'OperationReportStats',
      definition(t: Nexus) {
        t.nonNull.int('count');
        t.nonNull.field('totals', { type: 'OperationReportStatTotals' });
        t.nonNull.list.nonNull.field('byYear', { type: 'OperationReportYearStats' });
        t.field('groupBy', { type: 'OperationReportStatsGroupKey' });
        t.list.nonNull.field('groups', {
          type: 'OperationReportStatsGroup',
          description:
            'With groupBy: time keys ascending, others by count descending then key; a report counts in each of its crime areas',
        });
      },
    });
    const query = nexus.extendType({
      type: 'Query',
      definition(t: Nexus) {
        t.nonNull.field('operationReportStats', {
          type: 'OperationReportStats',
          args: {
            filters: filtersInput,
            locale: nexus.stringArg(),
            groupBy: nexus.arg({ type: 'OperationReportStatsGroupKey' }),
          },
          async resolve(_parent: unknown, args: { filters?: unknown; locale?: string; groupBy?: string | null }) {
            const { transformArgs } = graphql.service('builders').utils;
            const { filters } = transformArgs({ filters: args.filters }, { contentType }) as { filters?: unknown };
            const query: Record<string, unknown> = {};
            if (args.filters) query.filters = filters;
            if (args.locale) query.locale = args.locale;
            if (args.groupBy) query.groupBy = args.groupBy;
            const { data } = await strapi.plugin(PLUGIN_ID).service('stats').compute(query);
            return data;
          },
        });
      },
    });

    return {
      types: [qualifierEnum, total, totals, year, groupKeyEnum, group, stats, query],
      resolversConfig: {
        'Query.operationReportStats': { auth: { scope: [`${REPORT_UID}.stats`] } },
      },
    };
  });
}

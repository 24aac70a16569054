import { STATS, STATS_GROUP_KEYS, STAT_QUALIFIERS } from '../../../shared/stats';
import { FILTERS, LOCALE, ok, param } from './paths';
import { ref, type Schema } from './schemas';

/** `GET /operation-reports/stats`, before the report's :id routes as the router matches them. */
export function statsPaths(tag: string): Schema {
  return {
    '/operation-reports/stats': {
      get: {
        tags: [tag],
        operationId: 'get/operation-reports/stats',
        summary: 'Totals over published reports',
        description:
          'Sums of each stat over the published reports matching `filters`, with the qualifier a reader ' +
          'should see, the min, max and mean (one decimal) of the reported values, and the same per year of startDate. Computed in the database. Drafts never count; ' +
          'status may only be published. Unknown fields, operators or parameters answer 400. ' +
          '`groupBy` adds `groups`, one GROUP BY in the database: year (a number) and month ("YYYY-MM") ' +
          'ascending; agency, crimeArea (the slug), series and figuresStatus by count descending, then by key; ' +
          'reports without a value form the null group, last among equal counts. A report with several crime ' +
          'areas counts in EACH of them, so the counts of groupBy=crimeArea may add up to more than `count`.',
        parameters: [
          FILTERS,
          LOCALE,
          param('status', 'Only published', { type: 'string', enum: ['published'] }),
          param('groupBy', 'One key to group by; a list, an object or another value answers 400 naming groupBy', {
            type: 'string',
            enum: [...STATS_GROUP_KEYS],
          }),
        ],
        responses: ok('OperationReportStatsResponse'),
      },
    },
  };
}

/** The schemas of the stats response: totals per stat, overall and per year. */
export function statsSchemas(): Record<string, Schema> {
  const totals = {
    type: 'object',
    required: STATS.map((stat) => stat.name),
    properties: Object.fromEntries(STATS.map((stat) => [stat.name, ref('OperationReportStatTotal')])),
  };
  return {
    OperationReportStatTotal: {
      type: 'object',
      required: ['value', 'qualifier', 'reported', 'min', 'max', 'avg'],
      properties: {
        value: {
          type: 'number',
          nullable: true,
          description: 'Sum of the non-null values of the matching published reports; null when none gives one',
        },
        qualifier: {
          type: 'string',
          enum: [...STAT_QUALIFIERS],
          description:
            'exact only when every summed value is exact; any approximately makes it approximately; ' +
            'else any atLeast/moreThan makes it atLeast; else any upTo makes it upTo',
        },
        reported: { type: 'integer', minimum: 0, description: 'How many reports gave a value' },
        min: { type: 'integer', nullable: true, description: 'Smallest reported value; null when none gives one' },
        max: {
          type: 'integer',
          nullable: true,
          description:
            'Largest reported value; null when none gives one. Show countries as "up to <max>", not as a sum',
        },
        avg: {
          type: 'number',
          nullable: true,
          description: 'Mean of the reported values, rounded half up to one decimal; null when none gives one',
        },
      },
    },
    OperationReportStatTotals: totals,
    OperationReportStats: {
      type: 'object',
      required: ['count', 'totals', 'byYear'],
      properties: {
        count: { type: 'integer', minimum: 0, description: 'Published reports matching the filters' },
        totals: ref('OperationReportStatTotals'),
        byYear: {
          type: 'array',
          description: 'By the year of startDate, ascending',
          items: {
            type: 'object',
            required: ['year', 'count', 'totals'],
            properties: {
              year: { type: 'integer' },
              count: { type: 'integer', minimum: 0 },
              totals: ref('OperationReportStatTotals'),
            },
          },
        },
        groupBy: { type: 'string', enum: [...STATS_GROUP_KEYS], description: 'The key asked for; absent without one' },
        groups: {
          type: 'array',
          description:
            'With groupBy only. Time keys ascending; other keys by count descending, then key (null last). ' +
            'A report with several crime areas counts in each of them.',
          items: ref('OperationReportStatsGroup'),
        },
      },
    },
    OperationReportStatsGroup: {
      type: 'object',
      required: ['key', 'count', 'totals'],
      properties: {
        key: {
          oneOf: [{ type: 'integer' }, { type: 'string' }],
          nullable: true,
          description:
            'year: the year (integer); month: "YYYY-MM"; crimeArea: the slug; agency, series, figuresStatus: ' +
            'the value. null: reports without one',
        },
        count: { type: 'integer', minimum: 0, description: 'Published reports in the group' },
        totals: ref('OperationReportStatTotals'),
      },
    },
    OperationReportStatsResponse: {
      type: 'object',
      required: ['data', 'meta'],
      properties: {
        data: ref('OperationReportStats'),
        meta: {
          type: 'object',
          required: ['status'],
          properties: {
            status: { type: 'string', enum: ['published'], description: 'Drafts never count' },
            locale: { type: 'string', nullable: true },
          },
        },
      },
    },
  };
}

/**
 * Frontend entry of strapi-plugin-operation-reports: `import { formatStat } from
 * 'strapi-plugin-operation-reports/client'`. Pulls in no server or admin code.
 */
export { formatStat, type FormatStatOptions, type StatStyle } from './format-stat';
export {
  STATS,
  STAT_NAMES,
  STAT_QUALIFIERS,
  STAT_MAX,
  STATS_GROUP_KEYS,
  TOTAL_QUALIFIER_RULES,
  isStatName,
  isStatQualifier,
  qualifierFieldOf,
} from './stats';
export type * from './types';

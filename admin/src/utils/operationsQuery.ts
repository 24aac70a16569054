import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import type { StatsGroupKey } from '../../../shared/stats';
import { STATS_URL } from './urls';

/** The Operations page's filters, as its inputs hold them: '' means "any". */
export interface OperationsFilters {
  /** YYYY-MM-DD: reports starting on or after. */
  from: string;
  /** YYYY-MM-DD: reports starting on or before. */
  to: string;
  agency: string;
  /** A crime area's slug. */
  crimeArea: string;
  figuresStatus: '' | 'preliminary' | 'final';
}

export const NO_FILTERS: OperationsFilters = { from: '', to: '', agency: '', crimeArea: '', figuresStatus: '' };

/** The charts the page draws from the stats route, and the key each asks `groupBy` for. */
export const CHART_GROUPS = {
  year: 'year',
  month: 'month',
  crimeArea: 'crimeArea',
  agency: 'agency',
} as const satisfies Record<string, StatsGroupKey>;
export type GroupChart = keyof typeof CHART_GROUPS;

/** The stats route's `filters[...]` for the page's filters, in Strapi's query syntax (one entry per condition). */
export function statsFilterParams(filters: OperationsFilters): [string, string][] {
  const params: [string, string][] = [];
  if (filters.from) params.push(['filters[startDate][$gte]', filters.from]);
  if (filters.to) params.push(['filters[startDate][$lte]', filters.to]);
  if (filters.agency) params.push(['filters[agency][$eq]', filters.agency]);
  if (filters.crimeArea) params.push(['filters[crimeAreas][slug][$eq]', filters.crimeArea]);
  if (filters.figuresStatus) params.push(['filters[figuresStatus][$eq]', filters.figuresStatus]);
  return params;
}

/** The admin stats route grouped by `groupBy`, over the reports the filters keep. */
export function groupedStatsUrl(groupBy: StatsGroupKey, filters: OperationsFilters = NO_FILTERS): string {
  const query = new URLSearchParams([['groupBy', groupBy], ...statsFilterParams(filters)]);
  return `${STATS_URL}?${query.toString()}`;
}

/** Most editions a series chart shows: a series runs once or twice a year. */
export const MAX_EDITIONS = 100;

/**
 * A series' published editions in start-date order, from the Content Manager's
 * list (the admin's own read rights apply; its rows carry every figure).
 */
export function seriesEditionsUrl(series: string): string {
  const query = new URLSearchParams([
    ['page', '1'],
    ['pageSize', String(MAX_EDITIONS)],
    ['sort', 'startDate:ASC'],
    ['status', 'published'],
    ['filters[series][$eq]', series],
  ]);
  return `/content-manager/collection-types/${REPORT_UID}?${query.toString()}`;
}

/** The crime areas' names for the crime-area filter and chart (their keys are slugs). */
export const CRIME_AREAS_URL = `/content-manager/collection-types/${CRIME_AREA_UID}?page=1&pageSize=100&sort=name:ASC`;

import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { OperationReportStats, OperationReportStatsGroup } from '../../../shared/types';
import type { EditionRow } from '../utils/operationsChart';
import {
  CHART_GROUPS,
  CRIME_AREAS_URL,
  groupedStatsUrl,
  seriesEditionsUrl,
  type GroupChart,
  type OperationsFilters,
} from '../utils/operationsQuery';

/** A request's state: what the page shows while it loads, when it fails, and once it answers. */
export type Loaded<T> = { kind: 'loading' } | { kind: 'forbidden' } | { kind: 'error' } | { kind: 'ready'; data: T };

export interface ChartGroups {
  /** Published reports the filters keep. */
  count: number;
  groups: Record<GroupChart, OperationReportStatsGroup[]>;
}

/** What the filters offer: every agency and series with a published report, and the crime areas by slug. */
export interface OperationsChoices {
  agencies: string[];
  series: string[];
  /** Slugs of the crime areas with a published report. */
  crimeAreas: string[];
  /** slug → name; empty when the admin may not read crime areas (their slugs are shown instead). */
  crimeAreaNames: Record<string, string>;
}

const statusOf = (error: unknown): number | undefined =>
  (error as { status?: number })?.status ?? (error as { response?: { status?: number } })?.response?.status;

const failed = (error: unknown): Loaded<never> => ({ kind: statusOf(error) === 403 ? 'forbidden' : 'error' });

type Get = ReturnType<typeof useFetchClient>['get'];

/** Runs `load` whenever `key` changes; an answer that arrives after a newer request is dropped. */
function useLoad<T>(key: string | null, load: (get: Get) => Promise<T>): Loaded<T> | null {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Loaded<T> | null>(null);
  const loadRef = React.useRef(load);
  loadRef.current = load;

  React.useEffect(() => {
    if (key === null) {
      setState(null);
      return undefined;
    }
    let live = true;
    setState({ kind: 'loading' });
    loadRef.current(get).then(
      (data) => live && setState({ kind: 'ready', data }),
      (error) => live && setState(failed(error))
    );
    return () => {
      live = false;
    };
  }, [get, key]);

  return state;
}

const keysOf = (groups: OperationReportStatsGroup[]): string[] =>
  groups.flatMap((group) => (typeof group.key === 'string' && group.key !== '' ? [group.key] : []));

/**
 * The Operations page's data, all from the admin routes (the Content Manager's
 * read rights apply): the stats grouped four ways for the filters, the filters'
 * choices, and the editions of the chosen series.
 */
export function useOperationsStats(filters: OperationsFilters, series: string) {
  const charts = useLoad<ChartGroups>(JSON.stringify(filters), async (get) => {
    const entries = Object.entries(CHART_GROUPS) as [GroupChart, (typeof CHART_GROUPS)[GroupChart]][];
    const answers = await Promise.all(
      entries.map(([, groupBy]) => get<{ data: OperationReportStats }>(groupedStatsUrl(groupBy, filters)))
    );
    const groups = Object.fromEntries(entries.map(([chart], i) => [chart, answers[i].data.data.groups ?? []]));
    return { count: answers[0].data.data.count, groups: groups as ChartGroups['groups'] };
  });

  const choices = useLoad<OperationsChoices>('choices', async (get) => {
    const [agencies, seriesList, crimeAreas, crimeAreaNames] = await Promise.all([
      get<{ data: OperationReportStats }>(groupedStatsUrl('agency')),
      get<{ data: OperationReportStats }>(groupedStatsUrl('series')),
      get<{ data: OperationReportStats }>(groupedStatsUrl('crimeArea')),
      // Names are a nicety: a role that may read reports but not crime areas sees their slugs.
      get<{ results: { slug: string; name: string }[] }>(CRIME_AREAS_URL).then(
        (answer) => Object.fromEntries(answer.data.results.map((area) => [area.slug, area.name])),
        () => ({})
      ),
    ]);
    return {
      agencies: keysOf(agencies.data.data.groups ?? []).sort((a, b) => a.localeCompare(b)),
      series: keysOf(seriesList.data.data.groups ?? []).sort((a, b) => a.localeCompare(b)),
      crimeAreas: keysOf(crimeAreas.data.data.groups ?? []),
      crimeAreaNames,
    };
  });

  const editions = useLoad<EditionRow[]>(series || null, async (get) => {
    const answer = await get<{ results: EditionRow[] }>(seriesEditionsUrl(series));
    return answer.data.results;
  });

  return { charts: charts ?? { kind: 'loading' }, choices: choices ?? { kind: 'loading' }, editions };
}

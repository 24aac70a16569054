import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { OperationReport, OperationReportStats } from '../../../shared/types';
import { LATEST_PUBLISHED_URL, STATS_URL } from '../utils/urls';

/** A row of the Content Manager's list answer, as the widget reads it. */
export type LatestReport = Pick<OperationReport, 'documentId'> & {
  title: string | null;
  startDate: string | null;
  locale?: string | null;
};

export type OverviewState =
  | { kind: 'loading' }
  | { kind: 'forbidden' }
  | { kind: 'error' }
  | { kind: 'ready'; stats: OperationReportStats; latest: LatestReport[] };

const statusOf = (error: unknown): number | undefined =>
  (error as { status?: number; response?: { status?: number } })?.status ??
  (error as { response?: { status?: number } })?.response?.status;

/**
 * The homepage widget's data: totals over published reports and the five
 * published reports edited last (the Content Manager's list, published versions
 * only: a draft never appears under "published").
 */
export function useOperationsOverview(): OverviewState {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<OverviewState>({ kind: 'loading' });

  React.useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [stats, latest] = await Promise.all([
          get<{ data: OperationReportStats }>(STATS_URL),
          get<{ results: LatestReport[] }>(LATEST_PUBLISHED_URL),
        ]);
        if (live) setState({ kind: 'ready', stats: stats.data.data, latest: latest.data.results });
      } catch (error) {
        if (!live) return;
        setState({ kind: statusOf(error) === 403 ? 'forbidden' : 'error' });
      }
    })();
    return () => {
      live = false;
    };
  }, [get]);

  return state;
}

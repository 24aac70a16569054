import * as React from 'react';
import { Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { STATS } from '../../../shared/stats';
import { formatStat } from '../../../shared/format-stat';
import type { OperationReportStats } from '../../../shared/types';
import { getTranslation } from '../utils/getTranslation';

import { REPORT_UID } from '../../../shared/constants';

interface LatestReport {
  documentId: string;
  title: string | null;
  startDate: string | null;
  locale?: string | null;
}

type State =
  | { kind: 'loading' }
  | { kind: 'forbidden' }
  | { kind: 'error' }
  | { kind: 'ready'; stats: OperationReportStats; latest: LatestReport[] };

const statusOf = (error: unknown): number | undefined =>
  (error as { status?: number; response?: { status?: number } })?.status ??
  (error as { response?: { status?: number } })?.response?.status;

/** Homepage widget "Operations": totals over published reports and the five latest reports. */
export function OperationsWidget() {
  const { formatMessage, locale } = useIntl();
  const { get } = useFetchClient();
  const [state, setState] = React.useState<State>({ kind: 'loading' });
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);

  React.useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [stats, latest] = await Promise.all([
          get<{ data: OperationReportStats }>('/operation-reports/stats'),
          get<{ results: LatestReport[] }>(
            `/content-manager/collection-types/${REPORT_UID}?page=1&pageSize=5&sort=updatedAt:DESC`
          ),
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

  if (state.kind === 'loading') {
    return (
      <Flex justifyContent="center" padding={4}>
        <Loader small>{t('widget.loading', 'Loading operations…')}</Loader>
      </Flex>
    );
  }
  if (state.kind === 'forbidden') {
    return (
      <Typography textColor="neutral600">
        {t('widget.forbidden', 'You do not have access to operation reports.')}
      </Typography>
    );
  }
  if (state.kind === 'error') {
    return <Typography textColor="danger600">{t('widget.error', 'The operations could not be loaded.')}</Typography>;
  }
  if (state.stats.count === 0 && state.latest.length === 0) {
    return <Typography textColor="neutral600">{t('widget.empty', 'No operation reports yet.')}</Typography>;
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('widget.totals', 'Totals over {count, plural, one {# published report} other {# published reports}}', {
            count: state.stats.count,
          })}
        </Typography>
        <Box tag="dl" data-testid="operations-totals">
          {STATS.map(({ name, label }) => {
            const total = state.stats.totals[name];
            return (
              <Flex key={name} justifyContent="space-between" tag="div">
                <Typography tag="dt" textColor="neutral600">
                  {t(`stat.name.${name}`, label)}
                </Typography>
                <Typography tag="dd" fontWeight="bold" data-stat={name}>
                  {total.value === null ? '—' : formatStat(total.value, total.qualifier, locale)}
                </Typography>
              </Flex>
            );
          })}
        </Box>
      </Box>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('widget.latest', 'Latest reports')}
        </Typography>
        <ul data-testid="operations-latest">
          {state.latest.map((report) => (
            <li key={report.documentId}>
              <Link
                tag={RouterLink}
                to={`/content-manager/collection-types/${REPORT_UID}/${report.documentId}${report.locale ? `?plugins[i18n][locale]=${report.locale}` : ''}`}
              >
                {report.title || t('widget.untitled', 'Untitled report')}
              </Link>
            </li>
          ))}
        </ul>
      </Box>
    </Flex>
  );
}

export default OperationsWidget;

import * as React from 'react';
import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { qualifierMark } from '../../../shared/format-stat';
import { STATS, type StatName } from '../../../shared/stats';
import type { OperationReportStatsGroup } from '../../../shared/types';
import { ErrorAlert } from '../components/ui/ErrorAlert';
import { useOperationsStats } from '../hooks/useOperationsStats';
import { useT, type Translate } from '../hooks/useT';
import { groupRows, monthLabel } from '../utils/operationsChart';
import { NO_FILTERS, type GroupChart, type OperationsFilters as Filters } from '../utils/operationsQuery';
import { ChartCard } from './operations/ChartCard';
import { OperationsFilters } from './operations/OperationsFilters';
import { SeriesChart } from './operations/SeriesChart';

type GroupKey = OperationReportStatsGroup['key'];

/** The grouped charts, in the page's order. */
const CHARTS: GroupChart[] = ['year', 'month', 'crimeArea', 'agency'];

/** Each grouped chart's title. */
const TITLES: Record<GroupChart, (t: Translate, figure: string) => string> = {
  year: (t, figure) => t('operations.chart.year', '{figure} by year', { figure }),
  month: (t, figure) => t('operations.chart.month', '{figure} by month', { figure }),
  crimeArea: (t, figure) => t('operations.chart.crimeArea', '{figure} by crime area', { figure }),
  agency: (t, figure) => t('operations.chart.agency', '{figure} by agency', { figure }),
};

/** Each grouped chart's table: its first column heading. */
const KEY_HEADINGS: Record<GroupChart, (t: Translate) => string> = {
  year: (t) => t('operations.key.year', 'Year'),
  month: (t) => t('operations.key.month', 'Month'),
  crimeArea: (t) => t('operations.filters.crimeArea', 'Crime area'),
  agency: (t) => t('operations.filters.agency', 'Agency'),
};

/** The marks a total can carry, with what they mean (the homepage widget's words). */
const legendOf = (t: Translate): string =>
  [
    `${qualifierMark('approximately')} ${t('widget.legend.approximately', 'approximately')}`,
    `${qualifierMark('atLeast')} ${t('widget.legend.atLeast', 'at least or more than')}`,
    `${qualifierMark('upTo')} ${t('widget.legend.upTo', 'up to')}`,
  ].join(' · ');

/**
 * The "Operations" page: one figure of the published reports charted by year,
 * month, crime area and agency under the chosen filters, and a series'
 * editions side by side. Every chart has a table view and a CSV of its numbers.
 */
export function OperationsPage() {
  const t = useT();
  const { locale } = useIntl();
  const [figure, setFigure] = React.useState<StatName>('arrests');
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const [series, setSeries] = React.useState('');
  const { charts, choices, editions } = useOperationsStats(filters, series);
  const ready = choices.kind === 'ready' ? choices.data : null;

  const figureLabel = t(`stat.name.${figure}`, STATS.find((stat) => stat.name === figure)?.label ?? figure);
  const notGiven = t('operations.notGiven', 'Not given');
  const labelOf: Record<GroupChart, (key: GroupKey) => string> = {
    year: (key) => (key === null ? notGiven : String(key)),
    month: (key) => (key === null ? notGiven : monthLabel(String(key), locale)),
    crimeArea: (key) => (key === null ? notGiven : (ready?.crimeAreaNames[String(key)] ?? String(key))),
    agency: (key) => (key === null ? notGiven : String(key)),
  };

  let content: React.ReactNode;
  if (charts.kind === 'loading') {
    content = (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('operations.loading', 'Loading the figures…')}</Loader>
      </Flex>
    );
  } else if (charts.kind === 'forbidden') {
    content = (
      <Typography textColor="neutral600">
        {t('widget.forbidden', 'You do not have access to operation reports.')}
      </Typography>
    );
  } else if (charts.kind === 'error') {
    content = (
      <ErrorAlert data-testid="operations-error" message={t('operations.error', 'The figures could not be loaded.')} />
    );
  } else if (charts.data.count === 0) {
    content = (
      <Box background="neutral0" hasRadius padding={8} data-testid="operations-empty">
        <Typography textColor="neutral600">
          {t('operations.empty', 'No published report matches these filters.')}
        </Typography>
      </Box>
    );
  } else {
    const { groups } = charts.data;
    content = (
      <Grid.Root gap={4}>
        {CHARTS.map((chart) => (
          <Grid.Item key={chart} col={6} s={12} direction="column" alignItems="stretch">
            <ChartCard
              id={chart}
              figure={figure}
              title={TITLES[chart](t, figureLabel)}
              keyHeading={KEY_HEADINGS[chart](t)}
              rows={groupRows(groups[chart], figure, labelOf[chart])}
            />
          </Grid.Item>
        ))}
      </Grid.Root>
    );
  }

  return (
    <Layouts.Root>
      <Layouts.Header
        title={t('operations.title', 'Operations')}
        subtitle={t('operations.subtitle', 'The figures of the published reports, charted')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <OperationsFilters
            figure={figure}
            onFigure={setFigure}
            filters={filters}
            onFilters={setFilters}
            choices={ready}
          />
          <Typography variant="pi" textColor="neutral600" data-testid="operations-legend">
            {legendOf(t)}
            {figure === 'countries'
              ? ` · ${t('operations.countriesNote', 'Operations share countries: a bar shows the largest operation, never a sum.')}`
              : ''}
          </Typography>
          {content}
          <SeriesChart
            figure={figure}
            figureLabel={figureLabel}
            seriesList={ready?.series ?? []}
            series={series}
            onSeries={setSeries}
            editions={editions}
          />
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
}

export default OperationsPage;

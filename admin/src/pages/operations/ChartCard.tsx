import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { formatStat } from '../../../../shared/format-stat';
import type { StatName } from '../../../../shared/stats';
import { useT } from '../../hooks/useT';
import { barQualifier, barValue, type ChartRow } from '../../utils/operationsChart';
import { chartCsv } from '../../utils/operationsCsv';
import { BarChart } from './BarChart';
import { ChartTable } from './ChartTable';
import { downloadText } from './download';

export interface ChartCardProps {
  /** The chart's id: its test id and its CSV's file name (`operations-arrests-by-year.csv`). */
  id: string;
  title: string;
  /** The table's first column heading. */
  keyHeading: string;
  figure: StatName;
  rows: readonly ChartRow[];
  /** Shown instead of the chart (a series to choose, loading, an error). */
  status?: React.ReactNode;
  /** Above the chart (the series select). */
  controls?: React.ReactNode;
}

type View = 'chart' | 'table';

/** One chart of the page: its bars or its table, and its numbers as a CSV. */
export function ChartCard({ id, title, keyHeading, figure, rows, status, controls }: ChartCardProps) {
  const t = useT();
  const { locale } = useIntl();
  const [view, setView] = React.useState<View>('chart');
  const headingId = `operations-${id}-heading`;

  const valueText = (row: ChartRow) =>
    formatStat(barValue(figure, row.total), barQualifier(figure, row.total), locale) ||
    t('operations.noValue', 'no figure');
  const barText = (row: ChartRow) =>
    t('operations.bar', '{label}: {value} ({count, plural, one {# report} other {# reports}})', {
      label: row.label,
      value: valueText(row),
      count: row.count,
    });
  const empty = rows.length === 0;

  let body: React.ReactNode;
  if (status) body = status;
  else if (empty)
    body = <Typography textColor="neutral600">{t('operations.chartEmpty', 'Nothing to chart.')}</Typography>;
  else if (view === 'table') body = <ChartTable caption={title} keyHeading={keyHeading} rows={rows} />;
  else
    body = (
      <BarChart
        figure={figure}
        rows={rows}
        valueText={valueText}
        barText={barText}
        label={t('operations.chart.summary', '{title}: {count, plural, one {# bar} other {# bars}}', {
          title,
          count: rows.length,
        })}
      />
    );

  const ready = !status && !empty;
  const views: { view: View; label: string }[] = [
    { view: 'chart', label: t('operations.view.chart', 'Chart') },
    { view: 'table', label: t('operations.view.table', 'Table') },
  ];
  return (
    <Box
      tag="section"
      aria-labelledby={headingId}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={5}
      data-testid={`operations-chart-${id}`}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="center" wrap="wrap" gap={2}>
          <Typography tag="h2" variant="delta" id={headingId}>
            {title}
          </Typography>
          <Flex gap={2}>
            {views.map((option) => (
              <Button
                key={option.view}
                variant={view === option.view ? 'secondary' : 'tertiary'}
                size="S"
                aria-pressed={view === option.view}
                disabled={!ready}
                aria-describedby={headingId}
                onClick={() => setView(option.view)}
              >
                {option.label}
              </Button>
            ))}
            <Button
              variant="tertiary"
              size="S"
              startIcon={<Download />}
              disabled={!ready}
              aria-describedby={headingId}
              onClick={() => downloadText(`operations-${figure}-by-${id}.csv`, chartCsv(figure, rows))}
            >
              {t('operations.csv', 'Download CSV')}
            </Button>
          </Flex>
        </Flex>
        {controls}
        {body}
      </Flex>
    </Box>
  );
}

import * as React from 'react';
import { Field, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import type { StatName } from '../../../../shared/stats';
import { useT } from '../../hooks/useT';
import type { Loaded } from '../../hooks/useOperationsStats';
import { editionRows, type EditionRow } from '../../utils/operationsChart';
import { ErrorAlert } from '../../components/ui/ErrorAlert';
import { ChartCard } from './ChartCard';

export interface SeriesChartProps {
  figure: StatName;
  figureLabel: string;
  seriesList: string[];
  series: string;
  onSeries: (series: string) => void;
  editions: Loaded<EditionRow[]> | null;
}

/** A series' published editions side by side, in start-date order ("Liberterra I, II, III"). */
export function SeriesChart({ figure, figureLabel, seriesList, series, onSeries, editions }: SeriesChartProps) {
  const t = useT();
  let status: React.ReactNode = null;
  if (!series || !editions)
    status = (
      <Typography textColor="neutral600">
        {t('operations.series.choose', 'Choose a series to compare its editions.')}
      </Typography>
    );
  else if (editions.kind === 'loading')
    status = <Loader small>{t('operations.loading', 'Loading the figures…')}</Loader>;
  else if (editions.kind !== 'ready')
    status = <ErrorAlert message={t('operations.error', 'The figures could not be loaded.')} />;

  const rows = editions?.kind === 'ready' ? editionRows(editions.data, figure) : [];
  return (
    <ChartCard
      id="series"
      figure={figure}
      rows={rows}
      status={status}
      keyHeading={t('operations.key.edition', 'Edition')}
      title={
        series
          ? t('operations.chart.series', '{figure} by edition of {series}', { figure: figureLabel, series })
          : t('operations.chart.seriesNone', '{figure} by edition of a series', { figure: figureLabel })
      }
      controls={
        <Field.Root name="series">
          <Field.Label>{t('operations.series', 'Series')}</Field.Label>
          <SingleSelect
            value={series || undefined}
            placeholder={t('operations.series.placeholder', 'Choose a series')}
            onChange={(next) => onSeries(String(next))}
            disabled={seriesList.length === 0}
          >
            {seriesList.map((name) => (
              <SingleSelectOption key={name} value={name}>
                {name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      }
    />
  );
}

import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { formatStat } from '../../../shared/format-stat';
import { STATS, type StatName } from '../../../shared/stats';
import { usePreviousEdition } from '../hooks/usePreviousEdition';
import { useT } from '../hooks/useT';
import { editionChanges, editionName } from '../utils/editionComparison';
import { PanelSection } from './ui/PanelSection';

/**
 * "vs Liberterra II (2024)", then one line per figure both editions give:
 * "Arrests 2,517 → 3,744 (+49%)". The form's figures are read live, so the
 * change follows the editor's typing; the previous edition is the published
 * one of the same series and locale (the admin route asks the database).
 */
export function PreviousEditionSection({ values }: { values: Record<string, unknown> }) {
  const { formatNumber, locale } = useIntl();
  const t = useT();
  const state = usePreviousEdition(values);
  if (state.kind === 'idle') return null;

  const statName = (name: StatName) => t(`stat.name.${name}`, STATS.find((stat) => stat.name === name)?.label ?? name);
  const body = (() => {
    if (state.kind === 'loading') return <Typography tag="p">{t('glance.previous.loading', 'Looking…')}</Typography>;
    if (state.kind === 'error') {
      return (
        <Typography tag="p" textColor="danger600">
          {t('glance.previous.error', 'The previous edition could not be loaded.')}
        </Typography>
      );
    }
    if (!state.previous) {
      return (
        <Typography tag="p" data-testid="glance-previous-none">
          {state.series
            ? t('glance.previous.none', 'No earlier published edition of {series}.', { series: state.series })
            : t('glance.previous.noSeries', 'No series to compare with.')}
        </Typography>
      );
    }
    const changes = editionChanges(state.previous, values);
    return (
      <>
        <Typography tag="p" fontWeight="bold" data-testid="glance-previous-edition">
          {t('glance.previous.versus', 'vs {edition} ({year})', editionName(state.previous))}
        </Typography>
        {changes.length === 0 ? (
          <Typography tag="p">{t('glance.previous.nothingShared', 'No figure given by both editions.')}</Typography>
        ) : (
          <ul data-testid="glance-previous-changes">
            {changes.map((change) => {
              const words = {
                stat: statName(change.stat),
                from: formatStat(change.from, change.fromQualifier, locale),
                to: formatStat(change.to, change.toQualifier, locale),
              };
              return (
                <li key={change.stat} data-stat={change.stat}>
                  <Typography>
                    {change.ratio === null
                      ? t('glance.previous.change', '{stat} {from} → {to}', words)
                      : t('glance.previous.changePercent', '{stat} {from} → {to} ({percent})', {
                          ...words,
                          percent: formatNumber(change.ratio, {
                            style: 'percent',
                            maximumFractionDigits: 0,
                            signDisplay: 'exceptZero',
                          }),
                        })}
                  </Typography>
                </li>
              );
            })}
          </ul>
        )}
      </>
    );
  })();

  return <PanelSection title={t('glance.previous', 'Previous edition')}>{body}</PanelSection>;
}

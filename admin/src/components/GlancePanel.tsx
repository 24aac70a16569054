import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { STATS, type StatName } from '../../../shared/stats';
import { computeRatios, describeDuration, findWarnings, headlineParts, type Warning } from '../utils/glance';
import { getTranslation } from '../utils/getTranslation';

import { REPORT_UID } from '../../../shared/constants';

const WARNING_MESSAGES: Record<Warning['code'], string> = {
  noSource: 'No source: add where the figures come from.',
  endBeforeStart: 'The end date is before the start date.',
  preliminary: 'Figures are marked preliminary.',
  statEmpty: '{stat} is empty.',
  qualifierOnEmpty: '{stat} has the qualifier “{qualifier}” but no value.',
};

/** Reads the live (unsaved) form: what the editor sees is what they are about to save. */
export function GlanceContent() {
  const { formatMessage, formatNumber, locale } = useIntl();
  const values = useForm('GlancePanel', (state) => state.values) as Record<string, unknown>;
  const t = (id: string, defaultMessage: string, params?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, params);

  const duration = describeDuration(values, locale);
  const headline = headlineParts(values, locale);
  const ratios = computeRatios(values);
  const warnings = findWarnings(values);
  const statName = (name: StatName) => t(`stat.name.${name}`, STATS.find((stat) => stat.name === name)?.label ?? name);
  const ratio = (value: number | null) =>
    value === null ? t('glance.ratio.none', '—') : formatNumber(value, { maximumFractionDigits: value < 10 ? 2 : 1 });

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('glance.duration', 'Duration')}
        </Typography>
        <Typography tag="p" data-testid="glance-duration">
          {duration
            ? t('glance.duration.value', '{days, plural, one {# day} other {# days}} · {range}', duration as never)
            : t('glance.duration.none', 'Set the start and end dates')}
        </Typography>
      </Box>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('glance.headline', 'Headline')}
        </Typography>
        <Typography tag="p" fontWeight="bold" data-testid="glance-headline">
          {headline.arrests && headline.countries
            ? t('glance.headline.both', '{arrests} arrests across {countries} countries', headline as never)
            : headline.arrests
              ? t('glance.headline.arrests', '{arrests} arrests', { arrests: headline.arrests })
              : t('glance.headline.none', 'No arrests reported yet')}
        </Typography>
      </Box>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('glance.ratios', 'Ratios')}
        </Typography>
        <dl>
          {(
            [
              ['arrestsPerCountry', 'Arrests per country'],
              ['victimsPerArrest', 'Victims per arrest'],
              ['officersPerArrest', 'Officers per arrest'],
            ] as const
          ).map(([key, label]) => (
            <Flex key={key} justifyContent="space-between" tag="div">
              <Typography tag="dt" textColor="neutral600">
                {t(`glance.ratio.${key}`, label)}
              </Typography>
              <Typography tag="dd" data-testid={`glance-${key}`}>
                {ratio(ratios[key])}
              </Typography>
            </Flex>
          ))}
        </dl>
      </Box>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('glance.warnings', 'Checks')}
        </Typography>
        {warnings.length === 0 ? (
          <Typography tag="p" textColor="success600">
            {t('glance.warnings.none', 'No problems found')}
          </Typography>
        ) : (
          <ul data-testid="glance-warnings">
            {warnings.map((warning) => (
              <li key={`${warning.code}-${'stat' in warning ? warning.stat : ''}`}>
                <Typography textColor={warning.code === 'endBeforeStart' ? 'danger600' : 'warning600'}>
                  {t(`glance.warning.${warning.code}`, WARNING_MESSAGES[warning.code], {
                    stat: 'stat' in warning ? statName(warning.stat) : '',
                    qualifier: 'qualifier' in warning ? warning.qualifier : '',
                  })}
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </Box>
    </Flex>
  );
}

/** Content Manager edit-view side panel, shown on operation reports only. */
export const GlancePanel = ({ model }: { model: string }) => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('glance.title'), defaultMessage: 'At a glance' }),
    content: <GlanceContent />,
  };
};

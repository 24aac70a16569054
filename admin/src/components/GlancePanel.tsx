import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { REPORT_UID } from '../../../shared/constants';
import { QUALIFIER_WORDS, STATS, STAT_QUALIFIERS, type StatName, type StatQualifier } from '../../../shared/stats';
import { useT } from '../hooks/useT';
import { computeRatios, describeDuration, findWarnings, headlineParts, type Warning } from '../utils/glance';
import { PanelSection, TermRow } from './ui/PanelSection';

/** Its own chunk: the eager admin chunk stays small, and the panel shows the rest while it loads. */
const PreviousEditionSection = React.lazy(() =>
  import('./PreviousEdition').then((module) => ({ default: module.PreviousEditionSection }))
);

const WARNING_MESSAGES: Record<Warning['code'], string> = {
  noSource: 'No source: add where the figures come from.',
  endBeforeStart: 'The end date is before the start date.',
  preliminary: 'Figures are marked preliminary.',
  statEmpty: '{stat} is empty.',
  qualifierOnEmpty: '{stat} has the qualifier “{qualifier}” but no value.',
};

/** Reads the live (unsaved) form: what the editor sees is what they are about to save. */
export function GlanceContent() {
  const { formatNumber, locale } = useIntl();
  const t = useT();
  const values = useForm('GlancePanel', (state) => state.values) as Record<string, unknown>;

  // The qualifier words in the admin's language: "plus de 3 744 arrestations", never "more than" in French.
  const words = Object.fromEntries(
    STAT_QUALIFIERS.map((qualifier) => [qualifier, t(`stat.qualifier.${qualifier}`, QUALIFIER_WORDS[qualifier])])
  ) as Record<StatQualifier, string>;
  const duration = describeDuration(values, locale);
  const headline = headlineParts(values, locale, words);
  const ratios = computeRatios(values);
  const warnings = findWarnings(values);
  const statName = (name: StatName) => t(`stat.name.${name}`, STATS.find((stat) => stat.name === name)?.label ?? name);
  const ratio = (value: number | null) =>
    value === null ? t('glance.ratio.none', '—') : formatNumber(value, { maximumFractionDigits: value < 10 ? 2 : 1 });

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="glance-panel">
      <PanelSection title={t('glance.duration', 'Duration')}>
        <Typography tag="p" data-testid="glance-duration">
          {duration
            ? t('glance.duration.value', '{days, plural, one {# day} other {# days}} · {range}', duration as never)
            : t('glance.duration.none', 'Set the start and end dates')}
        </Typography>
      </PanelSection>
      <PanelSection title={t('glance.headline', 'Headline')}>
        <Typography tag="p" fontWeight="bold" data-testid="glance-headline">
          {headline.arrests && headline.countries
            ? t('glance.headline.both', '{arrests} arrests across {countries} countries', headline as never)
            : headline.arrests
              ? t('glance.headline.arrests', '{arrests} arrests', { arrests: headline.arrests })
              : t('glance.headline.none', 'No arrests reported yet')}
        </Typography>
      </PanelSection>
      <React.Suspense fallback={null}>
        <PreviousEditionSection values={values} />
      </React.Suspense>
      <PanelSection title={t('glance.ratios', 'Ratios')}>
        <dl>
          {(
            [
              ['arrestsPerCountry', 'Arrests per country'],
              ['victimsPerArrest', 'Victims per arrest'],
              ['officersPerArrest', 'Officers per arrest'],
            ] as const
          ).map(([key, label]) => (
            <TermRow key={key} term={t(`glance.ratio.${key}`, label)} data-testid={`glance-${key}`}>
              {ratio(ratios[key])}
            </TermRow>
          ))}
        </dl>
      </PanelSection>
      <PanelSection title={t('glance.warnings', 'Checks')}>
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
                    qualifier: 'qualifier' in warning ? words[warning.qualifier] : '',
                  })}
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </PanelSection>
    </Flex>
  );
}

/** Content Manager edit-view side panel, shown on operation reports only. */
export const GlancePanel = ({ model }: { model: string }) => {
  const t = useT();
  if (model !== REPORT_UID) return null;
  return {
    title: t('glance.title', 'At a glance'),
    content: <GlanceContent />,
  };
};

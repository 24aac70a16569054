import * as React from 'react';
import { Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { REPORT_UID } from '../../../shared/constants';
import { formatStat, qualifierMark } from '../../../shared/format-stat';
import { STATS } from '../../../shared/stats';
import type { StatTotal } from '../../../shared/types';
import { useOperationsOverview } from '../hooks/useOperationsOverview';
import { useT, type Translate } from '../hooks/useT';
import { PanelSection, TermRow } from './ui/PanelSection';

const LIST_VIEW = `/content-manager/collection-types/${REPORT_UID}`;

/** The marks a total can carry (a `moreThan` figure sums to `atLeast`), with what they mean. */
const legendOf = (t: Translate): string =>
  [
    `${qualifierMark('approximately')} ${t('widget.legend.approximately', 'approximately')}`,
    `${qualifierMark('atLeast')} ${t('widget.legend.atLeast', 'at least or more than')}`,
    `${qualifierMark('upTo')} ${t('widget.legend.upTo', 'up to')}`,
  ].join(' · ');

/**
 * A total as a reader may quote it: a sum with its qualifier mark, except
 * countries, which operations share: their sum means nothing, so the widget
 * shows the largest operation's ("up to 119 countries").
 */
function totalText(name: string, total: StatTotal, locale: string, t: Translate): string {
  if (name === 'countries') {
    if (total.max === null) return '—';
    return t('widget.countries.upTo', 'up to {value} {max, plural, one {country} other {countries}}', {
      value: formatStat(total.max, 'exact', locale),
      max: total.max,
    });
  }
  return total.value === null ? '—' : formatStat(total.value, total.qualifier, locale);
}

/** Homepage widget "Operations": totals over published reports and the five latest published reports. */
export function OperationsWidget() {
  const { locale } = useIntl();
  const t = useT();
  const state = useOperationsOverview();

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
  const draftsLink = (
    <Link tag={RouterLink} to={LIST_VIEW}>
      {t('widget.drafts', 'See drafts in the list view')}
    </Link>
  );
  if (state.stats.count === 0 && state.latest.length === 0) {
    return (
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Typography textColor="neutral600">{t('widget.empty', 'No published operation reports yet.')}</Typography>
        {draftsLink}
      </Flex>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <PanelSection
        title={t('widget.totals', 'Totals over {count, plural, one {# published report} other {# published reports}}', {
          count: state.stats.count,
        })}
      >
        <Box tag="dl" data-testid="operations-totals">
          {STATS.map(({ name, label }) => (
            <TermRow key={name} term={t(`stat.name.${name}`, label)} bold data-stat={name}>
              {totalText(name, state.stats.totals[name], locale, t)}
            </TermRow>
          ))}
        </Box>
        <Typography tag="p" variant="pi" textColor="neutral600" data-testid="operations-legend">
          {legendOf(t)}
        </Typography>
      </PanelSection>
      <PanelSection title={t('widget.latest', 'Latest published reports')}>
        <ul data-testid="operations-latest">
          {state.latest.map((report) => (
            <li key={report.documentId}>
              <Link
                tag={RouterLink}
                to={`${LIST_VIEW}/${report.documentId}${report.locale ? `?plugins[i18n][locale]=${report.locale}` : ''}`}
              >
                {report.title || t('widget.untitled', 'Untitled report')}
              </Link>
            </li>
          ))}
        </ul>
        {draftsLink}
      </PanelSection>
    </Flex>
  );
}

export default OperationsWidget;

import * as React from 'react';
import { Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { REPORT_UID } from '../../../shared/constants';
import { formatStat } from '../../../shared/format-stat';
import { STATS } from '../../../shared/stats';
import { useOperationsOverview } from '../hooks/useOperationsOverview';
import { useT } from '../hooks/useT';
import { PanelSection, TermRow } from './ui/PanelSection';

/** Homepage widget "Operations": totals over published reports and the five latest reports. */
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
  if (state.stats.count === 0 && state.latest.length === 0) {
    return <Typography textColor="neutral600">{t('widget.empty', 'No operation reports yet.')}</Typography>;
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <PanelSection
        title={t('widget.totals', 'Totals over {count, plural, one {# published report} other {# published reports}}', {
          count: state.stats.count,
        })}
      >
        <Box tag="dl" data-testid="operations-totals">
          {STATS.map(({ name, label }) => {
            const total = state.stats.totals[name];
            return (
              <TermRow key={name} term={t(`stat.name.${name}`, label)} bold data-stat={name}>
                {total.value === null ? '—' : formatStat(total.value, total.qualifier, locale)}
              </TermRow>
            );
          })}
        </Box>
      </PanelSection>
      <PanelSection title={t('widget.latest', 'Latest reports')}>
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
      </PanelSection>
    </Flex>
  );
}

export default OperationsWidget;

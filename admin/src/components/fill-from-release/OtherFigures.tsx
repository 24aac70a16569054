import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { otherKey, type ReleaseExtraction } from '../../hooks/useReleaseExtraction';
import { useT } from '../../hooks/useT';
import { formatMetric, metricInRows, type FoundMetric } from '../../utils/releaseMetrics';
import { SectionHeading } from '../ui/PanelSection';
import { ProposalRow } from './ProposalRow';

export interface OtherFiguresProps {
  /** The id of the section's heading. */
  id: string;
  /** The pasted text the figures were found in. */
  text: string;
  extraction: ReleaseExtraction;
}

/**
 * "Other figures": the release's figures beyond the six (money, seizures,
 * counted things), each proposed as a new row of the report's Other figures,
 * marked when the report holds an equal row already.
 */
export function OtherFigures({ id, text, extraction }: OtherFiguresProps) {
  const t = useT();
  const { locale } = useIntl();
  const rows = useForm('FillFromRelease', (state) => (state.values as Record<string, unknown>)?.additionalStats);
  const { others, selected, toggle } = extraction;

  const spelled = ({ value, unit, qualifier }: FoundMetric) =>
    qualifier === 'exact'
      ? undefined
      : `${t(`stat.qualifier.${qualifier}`, qualifier)} ${formatMetric(value, unit, 'exact', locale)}`;

  return (
    <Box tag="section" aria-labelledby={id} paddingTop={4} data-testid="fill-release-others">
      <SectionHeading id={id}>{t('fill.others', 'Other figures')}</SectionHeading>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t(
          'fill.others.hint',
          'Each ticked figure is added as a new row of Other figures; the rows already there stay as they are.'
        )}
      </Typography>
      <Box tag="ul">
        {others.map((metric, index) => {
          const key = otherKey(index);
          return (
            <ProposalRow
              key={key}
              id={key}
              label={metric.label}
              value={formatMetric(metric.value, metric.unit, metric.qualifier, locale)}
              title={spelled(metric)}
              evidence={metric.evidence}
              text={text}
              checked={selected.has(key)}
              onCheckedChange={(on) => toggle(key, on)}
            >
              {metricInRows(metric, rows) ? (
                <Typography variant="pi" textColor="success600" data-testid={`fill-release-same-${key}`}>
                  {t('fill.others.same', 'Already in the report')}
                </Typography>
              ) : null}
            </ProposalRow>
          );
        })}
      </Box>
    </Box>
  );
}

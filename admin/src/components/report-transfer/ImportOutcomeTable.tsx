import * as React from 'react';
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { ImportAction, ImportOutcome, ImportResult } from '../../../../shared/types';
import { useT, type Translate } from '../../hooks/useT';

const ACTION_BADGES: Record<ImportAction, { background: string; color: string }> = {
  create: { background: 'success100', color: 'success700' },
  update: { background: 'primary100', color: 'primary700' },
  unchanged: { background: 'neutral150', color: 'neutral700' },
  refuse: { background: 'danger100', color: 'danger700' },
};

/** The design system's table keeps each line on one line; a name or a problem here wraps, in full. */
const Wrapping = styled(Typography)`
  white-space: normal;
  overflow-wrap: anywhere;
`;

/** A report as an editor knows it: "Operation Liberterra III (operation-liberterra-iii)". */
function nameOf(report: ImportResult, index: number, t: Translate): string {
  const { title, slug } = report;
  if (title && slug) return t('import.report.name', '{title} ({slug})', { title, slug });
  return title || slug || t('import.report.unnamed', 'Report {number} of the file', { number: index + 1 });
}

/** What an import does (or would do) per report: the counts, then one row per report with its problems. */
export function ImportOutcomeTable({ outcome }: { outcome: ImportOutcome }) {
  const t = useT();
  const heading = (key: string, defaultMessage: string) => (
    <Th>
      <Typography variant="sigma">{t(key, defaultMessage)}</Typography>
    </Th>
  );
  return (
    <>
      <Typography variant="pi" textColor="neutral600" data-testid="import-summary">
        {t('import.summary', '{create} to create, {update} to update, {unchanged} unchanged, {refuse} refused', {
          ...outcome.summary,
        })}
      </Typography>
      <Table colCount={3} rowCount={outcome.reports.length + 1}>
        <Thead>
          <Tr>
            {heading('import.table.slug', 'Report')}
            {heading('import.table.action', 'Action')}
            {heading('import.table.errors', 'Problems')}
          </Tr>
        </Thead>
        <Tbody>
          {outcome.reports.map((report, index) => (
            <Tr key={`${report.slug ?? ''}-${index}`} data-testid={`import-row-${index}`}>
              <Td>
                <Wrapping>{nameOf(report, index, t)}</Wrapping>
              </Td>
              <Td>
                <Badge
                  backgroundColor={ACTION_BADGES[report.action]?.background}
                  textColor={ACTION_BADGES[report.action]?.color}
                >
                  {t(`import.action.${report.action}`, report.action)}
                </Badge>
              </Td>
              <Td>
                {(report.errors ?? []).map((error, n) => (
                  <Wrapping key={n} tag="p" variant="pi" textColor="danger700">
                    {error.path.length > 0 ? `${error.path.join('.')}: ` : ''}
                    {error.message}
                  </Wrapping>
                ))}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
}

import * as React from 'react';
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ImportAction, ImportOutcome } from '../../../../shared/types';
import { useT } from '../../hooks/useT';

const ACTION_BADGES: Record<ImportAction, { background: string; color: string }> = {
  create: { background: 'success100', color: 'success700' },
  update: { background: 'primary100', color: 'primary700' },
  unchanged: { background: 'neutral150', color: 'neutral700' },
  refuse: { background: 'danger100', color: 'danger700' },
};

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
                <Typography>{report.slug ?? `#${index + 1}`}</Typography>
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
                  <Typography key={n} tag="p" variant="pi" textColor="danger700">
                    {error.path.length > 0 ? `${error.path.join('.')}: ` : ''}
                    {error.message}
                  </Typography>
                ))}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
}

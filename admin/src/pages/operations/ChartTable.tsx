import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { formatStat } from '../../../../shared/format-stat';
import type { ChartRow } from '../../utils/operationsChart';
import { useT } from '../../hooks/useT';

export interface ChartTableProps {
  caption: string;
  /** The first column's heading: what the rows are (year, month, agency…). */
  keyHeading: string;
  rows: readonly ChartRow[];
}

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  caption {
    text-align: start;
    padding-block-end: ${({ theme }) => theme.spaces[2]};
  }
  th,
  td {
    padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
    text-align: end;
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
`;

/** A chart's numbers as a real table: the accessible alternative to its bars, with every total's parts. */
export function ChartTable({ caption, keyHeading, rows }: ChartTableProps) {
  const t = useT();
  const { locale } = useIntl();
  const average = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const columns = [
    keyHeading,
    t('operations.table.count', 'Reports'),
    t('operations.table.value', 'Total'),
    t('operations.table.reported', 'Reports giving it'),
    t('operations.table.min', 'Smallest'),
    t('operations.table.max', 'Largest'),
    t('operations.table.avg', 'Average'),
  ];
  const none = '—';
  return (
    <Box overflow="auto">
      <Table>
        <caption>
          <Typography variant="pi" fontWeight="bold">
            {caption}
          </Typography>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                <Typography variant="sigma" textColor="neutral600">
                  {column}
                </Typography>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { value, qualifier, reported, min, max, avg } = row.total;
            const cells = [
              String(row.count),
              // The total as the reader sees it (`~14,000`, `720+`); its bounds and mean are plain numbers.
              formatStat(value, qualifier, locale) || none,
              String(reported),
              formatStat(min, 'exact', locale) || none,
              formatStat(max, 'exact', locale) || none,
              avg === null ? none : average.format(avg),
            ];
            return (
              <tr key={`${row.key}`}>
                <th scope="row">
                  <Typography>{row.label}</Typography>
                </th>
                {cells.map((cell, index) => (
                  <td key={columns[index + 1]}>
                    <Typography>{cell}</Typography>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </Box>
  );
}

import * as React from 'react';
import { styled, useTheme } from 'styled-components';
import type { StatName } from '../../../../shared/stats';
import { barQualifier, barValue, type ChartRow } from '../../utils/operationsChart';

export interface BarChartProps {
  figure: StatName;
  rows: readonly ChartRow[];
  /** The chart's name for assistive technology ("Arrests by year: 3 bars…"). */
  label: string;
  /** A bar's figure as the reader sees it (`~14,000`, `720+`), or the "no figure" words. */
  valueText: (row: ChartRow) => string;
  /** What a bar says when focused or hovered: its label, figure and report count. */
  barText: (row: ChartRow) => string;
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 96;
const ROW = 30;
const BAR = 18;
const BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 16;
const LABEL_CHARS = 26;

/** A focused bar gets a thick outline: SVG groups draw no focus ring of their own in every browser. */
const Svg = styled.svg`
  display: block;
  max-width: ${WIDTH}px;
  overflow: visible;
  g[tabindex]:focus {
    outline: none;
  }
  g[tabindex]:focus-visible rect {
    stroke: ${({ theme }) => theme.colors.primary700};
    stroke-width: 3px;
  }
`;

/** A long label cut to fit its column; the whole label stays in the bar's title and the table. */
const fit = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

/**
 * Horizontal bars drawn by React in SVG with the design system's colours: no
 * chart library in the bundle. The chart is a named group; each bar is an image
 * with its own name and a <title>, reachable with Tab so a keyboard user reads
 * each value. The table view is the full alternative.
 */
export function BarChart({ figure, rows, label, valueText, barText }: BarChartProps) {
  const { colors } = useTheme();
  const largest = Math.max(0, ...rows.map((row) => barValue(figure, row.total) ?? 0));
  const height = Math.max(ROW, rows.length * ROW);

  return (
    <Svg role="group" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" data-testid="bar-chart">
      {rows.map((row, index) => {
        const value = barValue(figure, row.total);
        const length = value && largest > 0 ? Math.max(2, (value / largest) * BAR_AREA) : 0;
        const y = index * ROW;
        const text = barText(row);
        // An estimate or a bound is drawn lighter: the bar is not an exact count.
        const exact = value === null || barQualifier(figure, row.total) === 'exact';
        return (
          <g key={`${row.key}`} role="img" aria-label={text} tabIndex={0} data-key={row.key ?? ''}>
            <title>{text}</title>
            <text
              x={LABEL_WIDTH - 8}
              y={y + ROW / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={13}
              fill={colors.neutral800}
            >
              {fit(row.label)}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + (ROW - BAR) / 2}
              width={length}
              height={BAR}
              rx={3}
              fill={exact ? colors.primary600 : colors.primary200}
              stroke={colors.primary600}
              strokeWidth={exact ? 0 : 1}
            />
            <text
              x={LABEL_WIDTH + length + 6}
              y={y + ROW / 2}
              dominantBaseline="middle"
              fontSize={13}
              fill={colors.neutral700}
            >
              {valueText(row)}
            </text>
          </g>
        );
      })}
    </Svg>
  );
}

import type { StatName } from '../../../shared/stats';
import type { ChartRow } from './operationsChart';

/** The CSV's columns: a chart's numbers, raw (no grouping, no marks), for a spreadsheet. */
export const CSV_COLUMNS = ['figure', 'key', 'count', 'value', 'qualifier', 'reported', 'min', 'max', 'avg'] as const;

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return)
 * as a formula: an agency named "=HYPERLINK(…)" must stay text. The leading
 * apostrophe is OWASP's advice; numbers are written as numbers and need none.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a quote, comma or line break, quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A chart's numbers as RFC 4180 CSV (CRLF line ends, a header row). */
export function chartCsv(figure: StatName, rows: readonly ChartRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const { value, qualifier, reported, min, max, avg } = row.total;
    lines.push(
      [figure, row.key, row.count, value, qualifier, reported, min, max, avg].map((cell) => csvField(cell)).join(',')
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

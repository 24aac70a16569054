import { STATS, qualifierFieldOf } from '../../../shared/stats';
import type { ExportedReport } from './report-shape';

/** The CSV export: one row per report and locale, for spreadsheets; the JSON file is the lossless one. */
const CSV_COLUMNS: string[] = [
  'documentId',
  'locale',
  'status',
  'title',
  'slug',
  'codename',
  'series',
  'agency',
  'headquarters',
  'startDate',
  'endDate',
  'durationDays',
  'announcedOn',
  'figuresStatus',
  ...STATS.flatMap(({ name }) => [name, qualifierFieldOf(name)]),
  'crimeAreas',
];

/**
 * A spreadsheet runs a cell that starts like a formula; a leading apostrophe
 * makes it text. Spreadsheets skip leading blanks before reading a formula, so
 * the first character that counts is the first one after any whitespace
 * (NBSP and the other Unicode spaces included), control or invisible format
 * character (zero-width space, BOM…), and the full-width forms
 * ＝ ＋ － ＠ are read as = + - @. A cell starting with a tab or CR is
 * neutralised as well (OWASP CSV injection).
 */
const FORMULA_START = /^(?:[\t\r]|[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, fields quoted when they hold a quote, a comma or a line break. */
export function reportsToCsv(reports: ExportedReport[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const report of reports) {
    for (const [locale, versions] of Object.entries(report.locales)) {
      const version = versions.published ?? versions.draft;
      const row: Record<string, unknown> = {
        ...version,
        documentId: report.documentId,
        locale,
        status: versions.published ? 'published' : 'draft',
        slug: report.slug,
        crimeAreas: ((version.crimeAreas as string[] | undefined) ?? []).join(';'),
      };
      lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

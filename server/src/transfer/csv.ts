import { STATS, qualifierFieldOf } from '../../../shared/stats';
import type { ExportedReport } from './report-shape';

/** The CSV export: one row per report and locale, for spreadsheets; the JSON file is the lossless one. */
export const CSV_COLUMNS: string[] = [
  'documentId',
  'locale',
  'status',
  'title',
  'slug',
  'codename',
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

/** A spreadsheet runs a cell that starts like a formula; a leading apostrophe makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

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

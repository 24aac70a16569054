import { parseDateOnly } from '../rules/date-rules';
import { seriesFromCodename } from '../rules/series';
import { invalid } from '../rules/validation-error';
import { readReportRequest, type ReportRequestRules } from '../query/report-request';
import { readOptionalText } from '../query/request-params';

export interface PreviousEditionRequest {
  /** The series asked for, else derived from the codename; null: nothing to look up. */
  series: string | null;
  startDate: string | null;
  locale: string | null;
  /** The document being edited: never its own previous edition. */
  documentId: string | null;
}

const ALLOWED = ['series', 'codename', 'startDate', 'locale', 'documentId'];
const MAX_TEXT = 120;
const RULES: ReportRequestRules = {
  allowed: ALLOWED,
  accepts: `accepts ${ALLOWED.join(', ')}`,
  documentIdRequired: false,
  textLimits: { documentId: 64, locale: 40 },
};

/**
 * The edit view's question, asked while the editor types: the form's series
 * (or, when the editor left it empty, its codename, derived as a save would),
 * start date and locale. A form without a start date yet asks nothing (null),
 * rather than being refused: the panel simply shows no comparison.
 */
export function readPreviousEditionQuery(query: Record<string, unknown>): PreviousEditionRequest {
  const { documentId, locale } = readReportRequest(query.documentId, query, RULES);
  const series = readOptionalText('series', query.series, MAX_TEXT)?.trim() || null;
  const codename = readOptionalText('codename', query.codename, MAX_TEXT);
  const start = readOptionalText('startDate', query.startDate, 40);
  const startDate = start === null ? null : parseDateOnly(start);
  if (start !== null && startDate === null) invalid(['startDate'], 'startDate must be a date such as 2025-11-10');
  return { series: series ?? seriesFromCodename(codename), startDate, locale, documentId };
}

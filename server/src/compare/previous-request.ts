import { parseDateOnly } from '../rules/date-rules';
import { seriesFromCodename } from '../rules/series';
import { textProblem } from '../rules/text-rules';
import { invalid } from '../rules/validation-error';
import { readLocaleCode } from '../query/request-params';

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

/** An optional text parameter: absent or empty is null, a list or an object is a 400 naming it. */
function optionalText(query: Record<string, unknown>, name: string, max: number): string | null {
  const value = query[name];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') invalid([name], `${name} must be text`);
  const problem = textProblem(value);
  if (problem) invalid([name], `${name} ${problem}`);
  if (value.length > max) invalid([name], `${name} must be at most ${max} characters`);
  return value;
}

/**
 * The edit view's question, asked while the editor types: the form's series
 * (or, when the editor left it empty, its codename, derived as a save would),
 * start date and locale. A form without a start date yet asks nothing (null),
 * rather than being refused: the panel simply shows no comparison.
 */
export function readPreviousEditionQuery(query: Record<string, unknown>): PreviousEditionRequest {
  for (const key of Object.keys(query)) {
    if (!ALLOWED.includes(key)) invalid([key], `Unknown parameter "${key}" (accepts ${ALLOWED.join(', ')})`);
  }
  const series = optionalText(query, 'series', MAX_TEXT)?.trim() || null;
  const codename = optionalText(query, 'codename', MAX_TEXT);
  const start = optionalText(query, 'startDate', 40);
  const startDate = start === null ? null : parseDateOnly(start);
  if (start !== null && startDate === null) invalid(['startDate'], 'startDate must be a date such as 2025-11-10');
  const locale = optionalText(query, 'locale', 40);
  return {
    series: series ?? seriesFromCodename(codename),
    startDate,
    locale: locale === null ? null : readLocaleCode(locale),
    documentId: optionalText(query, 'documentId', 64),
  };
}

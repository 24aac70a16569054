import { invalid } from '../rules/validation-error';
import { readDocumentId, readLocaleCode, readOptionalText } from './request-params';

/**
 * How a request about one report (compare, JSON-LD, the edit view's previous
 * edition) is read: which query parameters it takes and how its refusals are
 * worded. The documentId and the locale are read the same way for all three.
 */
export interface ReportRequestRules {
  /** Every query parameter the endpoint reads; any other answers 400 naming it. */
  allowed: readonly string[];
  /** What the endpoint accepts, in brackets after an unknown parameter's name. */
  accepts: string;
  /** A documentId of the path must be there; one of the query may be left out. */
  documentIdRequired: boolean;
  /** The shape a documentId must have beyond storable text, with the 400's message. */
  documentIdFormat?: { pattern: RegExp; message: string };
  /**
   * For parameters typed into a form (the previous edition's query): documentId
   * and locale must then be text of at most these many characters, each refusal naming its parameter.
   */
  textLimits?: { documentId: number; locale: number };
}

export interface ReportRequest {
  /** Null only where `documentIdRequired` is false. */
  documentId: string | null;
  /** The locale code asked for, checked; null when none is (each endpoint has its own default). */
  locale: string | null;
}

const absent = (value: unknown): boolean => value === undefined || value === null || value === '';

function readRequestDocumentId(documentId: unknown, rules: ReportRequestRules): string | null {
  if (rules.textLimits) readOptionalText('documentId', documentId, rules.textLimits.documentId);
  if (absent(documentId) || typeof documentId !== 'string') {
    if (rules.documentIdRequired) invalid(['documentId'], 'documentId is required');
    return null;
  }
  readDocumentId(documentId);
  const format = rules.documentIdFormat;
  if (format && !format.pattern.test(documentId)) invalid(['documentId'], format.message);
  return documentId;
}

/**
 * A one-report request's documentId (from the path or the query) and locale,
 * after refusing any parameter the endpoint does not read: a 400 names the
 * first parameter at fault, unknown parameters first.
 */
export function readReportRequest(
  documentId: unknown,
  query: Record<string, unknown>,
  rules: ReportRequestRules
): ReportRequest {
  for (const key of Object.keys(query)) {
    if (!rules.allowed.includes(key)) invalid([key], `Unknown parameter "${key}" (${rules.accepts})`);
  }
  const id = readRequestDocumentId(documentId, rules);
  const { locale } = query;
  if (rules.textLimits) readOptionalText('locale', locale, rules.textLimits.locale);
  return { documentId: id, locale: absent(locale) ? null : readLocaleCode(locale) };
}

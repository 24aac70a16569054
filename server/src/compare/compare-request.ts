import type { Core } from '@strapi/strapi';
import { readReportRequest, type ReportRequestRules } from '../query/report-request';
import { readReportLocale } from '../query/request-params';
import { invalid } from '../rules/validation-error';

export interface CompareRequest {
  documentId: string;
  /** The locale compared in; null when the type is not localized. */
  locale: string | null;
}

/** Strapi's document ids are 24 lower-case letters and digits; imported ones may differ, so stay lenient but bounded. */
const DOCUMENT_ID = /^[\w-]{1,64}$/;
const RULES: ReportRequestRules = {
  allowed: ['locale', 'status'],
  accepts: 'compare accepts locale and status=published',
  documentIdRequired: true,
  documentIdFormat: {
    pattern: DOCUMENT_ID,
    message: 'documentId must be a document id: 1 to 64 letters, digits, "-" or "_"',
  },
};

/**
 * `:documentId` and the query of a compare request. Only `locale` (default:
 * the default locale) and `status=published` are read: a comparison is always
 * between published editions, so any other status is refused rather than ignored.
 */
export async function readCompareRequest(
  strapi: Core.Strapi,
  params: Record<string, unknown>,
  query: Record<string, unknown>
): Promise<CompareRequest> {
  const request = readReportRequest(params.documentId, query, RULES);
  if (query.status !== undefined && query.status !== 'published') {
    invalid(['status'], 'compare reads published reports only: status must be "published" or absent');
  }
  return { documentId: request.documentId as string, locale: await readReportLocale(strapi, request.locale) };
}

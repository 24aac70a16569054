import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORT_UID } from '../../../shared/constants';
import { isLocalized } from '../model/content-model';
import { readDocumentId, readLocaleCode } from '../query/request-params';
import { invalid } from '../rules/validation-error';
import { reportEvent, type JsonLdReport, type OperationReportJsonLd } from './report-event';

/** The media type of the answer (RFC 7159's JSON, read as JSON-LD). */
export const JSONLD_TYPE = 'application/ld+json';

const ALLOWED_PARAMS = ['locale'];

/**
 * The documentId and locale of a JSON-LD request. Only published reports are
 * described, so there is no `status`; `locale` is read as findOne reads it,
 * the default locale when absent. Anything else answers 400 naming it.
 */
function readJsonLdRequest(documentId: unknown, query: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(query)) {
    if (!ALLOWED_PARAMS.includes(key)) {
      invalid([key], `Unknown parameter "${key}" (jsonld accepts locale only: it describes published reports)`);
    }
  }
  if (typeof documentId !== 'string' || documentId === '') invalid(['documentId'], 'documentId is required');
  readDocumentId(documentId);
  const { locale } = query;
  if (locale === undefined || locale === '') return undefined;
  return readLocaleCode(locale);
}

/**
 * The published version of a report in one locale, as JSON-LD; a 404 when the
 * document has no published version there, as the core findOne answers.
 */
export async function reportJsonLd(
  strapi: Core.Strapi,
  documentId: unknown,
  query: Record<string, unknown>
): Promise<OperationReportJsonLd> {
  const locale = readJsonLdRequest(documentId, query);
  const localized = Boolean(strapi.plugin('i18n')) && isLocalized(strapi, REPORT_UID);
  const report = (await strapi.documents(REPORT_UID).findOne({
    documentId: documentId as string,
    status: 'published',
    ...(localized && locale ? { locale } : {}),
    populate: {
      crimeAreas: { fields: ['name', 'slug'] },
      additionalStats: true,
      sources: true,
    },
  } as never)) as JsonLdReport | null;
  if (!report) throw new errors.NotFoundError('Not Found');
  return reportEvent(report);
}

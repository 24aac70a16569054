import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORT_UID } from '../../../shared/constants';
import { isLocalized } from '../model/content-model';
import { readReportRequest, type ReportRequestRules } from '../query/report-request';
import { reportEvent, type JsonLdReport, type OperationReportJsonLd } from './report-event';

/** The media type of the answer (RFC 7159's JSON, read as JSON-LD). */
export const JSONLD_TYPE = 'application/ld+json';

/**
 * Only published reports are described, so there is no `status`; `locale` is
 * read as findOne reads it, the default locale when absent. Anything else
 * answers 400 naming it.
 */
const RULES: ReportRequestRules = {
  allowed: ['locale'],
  accepts: 'jsonld accepts locale only: it describes published reports',
  documentIdRequired: true,
};

/**
 * The published version of a report in one locale, as JSON-LD; a 404 when the
 * document has no published version there, as the core findOne answers.
 */
export async function reportJsonLd(
  strapi: Core.Strapi,
  documentId: unknown,
  query: Record<string, unknown>
): Promise<OperationReportJsonLd> {
  const { locale } = readReportRequest(documentId, query, RULES);
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

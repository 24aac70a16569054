import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { OperationReportComparisonResponse } from '../../../shared/types';
import { comparedReport, compareStats, dayOf } from './compare-stats';
import { findPreviousEdition, findPublishedReport } from './find-editions';

/**
 * GET /api/operation-reports/:documentId/compare: the report's published
 * version in the locale against the previous published edition of its series
 * in that locale. Published only, whoever asks: a comparison is what readers
 * see, and a draft on either side would publish figures early. A document
 * with no published version in the locale is a 404, as core findOne answers.
 */
export async function compareReport(
  strapi: Core.Strapi,
  documentId: string,
  locale: string | null
): Promise<OperationReportComparisonResponse> {
  const report = await findPublishedReport(strapi, documentId, locale);
  if (!report) throw new errors.NotFoundError('Not Found');
  const series = typeof report.series === 'string' && report.series !== '' ? report.series : null;
  const startDate = dayOf(report.startDate);
  const previous =
    series === null || startDate === ''
      ? null
      : await findPreviousEdition(strapi, { series, startDate, locale, exceptDocumentId: documentId });
  return {
    data: {
      report: comparedReport(report),
      previous: previous ? comparedReport(previous) : null,
      stats: previous ? compareStats(previous, report) : {},
    },
    meta: { locale },
  };
}

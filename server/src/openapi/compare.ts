import { STATS, STAT_QUALIFIERS } from '../../../shared/stats';
import { DOCUMENT_ID, LOCALE, ok, param } from './paths';
import { ref, type Schema } from './schemas';

/** `GET /operation-reports/{id}/compare`: a report against the previous published edition of its series. */
export function comparePaths(tag: string): Schema {
  return {
    '/operation-reports/{id}/compare': {
      get: {
        tags: [tag],
        operationId: 'get/operation-reports/{id}/compare',
        summary: 'Compare with the previous edition of the series',
        description:
          "The report's published version in the locale against the previous published report of the same " +
          '`series` in that locale (the latest startDate strictly before this one). Published reports only, ' +
          'whoever asks: 404 when the document has no published version in the locale. `previous` is null and ' +
          '`stats` empty for a first edition or a report without a series. `percent` is null when `from` is 0 ' +
          'or either side is missing; `delta` is null when either side is missing. Unknown parameters answer 400.',
        parameters: [DOCUMENT_ID, LOCALE, param('status', 'Only published', { type: 'string', enum: ['published'] })],
        responses: ok('OperationReportComparisonResponse'),
      },
    },
  };
}

const figure = (description: string) => ({ type: 'integer', nullable: true, description });
const qualifier = { type: 'string', enum: [...STAT_QUALIFIERS] };
const text = (nullable = false) => ({ type: 'string', ...(nullable ? { nullable: true } : {}) });

/** The schemas of the compare response. */
export function compareSchemas(): Record<string, Schema> {
  return {
    OperationReportStatComparison: {
      type: 'object',
      required: ['from', 'fromQualifier', 'to', 'toQualifier', 'delta', 'percent'],
      properties: {
        from: figure('The previous edition’s figure; null when it gives none'),
        fromQualifier: qualifier,
        to: figure('This report’s figure; null when it gives none'),
        toQualifier: qualifier,
        delta: figure('to − from; null when either side is missing'),
        percent: {
          type: 'number',
          nullable: true,
          description:
            '(to − from) / from × 100, rounded to one decimal; null when from is 0 or either side is missing',
        },
      },
    },
    OperationReportComparedReport: {
      type: 'object',
      required: ['documentId', 'title', 'codename', 'series', 'startDate', 'endDate'],
      properties: {
        documentId: text(),
        title: text(),
        codename: text(true),
        series: text(true),
        startDate: { type: 'string', format: 'date' },
        endDate: { type: 'string', format: 'date' },
        locale: text(),
      },
    },
    OperationReportComparisonResponse: {
      type: 'object',
      required: ['data', 'meta'],
      properties: {
        data: {
          type: 'object',
          required: ['report', 'previous', 'stats'],
          properties: {
            report: ref('OperationReportComparedReport'),
            previous: { allOf: [ref('OperationReportComparedReport')], nullable: true },
            stats: {
              type: 'object',
              description: 'Every stat when there is a previous edition; empty otherwise',
              properties: Object.fromEntries(STATS.map(({ name }) => [name, ref('OperationReportStatComparison')])),
            },
          },
        },
        meta: { type: 'object', properties: { locale: text(true) } },
      },
    },
  };
}

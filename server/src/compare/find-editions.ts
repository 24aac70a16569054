import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/constants';
import { STATS, qualifierFieldOf } from '../../../shared/stats';

type Row = Record<string, unknown>;

/** What a comparison reads of an edition: its identity, dates and figures; no relations, components or body. */
export const EDITION_FIELDS = [
  'id',
  'documentId',
  'title',
  'codename',
  'series',
  'startDate',
  'endDate',
  'locale',
  ...STATS.flatMap(({ name }) => [name, qualifierFieldOf(name)]),
];

const published = { publishedAt: { $notNull: true } };
const inLocale = (locale: string | null) => (locale === null ? {} : { locale });

/** The published version of a document in a locale (null locale: a type without i18n), or null. */
export async function findPublishedReport(
  strapi: Core.Strapi,
  documentId: string,
  locale: string | null
): Promise<Row | null> {
  return (await strapi.db.query(REPORT_UID).findOne({
    select: EDITION_FIELDS,
    where: { documentId, ...published, ...inLocale(locale) },
  })) as Row | null;
}

export interface PreviousEditionQuery {
  series: string;
  /** YYYY-MM-DD: the previous edition started strictly before. */
  startDate: string;
  locale: string | null;
  /** Not this document (an edition never precedes itself, whatever its dates). */
  exceptDocumentId?: string | null;
  /** The rows the caller may read (an admin role's conditions), ANDed. */
  readable?: Record<string, unknown> | null;
}

/**
 * The previous published edition of a series: same series and locale, the
 * latest start date strictly before; on a tie of start dates, the last
 * written (highest id), so the answer never depends on the database's order.
 */
export async function findPreviousEdition(strapi: Core.Strapi, query: PreviousEditionQuery): Promise<Row | null> {
  const where: Record<string, unknown> = {
    series: query.series,
    startDate: { $lt: query.startDate },
    ...published,
    ...inLocale(query.locale),
  };
  if (query.exceptDocumentId) where.documentId = { $ne: query.exceptDocumentId };
  return (await strapi.db.query(REPORT_UID).findOne({
    select: EDITION_FIELDS,
    where: query.readable ? { $and: [where, query.readable] } : where,
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
  })) as Row | null;
}

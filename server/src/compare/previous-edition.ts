import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/constants';
import { DEFAULT_QUALIFIER, STATS, isStatQualifier, qualifierFieldOf } from '../../../shared/stats';
import type { PreviousEdition, PreviousEditionResponse } from '../../../shared/types';
import { defaultLocale, isLocalized } from '../model/content-model';
import { comparedReport } from './compare-stats';
import { findPreviousEdition } from './find-editions';
import type { PreviousEditionRequest } from './previous-request';

type Row = Record<string, unknown>;

/** An edition's identity and figures, numbers as numbers (PostgreSQL may answer strings). */
function editionOf(row: Row): PreviousEdition {
  const edition = { ...comparedReport(row) } as PreviousEdition;
  const figures = edition as unknown as Record<string, unknown>;
  for (const { name } of STATS) {
    const value = row[name];
    figures[name] = value === null || value === undefined ? null : Number(value);
    const qualifier = row[qualifierFieldOf(name)];
    figures[qualifierFieldOf(name)] = isStatQualifier(qualifier) ? qualifier : DEFAULT_QUALIFIER;
  }
  return edition;
}

/**
 * The previous published edition for the edit view: same series and locale
 * (default locale when the form names none), latest start before the form's,
 * among the rows `readable` lets the role read. The side panel compares the
 * form's own figures with it, so it follows the editor's typing.
 */
export async function previousEditionFor(
  strapi: Core.Strapi,
  request: PreviousEditionRequest,
  readable: Record<string, unknown> | null
): Promise<PreviousEditionResponse['data']> {
  const { series, startDate } = request;
  if (series === null || startDate === null) return { series, previous: null };
  const localized = Boolean(strapi.plugin('i18n')) && isLocalized(strapi, REPORT_UID);
  const locale = localized ? (request.locale ?? (await defaultLocale(strapi))) : null;
  const row = await findPreviousEdition(strapi, {
    series,
    startDate,
    locale,
    exceptDocumentId: request.documentId,
    readable,
  });
  return { series, previous: row ? editionOf(row) : null };
}

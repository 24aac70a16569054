import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { checkStatsFilters, filterableFields, type FieldRules } from './stats-filters';

export interface StatsQuery {
  where: Record<string, unknown>;
  locale: string | null;
}

const ALLOWED_PARAMS = ['filters', 'locale', 'status'];
const NOT_FILTERABLE = ['locale', 'publishedAt', 'createdAt', 'updatedAt'];
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const invalid = (path: string[], message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path, message, name: 'ValidationError' }] });
};

export function fieldRules(strapi: Core.Strapi): { fields: FieldRules; relations: Record<string, FieldRules> } {
  const report = strapi.contentType(REPORT_UID).attributes as Parameters<typeof filterableFields>[0];
  const fields = filterableFields(report);
  for (const name of NOT_FILTERABLE) delete fields[name];
  const area = filterableFields(
    strapi.contentType(CRIME_AREA_UID).attributes as Parameters<typeof filterableFields>[0]
  );
  return { fields, relations: { crimeAreas: { slug: area.slug, name: area.name, documentId: area.documentId } } };
}

/**
 * Reads the query of a stats request (REST query string or GraphQL args already
 * in `$operator` form). Only published reports count, so `status` may only say so.
 */
export async function readStatsQuery(strapi: Core.Strapi, query: Record<string, unknown>): Promise<StatsQuery> {
  for (const key of Object.keys(query)) {
    if (!ALLOWED_PARAMS.includes(key)) invalid([key], `Unknown parameter "${key}" (stats accepts filters and locale)`);
  }
  if (query.status !== undefined && query.status !== 'published') {
    invalid(['status'], 'stats count published reports only: status must be "published" or absent');
  }
  const { fields, relations } = fieldRules(strapi);
  const where =
    query.filters === undefined || query.filters === '' ? {} : checkStatsFilters(query.filters, fields, relations);
  return { where, locale: await readLocale(strapi, query.locale) };
}

async function readLocale(strapi: Core.Strapi, locale: unknown): Promise<string | null> {
  const i18n = strapi.plugin('i18n');
  const localized = Boolean(
    (strapi.contentType(REPORT_UID) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n
      ?.localized
  );
  if (!i18n || !localized) return null;
  if (locale === undefined || locale === null || locale === '') {
    return (await i18n.service('locales').getDefaultLocale()) as string;
  }
  if (typeof locale !== 'string' || !LOCALE_PATTERN.test(locale)) {
    return invalid(['locale'], 'locale must be a locale code such as "en" or "fr-FR"');
  }
  return locale;
}

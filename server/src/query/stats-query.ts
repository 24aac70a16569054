import type { Core } from '@strapi/strapi';
import { validateYupSchemaSync, yup } from '@strapi/utils';
import { REPORT_UID } from '../../../shared/constants';
import { defaultLocale, isLocalized } from '../model/content-model';
import { invalid } from '../rules/validation-error';
import { readLocaleCode } from './request-params';
import { readReportFilters } from './stats-filters';

export interface StatsQuery {
  where: Record<string, unknown>;
  locale: string | null;
}

const ALLOWED_PARAMS = ['filters', 'locale', 'status'];
const statusSchema = yup.object({
  status: yup.mixed().oneOf(['published'], 'stats count published reports only: status must be "published" or absent'),
});

/**
 * Reads the query of a stats request (REST query string or GraphQL args already
 * in `$operator` form). Only published reports count, so `status` may only say so.
 */
export async function readStatsQuery(strapi: Core.Strapi, query: Record<string, unknown>): Promise<StatsQuery> {
  for (const key of Object.keys(query)) {
    if (!ALLOWED_PARAMS.includes(key)) invalid([key], `Unknown parameter "${key}" (stats accepts filters and locale)`);
  }
  validateYupSchemaSync(statusSchema)({ status: query.status });
  const where = readReportFilters(strapi, query.filters);
  return { where, locale: await readLocale(strapi, query.locale) };
}

async function readLocale(strapi: Core.Strapi, locale: unknown): Promise<string | null> {
  if (!strapi.plugin('i18n') || !isLocalized(strapi, REPORT_UID)) return null;
  if (locale === undefined || locale === null || locale === '') return defaultLocale(strapi);
  return readLocaleCode(locale);
}

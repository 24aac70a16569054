import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/constants';
import { defaultLocale, isLocalized } from '../model/content-model';
import { textProblem } from '../rules/text-rules';
import { invalid } from '../rules/validation-error';

/** A locale code such as `en` or `fr-FR`: what a request may name before it is looked up. */
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LOCALE_MESSAGE = 'locale must be a locale code such as "en" or "fr-FR"';

const STATUSES = new Set([null, undefined, 'draft', 'published']);

/**
 * `status` must be draft or published: Strapi reads any other word as draft.
 * Plain checks, not a yup schema: these run on every read of the plugin's
 * types, and a schema costs more than the rest of the plugin's checks together.
 */
export const readStatus = (status: unknown): void => {
  if (!STATUSES.has(status as string)) {
    invalid(['status'], `status must be "draft" or "published", got ${JSON.stringify(status)}`, { value: status });
  }
};

/** A locale code, or a 400 naming `locale`. */
export const readLocaleCode = (locale: unknown): string => {
  if (typeof locale !== 'string' || !LOCALE_PATTERN.test(locale))
    invalid(['locale'], LOCALE_MESSAGE, { value: locale });
  return locale;
};

/** A `documentId` must be text a database can compare. */
export function readDocumentId(documentId: unknown): void {
  if (typeof documentId !== 'string') return;
  const problem = textProblem(documentId);
  if (problem) invalid(['documentId'], `documentId ${problem}`);
}

/**
 * The `locale` of a document-service call on a localized type: a locale code
 * (or `*`), and for a write one of the configured locales (Strapi would store
 * rows under any string).
 */
export async function readDocumentLocale(strapi: Core.Strapi, uid: string, locale: unknown, writing: boolean) {
  const i18n = strapi.plugin('i18n');
  if (!isLocalized(strapi, uid) || !i18n || locale === undefined || locale === null || locale === '*') return;
  readLocaleCode(locale);
  if (!writing) return;
  const codes = ((await i18n.service('locales').find()) as { code: string }[]).map((l) => l.code);
  if (!codes.includes(locale as string)) {
    invalid(['locale'], `locale "${locale}" is not one of the configured locales (${codes.join(', ')})`);
  }
}

/**
 * The locale a report request reads in: the code asked for, checked, or the
 * default locale when none is given; null when reports are not localized.
 */
export async function readReportLocale(strapi: Core.Strapi, locale: unknown): Promise<string | null> {
  if (!strapi.plugin('i18n') || !isLocalized(strapi, REPORT_UID)) return null;
  if (locale === undefined || locale === null || locale === '') return defaultLocale(strapi);
  return readLocaleCode(locale);
}

/**
 * An optional text parameter of a query: absent or empty is null; a list, an
 * object, text a database cannot store or text over `max` characters is a 400 naming it.
 */
export function readOptionalText(name: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') invalid([name], `${name} must be text`);
  const problem = textProblem(value);
  if (problem) invalid([name], `${name} ${problem}`);
  if (value.length > max) invalid([name], `${name} must be at most ${max} characters`);
  return value;
}

import { useQueryParams } from '@strapi/strapi/admin';

/**
 * The content locale the edit view shows, as the Content Manager names it in
 * the URL (`?plugins[i18n][locale]=fr`); '' when i18n is off, so callers leave
 * it out of their requests.
 */
export function useEditViewLocale(): string {
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: unknown } } }>();
  const locale = query?.plugins?.i18n?.locale;
  return typeof locale === 'string' ? locale.trim() : '';
}

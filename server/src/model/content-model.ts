import type { Core } from '@strapi/strapi';
import type { Attributes, ComponentLookup } from '../rules/attribute-rules';

/** Reads the registered (custom-field-converted) schema of a content type. */
export const attributesOf = (strapi: Core.Strapi, uid: string): Attributes =>
  (strapi.contentType(uid as never) as unknown as { attributes: Attributes }).attributes;

export const componentLookup =
  (strapi: Core.Strapi): ComponentLookup =>
  (uid) =>
    (strapi.components[uid as keyof typeof strapi.components] as unknown as { attributes: Attributes } | undefined)
      ?.attributes;

/** Whether a content type's schema marks it localized (callers check that i18n is installed). */
export const isLocalized = (strapi: Core.Strapi, uid: string): boolean =>
  Boolean(
    (strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n
      ?.localized
  );

/** The locale Strapi uses when a request names none, or null without i18n. */
export async function defaultLocale(strapi: Core.Strapi): Promise<string | null> {
  const i18n = strapi.plugin('i18n');
  return i18n ? ((await i18n.service('locales').getDefaultLocale()) as string) : null;
}

import type { Core } from '@strapi/strapi';
import type { Attributes, ComponentLookup } from './attribute-rules';
import type { SlugTarget } from '../slugs/slug-registry';

/** Reads the registered (custom-field-converted) schema of a content type. */
export const attributesOf = (strapi: Core.Strapi, uid: string): Attributes =>
  (strapi.contentType(uid as never) as unknown as { attributes: Attributes }).attributes;

export const componentLookup =
  (strapi: Core.Strapi): ComponentLookup =>
  (uid) =>
    (strapi.components[uid as keyof typeof strapi.components] as unknown as { attributes: Attributes } | undefined)
      ?.attributes;

/** Where a content type keeps its slugs, from Strapi's own metadata (names differ by dialect limits). */
export function slugTargetOf(strapi: Core.Strapi, uid: string, scope: string): SlugTarget {
  const meta = strapi.db.metadata.get(uid) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string }>;
  };
  return {
    scope,
    table: meta.tableName,
    slugColumn: meta.attributes.slug?.columnName ?? 'slug',
    documentIdColumn: meta.attributes.documentId?.columnName ?? 'document_id',
  };
}

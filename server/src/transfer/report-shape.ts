import type { Core } from '@strapi/strapi';
import reportSchema from '../../../content-types/operation-report/schema';
import { componentSchemas, COMPONENT_CATEGORY } from '../content-types';
import { PLUGIN_ID, REPORT_UID } from '../../../shared/constants';

/**
 * The shape of a report in an export file, shared by export and import:
 * one entry per document, every locale, the draft and (when there is one) the
 * published version, each with every field of the content model in schema
 * order, components without their internal ids and crime areas by slug.
 */

export const EXPORT_VERSION = 1;
export const EXPORT_PLUGIN = PLUGIN_ID;

export type Version = Record<string, unknown>;
export interface LocaleVersions {
  draft: Version;
  published: Version | null;
}
export interface ExportedReport {
  documentId: string;
  slug: string | null;
  locales: Record<string, LocaleVersions>;
}
export interface ExportedCrimeArea {
  slug: string;
  name: string;
}
export interface ExportFile {
  version: typeof EXPORT_VERSION;
  plugin: typeof EXPORT_PLUGIN;
  exportedAt: string;
  crimeAreas: ExportedCrimeArea[];
  reports: ExportedReport[];
}

/** Fields of a version, in schema order. The slug is the report's, not a version's. */
export const VERSION_FIELDS: string[] = Object.keys(reportSchema.attributes).filter((name) => name !== 'slug');
/** Computed by the plugin on every write: exported for readers, ignored on import. */
export const COMPUTED_FIELDS = ['durationDays'];

type AttributeSchema = { type: string; component?: string; repeatable?: boolean; target?: string };

const attributes = reportSchema.attributes as Record<string, AttributeSchema>;

export const componentFields = (attribute: string): string[] | null => {
  const component = attributes[attribute]?.component;
  if (!component) return null;
  const name = component.slice(COMPONENT_CATEGORY.length + 1) as keyof typeof componentSchemas;
  return Object.keys(componentSchemas[name]?.attributes ?? {});
};

const componentAttribute = (attribute: string, field: string): AttributeSchema | undefined => {
  const component = attributes[attribute]?.component;
  const name = component?.slice(COMPONENT_CATEGORY.length + 1) as keyof typeof componentSchemas;
  return (componentSchemas[name]?.attributes as Record<string, AttributeSchema> | undefined)?.[field];
};

export const isComponent = (field: string) => attributes[field]?.type === 'component';
export const isRelation = (field: string) => attributes[field]?.type === 'relation';

/** What the document service populates to read a whole version. */
export function versionPopulate(): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const field of VERSION_FIELDS) {
    if (isComponent(field)) populate[field] = true;
    else if (isRelation(field)) populate[field] = { fields: ['slug', 'name'] };
  }
  return populate;
}

/** Decimals read as strings on some databases; the file always holds numbers. */
function scalar(type: string | undefined, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (type === 'decimal' || type === 'float') return typeof value === 'number' ? value : Number(value);
  return value;
}

/** One stored version, as the file holds it. */
export function serializeVersion(row: Record<string, unknown>): Version {
  const version: Version = {};
  for (const field of VERSION_FIELDS) {
    const value = row[field];
    if (isComponent(field)) {
      const fields = componentFields(field) ?? [];
      version[field] = ((value as Record<string, unknown>[] | null) ?? []).map((item) =>
        Object.fromEntries(fields.map((name) => [name, scalar(componentAttribute(field, name)?.type, item[name])]))
      );
    } else if (isRelation(field)) {
      version[field] = ((value as { slug: string | null }[] | null) ?? [])
        .map((related) => related.slug)
        .filter((slug): slug is string => typeof slug === 'string')
        .sort();
    } else {
      version[field] = scalar(attributes[field]?.type, value);
    }
  }
  return version;
}

/** Key-order-insensitive deep equality of JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, index) => sameJson(item, list[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!sameJson(left[key] ?? null, right[key] ?? null)) return false;
  }
  return true;
}

/**
 * A version's slug: its own `slug` when the file gives one (its row holds
 * another slug than the report's, see export-reports' withVersionSlugs),
 * otherwise the report's.
 */
export const slugOf = (reportSlug: string | null, version: Version): string | null =>
  'slug' in version ? ((version.slug as string | null) ?? null) : reportSlug;

/** The version with its slug spelled out, to compare versions of files whose report slugs differ. */
export const withSlug = (reportSlug: string | null, version: Version): Version => ({
  ...version,
  slug: slugOf(reportSlug, version),
});

/** Same content, computed fields and slugs aside (a slug alone is restored row by row, see restore-row-slugs). */
export function sameContent(a: Version, b: Version): boolean {
  const strip = (v: Version) =>
    Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'slug' && !COMPUTED_FIELDS.includes(k)));
  return sameJson(strip(a), strip(b));
}

/** True when every field the file gives equals the stored one (computed fields aside). */
export function versionMatches(stored: Version, incoming: Version): boolean {
  return Object.keys(incoming)
    .filter((field) => !COMPUTED_FIELDS.includes(field))
    .every((field) => sameJson(stored[field] ?? null, incoming[field] ?? null));
}

export const isLocalized = (strapi: Core.Strapi): boolean =>
  Boolean(
    strapi.plugin('i18n') &&
    (strapi.contentType(REPORT_UID) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n
      ?.localized
  );

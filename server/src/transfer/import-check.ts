import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../slugs/slug-registry';
import { componentFields, isComponent, isRelation, VERSION_FIELDS, type Version } from './report-shape';
import type { ImportError, Plan } from './import-types';

/**
 * The structure of one report of an import file, checked before anything is
 * written: every problem is listed (the content rules run on the writes).
 */

const REPORT_KEYS = ['documentId', 'slug', 'locales'];
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const SLUG_RULE = `1–${SLUG_MAX_LENGTH} characters of letters, digits, "-", "_", "." or "~"`;
const validSlug = (slug: unknown) =>
  typeof slug === 'string' && SLUG_PATTERN.test(slug) && slug.length <= SLUG_MAX_LENGTH;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The title an editor knows a report by, read from the file as it is (checked
 * or not): the default locale's draft, else its published version, else the
 * first locale that has one. Null when the file gives none.
 */
export function titleOf(raw: unknown, defaultLocale: string): string | null {
  if (!isObject(raw) || !isObject(raw.locales)) return null;
  const locales = raw.locales;
  const codes = [defaultLocale, ...Object.keys(locales).filter((code) => code !== defaultLocale)];
  for (const code of codes) {
    const versions = locales[code];
    if (!isObject(versions)) continue;
    for (const version of [versions.draft, versions.published]) {
      if (isObject(version) && typeof version.title === 'string' && version.title.trim() !== '') return version.title;
    }
  }
  return null;
}

/** Checks one report's structure before anything is written; the content rules run on the writes. */
export function checkReport(
  raw: unknown,
  localeCodes: string[] | null
): { plan?: Omit<Plan, 'index'>; errors: ImportError[] } {
  const problems: ImportError[] = [];
  const add = (path: string[], message: string) => problems.push({ path, message });
  if (!isObject(raw)) {
    add([], 'a report must be an object with slug and locales');
    return { errors: problems };
  }
  for (const key of Object.keys(raw)) if (!REPORT_KEYS.includes(key)) add([key], `unknown key "${key}"`);
  const { slug, documentId, locales } = raw;
  // A draft saved without a title has no slug: it is then known by its documentId alone.
  if (slug === null || slug === undefined) {
    if (typeof documentId !== 'string') add(['slug'], 'a report without a slug needs its documentId');
  } else if (!validSlug(slug)) {
    add(['slug'], `slug must be null or ${SLUG_RULE}`);
  }
  if (
    documentId !== undefined &&
    documentId !== null &&
    (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId))
  ) {
    add(['documentId'], 'documentId must be a string of letters and digits');
  }
  if (!isObject(locales) || Object.keys(locales).length === 0) {
    add(['locales'], 'locales must be an object with at least one locale');
    return { errors: problems };
  }
  for (const [code, versions] of Object.entries(locales)) {
    const at = ['locales', code];
    if (localeCodes ? !localeCodes.includes(code) : code !== '') {
      add(
        at,
        localeCodes
          ? `locale "${code}" is not configured in this Strapi (configured: ${localeCodes.join(', ')})`
          : 'reports are not localized here: use the locale key ""'
      );
      continue;
    }
    if (!isObject(versions)) {
      add(at, `locales.${code} must be { "draft": {…}, "published": {…} | null }`);
      continue;
    }
    for (const key of Object.keys(versions)) {
      if (key !== 'draft' && key !== 'published') add([...at, key], `unknown key "${key}"`);
    }
    if (!isObject(versions.draft)) add([...at, 'draft'], 'every locale needs its draft version (an object)');
    else checkVersion(versions.draft, [...at, 'draft'], add);
    if (versions.published !== undefined && versions.published !== null) {
      if (!isObject(versions.published)) add([...at, 'published'], 'published must be an object or null');
      else checkVersion(versions.published, [...at, 'published'], add);
    }
  }
  if (problems.length > 0) return { errors: problems };
  const plan = {
    slug: (slug as string | null | undefined) ?? null,
    documentId: (documentId as string | undefined) ?? null,
    locales: Object.fromEntries(
      Object.entries(locales as Record<string, { draft: Version; published?: Version | null }>).map(([code, v]) => [
        code,
        { draft: v.draft, published: v.published ?? null },
      ])
    ),
  };
  return { plan, errors: [] };
}

function checkVersion(version: Version, at: string[], add: (path: string[], message: string) => void) {
  for (const [field, value] of Object.entries(version)) {
    const path = [...at, field];
    if (field === 'slug') {
      // A version's own slug, when its row holds another than the report's (see export-reports).
      if (value !== null && !validSlug(value)) add(path, `slug must be null or ${SLUG_RULE}`);
    } else if (!VERSION_FIELDS.includes(field)) {
      add(path, `unknown field "${field}"`);
    } else if (isRelation(field)) {
      if (!Array.isArray(value) || !value.every((slug) => typeof slug === 'string')) {
        add(path, `${field} must be a list of crime-area slugs`);
      }
    } else if (isComponent(field) && value !== null) {
      if (!Array.isArray(value)) {
        add(path, `${field} must be a list`);
        continue;
      }
      const allowed = componentFields(field) ?? [];
      value.forEach((item, index) => {
        if (!isObject(item)) return add([...path, String(index)], `${field}.${index} must be an object`);
        for (const key of Object.keys(item)) {
          if (!allowed.includes(key)) add([...path, String(index), key], `unknown field "${key}" in ${field}`);
        }
      });
    }
  }
}

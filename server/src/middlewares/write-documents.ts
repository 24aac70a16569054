import type { Core, Modules } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../uids';
import { FieldErrors } from './field-errors';
import { checkAttributes } from './attribute-rules';
import { applyDateRules } from './report-rules';
import { attributesOf, componentLookup, slugTargetOf } from './content-model';
import { inheritSharedRelations, propagateShared, sharedRelationsOf } from './shared-locales';
import {
  releaseSlugs,
  reserveSlug,
  settleSlug,
  slugFrom,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
} from '../slugs/slug-registry';

type Context = Modules.Documents.Middleware.Context;
type Middleware = Modules.Documents.Middleware.Middleware;
type Next = Parameters<Middleware>[1];
type Data = Record<string, unknown>;

interface ModelRules {
  scope: string;
  /** Attribute the slug is made from. */
  source: 'title' | 'name';
  fallback: string;
  /** Cross-field rules beyond the schema's own limits. */
  extra?: (data: Data, stored: Data | null, fieldErrors: FieldErrors) => void;
}

const MODELS: Record<string, ModelRules> = {
  [REPORT_UID]: { scope: 'operation-report', source: 'title', fallback: 'operation-report', extra: applyDateRules },
  [CRIME_AREA_UID]: { scope: 'crime-area', source: 'name', fallback: 'crime-area' },
};

/**
 * The single write path of the plugin's content types: REST, GraphQL, the
 * Content Manager and code calling the document service all pass through here.
 * Rules run before anything is written; the slug is reserved and the document
 * written in one transaction, so a refused write leaves nothing behind.
 */
export const createWriteMiddleware = (strapi: Core.Strapi): Middleware => async (context, next) => {
  const rules = MODELS[context.uid];
  if (!rules) return next();
  switch (context.action) {
    case 'create':
    case 'update':
    case 'clone':
      return write(strapi, rules, context, next);
    case 'delete':
      return remove(strapi, rules, context, next);
    default:
      return next();
  }
};

async function loadStored(strapi: Core.Strapi, uid: string, documentId: unknown): Promise<Data | null> {
  if (typeof documentId !== 'string' || documentId === '') return null;
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId },
    orderBy: [{ publishedAt: 'desc' }],
    limit: 1,
  })) as Data[];
  return rows[0] ?? null;
}

async function write(strapi: Core.Strapi, rules: ModelRules, context: Context, next: Next) {
  const params = context.params as { data?: Data; documentId?: string; locale?: string };
  const data: Data = params.data ?? {};
  params.data = data;
  const stored = context.action === 'create' ? null : await loadStored(strapi, context.uid, params.documentId);
  // update/clone of a missing document: let Strapi answer as it does (null / 404).
  if (context.action !== 'create' && !stored) return next();

  const fieldErrors = new FieldErrors();
  checkAttributes(attributesOf(strapi, context.uid), data, [], fieldErrors, componentLookup(strapi));
  rules.extra?.(data, stored, fieldErrors);
  const requestedSlug = readRequestedSlug(data, fieldErrors);
  fieldErrors.throwIfAny();

  const target = slugTargetOf(strapi, context.uid, rules.scope);
  const attributes = attributesOf(strapi, context.uid);
  const localized = Boolean(
    (strapi.contentType(context.uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n
      ?.localized
  );
  return strapi.db.transaction(async ({ trx }) => {
    const owner = context.action === 'update' ? (params.documentId as string) : null;
    const current = context.action === 'update' ? (stored?.slug as string | null | undefined) : null;
    let slug: string | null = null;

    if (requestedSlug) {
      slug = requestedSlug === current ? current : await reserveSlug(trx, target, requestedSlug, owner, { exact: true });
    } else if (current) {
      // Never changed silently: a later edit of the title keeps the slug.
      slug = current;
    } else {
      const source = rules.source in data ? data[rules.source] : stored?.[rules.source];
      if (typeof source === 'string' && source.trim() !== '') {
        slug = await reserveSlug(trx, target, slugFrom(source, rules.fallback), owner);
      }
    }
    if (slug !== null) data.slug = slug;

    const relations = localized ? sharedRelationsOf(attributes) : [];
    const locale = localized ? await resolveLocale(strapi, params.locale) : null;
    const createdLocale =
      context.action === 'update' && locale !== null
        ? !(await strapi.db.query(context.uid as never).findOne({ where: { documentId: params.documentId, locale } }))
        : false;
    if (createdLocale) await inheritSharedRelations(strapi, context.uid, params.documentId as string, relations, data);
    const changedRelations = relations.filter((name) => name in data);

    const result = await next();
    const written = result && typeof result === 'object' ? (result as { documentId?: unknown; id?: unknown }) : null;
    if (!written || typeof written.documentId !== 'string') return result;
    if (slug && slug !== current) await settleSlug(trx, rules.scope, slug, written.documentId);
    if (localized && context.action === 'update') {
      await propagateShared(strapi, trx, context.uid, target, {
        documentId: written.documentId,
        writtenId: typeof written.id === 'number' ? written.id : null,
        slug,
        relations: createdLocale ? [] : changedRelations,
      });
    }
    return result;
  });
}

async function resolveLocale(strapi: Core.Strapi, locale: unknown): Promise<string | null> {
  if (typeof locale === 'string' && locale !== '' && locale !== '*') return locale;
  const i18n = strapi.plugin('i18n');
  return i18n ? ((await i18n.service('locales').getDefaultLocale()) as string) : null;
}

function readRequestedSlug(data: Data, fieldErrors: FieldErrors): string | null {
  if (!('slug' in data)) return null;
  const value = data.slug;
  if (value === null || value === undefined || value === '') {
    delete data.slug;
    return null;
  }
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value) || value.length > SLUG_MAX_LENGTH) {
    fieldErrors.add(
      ['slug'],
      `slug must be 1–${SLUG_MAX_LENGTH} characters of letters, digits, "-", "_", "." or "~"`,
      value
    );
    return null;
  }
  return value;
}

async function remove(strapi: Core.Strapi, rules: ModelRules, context: Context, next: Next) {
  const params = context.params as { documentId?: string };
  return strapi.db.transaction(async ({ trx }) => {
    const result = await next();
    if (typeof params.documentId === 'string') {
      const left = await strapi.db.query(context.uid as never).count({ where: { documentId: params.documentId } });
      if (Number(left) === 0) await releaseSlugs(trx, rules.scope, params.documentId);
    }
    return result;
  });
}


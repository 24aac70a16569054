import type { Core, Modules } from '@strapi/strapi';
import { FieldErrors } from '../rules/field-errors';
import { checkAttributes } from '../rules/attribute-rules';
import { MODELS, type ModelRules } from '../model/models';
import { attributesOf, componentLookup, defaultLocale, isLocalized } from '../model/content-model';
import { missingRelationError } from '../model/relations';
import { readRequestedSlug, SlugPlan } from '../slugs/slug-plan';
import { releaseUnusedSlugs, slugTargetOf } from '../slugs/slug-registry';
import { applySeriesRule } from '../rules/series';
import { SharedLocales } from './shared-locales';

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Modules.Documents.Middleware.Context;
type Next = Parameters<Middleware>[1];
type Data = Record<string, unknown>;
type Params = { data?: Data; documentId?: string; locale?: string };

/**
 * The single write path of the plugin's content types: REST, GraphQL, the
 * Content Manager and code calling the document service all pass through here.
 * Rules run before anything is written, and the document is written in one
 * transaction with its slug bookkeeping, so a refused write leaves nothing behind.
 */
export const createWriteMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const rules = MODELS[context.uid];
    if (!rules) return next();
    switch (context.action) {
      case 'create':
      case 'update':
      case 'clone':
        return write(strapi, rules, context, next);
      case 'publish':
      case 'unpublish':
      case 'discardDraft':
      case 'delete':
        return moveVersions(strapi, rules, context, next);
      default:
        return next();
    }
  };

/**
 * The row a write changes: the draft of the locale written (or the only row of
 * a type without draft & publish). Each row is checked on its own values.
 */
async function loadWrittenRow(strapi: Core.Strapi, uid: string, params: Params): Promise<Data | null> {
  if (typeof params.documentId !== 'string' || params.documentId === '') return null;
  const contentType = strapi.contentType(uid as never) as { options?: { draftAndPublish?: boolean } };
  const where: Data = { documentId: params.documentId };
  if (contentType.options?.draftAndPublish) where.publishedAt = null;
  if (isLocalized(strapi, uid)) {
    const locale = await resolveLocale(strapi, params.locale);
    if (locale !== null) where.locale = locale;
  }
  return (await strapi.db.query(uid as never).findOne({ where } as never)) as Data | null;
}

const documentExists = async (strapi: Core.Strapi, uid: string, documentId: unknown) =>
  typeof documentId === 'string' &&
  documentId !== '' &&
  Boolean(await strapi.db.query(uid as never).findOne({ where: { documentId }, select: ['id'] } as never));

async function write(strapi: Core.Strapi, rules: ModelRules, context: Context, next: Next) {
  const params = context.params as Params;
  const data: Data = params.data ?? {};
  params.data = data;
  const attributes = attributesOf(strapi, context.uid);
  const row = context.action === 'create' ? null : await loadWrittenRow(strapi, context.uid, params);
  // update/clone of a missing document: let Strapi answer as it does (null / 404).
  const newLocale =
    context.action === 'update' && !row && (await documentExists(strapi, context.uid, params.documentId));
  if (context.action !== 'create' && !row && !newLocale) return next();

  const fieldErrors = new FieldErrors();
  checkAttributes(attributes, data, [], fieldErrors, componentLookup(strapi));
  const requestedSlug = readRequestedSlug(data, fieldErrors);

  const shared = SharedLocales.of(strapi, context.uid, attributes);
  // A new locale holds what the write gives and, for the rest, the values core
  // copies from another row: it is checked on exactly those.
  const source = newLocale ? await fillNewLocale(strapi, context.uid, shared, params.documentId as string, data) : null;
  rules.extra?.(data, row, fieldErrors);
  // Every refusal of the write at once, attribute rules and cross-field rules alike.
  fieldErrors.throwIfAny();
  // After the checks: an empty series is derived from the codename of the locale written (a new locale has none stored).
  if ('series' in attributes && 'codename' in attributes) {
    applySeriesRule(data, { series: (row ?? source)?.series, codename: row?.codename });
  }

  const target = slugTargetOf(strapi, context.uid, rules.scope);
  const owner = context.action === 'update' ? (params.documentId ?? null) : null;
  const current = context.action === 'update' ? (((row ?? source)?.slug as string | null | undefined) ?? null) : null;
  const slugs = new SlugPlan(target, rules, owner, data, current, row, requestedSlug);
  await slugs.reserveBefore(strapi.db);
  try {
    return await strapi.db.transaction(async ({ trx }) => {
      await slugs.reserveIn(trx);
      if (slugs.slug !== null) data.slug = slugs.slug;
      await shared?.before(context.action, params);
      const result = await next();
      const written = result && typeof result === 'object' ? (result as { documentId?: unknown }) : null;
      if (!written || typeof written.documentId !== 'string') return result;
      await slugs.settle(trx, written.documentId);
      await shared?.after(result);
      // A new document holds one slug, just settled; only an update can leave one unused.
      if (context.action === 'update') await releaseUnusedSlugs(trx, target, written.documentId);
      return result;
    });
  } catch (error) {
    await slugs.cancel(strapi.db);
    // Strapi refuses a relation to a missing document naming no field: name it.
    throw (await missingRelationError(strapi, attributes, data).catch(() => null)) ?? error;
  }
}

/** Fills what a new locale inherits (shared fields, and dates core will copy) so the rules see the row it becomes. */
async function fillNewLocale(
  strapi: Core.Strapi,
  uid: string,
  shared: SharedLocales | null,
  documentId: string,
  data: Data
): Promise<Data | null> {
  const source =
    (await shared?.fillNewLocale(documentId, data)) ??
    ((await strapi.db.query(uid as never).findOne({
      where: { documentId },
      orderBy: { publishedAt: 'desc' },
    } as never)) as Data | null);
  for (const name of ['startDate', 'endDate']) {
    if (source && (data[name] === null || data[name] === undefined) && name in source) data[name] = source[name];
  }
  return source;
}

async function resolveLocale(strapi: Core.Strapi, locale: unknown): Promise<string | null> {
  if (typeof locale === 'string' && locale !== '' && locale !== '*') return locale;
  return defaultLocale(strapi);
}

/**
 * Publish, unpublish, discard draft and delete create and remove rows: the
 * shared fields follow a publish or a discarded draft to the other locales of
 * that status, and a slug no row of the document holds any more is freed.
 */
async function moveVersions(strapi: Core.Strapi, rules: ModelRules, context: Context, next: Next) {
  const params = context.params as Params;
  const attributes = attributesOf(strapi, context.uid);
  return strapi.db.transaction(async ({ trx }) => {
    const shared = SharedLocales.of(strapi, context.uid, attributes);
    await shared?.before(context.action, params);
    const result = await next();
    await shared?.after(result);
    if (typeof params.documentId === 'string') {
      await releaseUnusedSlugs(trx, slugTargetOf(strapi, context.uid, rules.scope), params.documentId);
    }
    return result;
  });
}

import { errors } from '@strapi/utils';
import type { Core, Modules } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { FieldErrors } from './field-errors';
import { checkAttributes } from './attribute-rules';
import { applyDateRules } from './report-rules';
import { attributesOf, componentLookup, slugTargetOf } from './content-model';
import { SharedLocales } from './shared-locales';
import { SlugPlan } from '../slugs/slug-plan';
import { releaseUnusedSlugs, SLUG_MAX_LENGTH, SLUG_PATTERN } from '../slugs/slug-registry';

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Modules.Documents.Middleware.Context;
type Next = Parameters<Middleware>[1];
type Data = Record<string, unknown>;
type Params = { data?: Data; documentId?: string; locale?: string };

interface ModelRules {
  scope: string;
  /** Attribute the slug is made from. */
  source: 'title' | 'name';
  fallback: string;
  /** Cross-field rules beyond the schema's own limits. */
  extra?: (data: Data, stored: Data | null, fieldErrors: FieldErrors) => void;
}

/** The plugin's content types that carry a generated slug, with their rules. */
export const MODELS: Record<string, ModelRules> = {
  [REPORT_UID]: { scope: 'operation-report', source: 'title', fallback: 'operation-report', extra: applyDateRules },
  [CRIME_AREA_UID]: { scope: 'crime-area', source: 'name', fallback: 'crime-area' },
};

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
  const contentType = strapi.contentType(uid as never) as {
    options?: { draftAndPublish?: boolean };
    pluginOptions?: { i18n?: { localized?: boolean } };
  };
  const where: Data = { documentId: params.documentId };
  if (contentType.options?.draftAndPublish) where.publishedAt = null;
  if (contentType.pluginOptions?.i18n?.localized) {
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

  const target = slugTargetOf(strapi, context.uid, rules.scope);
  const owner = context.action === 'update' ? (params.documentId ?? null) : null;
  const current = context.action === 'update' ? (((row ?? source)?.slug as string | null | undefined) ?? null) : null;
  const slugs = new SlugPlan(target, rules, owner, data, current, row, requestedSlug);
  // The slug is reserved inside the write's transaction (a savepoint), so it
  // rolls back with it. On MySQL/MariaDB, InnoDB keeps the locks of a failed
  // duplicate insert until commit and would deadlock concurrent creates of one
  // title, so there it is reserved in a short transaction of its own first and
  // released if the write fails.
  const separate = !strapi.db.inTransaction() && isMysql(strapi);
  if (separate) await slugs.reserve(strapi.db.connection);
  try {
    return await strapi.db.transaction(async ({ trx }) => {
      if (!separate) await slugs.reserve(trx);
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
    if (separate) await slugs.cancel(strapi.db.connection);
    throw relationError(error, attributes, data) ?? error;
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

/**
 * The id in Strapi's "Document with id "…", locale "…" not found", as
 * `/^Document with id "?([^",]*)"?,?.*not found/i` reads it, without that
 * regex's quadratic backtracking on a long id: the longest run of the id's
 * characters after which "not found" follows on the same line.
 */
function missingDocumentId(message: string): string | undefined {
  const head = /^Document with id "?([^",]*)/i.exec(message);
  if (!head) return undefined;
  const id = head[1];
  const lineAfter = /^[^\n\r\u2028\u2029]*/.exec(message.slice(head[0].length))![0];
  if (/not found/i.test(lineAfter)) return id;
  // Else the id stops where its own last "not found" begins.
  let last = -1;
  for (const m of id.matchAll(/not found/gi)) last = m.index;
  return last === -1 ? undefined : id.slice(0, last);
}

/**
 * Strapi refuses a relation to a missing document with "Document with id …
 * not found", naming no field. Name the relation the id was given for.
 */
function relationError(error: unknown, attributes: Record<string, { type?: string; target?: string }>, data: Data) {
  const message = error instanceof Error ? error.message : '';
  const missing = missingDocumentId(message);
  // By numeric id: "1 relation(s) of type plugin::….crime-area associated with this entity do not exist"
  const missingOfType = /relation\(s\) of type (\S+) associated with this entity do not exist/i.exec(message)?.[1];
  if (missing === undefined && missingOfType === undefined) return null;
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'relation' || !(name in data)) continue;
    if (missingOfType !== undefined) {
      if (attribute.target !== missingOfType) continue;
      const text = `${name}: a ${missingOfType.split('.').pop()} it names does not exist`;
      return new errors.ValidationError(text, { errors: [{ path: [name], message: text, name: 'ValidationError' }] });
    }
    if (!JSON.stringify(data[name]).includes(JSON.stringify(missing).slice(1, -1))) continue;
    const text = `${name}: no ${attribute.target?.split('.').pop() ?? 'document'} with id "${missing}"`;
    return new errors.ValidationError(text, {
      errors: [{ path: [name], message: text, name: 'ValidationError', value: missing }],
    });
  }
  return null;
}

const isMysql = (strapi: Core.Strapi) => ['mysql', 'mysql2'].includes(String(strapi.db.dialect.client));

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

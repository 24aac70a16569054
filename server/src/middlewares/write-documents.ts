import { errors } from '@strapi/utils';
import type { Core, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CRIME_AREA_UID, REPORT_UID } from '../uids';
import { FieldErrors } from './field-errors';
import { checkAttributes } from './attribute-rules';
import { applyDateRules } from './report-rules';
import { attributesOf, componentLookup, slugTargetOf } from './content-model';
import { inheritSharedRelations, propagateShared, sharedRelationsOf } from './shared-locales';
import {
  cancelReservation,
  releaseSlugs,
  reserveSlug,
  settleSlug,
  slugFrom,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  type Reservation,
  type SlugTarget,
} from '../slugs/slug-registry';

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
  const params = context.params as Params;
  const data: Data = params.data ?? {};
  params.data = data;
  const stored = context.action === 'create' ? null : await loadStored(strapi, context.uid, params.documentId);
  // update/clone of a missing document: let Strapi answer as it does (null / 404).
  if (context.action !== 'create' && !stored) return next();

  const attributes = attributesOf(strapi, context.uid);
  const fieldErrors = new FieldErrors();
  checkAttributes(attributes, data, [], fieldErrors, componentLookup(strapi));
  rules.extra?.(data, stored, fieldErrors);
  const requestedSlug = readRequestedSlug(data, fieldErrors);
  fieldErrors.throwIfAny();

  const slugs = new SlugPlan(strapi, rules, context, data, stored, requestedSlug);
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
      const locales = await LocaleSync.prepare(strapi, context, attributes, data, slugs.target);
      const result = await next();
      const written = result && typeof result === 'object' ? (result as { documentId?: unknown; id?: unknown }) : null;
      if (!written || typeof written.documentId !== 'string') return result;
      await slugs.settle(trx, written.documentId);
      await locales?.propagate(trx, written.documentId, typeof written.id === 'number' ? written.id : null, slugs.slug);
      return result;
    });
  } catch (error) {
    if (separate) await slugs.cancel(strapi.db.connection);
    throw relationError(error, attributes, data) ?? error;
  }
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

/** Which slug a write gets: the client's, the stored one, or a fresh one from the title. */
class SlugPlan {
  private reservation: Reservation | null = null;
  private readonly owner: string | null;
  private readonly current: string | null;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly rules: ModelRules,
    private readonly context: Context,
    private readonly data: Data,
    private readonly stored: Data | null,
    private readonly requested: string | null
  ) {
    const updating = context.action === 'update';
    this.owner = updating ? ((context.params as Params).documentId ?? null) : null;
    this.current = updating ? ((stored?.slug as string | null | undefined) ?? null) : null;
  }

  get slug(): string | null {
    return this.reservation?.slug ?? null;
  }

  get target(): SlugTarget {
    return slugTargetOf(this.strapi, this.context.uid, this.rules.scope);
  }

  async reserve(runner: Knex | Knex.Transaction): Promise<void> {
    const target = this.target;
    if (this.requested) {
      this.reservation =
        this.requested === this.current
          ? { slug: this.current, inserted: false }
          : await reserveSlug(runner, target, this.requested, this.owner, { exact: true });
      return;
    }
    // Never changed silently: a later edit of the title keeps the slug.
    if (this.current) {
      this.reservation = { slug: this.current, inserted: false };
      return;
    }
    const source = this.rules.source in this.data ? this.data[this.rules.source] : this.stored?.[this.rules.source];
    if (typeof source !== 'string' || source.trim() === '') return;
    this.reservation = await reserveSlug(runner, target, slugFrom(source, this.rules.fallback), this.owner);
  }

  async settle(trx: Knex.Transaction, documentId: string): Promise<void> {
    if (this.slug && this.slug !== this.current) {
      await settleSlug(trx, this.rules.scope, this.slug, documentId, this.current);
    }
  }

  async cancel(runner: Knex): Promise<void> {
    await cancelReservation(runner, this.rules.scope, this.reservation, this.owner);
  }
}

/** Keeps what the contract shares across locales (slug, relations) equal in every locale. */
class LocaleSync {
  private constructor(
    private readonly strapi: Core.Strapi,
    private readonly uid: string,
    private readonly target: SlugTarget,
    private readonly relations: string[]
  ) {}

  static async prepare(
    strapi: Core.Strapi,
    context: Context,
    attributes: ReturnType<typeof attributesOf>,
    data: Data,
    target: SlugTarget
  ) {
    const contentType = strapi.contentType(context.uid as never) as {
      pluginOptions?: { i18n?: { localized?: boolean } };
    };
    if (!contentType.pluginOptions?.i18n?.localized || context.action !== 'update') return null;
    const params = context.params as Params;
    const documentId = params.documentId as string;
    const relations = sharedRelationsOf(attributes);
    const locale = await resolveLocale(strapi, params.locale);
    const createdLocale =
      locale !== null && !(await strapi.db.query(context.uid as never).findOne({ where: { documentId, locale } }));
    if (createdLocale) {
      await inheritSharedRelations(strapi, context.uid, documentId, relations, data);
      return new LocaleSync(strapi, context.uid, target, []);
    }
    return new LocaleSync(
      strapi,
      context.uid,
      target,
      relations.filter((name) => name in data)
    );
  }

  async propagate(trx: Knex.Transaction, documentId: string, writtenId: number | null, slug: string | null) {
    await propagateShared(this.strapi, trx, this.uid, this.target, {
      documentId,
      writtenId,
      slug,
      relations: this.relations,
    });
  }
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

import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';

type Row = { id: number; locale?: string | null; publishedAt?: unknown; slug?: unknown } & Record<string, unknown>;
type Data = Record<string, unknown>;
type Params = { data?: Data; documentId?: string; locale?: unknown };

/*
 * Strapi's i18n always localizes uid and relation attributes, but the contract
 * shares a report's slug and its relations (crimeAreas) across locales. They
 * follow the rules i18n applies to its own non-localized fields
 * (@strapi/i18n: the document middleware and `syncNonLocalizedAttributes`):
 *
 * - a new locale starts from the row core copies non-localized fields from
 *   (the document's first row by `publishedAt desc`), for what the write leaves nil;
 * - after create, update, publish and discardDraft, when the written row's
 *   non-localized values (core's and ours) differ from the document's first row
 *   before the write, they are copied to the other locales' rows of the SAME
 *   status: a draft write reaches drafts only, a publish published rows only.
 *
 * When only our shared fields changed, core's own middleware sees nothing to
 * sync; the row is then synced through i18n's own service, as it would be if
 * slug and crimeAreas were core non-localized fields.
 */

const SYNCED_ACTIONS = new Set(['create', 'update', 'publish', 'discardDraft']);

interface I18nContentTypes {
  isLocalizedContentType(model: unknown): boolean;
  getNestedPopulateOfNonLocalizedAttributes(uid: string): unknown;
  copyNonLocalizedAttributes(model: unknown, entry: unknown): Data;
}

/** Relation attributes the schema marks as not localized (core would localize them). */
function sharedRelationsOf(attributes: Record<string, { type: string; pluginOptions?: unknown }>): string[] {
  return Object.entries(attributes)
    .filter(
      ([, attribute]) =>
        attribute.type === 'relation' &&
        (attribute.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === false
    )
    .map(([name]) => name);
}

const relationIds = (row: Row | null, name: string): number[] =>
  ((row?.[name] as { id: number }[] | null | undefined) ?? []).map((related) => related.id).sort((a, b) => a - b);

export class SharedLocales {
  /** The document's first row before the write, as i18n's middleware reads it. */
  private original: Row | null = null;
  private syncing = false;

  private constructor(
    private readonly strapi: Core.Strapi,
    private readonly uid: string,
    private readonly relations: string[],
    private readonly i18n: I18nContentTypes
  ) {}

  /** Null when the type is not localized. */
  static of(
    strapi: Core.Strapi,
    uid: string,
    attributes: Record<string, { type: string; pluginOptions?: unknown }>
  ): SharedLocales | null {
    const i18n = strapi.plugin('i18n')?.service('content-types') as I18nContentTypes | undefined;
    if (!i18n?.isLocalizedContentType(strapi.contentType(uid as never))) return null;
    return new SharedLocales(strapi, uid, sharedRelationsOf(attributes), i18n);
  }

  /** Inside the write's transaction, before it: what the write will be compared with. */
  async before(action: string, params: Params): Promise<void> {
    this.syncing = SYNCED_ACTIONS.has(action);
    if (!this.syncing) return;
    this.original =
      typeof params.documentId === 'string' && params.documentId !== ''
        ? await this.findRow({ documentId: params.documentId })
        : null;
  }

  /** Core's populate for its non-localized fields (an array of paths), plus our shared relations. */
  private populate(): string[] {
    const core = this.i18n.getNestedPopulateOfNonLocalizedAttributes(this.uid);
    return [...(Array.isArray(core) ? (core as string[]) : []), ...this.relations];
  }

  private async findRow(where: Record<string, unknown>, orderBy?: unknown): Promise<Row | null> {
    return (await this.strapi.db.query(this.uid as never).findOne({
      where,
      ...(orderBy ? { orderBy } : {}),
      populate: this.populate(),
    } as never)) as Row | null;
  }

  /**
   * A write that creates a locale: fill the shared fields it leaves nil from
   * the row core fills its own non-localized fields from. Returns that row.
   */
  async fillNewLocale(documentId: string, data: Data): Promise<Row | null> {
    const source = await this.findRow({ documentId }, { publishedAt: 'desc' });
    if (!source) return null;
    if (data.slug === null || data.slug === undefined) data.slug = source.slug ?? null;
    for (const name of this.relations) {
      if (data[name] !== null && data[name] !== undefined) continue;
      data[name] = ((source[name] as { documentId: string }[] | null) ?? []).map((related) => related.documentId);
    }
    return source;
  }

  /** After the write: sync the written row to the other locales of its status, as i18n does. */
  async after(result: unknown): Promise<void> {
    if (!this.syncing) return;
    const written = result as { id?: unknown; entries?: { id?: unknown }[] } | null;
    const id = Array.isArray(written?.entries) ? written.entries[0]?.id : written?.id;
    if (typeof id !== 'number' && typeof id !== 'string') return;
    const row = await this.findRow({ id });
    if (!row) return;

    const model = this.strapi.contentType(this.uid as never);
    const coreChanged =
      !this.original ||
      !isDeepStrictEqual(
        this.i18n.copyNonLocalizedAttributes(model, row),
        this.i18n.copyNonLocalizedAttributes(model, this.original)
      );
    const sharedChanged =
      !this.original ||
      (row.slug ?? null) !== (this.original.slug ?? null) ||
      this.relations.some((name) => !isDeepStrictEqual(relationIds(row, name), relationIds(this.original, name)));
    if (!coreChanged && !sharedChanged) return;
    if (!coreChanged) {
      // Core saw no change of its own fields; a change of ours makes it sync them too.
      await this.strapi.plugin('i18n').service('localizations').syncNonLocalizedAttributes(row, model);
    }

    const others = (await this.strapi.db.query(this.uid as never).findMany({
      where: {
        documentId: row.documentId,
        publishedAt: row.publishedAt ? { $ne: null } : null,
        locale: { $ne: row.locale },
      },
      select: ['id'],
    } as never)) as Row[];
    const data: Data = { slug: row.slug ?? null };
    for (const name of this.relations) data[name] = relationIds(row, name);
    for (const other of others) {
      await this.strapi.db.query(this.uid as never).update({ where: { id: other.id }, data: data as never });
    }
  }
}

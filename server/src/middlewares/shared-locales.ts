import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { SlugTarget } from '../slugs/slug-registry';

type Row = { id: number; locale: string | null } & Record<string, unknown>;
type Data = Record<string, unknown>;

/*
 * Strapi's i18n always localizes uid and relation attributes. The contract
 * shares a report's slug and its relations across locales: a new locale
 * starts with the relations of the others, and a change made in one locale is
 * copied to every other row of the document.
 */

/** Relation attributes the schema marks as not localized. */
export function sharedRelationsOf(attributes: Record<string, { type: string; pluginOptions?: unknown }>): string[] {
  return Object.entries(attributes)
    .filter(
      ([, attribute]) =>
        attribute.type === 'relation' &&
        (attribute.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === false
    )
    .map(([name]) => name);
}

/** Before a write creates a new locale: give it the shared relations of an existing locale. */
export async function inheritSharedRelations(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  relations: string[],
  data: Data
): Promise<void> {
  const missing = relations.filter((name) => !(name in data));
  if (missing.length === 0) return;
  const source = (await strapi.db.query(uid as never).findOne({
    where: { documentId, publishedAt: null },
    select: ['id'],
    populate: Object.fromEntries(missing.map((name) => [name, { select: ['documentId'] }])),
  })) as Row | null;
  if (!source) return;
  for (const name of missing) {
    data[name] = ((source[name] as { documentId: string }[] | null) ?? []).map((related) => related.documentId);
  }
}

/** After a write: copy the slug and the shared relations just written to the document's other rows. */
export async function propagateShared(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  uid: string,
  target: SlugTarget,
  write: { documentId: string; writtenId: number | null; slug: string | null; relations: string[] }
): Promise<void> {
  if (write.slug) {
    await trx(target.table)
      .where(target.documentIdColumn, write.documentId)
      .where((query) => query.whereNot(target.slugColumn, write.slug as string).orWhereNull(target.slugColumn))
      .update({ [target.slugColumn]: write.slug });
  }
  if (write.relations.length === 0 || write.writtenId === null) return;

  const populate = Object.fromEntries(write.relations.map((name) => [name, { select: ['id'] }]));
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId: write.documentId },
    select: ['id', 'locale'],
    populate,
  })) as Row[];
  const written = rows.find((row) => row.id === write.writtenId);
  if (!written) return;
  const ids = (row: Row, name: string) => ((row[name] as { id: number }[] | null) ?? []).map((r) => r.id).sort();
  for (const row of rows) {
    if (row.locale === written.locale) continue;
    const data: Record<string, number[]> = {};
    for (const name of write.relations) {
      if (JSON.stringify(ids(row, name)) !== JSON.stringify(ids(written, name))) data[name] = ids(written, name);
    }
    if (Object.keys(data).length > 0)
      await strapi.db.query(uid as never).update({ where: { id: row.id }, data: data as never });
  }
}

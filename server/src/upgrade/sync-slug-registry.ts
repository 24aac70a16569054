import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { SLUG_REGISTRY_TABLE, slugTargetOf, type SlugTarget } from '../slugs/slug-registry';
import { databaseClientOf, inListChunks, updateColumnById, type DatabaseClient } from './batched-update';
import { bumpContentVersion } from '../model/content-version';
import { fillMissingSlugs, settleClashes, TakenSlugs, type ClashSettlement, type SlugRow } from './legacy-slugs';

/** Where a content type keeps its slugs, and what they are made from. */
export interface SlugSource extends SlugTarget {
  sourceColumn: string;
  /** Absent on a type without draft & publish. */
  publishedColumn: string | null;
  fallback: string;
}

export function slugSourceOf(
  strapi: Core.Strapi,
  uid: string,
  rules: { scope: string; source: string; fallback: string }
): SlugSource {
  const attributes = (strapi.db.metadata.get(uid) as unknown as { attributes: Record<string, { columnName?: string }> })
    .attributes;
  return {
    ...slugTargetOf(strapi, uid, rules.scope),
    sourceColumn: attributes[rules.source]?.columnName ?? rules.source,
    publishedColumn: attributes.publishedAt ? (attributes.publishedAt.columnName ?? 'published_at') : null,
    fallback: rules.fallback,
  };
}

export interface SlugSyncResult {
  clashes: ClashSettlement[];
  /** Documents that had no slug and got one from their title. */
  generated: number;
  /** Rows without a slug that took their document's. */
  copied: number;
  registered: number;
}

/**
 * Brings the registry in line with the content table at boot, whatever was
 * written around the plugin (upgrades, `strapi import`, `strapi transfer`):
 * drops reservations whose document is gone, settles slugs two documents
 * share, gives slugs to rows that have none, and registers every slug.
 * Set-based: a handful of statements whatever the row count; rows are read
 * into Node only where something must be decided for them.
 */
export async function syncSlugRegistry(knex: Knex, client: unknown, source: SlugSource): Promise<SlugSyncResult> {
  const dialect = databaseClientOf(client);
  // Short steps, each atomic on its own: a boot during a rolling deploy holds
  // no lock from one step to the next while the running instances write.
  await dropStaleReservations(knex, source);
  const taken = lazyTakenSlugs(source, dialect);
  // A step that rewrites content rows bumps the content version (the ETags') in its own transaction.
  const clashes = await knex.transaction(async (trx) => {
    const settled = await settleSharedSlugs(trx, source, dialect, taken);
    if (settled.length > 0) await bumpContentVersion(trx);
    return settled;
  });
  const missing = await knex.transaction(async (trx) => {
    const filled = await fillRowsWithoutSlug(trx, source, dialect, taken);
    if (filled.generated + filled.copied > 0) await bumpContentVersion(trx);
    return filled;
  });
  const registered = await registerContentSlugs(knex, source, dialect);
  await knex.transaction((trx) => reownRegistryRows(trx, source, dialect));
  return { clashes, generated: missing.generated, copied: missing.copied, registered };
}

/** MySQL/MariaDB compare slugs without case (their default collations): so does the plan. */
const slugKeyOf = (dialect: DatabaseClient) =>
  dialect === 'mysql' ? (slug: string) => slug.toLowerCase() : (slug: string) => slug;

const hasSlug = (query: Knex.QueryBuilder, column: string) => query.whereNotNull(column).whereNot(column, '');

async function dropStaleReservations(trx: Knex, source: SlugSource) {
  await trx(SLUG_REGISTRY_TABLE)
    .where('scope', source.scope)
    .whereNotExists((query) =>
      query
        .select(trx.raw('1'))
        .from(source.table)
        .whereRaw('??.?? = ??.??', [source.table, source.documentIdColumn, SLUG_REGISTRY_TABLE, 'owner'])
    )
    .delete();
}

type TakenSlugsLoader = (trx: Knex.Transaction) => Promise<TakenSlugs>;

/** Every slug in use, read once (within the step that first needs it) and only when a new one must be picked. */
function lazyTakenSlugs(source: SlugSource, dialect: DatabaseClient): TakenSlugsLoader {
  let taken: Promise<TakenSlugs> | null = null;
  return (trx) => {
    taken ??= (async () => {
      const content = await hasSlug(trx(source.table).distinct({ slug: source.slugColumn }), source.slugColumn);
      const registry = await trx(SLUG_REGISTRY_TABLE).where('scope', source.scope).select('slug');
      return new TakenSlugs(
        slugKeyOf(dialect),
        [...content, ...registry].map((row) => String(row.slug))
      );
    })();
    return taken;
  };
}

async function settleSharedSlugs(
  trx: Knex.Transaction,
  source: SlugSource,
  dialect: DatabaseClient,
  taken: TakenSlugsLoader
): Promise<ClashSettlement[]> {
  const sharedRows: { slug: string }[] = await hasSlug(
    trx(source.table).select({ slug: source.slugColumn }),
    source.slugColumn
  )
    .groupBy(source.slugColumn)
    .havingRaw('COUNT(DISTINCT ??) > 1', [source.documentIdColumn]);
  const shared = sharedRows.map((row) => String(row.slug));
  if (shared.length === 0) return [];

  const rows: SlugRow[] = [];
  const owners = new Map<string, string>();
  const key = slugKeyOf(dialect);
  for (const chunk of inListChunks(dialect, shared)) {
    const found: SlugRow[] = await trx(source.table)
      .select({ id: 'id', documentId: source.documentIdColumn, slug: source.slugColumn })
      .whereIn(source.slugColumn, chunk as readonly string[]);
    rows.push(...found.map((row) => ({ id: Number(row.id), documentId: String(row.documentId), slug: row.slug })));
    const registered: { slug: string; owner: string }[] = await trx(SLUG_REGISTRY_TABLE)
      .where('scope', source.scope)
      .whereIn('slug', chunk as readonly string[])
      .select('slug', 'owner');
    for (const row of registered) owners.set(key(String(row.slug)), String(row.owner));
  }
  const { settlements, assignments } = settleClashes(rows, owners, await taken(trx), key, source.fallback);
  await updateColumnById(trx, dialect, source.table, source.slugColumn, assignments);
  return settlements;
}

async function fillRowsWithoutSlug(
  trx: Knex.Transaction,
  source: SlugSource,
  dialect: DatabaseClient,
  taken: TakenSlugsLoader
) {
  const columns: Record<string, string> = {
    id: 'id',
    documentId: source.documentIdColumn,
    slug: source.slugColumn,
    source: source.sourceColumn,
  };
  if (source.publishedColumn) columns.published = source.publishedColumn;
  const found = await trx(source.table)
    .select(columns)
    .whereIn(source.documentIdColumn, (query) =>
      query
        .select(source.documentIdColumn)
        .from(source.table)
        .where((missing) => missing.whereNull(source.slugColumn).orWhere(source.slugColumn, ''))
    );
  if (found.length === 0) return { generated: 0, copied: 0 };
  const rows: SlugRow[] = found.map((row) => ({
    id: Number(row.id),
    documentId: String(row.documentId),
    slug: row.slug ?? null,
    source: row.source,
    published: row.published !== null && row.published !== undefined,
  }));
  const plan = await fillMissingSlugs(rows, () => taken(trx), source.fallback);
  await updateColumnById(trx, dialect, source.table, source.slugColumn, plan.assignments);
  return plan;
}

/** `INSERT … SELECT` of every slug the registry lacks: one statement, no row through Node. */
async function registerContentSlugs(trx: Knex, source: SlugSource, dialect: DatabaseClient) {
  const scope = dialect === 'postgres' ? 'CAST(? AS VARCHAR(255))' : '?';
  const select =
    `SELECT ${scope}, c.??, MIN(c.??) FROM ?? c ` +
    `WHERE c.?? IS NOT NULL AND c.?? <> '' ` +
    `AND NOT EXISTS (SELECT 1 FROM ?? r WHERE r.scope = ? AND r.slug = c.??) ` +
    `GROUP BY c.??`;
  const bindings = [
    SLUG_REGISTRY_TABLE,
    source.scope,
    source.slugColumn,
    source.documentIdColumn,
    source.table,
    source.slugColumn,
    source.slugColumn,
    SLUG_REGISTRY_TABLE,
    source.scope,
    source.slugColumn,
    source.slugColumn,
  ];
  // A concurrent write on another instance may take a slug meanwhile: skip it, it is registered.
  const [head, tail] =
    dialect === 'mysql'
      ? ['INSERT IGNORE INTO', '']
      : dialect === 'sqlite'
        ? ['INSERT OR IGNORE INTO', '']
        : ['INSERT INTO', ' ON CONFLICT DO NOTHING'];
  const result = await trx.raw(`${head} ?? (scope, slug, owner) ${select}${tail}`, bindings);
  return affectedRows(result, dialect);
}

function affectedRows(result: unknown, dialect: DatabaseClient): number {
  const r = result as { rowCount?: number; changes?: number } | [{ affectedRows?: number }];
  if (dialect === 'postgres') return Number((r as { rowCount?: number }).rowCount ?? 0);
  if (dialect === 'mysql') return Number((r as [{ affectedRows?: number }])[0]?.affectedRows ?? 0);
  return Number((r as { changes?: number }).changes ?? 0);
}

/**
 * A registry row naming a document that no longer carries its slug, while
 * another document does (written around the plugin), goes to that document:
 * the content is what the site serves.
 */
async function reownRegistryRows(trx: Knex.Transaction, source: SlugSource, dialect: DatabaseClient) {
  const strays = await trx({ c: source.table })
    .join({ r: SLUG_REGISTRY_TABLE }, (on) =>
      on.on('r.slug', '=', `c.${source.slugColumn}`).andOn('r.scope', '=', trx.raw('?', [source.scope]))
    )
    .whereRaw('?? <> ??', [`c.${source.documentIdColumn}`, 'r.owner'])
    .distinct({ id: 'r.id', owner: `c.${source.documentIdColumn}` });
  const values = new Map<number, string>();
  for (const row of strays) values.set(Number(row.id), String(row.owner));
  await updateColumnById(
    trx,
    dialect,
    SLUG_REGISTRY_TABLE,
    'owner',
    [...values].map(([id, value]) => ({ id, value }))
  );
}

import slugify from 'slugify';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';

/**
 * Slugs are shared by every row of a document (draft, published, each locale),
 * so the content table cannot carry a unique index on them. This small table
 * does: one row per (scope, slug), owned by a documentId. A create reserves its
 * slug here inside the write's transaction; two concurrent creates of the same
 * title, on one process or several, meet at the unique index and the loser
 * moves on to the next suffix.
 */
export const SLUG_REGISTRY_TABLE = 'operation_reports_slug_registry';

export const slugRegistryModel = {
  uid: 'plugin::operation-reports.slug-registry',
  singularName: 'operation-reports-slug-registry',
  tableName: SLUG_REGISTRY_TABLE,
  attributes: {
    id: { type: 'increments' },
    scope: { type: 'string' },
    slug: { type: 'string' },
    owner: { type: 'string' },
  },
  indexes: [{ name: 'operation_reports_slug_registry_uq', columns: ['scope', 'slug'], type: 'unique' }],
};

/** Placeholder owner while the document that will own a slug is being created. */
const PENDING = '~pending';
const MAX_SUFFIX = 10_000;
export const SLUG_PATTERN = /^[A-Za-z0-9\-_.~]+$/;
export const SLUG_MAX_LENGTH = 200;

export function slugFrom(text: unknown, fallback: string): string {
  const base = typeof text === 'string' ? slugify(text, { lower: true, strict: true, trim: true }) : '';
  // Leave room for a "-NNNN" suffix within the column.
  return (base || fallback).slice(0, SLUG_MAX_LENGTH - 6).replace(/-+$/, '') || fallback;
}

export interface SlugTarget {
  scope: string;
  /** Table and columns of the content type, to see slugs written before the registry existed. */
  table: string;
  slugColumn: string;
  documentIdColumn: string;
}

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; errno?: number };
  return (
    e?.code === '23505' || // PostgreSQL
    e?.code === 'ER_DUP_ENTRY' ||
    e?.errno === 1062 || // MySQL / MariaDB
    (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT'))
  );
};

async function takenByContent(trx: Knex.Transaction, target: SlugTarget, slug: string, owner: string | null) {
  const query = trx(target.table).where(target.slugColumn, slug);
  if (owner) query.whereNot(target.documentIdColumn, owner);
  return Boolean(await query.first(target.documentIdColumn));
}

async function tryReserve(trx: Knex.Transaction, scope: string, slug: string, owner: string | null) {
  try {
    // A savepoint, so that a unique violation does not abort the whole write on PostgreSQL.
    await trx.transaction(async (savepoint) => {
      await savepoint(SLUG_REGISTRY_TABLE).insert({ scope, slug, owner: owner ?? PENDING });
    });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (!owner) return false;
    const row = await trx(SLUG_REGISTRY_TABLE).where({ scope, slug }).first('owner');
    return row?.owner === owner;
  }
}

/**
 * Reserves `base`, or `base-2`, `base-3` … for `owner` (null while creating).
 * With `exact`, the slug was chosen by the client: a clash is a 400, not a suffix.
 */
export async function reserveSlug(
  trx: Knex.Transaction,
  target: SlugTarget,
  base: string,
  owner: string | null,
  { exact = false }: { exact?: boolean } = {}
): Promise<string> {
  for (let n = 1; n <= MAX_SUFFIX; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const free =
      !(await takenByContent(trx, target, candidate, owner)) && (await tryReserve(trx, target.scope, candidate, owner));
    if (free) return candidate;
    if (exact) {
      throw new errors.ValidationError(`slug "${base}" is already used by another ${target.scope}`, {
        errors: [{ path: ['slug'], message: `slug "${base}" is already used`, name: 'ValidationError', value: base }],
      });
    }
  }
  throw new errors.ApplicationError(`No free slug left for "${base}"`);
}

/** Gives the reserved slug to the document just created, and frees the ones it no longer uses. */
export async function settleSlug(trx: Knex.Transaction, scope: string, slug: string, owner: string): Promise<void> {
  await trx(SLUG_REGISTRY_TABLE).where({ scope, slug }).update({ owner });
  await trx(SLUG_REGISTRY_TABLE).where({ scope, owner }).whereNot({ slug }).delete();
}

export async function releaseSlugs(trx: Knex.Transaction | Knex, scope: string, owner: string): Promise<void> {
  await trx(SLUG_REGISTRY_TABLE).where({ scope, owner }).delete();
}

/**
 * Brings the registry in line with the content table at boot: registers slugs
 * written before the registry existed (upgrades, `strapi import`) and drops
 * reservations whose document is gone.
 */
export async function syncSlugRegistry(knex: Knex, target: SlugTarget): Promise<void> {
  const rows: { slug: string; owner: string }[] = await knex(target.table)
    .distinct({ slug: target.slugColumn, owner: target.documentIdColumn })
    .whereNotNull(target.slugColumn);
  const registered: { slug: string; owner: string }[] = await knex(SLUG_REGISTRY_TABLE)
    .where({ scope: target.scope })
    .select('slug', 'owner');
  const known = new Map(registered.map((row) => [row.slug, row.owner]));
  const live = new Set(rows.map((row) => row.owner));

  const stale = registered.filter((row) => !live.has(row.owner)).map((row) => row.slug);
  if (stale.length > 0) {
    await knex(SLUG_REGISTRY_TABLE).where({ scope: target.scope }).whereIn('slug', stale).delete();
  }
  for (const row of rows) {
    if (known.has(row.slug) && !stale.includes(row.slug)) continue;
    try {
      await knex(SLUG_REGISTRY_TABLE).insert({ scope: target.scope, slug: row.slug, owner: row.owner });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

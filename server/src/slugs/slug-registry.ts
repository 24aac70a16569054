import slugify from 'slugify';
import type { Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SLUG_REGISTRY_UID } from '../../../shared/constants';
import { pluginTableModel } from '../model/plugin-table';
import { reason, refusal } from '../rules/validation-error';

/**
 * A slug is shared by the rows of a document (each locale; its draft and
 * published rows, once published), so the content table cannot carry a unique
 * index on it. This small table
 * does: one row per (scope, slug), owned by a documentId. A create reserves its
 * slug here inside the write's transaction; two concurrent creates of the same
 * title, on one process or several, meet at the unique index and the loser
 * moves on to the next suffix.
 */
export const SLUG_REGISTRY_TABLE = 'operation_reports_slug_registry';

export const slugRegistryModel = pluginTableModel(SLUG_REGISTRY_UID, SLUG_REGISTRY_TABLE, {
  columns: ['scope', 'slug', 'owner'],
  uniqueColumns: ['scope', 'slug'],
  // Lets a document's rows be found without a scan (and without InnoDB locking the whole table).
  indexes: [{ name: 'operation_reports_slug_registry_owner', columns: ['owner'] }],
});

/** Placeholder owner while the document that will own a slug is being created. */
const PENDING = '~pending';
const MAX_SUFFIX = 10_000;
export const SLUG_PATTERN = /^[A-Za-z0-9\-_.~]+$/;
export const SLUG_MAX_LENGTH = 200;

export function slugFrom(text: unknown, fallback: string): string {
  const base = typeof text === 'string' ? slugify(text, { lower: true, strict: true, trim: true }) : '';
  // Leave room for a "-NNNN" suffix within the column.
  return (base || fallback).slice(0, SLUG_MAX_LENGTH - 6).replace(/(?<!-)-+$/, '') || fallback;
}

export interface SlugTarget {
  scope: string;
  /** Table and columns of the content type, to see slugs written before the registry existed. */
  table: string;
  slugColumn: string;
  documentIdColumn: string;
}

/** Where a content type keeps its slugs, from Strapi's own metadata (names differ by dialect limits). */
export function slugTargetOf(strapi: Core.Strapi, uid: string, scope: string): SlugTarget {
  const meta = strapi.db.metadata.get(uid) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string }>;
  };
  return {
    scope,
    table: meta.tableName,
    slugColumn: meta.attributes.slug?.columnName ?? 'slug',
    documentIdColumn: meta.attributes.documentId?.columnName ?? 'document_id',
  };
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

/** A transaction to join, or the pool for short transactions of their own. */
type Runner = Knex | Knex.Transaction;

async function takenByContent(trx: Runner, target: SlugTarget, slug: string, owner: string | null) {
  const query = trx(target.table).where(target.slugColumn, slug);
  if (owner) query.whereNot(target.documentIdColumn, owner);
  return Boolean(await query.first(target.documentIdColumn));
}

/** Tries to take `slug`: 'inserted', 'owned' (already this owner's) or 'taken'. */
async function tryReserve(runner: Runner, scope: string, slug: string, owner: string | null) {
  try {
    // Inside a write's transaction this is a savepoint, so that a unique violation
    // does not abort the whole write on PostgreSQL; on the pool it is a short
    // transaction of its own, which keeps InnoDB from deadlocking concurrent creates.
    await runner.transaction(async (inner) => {
      await inner(SLUG_REGISTRY_TABLE).insert({ scope, slug, owner: owner ?? PENDING });
    });
    return 'inserted' as const;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (!owner) return 'taken' as const;
    const row = await runner(SLUG_REGISTRY_TABLE).where({ scope, slug }).first('owner');
    return row?.owner === owner ? ('owned' as const) : ('taken' as const);
  }
}

export interface Reservation {
  slug: string;
  /** True when this call added the registry row (and must remove it if the write fails). */
  inserted: boolean;
}

/**
 * Reserves `base`, or `base-2`, `base-3` … for `owner` (null while creating).
 * With `exact`, the slug was chosen by the client: a clash is a 400, not a suffix.
 */
export async function reserveSlug(
  runner: Runner,
  target: SlugTarget,
  base: string,
  owner: string | null,
  { exact = false }: { exact?: boolean } = {}
): Promise<Reservation> {
  for (let n = 1; n <= MAX_SUFFIX; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await takenByContent(runner, target, candidate, owner))) {
      const outcome = await tryReserve(runner, target.scope, candidate, owner);
      if (outcome !== 'taken') return { slug: candidate, inserted: outcome === 'inserted' };
    }
    if (exact) {
      throw refusal(`slug "${base}" is already used by another ${target.scope}`, [
        {
          path: ['slug'],
          message: `slug "${base}" is already used`,
          value: base,
          reason: reason('slugTaken', { slug: base }),
        },
      ]);
    }
  }
  throw new errors.ApplicationError(`No free slug left for "${base}"`);
}

/**
 * Gives the reserved slug to the document just written. Every statement
 * targets one key of the unique index, so concurrent writes lock single rows only.
 */
export async function settleSlug(trx: Knex.Transaction, scope: string, slug: string, owner: string): Promise<void> {
  const updated = await trx(SLUG_REGISTRY_TABLE).where({ scope, slug }).update({ owner });
  // A reservation swept away meanwhile (see syncSlugRegistry) is taken again.
  if (Number(updated) === 0) await trx(SLUG_REGISTRY_TABLE).insert({ scope, slug, owner });
}

/**
 * A document's draft and published rows may carry different slugs (a renamed
 * draft keeps the published slug live until it is published): each stays
 * reserved while any row of the document holds it, and is freed once none does.
 */
export async function releaseUnusedSlugs(trx: Knex.Transaction, target: SlugTarget, owner: string): Promise<void> {
  const used = (
    await trx(target.table)
      .distinct({ slug: target.slugColumn })
      .where(target.documentIdColumn, owner)
      .whereNotNull(target.slugColumn)
  ).map((row: { slug: string }) => row.slug);
  const query = trx(SLUG_REGISTRY_TABLE).where({ scope: target.scope, owner });
  if (used.length > 0) query.whereNotIn('slug', used);
  await query.delete();
}

/** Undoes a reservation whose write failed. */
export async function cancelReservation(
  runner: Runner,
  scope: string,
  reservation: Reservation | null,
  owner: string | null
) {
  if (!reservation?.inserted) return;
  await runner(SLUG_REGISTRY_TABLE)
    .where({ scope, slug: reservation.slug, owner: owner ?? PENDING })
    .delete();
}

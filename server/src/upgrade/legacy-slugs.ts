import { slugFrom, SLUG_MAX_LENGTH } from '../slugs/slug-registry';
import type { ColumnValue } from './batched-update';

/*
 * Plans what boot does with slugs written around the plugin (an upgrade,
 * `strapi import`, `strapi transfer`, SQL): pure functions over rows already
 * read, so that the same rows always give the same plan, whatever order the
 * database returned them in.
 */

/** One row of a content table, as far as slugs are concerned. */
export interface SlugRow {
  id: number;
  documentId: string;
  slug: string | null;
  /** The attribute slugs are made from (title, name). */
  source?: unknown;
  published?: boolean;
}

/** How the database compares two slugs: MySQL/MariaDB collations ignore case. */
export type SlugKey = (slug: string) => string;

/** Every slug already used (content and registry), to pick free ones from. */
export class TakenSlugs {
  private readonly keys = new Set<string>();

  constructor(
    private readonly key: SlugKey,
    slugs: Iterable<string>
  ) {
    for (const slug of slugs) this.keys.add(key(slug));
  }

  /** `base` (from `first` = 1) or `base-2`, `base-3` …: the first free one, taken at once. */
  claim(base: string, first: number): string {
    for (let n = first; ; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!this.keys.has(this.key(candidate))) {
        this.keys.add(this.key(candidate));
        return candidate;
      }
    }
  }
}

export interface ClashSettlement {
  slug: string;
  /** The document that keeps the slug. */
  keeper: string;
  /** The others, in order, with the slug each now has. */
  renamed: { documentId: string; slug: string }[];
}

/** Leaves room for a "-NNNN" suffix within the column, as `slugFrom` does. */
const withRoomForSuffix = (slug: string, fallback: string) =>
  slug.length <= SLUG_MAX_LENGTH - 6 ? slug : slug.slice(0, SLUG_MAX_LENGTH - 6).replace(/(?<!-)-+$/, '') || fallback;

const firstIdOf = (rows: SlugRow[]) => Math.min(...rows.map((row) => row.id));

/**
 * Slugs held by more than one document. The document the registry already
 * names keeps its slug (its URL is the one the site has been serving); else
 * the document whose first row is oldest (lowest id). The others take the
 * first free `-2`, `-3` … in the same order, on every row that carried the slug.
 */
export function settleClashes(
  rows: SlugRow[],
  registeredOwners: Map<string, string>,
  taken: TakenSlugs,
  key: SlugKey,
  fallback: string
): { settlements: ClashSettlement[]; assignments: ColumnValue[] } {
  const bySlug = new Map<string, Map<string, SlugRow[]>>();
  for (const row of rows) {
    if (!row.slug) continue;
    const documents = bySlug.get(key(row.slug)) ?? new Map<string, SlugRow[]>();
    documents.set(row.documentId, [...(documents.get(row.documentId) ?? []), row]);
    bySlug.set(key(row.slug), documents);
  }
  const settlements: ClashSettlement[] = [];
  const assignments: ColumnValue[] = [];
  for (const slugKey of [...bySlug.keys()].sort()) {
    const documents = [...bySlug.get(slugKey)!.entries()];
    if (documents.length < 2) continue;
    documents.sort(([, a], [, b]) => firstIdOf(a) - firstIdOf(b));
    const registered = registeredOwners.get(slugKey);
    const keeperIndex = Math.max(
      0,
      documents.findIndex(([documentId]) => documentId === registered)
    );
    const [keeper, keeperRows] = documents[keeperIndex];
    const slug = [...keeperRows].sort((a, b) => a.id - b.id)[0].slug!;
    const settlement: ClashSettlement = { slug, keeper, renamed: [] };
    documents.forEach(([documentId, documentRows], index) => {
      if (index === keeperIndex) return;
      const renamed = taken.claim(withRoomForSuffix(slug, fallback), 2);
      settlement.renamed.push({ documentId, slug: renamed });
      for (const row of documentRows) assignments.push({ id: row.id, value: renamed });
    });
    settlements.push(settlement);
  }
  return { settlements, assignments };
}

const isMissing = (slug: string | null) => slug === null || slug === '';

/**
 * Rows without a slug. A row whose document has a slug elsewhere takes it
 * (from a row of the same status first: the slug is shared across locales);
 * a document with none gets one from its oldest row's title, as the write
 * path would (`slugFrom`, then `-2`, `-3` …). A document with no title at all
 * keeps no slug, as a draft saved without a title does.
 */
export async function fillMissingSlugs(
  rows: SlugRow[],
  takenFor: () => Promise<TakenSlugs>,
  fallback: string
): Promise<{ assignments: ColumnValue[]; generated: number; copied: number }> {
  const byDocument = new Map<string, SlugRow[]>();
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
  }
  const documents = [...byDocument.values()].sort((a, b) => a[0].id - b[0].id);
  const assignments: ColumnValue[] = [];
  let generated = 0;
  let copied = 0;
  let taken: TakenSlugs | null = null;
  for (const documentRows of documents) {
    const missing = documentRows.filter((row) => isMissing(row.slug));
    if (missing.length === 0) continue;
    const withSlug = documentRows.filter((row) => !isMissing(row.slug));
    if (withSlug.length > 0) {
      for (const row of missing) {
        const sibling = withSlug.find((other) => other.published === row.published) ?? withSlug[0];
        assignments.push({ id: row.id, value: sibling.slug! });
        copied += 1;
      }
      continue;
    }
    const source = documentRows.find((row) => typeof row.source === 'string' && row.source.trim() !== '')?.source;
    if (source === undefined) continue;
    // Read only when a slug must be picked: most boots never get here.
    taken ??= await takenFor();
    const slug = taken.claim(slugFrom(source, fallback), 1);
    for (const row of missing) assignments.push({ id: row.id, value: slug });
    generated += 1;
  }
  return { assignments, generated, copied };
}

import type { Core } from '@strapi/strapi';
import type { Fields, Locale, Op } from './operations';
import type { Side } from './sides';

/** What both types must agree on, per row (document slot / locale / status). */
export interface RowView {
  title: string | null;
  slug: string | null;
  startDate: string | null;
  endDate: string | null;
  arrests: number | null;
  summary: string | null;
  figuresStatus: string | null;
  crimeAreas: string[];
}
type Stored = RowView & { durationDays?: number | null };
export type State = Map<string, Stored>;

export const rowKey = (slot: number, locale: string, published: boolean) =>
  `${slot}/${locale}/${published ? 'published' : 'draft'}`;

type Raw = Record<string, unknown> & { documentId: string; locale: string; publishedAt: unknown };

/** Every row of the sequence's documents, by slot/locale/status. */
export async function snapshot(strapi: Core.Strapi, side: Side, documentIds: (string | null)[]): Promise<State> {
  const ids = documentIds.filter((id): id is string => id !== null);
  const state: State = new Map();
  if (ids.length === 0) return state;
  const rows = (await strapi.db.query(side.uid as never).findMany({
    where: { documentId: { $in: ids } },
    ...(side.name === 'plugin' ? { populate: { crimeAreas: { select: ['slug'] } } } : {}),
  } as never)) as Raw[];
  for (const row of rows) {
    const areas =
      side.name === 'plugin'
        ? ((row.crimeAreas as { slug: string }[] | null) ?? []).map((area) => area.slug)
        : ((row.crimeAreas as string[] | null) ?? []);
    const view: Stored = {
      title: (row.title as string | null) ?? null,
      slug: (row.slug as string | null) ?? null,
      startDate: (row.startDate as string | null) ?? null,
      endDate: (row.endDate as string | null) ?? null,
      arrests: (row.arrests as number | null) ?? null,
      summary: (row.summary as string | null) ?? null,
      figuresStatus: (row.figuresStatus as string | null) ?? null,
      crimeAreas: [...areas].sort(),
    };
    if (side.name === 'plugin') view.durationDays = (row.durationDays as number | null) ?? null;
    const key = rowKey(documentIds.indexOf(row.documentId), row.locale, Boolean(row.publishedAt));
    if (state.has(key)) throw new Error(`${side.name}: two rows for ${key}: ${JSON.stringify(rows)}`);
    state.set(key, view);
  }
  return state;
}

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** The plugin's own rules, on every stored row: end ≥ start, durationDays from that row's dates. */
export function ruleViolations(state: State): string[] {
  const problems: string[] = [];
  for (const [key, row] of state) {
    const both = row.startDate !== null && row.endDate !== null;
    if (both && row.endDate! < row.startDate!)
      problems.push(`${key}: endDate ${row.endDate} < startDate ${row.startDate}`);
    const expected =
      both && row.endDate! >= row.startDate! ? dayNumber(row.endDate!) - dayNumber(row.startDate!) + 1 : null;
    if (row.durationDays !== expected)
      problems.push(`${key}: durationDays ${row.durationDays}, its dates give ${expected}`);
  }
  return problems;
}

/** The rows where the two types differ (the plugin's computed durationDays left out: it has its own rule). */
export function differences(plugin: State, twin: State): string[] {
  const problems: string[] = [];
  for (const key of new Set([...plugin.keys(), ...twin.keys()])) {
    const a = plugin.get(key);
    const b = twin.get(key);
    if (!a || !b) {
      problems.push(`${key}: ${a ? 'only the plugin' : 'only the twin'} has this row`);
      continue;
    }
    const { durationDays: _computed, ...view } = a;
    for (const field of Object.keys(b) as (keyof RowView)[]) {
      if (JSON.stringify(view[field]) !== JSON.stringify(b[field])) {
        problems.push(`${key}.${field}: plugin ${JSON.stringify(view[field])}, core twin ${JSON.stringify(b[field])}`);
      }
    }
  }
  return problems;
}

/** Slugs held by rows of other documents than `slot`: a client may not take them. */
export function slugsOfOthers(state: State, slot: number): Set<string> {
  const slugs = new Set<string>();
  for (const [key, row] of state) if (!key.startsWith(`${slot}/`) && row.slug) slugs.add(row.slug);
  return slugs;
}

/**
 * Why the plugin must refuse a write that core accepts, read from the core
 * twin's state before the write (equal to the plugin's while they agree):
 * end before start on the row the write produces, or a slug another document holds.
 * `source` is the row a new locale copies its non-localized fields from.
 */
export function expectedRefusal(
  before: State,
  op: Op & { data: Fields },
  source: RowView | null
): 'endDate' | 'slug' | null {
  const target = op.kind === 'create' ? null : (before.get(rowKey(op.slot, op.locale, false)) ?? null);
  const value = (name: 'startDate' | 'endDate') => {
    if (op.kind === 'create') return op.data[name] ?? null;
    if (target) return name in op.data ? (op.data[name] ?? null) : target[name];
    return op.data[name] ?? source?.[name] ?? null; // a new locale: core fills what the write leaves nil
  };
  const start = value('startDate');
  const end = value('endDate');
  if (start !== null && end !== null && end < start) return 'endDate';
  const current = op.kind === 'create' ? null : target ? target.slug : (source?.slug ?? null);
  if (op.data.slug !== undefined && op.data.slug !== current && slugsOfOthers(before, op.slot).has(op.data.slug)) {
    return 'slug';
  }
  return null;
}

export function localeRows(state: State, slot: number, locale: Locale) {
  return { draft: state.get(rowKey(slot, locale, false)), published: state.get(rowKey(slot, locale, true)) };
}

import fc from 'fast-check';
import { fillMissingSlugs, settleClashes, TakenSlugs, type SlugRow } from '../../server/src/upgrade/legacy-slugs';

/**
 * The plan boot makes for slugs written around the plugin: the same rows give
 * the same plan in any order, two documents never end up with one slug, and
 * every row keeps or gets a slug (none is dropped).
 */
const same = (slug: string) => slug;
const takenFrom = (rows: SlugRow[], extra: string[] = []) =>
  new TakenSlugs(same, [...rows.map((row) => row.slug).filter((s): s is string => !!s), ...extra]);

/** Settles clashes then fills missing slugs, as boot does; returns row id → slug. */
async function plan(rows: SlugRow[], owners = new Map<string, string>()) {
  const taken = takenFrom(rows, [...owners.keys()]);
  const clashes = settleClashes(rows, owners, taken, same, 'operation-report');
  const settled = rows.map((row) => {
    const assigned = clashes.assignments.find((a) => a.id === row.id);
    return assigned ? { ...row, slug: assigned.value } : row;
  });
  const missing = await fillMissingSlugs(settled, async () => taken, 'operation-report');
  const slugs = new Map(settled.map((row) => [row.id, row.slug]));
  for (const { id, value } of missing.assignments) slugs.set(id, value);
  return { slugs, settlements: clashes.settlements };
}

const row = (id: number, documentId: string, slug: string | null, source: string | null = null, published = false) => ({
  id,
  documentId,
  slug,
  source,
  published,
});

describe('slugs written around the plugin', () => {
  it('lets the oldest document keep a shared slug and gives the others the next free suffixes in order', async () => {
    const rows = [
      row(5, 'b', 'op'),
      row(6, 'b', 'op', null, true),
      row(2, 'a', 'op'),
      row(9, 'c', 'op'),
      row(3, 'd', 'op-2'),
    ];
    const { slugs, settlements } = await plan(rows);
    expect(Object.fromEntries(slugs)).toEqual({ 2: 'op', 3: 'op-2', 5: 'op-3', 6: 'op-3', 9: 'op-4' });
    expect(settlements).toEqual([
      {
        slug: 'op',
        keeper: 'a',
        renamed: [
          { documentId: 'b', slug: 'op-3' },
          { documentId: 'c', slug: 'op-4' },
        ],
      },
    ]);
  });

  it('lets the document the registry names keep the slug, even when another is older', async () => {
    const { slugs } = await plan([row(1, 'old', 'op'), row(8, 'registered', 'op')], new Map([['op', 'registered']]));
    expect(Object.fromEntries(slugs)).toEqual({ 1: 'op-2', 8: 'op' });
  });

  it('fills a row without a slug from its document, the same status first, and generates one from the oldest title', async () => {
    const rows = [
      row(1, 'a', 'kept-draft'),
      row(2, 'a', 'kept-live', null, true),
      row(3, 'a', '', null, true),
      row(4, 'b', null, 'Opération Grand Nord'),
      row(5, 'b', null, 'Grand Nord (fr)'),
      row(6, 'c', null, null),
      row(7, 'e', null, 'Operation Kept Draft'),
    ];
    const { slugs } = await plan([...rows, row(8, 'f', 'operation-kept-draft')]);
    expect(Object.fromEntries(slugs)).toMatchObject({
      3: 'kept-live',
      4: 'operation-grand-nord',
      5: 'operation-grand-nord',
      6: null,
      7: 'operation-kept-draft-2',
    });
  });

  const rowsArbitrary = fc
    .array(
      fc.record({
        documentId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        slug: fc.constantFrom(null, '', 'op', 'op-2', 'harbour', 'op-3'),
        source: fc.constantFrom(null, 'Op', 'Harbour', 'Op 2'),
        published: fc.boolean(),
      }),
      { maxLength: 14 }
    )
    .map((items) => items.map((item, index) => ({ id: index + 1, ...item })));

  it('gives the same plan whatever order the rows come in, one document per slug, and drops no row', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, fc.integer(), async (rows, seed) => {
        const shuffled = [...rows].sort((x, y) => ((x.id * 7919 + seed) % 13) - ((y.id * 7919 + seed) % 13));
        const first = await plan(rows);
        const second = await plan(shuffled);
        expect(Object.fromEntries(second.slugs)).toEqual(Object.fromEntries(first.slugs));
        expect(second.settlements).toEqual(first.settlements);
        expect([...first.slugs.keys()].sort()).toEqual(rows.map((r) => r.id).sort());
        const owners = new Map<string, string>();
        for (const r of rows) {
          const slug = first.slugs.get(r.id);
          if (!slug) continue;
          expect(owners.get(slug) ?? r.documentId).toBe(r.documentId);
          owners.set(slug, r.documentId);
        }
      }),
      { numRuns: 300 }
    );
  });
});

import { mergeRows, readTotals, type Row } from '../../server/src/stats/stat-selects';
import { orderGroups } from '../../server/src/stats/group-keys';

/** A GROUP BY row for arrests (stat index 2) only; the other stats unreported. */
const row = (
  count: number,
  arrests: { sum: number; n: number; min: number; max: number; rank: number } | null
): Row => ({
  report_count: count,
  s2_value: arrests ? String(arrests.sum) : null, // PostgreSQL answers sums as strings
  s2_reported: arrests?.n ?? 0,
  s2_min: arrests?.min ?? null,
  s2_max: arrests?.max ?? null,
  s2_rank: arrests?.rank ?? 0,
});

describe('totals from the GROUP BY year rows', () => {
  it('adds sums, counts and reported, keeps the least min, greatest max and strongest qualifier', () => {
    const merged = readTotals(
      mergeRows([
        row(2, { sum: 2517, n: 1, min: 2517, max: 2517, rank: 0 }),
        row(3, null),
        row(1, { sum: 3754, n: 2, min: 10, max: 3744, rank: 2 }),
      ])
    );
    expect(merged.arrests).toEqual({ value: 6271, qualifier: 'atLeast', reported: 3, min: 10, max: 3744, avg: 2090.3 });
    expect(merged.officers).toEqual({ value: null, qualifier: 'exact', reported: 0, min: null, max: null, avg: null });
    expect(mergeRows([row(2, null), row(3, null)]).report_count).toBe(5);
  });

  it('answers no reports for no rows', () => {
    const merged = mergeRows([]);
    expect(merged.report_count).toBe(0);
    expect(readTotals(merged).arrests.value).toBeNull();
  });

  it.each([
    [3, 'approximately'],
    [2, 'atLeast'],
    [1, 'upTo'],
    [0, 'exact'],
  ])('rank %i is the qualifier %s', (rank, qualifier) => {
    expect(readTotals(row(1, { sum: 1, n: 1, min: 1, max: 1, rank })).arrests.qualifier).toBe(qualifier);
  });
});

describe('group order', () => {
  const group = (key: string | number | null, count: number) => ({ key, count, totals: {} as never });
  it('runs time keys ascending, null last', () => {
    const ordered = orderGroups([group('2024-06', 9), group(null, 1), group('2023-10', 1)], true);
    expect(ordered.map((g) => g.key)).toEqual(['2023-10', '2024-06', null]);
  });
  it('runs other keys by count descending, then key in code-point order, null last among equals', () => {
    const ordered = orderGroups(
      [group('b', 1), group(null, 2), group('Z', 1), group('a', 2), group('INTERPOL', 3)],
      false
    );
    expect(ordered.map((g) => g.key)).toEqual(['INTERPOL', 'a', null, 'Z', 'b']);
  });
});

/**
 * The contract's stats rules, written out plainly for the tests: the expected
 * answer is computed here from the rows a test created, never read back from
 * the plugin's own code.
 */
export const STAT_NAMES = [
  'countries',
  'officers',
  'arrests',
  'victimsIdentified',
  'irregularMigrants',
  'investigationsOpened',
] as const;
export type Stat = (typeof STAT_NAMES)[number];
export type Row = Record<string, any>;

export function expectedTotal(rows: Row[], stat: Stat) {
  const given = rows.filter((row) => row[stat] !== null && row[stat] !== undefined);
  const qualifiers = given.map((row) => row[`${stat}Qualifier`] ?? 'exact');
  let qualifier = 'exact';
  if (qualifiers.includes('approximately')) qualifier = 'approximately';
  else if (qualifiers.includes('atLeast') || qualifiers.includes('moreThan')) qualifier = 'atLeast';
  else if (qualifiers.includes('upTo')) qualifier = 'upTo';
  const values: number[] = given.map((row) => row[stat]);
  const n = values.length;
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    value: n === 0 ? null : sum,
    qualifier,
    reported: n,
    min: n === 0 ? null : Math.min(...values),
    max: n === 0 ? null : Math.max(...values),
    // Tenths rounded half up, in integers: floor((20·sum + n) / 2n) / 10.
    avg: n === 0 ? null : Math.floor((20 * sum + n) / (2 * n)) / 10,
  };
}

export function expectedTotals(rows: Row[]) {
  return Object.fromEntries(STAT_NAMES.map((stat) => [stat, expectedTotal(rows, stat)]));
}

export function expectedStats(rows: Row[]) {
  const years = [...new Set(rows.map((row) => Number(String(row.startDate).slice(0, 4))))].sort((a, b) => a - b);
  return {
    count: rows.length,
    totals: expectedTotals(rows),
    byYear: years.map((year) => {
      const inYear = rows.filter((row) => Number(String(row.startDate).slice(0, 4)) === year);
      return { year, count: inYear.length, totals: expectedTotals(inYear) };
    }),
  };
}

/** The total of a figure no report gives. */
export const NOT_REPORTED = { value: null, qualifier: 'exact', reported: 0, min: null, max: null, avg: null };

/** The total of a figure one report gives: its value is the sum, the min, the max and the mean. */
export const ONE_REPORT = (value: number, qualifier = 'exact') => ({
  value,
  qualifier,
  reported: 1,
  min: value,
  max: value,
  avg: value,
});

export type GroupKey = string | number | null;

/**
 * The contract's `groups` for rows, written out plainly: a row counts in every
 * key `keysOf` gives it (a report with several crime areas counts in each);
 * time keys ascending, other keys by count descending then key; null last.
 */
export function expectedGroups(rows: Row[], keysOf: (row: Row) => GroupKey[], time: boolean) {
  const members = new Map<GroupKey, Row[]>();
  for (const row of rows) for (const key of keysOf(row)) members.set(key, [...(members.get(key) ?? []), row]);
  const groups = [...members].map(([key, inGroup]) => ({
    key,
    count: inGroup.length,
    totals: expectedTotals(inGroup),
  }));
  const byKey = (a: { key: GroupKey }, b: { key: GroupKey }) => {
    if (a.key === b.key) return 0;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return a.key < b.key ? -1 : 1;
  };
  return groups.sort((a, b) => (time ? byKey(a, b) : b.count - a.count || byKey(a, b)));
}

import type { DateRange, LanguageRules } from './languages/types';

/**
 * Date ranges in a release, by its language's patterns (`LanguageRules.dates`):
 * every range, in reading order; impossible dates and ranges that end before
 * they start are skipped, and where two patterns read overlapping text the
 * earlier pattern wins.
 */

export type { DateRange } from './languages/types';

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date range written in `text`, in reading order. */
export function findDateRanges(text: string, language: LanguageRules): DateRange[] {
  const found: DateRange[] = [];
  for (const [pattern, build] of language.dates.ranges) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const parts = build(m);
      if (!parts) continue;
      const [sy, sm, sd, ey, em, ed] = parts;
      const startDate = isoDate(sy, sm, sd);
      const endDate = isoDate(ey, em, ed);
      if (!startDate || !endDate || endDate < startDate) continue;
      if (
        found.some((range) => m!.index < range.index + range.evidence.length && range.index < m!.index + m![0].length)
      ) {
        continue;
      }
      found.push({ startDate, endDate, evidence: m[0], index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

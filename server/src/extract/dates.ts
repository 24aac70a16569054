import { MONTHS } from '../../../shared/words';

/**
 * Date ranges as releases write them, English first:
 * "from November 10 to November 21, 2025", "10–21 Nov 2025",
 * "29 September to 4 October 2024", "between 3 and 7 March 2025".
 * A year stated once applies to both ends. Anything else is left out.
 */

/**
 * A month as releases write it, as a pattern: each month's name, then its
 * short forms (`january|jan|…|september|sept|sep|…`), longest first.
 */
export const MONTH_NAME = MONTHS.flatMap((month) => [month.name, ...month.short]).join('|');
const MONTH = `(${MONTH_NAME})\\.?`;
// "Monday 17 March": a weekday before the day is read past.
const DAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// One way only to read the spaces and the comma: "\s*,?\s*" splits a run of
// spaces between its two stars in n ways and backtracks quadratically.
const TO = '\\s*(?:,\\s*)?(?:–|—|-|to|until|through|and)\\s*';
// A day in a list ("3, 4 and 5") is read from the list's first day: a start on
// a later day of the same list would only retry what the first start tried,
// and on "1,1,1,…" each such retry rescans the rest of the list.
const NOT_LATER_IN_LIST = '(?!\\d(?<=\\d(?:st|nd|rd|th)?,\\s*\\d))';

export interface DateRange {
  startDate: string;
  endDate: string;
  /** The exact text read. */
  evidence: string;
  index: number;
}

const monthOf = (name: string): number =>
  MONTHS.findIndex((m) => m.name.startsWith(name.toLowerCase().slice(0, 3))) + 1;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Builder = (m: RegExpExecArray) => [number, number, number, number, number, number] | null;

const PATTERNS: [RegExp, Builder][] = [
  // "on 3, 4 and 5 December 2025": a list of days runs from the first to the last
  [
    new RegExp(`${NOT_LATER_IN_LIST}${DAY}((?:,\\s*\\d{1,2})+),?\\s+and\\s+${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
    (m) => {
      const year = Number(m[5]);
      const month = monthOf(m[4]);
      return [year, month, Number(m[1]), year, month, Number(m[3])];
    },
  ],
  // November 10 to November 21, 2025  |  November 10 to 21, 2025
  [
    new RegExp(`${MONTH}\\s+${DAY}(?:,\\s*${YEAR})?${TO}(?:${MONTH}\\s+)?${DAY},?\\s+${YEAR}`, 'gi'),
    (m) => {
      const endYear = Number(m[6]);
      const startYear = m[3] ? Number(m[3]) : endYear;
      const endMonth = m[4] ? monthOf(m[4]) : monthOf(m[1]);
      return [startYear, monthOf(m[1]), Number(m[2]), endYear, endMonth, Number(m[5])];
    },
  ],
  // 29 September to 4 October 2024  |  29 September 2024 to 4 October 2024
  [
    new RegExp(`${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${TO}${DAY}\\s+${MONTH}\\s+${YEAR}`, 'gi'),
    (m) => {
      const endYear = Number(m[6]);
      return [m[3] ? Number(m[3]) : endYear, monthOf(m[2]), Number(m[1]), endYear, monthOf(m[5]), Number(m[4])];
    },
  ],
  // 10–21 Nov 2025  |  between 3 and 7 March 2025
  [
    new RegExp(`${DAY}${TO}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
    (m) => {
      const year = Number(m[4]);
      const month = monthOf(m[3]);
      return [year, month, Number(m[1]), year, month, Number(m[2])];
    },
  ],
];

/** Every date range written in `text`, in reading order; impossible dates are skipped. */
export function findDateRanges(text: string): DateRange[] {
  const found: DateRange[] = [];
  for (const [pattern, build] of PATTERNS) {
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

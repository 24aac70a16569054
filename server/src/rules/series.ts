/*
 * A report's series: "Liberterra" for "Liberterra III", "Global Chain" for
 * "Global Chain 2024". Editions of one series are what the compare route and
 * groupBy=series put side by side, so a write that leaves the series empty
 * gets it from the codename. Scanned character by character, no regex: the
 * codename is free text of up to 120 characters from any client.
 */

type Data = Record<string, unknown>;

/** What may stand between a name and its edition mark: "Liberterra III", "Pangea-XVI", "Trigger #4". */
const isSeparator = (char: string) =>
  char === '-' || char === '–' || char === '—' || char === '#' || char.trim() === '';

const ROMAN: [string, number][] = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];
const ROMAN_DIGITS = new Map(ROMAN.filter(([letters]) => letters.length === 1));

function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [letters, worth] of ROMAN) {
    while (rest >= worth) {
      out += letters;
      rest -= worth;
    }
  }
  return out;
}

/**
 * An upper-case Roman numeral written the usual way (III, XVI, MMXXIV), not
 * merely Roman letters: "DIM" or "CIVIL" are words. Lower case never counts,
 * as "mix" or "mi" would then be editions.
 */
export function isRomanNumeral(token: string): boolean {
  if (token === '' || token.length > 15) return false;
  let value = 0;
  for (let i = 0; i < token.length; i += 1) {
    const worth = ROMAN_DIGITS.get(token[i]);
    if (worth === undefined) return false;
    const next = i + 1 < token.length ? (ROMAN_DIGITS.get(token[i + 1]) ?? 0) : 0;
    value += next > worth ? -worth : worth;
  }
  // Read leniently, then re-spelled: only the canonical spelling of its value is a numeral.
  return value > 0 && value < 4000 && toRoman(value) === token;
}

const isDigits = (token: string) => token !== '' && [...token].every((char) => char >= '0' && char <= '9');

/** A trailing edition mark: a Roman numeral, a number or a year. */
export const isEditionMark = (token: string): boolean => isDigits(token) || isRomanNumeral(token);

/**
 * The series a codename belongs to: the codename, trimmed, without one
 * trailing edition mark and the separators before it. A codename with no mark
 * is its own series ("Liberterra" → "Liberterra", the first edition). A
 * codename that is nothing but a mark ("2024", "XII") names no series: null,
 * rather than grouping unrelated operations under "2024".
 */
export function seriesFromCodename(codename: unknown): string | null {
  if (typeof codename !== 'string') return null;
  const name = codename.trim();
  if (name === '') return null;
  let start = name.length;
  while (start > 0 && !isSeparator(name[start - 1])) start -= 1;
  if (!isEditionMark(name.slice(start))) return name;
  let end = start;
  while (end > 0 && isSeparator(name[end - 1])) end -= 1;
  return end === 0 ? null : name.slice(0, end);
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The stored values the rule reads: the row written, in the locale written. */
export interface StoredSeries {
  series?: unknown;
  /** The codename of the locale being written (codename is localized, series is not). */
  codename?: unknown;
}

/**
 * Fills `data.series` when the write leaves the report without one: the series
 * the write sends, else the stored one, is empty (absent, null or blank). It
 * is then derived from the codename the row will have (the one sent, else the
 * stored one of that locale). A series that is set, by an editor or by an
 * earlier derivation, is never changed: renaming "Liberterra II" to
 * "Pangea XVI" keeps "Liberterra" until someone clears the series, because a
 * stored series does not say whether a person chose it. When nothing can be
 * derived the data is left as sent.
 */
export function applySeriesRule(data: Data, stored: StoredSeries | null): void {
  const series = 'series' in data ? data.series : stored?.series;
  if (!isEmpty(series)) return;
  const codename = 'codename' in data ? data.codename : stored?.codename;
  const derived = seriesFromCodename(codename);
  if (derived !== null) data.series = derived;
}

/**
 * An operation's edition told by its ordinal ("the sixth edition of Operation
 * Silver Axe", "the 13th edition of Pangea"): the series and the ordinal, for
 * the engine to find the edition where the release writes it ("Silver Axe VI",
 * codename.ts). The first edition names none: its name is the series'.
 */

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30 };

/** "sixth" 6, "thirteenth" 13, "twenty-first" 21, "13th" 13; null for anything else. */
export function ordinal(word: string): number | null {
  if (/^\d/.test(word)) return Number.parseInt(word, 10);
  const plain = word.toLowerCase();
  if (plain === 'twentieth') return 20;
  if (plain === 'thirtieth') return 30;
  const unit = UNITS.indexOf(plain);
  if (unit >= 0) return unit + 1;
  const teen = TEENS.indexOf(plain);
  if (teen >= 0) return teen + 10;
  const [tens, rest] = plain.split(/[\s-]/);
  const last = UNITS.indexOf(rest ?? '');
  return tens in TENS && last >= 0 ? TENS[tens] + last + 1 : null;
}

/** Every ordinal but "first", as a pattern. */
export const LATER_ORDINAL = `(?:(?:twenty|thirty)[\\s-](?:${UNITS.join('|')})|${UNITS.slice(1).join('|')}|${TEENS.join('|')}|twentieth|thirtieth|\\d{1,2}(?:st|nd|rd|th))`;
// The series' name, without an edition after it (that one is read as a name by the profile's patterns).
const SERIES = "[A-Z][\\p{L}'-]*(?:\\s+[A-Z][\\p{L}'-]*)?";

export const EN_EDITION = new RegExp(
  `(?<![\\p{L}\\d])(?<ordinal>${LATER_ORDINAL})\\s+edition\\s+of\\s+(?:the\\s+)?(?:(?:international|global|annual|regional|joint|worldwide)\\s+)?(?:[Oo]peration\\s+)?(?:\")?(?<series>${SERIES})(?![\\p{L}\\d'-]|\\s+(?:[IVXLC]+|\\d+)(?![\\p{L}\\d]))`,
  'gu'
);

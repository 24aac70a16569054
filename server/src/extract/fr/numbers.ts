import type { StatQualifier } from '../../../../shared/stats';

/**
 * Figures as French releases write them: digits grouped by spaces ("14 000",
 * "1 234 567"; no-break and narrow no-break spaces are plain spaces by now,
 * see text.ts `fold`), a decimal comma only before a scale ("1,5 million",
 * "2,3 milliards"), and number words up to the thousands ("vingt et un",
 * "quatre-vingt-dix", "trois mille"). "14.000" and "14,000" are not French
 * grouping: they are refused, never guessed.
 */

const UNITS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
};
const TENS: Readonly<Record<string, number>> = {
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // "quatre-vingt(s)" is read as one word (see `words`).
  quatrevingt: 80,
};
const SCALES: Readonly<Record<string, number>> = {
  million: 1_000_000,
  millions: 1_000_000,
  milliard: 1_000_000_000,
  milliards: 1_000_000_000,
};

/** Every number word, longest first so that an alternation never stops inside a longer one. */
const ALL_WORDS = [
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  'vingts',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'cents',
  'cent',
  'mille',
  ...Object.keys(SCALES),
].sort((a, b) => b.length - a.length);

/** The number words, as a pattern (`quatorze|cinquante|…|un`). */
export const NUMBER_WORD = ALL_WORDS.join('|');
/** The scales a figure in digits may carry, as a pattern. */
export const SCALE_WORD = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join('|');

const SCALED = new RegExp(`(?<=\\s)(?:${SCALE_WORD})$`, 'i');

/** "14 000", "3 744", "1,5 million", "2 millions"; null for "1,5" alone, "14.000", "1 23". */
export function parseFrenchDigits(text: string): number | null {
  let rest = text.trim();
  let scale: number | undefined;
  const scaled = SCALED.exec(rest);
  if (scaled) {
    scale = SCALES[scaled[0].toLowerCase()];
    rest = rest.slice(0, scaled.index).trimEnd();
  }
  const fractional = /,(\d+)$/.exec(rest);
  const fraction = fractional?.[1];
  if (fractional) rest = rest.slice(0, fractional.index);
  // Groups of three after a space only: "14.000" or "14,000" could be a decimal.
  if (!/^(?:\d+|\d{1,3}(?: \d{3})+)$/.test(rest)) return null;
  const digits = rest.replace(/ /g, '');
  if (!scale) return fraction ? null : Number(digits); // "1,5" alone is not a count
  const value = Number(`${digits}.${fraction ?? '0'}`) * scale;
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < 1e-6 ? rounded : null;
}

/**
 * Number words: "vingt et un", "soixante et onze", "quatre-vingt-dix-neuf",
 * "deux cents", "trois mille", "douze mille cinq cents", "deux millions".
 * A word out of place ("deux trois", "vingt trente") makes it no number.
 * "un" or "une" alone is an article: no number.
 */
export function parseFrenchWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/quatre[\s-]+vingts?/g, 'quatrevingt')
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'et');
  if (words.length === 0 || (words.length === 1 && UNITS[words[0]] === 1)) return null;
  let total = 0;
  let current = 0;
  // What the last word was, to refuse words out of place.
  let last: 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand' = 'none';
  let lastWord = '';
  for (const word of words) {
    if (word in UNITS) {
      // "dix-sept" … "dix-neuf", "soixante-dix-huit": a unit after "dix" is 7, 8 or 9.
      const afterDix = lastWord === 'dix' && UNITS[word] >= 7;
      if (last === 'unit' || (last === 'teen' && !afterDix)) return null;
      current += UNITS[word];
      last = 'unit';
    } else if (word in TEENS) {
      // "soixante-dix", "quatre-vingt-treize": a teen after 60 or 80 only, or on its own.
      if (last === 'unit' || last === 'teen' || (last === 'ten' && current % 100 !== 60 && current % 100 !== 80))
        return null;
      current += TEENS[word];
      last = 'teen';
    } else if (word in TENS || word === 'vingts') {
      if (last === 'unit' || last === 'teen' || last === 'ten') return null;
      current += TENS[word === 'vingts' ? 'vingt' : word];
      last = 'ten';
    } else if (word === 'cent' || word === 'cents') {
      if (current >= 10) return null;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (word === 'mille') {
      if (last === 'thousand' || (current === 0 && total > 0)) return null;
      total += (current || 1) * 1000;
      current = 0;
      last = 'thousand';
    } else if (word in SCALES) {
      // "deux millions", "mille milliards"; "millions" alone ("des millions de") is no number.
      if (total + current === 0) return null;
      total = (total + current) * SCALES[word];
      current = 0;
      last = 'thousand';
    } else return null;
    lastWord = word;
  }
  return total + current;
}

export const readFrench = (raw: string): number | null =>
  /^\d/.test(raw) ? parseFrenchDigits(raw) : parseFrenchWords(raw);

/** The cues French releases hedge a figure with, by qualifier, each followed by a space. */
const CUE_WORDS: readonly [StatQualifier, readonly string[]][] = [
  [
    'approximately',
    [
      'environ',
      'près de',
      'quelque',
      'quelques',
      'presque',
      'pratiquement',
      'quasiment',
      'approximativement',
      'une estimation de',
      'aux alentours de',
      "de l'ordre de",
    ],
  ],
  ['atLeast', ['au moins', 'au minimum', 'pas moins de']],
  ['moreThan', ['plus de', 'au-delà de', 'au delà de']],
  ['upTo', ["jusqu'à"]],
];
/** Cues that end on an elision, written against the figure: "près d'un million", "plus d'onze mille". */
const ELIDED: readonly [StatQualifier, string][] = [
  ['approximately', "près d'"],
  ['atLeast', "pas moins d'"],
  ['moreThan', "plus d'"],
];

const spaced = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** Every cue followed by a space, as a pattern. */
export const CUE = spaced(CUE_WORDS.flatMap(([, words]) => words));
/** Every elided cue, as a pattern. */
export const CUE_ELIDED = spaced(ELIDED.map(([, word]) => word));

const CUES: [RegExp, StatQualifier][] = [
  ...CUE_WORDS.map(([qualifier, words]): [RegExp, StatQualifier] => [
    new RegExp(`(?<![\\p{L}])(?:${spaced(words)})\\s*$`, 'iu'),
    qualifier,
  ]),
  ...ELIDED.map(([qualifier, word]): [RegExp, StatQualifier] => [
    new RegExp(`(?<![\\p{L}])${spaced([word])}$`, 'iu'),
    qualifier,
  ]),
];

/** The qualifier the words just before a figure give it; `exact` when none. */
export function frenchQualifierBefore(textBefore: string): { qualifier: StatQualifier; cue: string | null } {
  const tail = textBefore.slice(-40);
  for (const [pattern, qualifier] of CUES) {
    const match = pattern.exec(tail);
    if (match) return { qualifier, cue: match[0].trim() };
  }
  return { qualifier: 'exact', cue: null };
}

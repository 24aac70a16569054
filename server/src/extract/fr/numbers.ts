import type { StatQualifier } from '../../../../shared/stats';
import { bracketedHedge } from '../languages/bracketed';

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
  // Belgian and Swiss French: "septante", "huitante" (or "octante"), "nonante".
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
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
  'septante',
  'huitante',
  'octante',
  'nonante',
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

// The whole part grouped by spaces, a decimal comma, a scale: each part starts on its own
// kind of character, so the figure splits one way only.
const DIGITS_READ = new RegExp(
  `^(?<whole>\\d{1,3}(?: \\d{3})+|\\d+)(?:,(?<fraction>\\d+))?(?:\\s+(?<scale>${SCALE_WORD}))?$`,
  'i'
);

/** "14 000", "3 744", "1,5 million", "2 millions"; null for "1,5" alone, "14.000", "1 23". */
export function parseFrenchDigits(text: string): number | null {
  const read = DIGITS_READ.exec(text.trim());
  if (!read) return null; // "14.000" or "14,000" could be a decimal: groups of three after a space only
  const { whole, fraction, scale } = read.groups!;
  const digits = whole.replace(/ /g, '');
  if (!scale) return fraction === undefined ? Number(digits) : null; // "1,5" alone is not a count
  const times = SCALES[scale.toLowerCase()];
  // "1,75 million" is 1 750 000; "1,123456789 million" would need rounding: refuse it.
  const part = Number(`0.${fraction ?? '0'}`) * times;
  return Math.abs(part - Math.round(part)) < 1e-6 ? Number(digits) * times + Math.round(part) : null;
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

const COLLECTIVES: Readonly<Record<string, number>> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};
/** "vingtaine", "millier": a round figure told as a noun ("une vingtaine de", "un millier d'"), as a pattern. */
export const COLLECTIVE_WORD = Object.keys(COLLECTIVES).join('|');
const COLLECTIVE_READ = new RegExp(`^(?:un|une)\\s+(${COLLECTIVE_WORD})\\s*(?:de|d')$`, 'i');
/** A figure told as a collective noun is round: approximately, unless a cue says more ("plus d'une centaine"). */
export const ROUNDED = new RegExp(`^(?:un|une)\\s+(?:${COLLECTIVE_WORD})(?![\\p{L}])`, 'iu');

export const readFrench = (raw: string): number | null => {
  const collective = COLLECTIVE_READ.exec(raw.trim());
  if (collective) return COLLECTIVES[collective[1].toLowerCase()];
  return /^\d/.test(raw) ? parseFrenchDigits(raw) : parseFrenchWords(raw);
};

type Cued = Exclude<StatQualifier, 'exact'>;

/**
 * The cues French releases hedge a figure with, by qualifier. One ending on an
 * elision is written against the figure ("près d'un million", "plus d'onze mille");
 * the others are followed by a space.
 */
const CUE_WORDS: Readonly<Record<Cued, readonly string[]>> = {
  approximately: [
    'environ',
    'près de',
    "près d'",
    'quelque',
    'quelques',
    'presque',
    'pratiquement',
    'quasiment',
    'approximativement',
    'une estimation de',
    'aux alentours de',
    'aux environs de',
    'autour de',
    'à peu près',
    // (not "les forces de l'ordre de 12 pays": the forces of law and order)
    "(?<!forces\\s)de l'ordre de",
  ],
  atLeast: ['au moins', 'au minimum', 'un minimum de', 'pas moins de', "pas moins d'"],
  // "La valeur des avoirs saisis dépasse 3 millions d'euros": a verb that says more than.
  moreThan: [
    'plus de',
    "plus d'",
    'au-delà de',
    'au delà de',
    'dépasse',
    'dépassent',
    'dépassait',
    'dépassaient',
    'excède',
    'excèdent',
  ],
  upTo: ["jusqu'à"],
};
const QUALIFIERS = Object.keys(CUE_WORDS) as Cued[];
const ALL_CUES = QUALIFIERS.flatMap((qualifier) => CUE_WORDS[qualifier]);

const spaced = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** Every cue followed by a space, as a pattern. */
export const CUE = spaced(ALL_CUES.filter((cue) => !cue.endsWith("'")));
/** Every cue ending on an elision, as a pattern. */
export const CUE_ELIDED = spaced(ALL_CUES.filter((cue) => cue.endsWith("'")));

// A cue ending the text, in the group of its qualifier.
const CUE_AT_END = new RegExp(
  `(?<![\\p{L}])(?:${QUALIFIERS.map((qualifier) => `(?<${qualifier}>${spaced(CUE_WORDS[qualifier])})`).join('|')})\\s*$`,
  'iu'
);

/** The qualifier the words just before a figure give it; `exact` when none. */
export function frenchQualifierBefore(textBefore: string): { qualifier: StatQualifier; cue: string | null } {
  const match = CUE_AT_END.exec(textBefore.slice(-40));
  if (!match) return { qualifier: 'exact', cue: null };
  return { qualifier: QUALIFIERS.find((qualifier) => match.groups![qualifier] !== undefined)!, cue: match[0].trim() };
}

/** "2 900 (environ)", "219 (au minimum)": a hedge in brackets after a figure. */
export const BRACKETED = bracketedHedge({
  approximately: [
    'environ',
    'env.',
    'approx.',
    'approximativement',
    'estimation',
    'estimé',
    'estimés',
    'chiffre approximatif',
    'chiffre estimé',
    'à peu près',
  ],
  atLeast: ['au minimum', 'au moins', 'minimum', 'a minima', 'à minima', 'chiffre minimal'],
  upTo: ['au maximum', 'maximum', 'au plus'],
});

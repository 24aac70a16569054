import { QUALIFIER_WORDS, STAT_QUALIFIERS, type StatQualifier } from '../../../../shared/stats';
import { NUMBER_SCALES, NUMBER_WORDS } from '../../../../shared/words';
import { cueBefore } from '../looking-back';
import { bracketedHedge } from '../languages/bracketed';

/**
 * Number reading for the press-release extractor: figures as releases write
 * them ("3,744", "3 744", "3.7 million", "fourteen thousand"), never guessed.
 */

/** The scale words a figure in digits may carry, as a pattern: `thousand|million|billion`. */
export const SCALE_WORD = Object.keys(NUMBER_SCALES).join('|');

const SCALED = new RegExp(`(?<=\\s)(?:${SCALE_WORD})$`, 'i');

export function parseDigits(text: string): number | null {
  // "<whole>[.<fraction>][ <scale>]", taken apart from the end: one regex with a lazy
  // whole part before `\s+scale` could split a run of spaces many ways.
  let rest = text.trim();
  let scale: string | undefined;
  const scaled = SCALED.exec(rest);
  if (scaled) {
    scale = scaled[0];
    rest = rest.slice(0, scaled.index).trimEnd();
  }
  const fractional = /\.(\d+)$/.exec(rest);
  const fraction = fractional?.[1];
  if (fractional) rest = rest.slice(0, fractional.index);
  if (!/^\d[\d, \u00a0\u202f]*$/.test(rest)) return null;
  const whole = rest;
  // Grouping must be in threes: "1,23" is not a number a release would print.
  if (!/^(?:\d+|\d{1,3}(?:[, \u00a0\u202f]\d{3})+)$/.test(whole)) return null;
  const digits = whole.replace(/[, \u00a0\u202f]/g, '');
  if (!scale) return fraction ? null : Number(digits); // "3.7" alone is not a count
  const value = Number(`${digits}.${fraction ?? '0'}`) * NUMBER_SCALES[scale.toLowerCase()];
  // "3.75 million" is 3,750,000; "3.71234567 million" would need rounding: refuse it.
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < 1e-6 ? rounded : null;
}

/** Numbers written as words up to the thousands: "fourteen thousand", "one hundred and nineteen". */
export function parseWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  // ("several hundred officers", "a few thousand websites": a bare "hundred" or "thousand" is no number of its own)
  if (words[0] === 'hundred' || words[0] === 'thousand') return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, word] of words.entries()) {
    // "a hundred", "a thousand"
    if (word === 'a' && i === 0 && (words[1] === 'hundred' || words[1] === 'thousand')) continue;
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (word in NUMBER_WORDS) current += NUMBER_WORDS[word];
    else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** Other ways releases say each qualifier, after the qualifier's own words (shared/stats.ts). */
const SYNONYMS: Record<Exclude<StatQualifier, 'exact'>, readonly string[]> = {
  approximately: [
    'around',
    'about',
    'some',
    'nearly',
    'almost',
    'roughly',
    'an estimated',
    'close to',
    'an estimated value of',
    'an estimated total of',
    'in the region of',
    'in the order of',
    'on the order of',
    'just under',
    'just short of',
    'more or less',
  ],
  atLeast: ['no fewer than', 'not fewer than', 'no less than', 'not less than', 'a minimum of'],
  moreThan: ['over', 'well over', 'upwards of', 'upward of', 'in excess of'],
  upTo: ['as many as', 'a maximum of', 'at most'],
};

/** The words a release hedges a figure with, by qualifier, in the order of the stat list. */
const CUE_WORDS: readonly [StatQualifier, readonly string[]][] = STAT_QUALIFIERS.filter(
  (qualifier) => qualifier !== 'exact'
).map((qualifier) => [qualifier, [QUALIFIER_WORDS[qualifier], ...SYNONYMS[qualifier]]]);

/** Every cue, as a pattern: `approximately|around|…|up to`. */
export const CUE = CUE_WORDS.flatMap(([, words]) => words).join('|');

const CUES: [RegExp, StatQualifier][] = CUE_WORDS.map(([qualifier, words]) => [
  new RegExp(`\\b(?:${words.join('|')})\\s*$`, 'i'),
  qualifier,
]);

/** The qualifier an English release gives a figure, from the words just before it; `exact` when none. */
export const qualifierBefore = (textBefore: string) => cueBefore(CUES, textBefore);

/** "6,210 (approx.)", "219 (at least)": a hedge in brackets after a figure. */
export const BRACKETED = bracketedHedge({
  approximately: [
    'approx.',
    'approx',
    'approximately',
    'about',
    'around',
    'roughly',
    'estimated',
    'est.',
    'estimate',
    'circa',
    'ca.',
    'c.',
  ],
  atLeast: ['at least', 'minimum', 'at a minimum', 'at the very least'],
  upTo: ['maximum', 'at most', 'up to'],
});

import type { StatQualifier } from '../../../shared/stats';

/**
 * Number reading for the press-release extractor: figures as releases write
 * them ("3,744", "3 744", "3.7 million", "fourteen thousand"), never guessed.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

export function parseDigits(text: string): number | null {
  // "<whole>[.<fraction>][ <scale>]", taken apart from the end: one regex with a lazy
  // whole part before `\s+scale` could split a run of spaces many ways.
  let rest = text.trim();
  let scale: string | undefined;
  const scaled = /(?<=\s)(?:thousand|million|billion)$/i.exec(rest);
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
  const value = Number(`${digits}.${fraction ?? '0'}`) * SCALES[scale.toLowerCase()];
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
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, word] of words.entries()) {
    // "a hundred", "a thousand"
    if (word === 'a' && i === 0 && (words[1] === 'hundred' || words[1] === 'thousand')) continue;
    if (word in UNITS) current += UNITS[word];
    else if (word in TENS) current += TENS[word];
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

const CUES: [RegExp, StatQualifier][] = [
  [/\b(?:approximately|around|about|some|nearly|almost|roughly|an estimated|close to)\s*$/i, 'approximately'],
  [/\bat least\s*$/i, 'atLeast'],
  [/\b(?:more than|over|upwards of|in excess of)\s*$/i, 'moreThan'],
  [/\bup to\s*$/i, 'upTo'],
];

/** The qualifier a release gives a figure, from the words just before it; `exact` when none. */
export function qualifierBefore(textBefore: string): { qualifier: StatQualifier; cue: string | null } {
  const tail = textBefore.slice(-40);
  for (const [pattern, qualifier] of CUES) {
    const match = pattern.exec(tail);
    if (match) return { qualifier, cue: match[0].trim() };
  }
  return { qualifier: 'exact', cue: null };
}

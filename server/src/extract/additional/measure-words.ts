import { CURRENCY_CODES, CURRENCY_SIGNS } from './currencies';
import type { AdditionalWords } from './types';
import { escapeRegExp, fold, isLetter, LETTER } from '../text';

/**
 * Whether a sentence names anything a figure beyond the six could measure: a
 * currency (a sign, or a code in capitals), a unit, a counted thing. Most
 * sentences do not, and their figures are then not read at all.
 *
 * Read word by word against sets, not with one regex of every name: V8 stops
 * optimising regexes once a process has compiled about a megabyte of them
 * (a Strapi server does, with the rules of three languages), and an
 * alternation of 200 words tried unoptimised at every character took 80–180 ms
 * on a 100 KB hostile text, where this takes a few.
 */
export function mentionsAMeasure(text: string, words: AdditionalWords): boolean {
  const { names, longest, odd } = namesOf(words);
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // ("$", the "¢" of "GH¢", or a sign of one character)
    if (c === 36 || c === 0xa2 || SIGNS.has(c)) return true;
    if (isLetter(c, text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const length = i - start;
      if (length <= longest) {
        const word = text.slice(start, i);
        if ((length === 3 && CODES.has(word)) || SIGN_WORDS.has(word) || names.has(word.toLowerCase())) return true;
        if (c === 47 && SLASH_SIGNS.has(word)) return true;
      }
      start = -1;
    }
  }
  return odd !== null && odd.test(text);
}

const CODES = new Set(Object.values(CURRENCY_CODES));
// The currency signs (currencies.ts): those written in letters, as the word scan cuts them ("Rs", "RM", "KSh", "R" of
// "R1.8 million"), and those of one character ("€", "₦" and their one-byte stand-ins).
const SIGN_WORDS = new Set(Object.keys(CURRENCY_SIGNS).filter((sign) => /^\p{L}+$/u.test(sign)));
// (and those of letters and a slash, Peru's "S/", by their letters: the scan stops at the slash)
const SLASH_SIGNS = new Set(
  Object.keys(CURRENCY_SIGNS)
    .filter((sign) => /^\p{L}+\/$/u.test(sign))
    .map((sign) => sign.slice(0, -1))
);
const SIGNS = new Set(
  Object.keys(CURRENCY_SIGNS)
    .filter((sign) => sign.length === 1)
    .map((sign) => sign.charCodeAt(0))
);

/**
 * The first word of each currency, unit and counted thing, lower case: those
 * made only of letters in a set, the others ("u.s.", "e-mail") in one small
 * regex, each standing apart from other letters.
 */
const named = new WeakMap<AdditionalWords, { names: Set<string>; longest: number; odd: RegExp | null }>();
function namesOf(words: AdditionalWords) {
  let found = named.get(words);
  if (!found) {
    const first = [...Object.keys(words.currencies), ...Object.keys(words.units), ...words.counted.heads].map(
      (phrase) => fold(phrase).split(/[ ']/)[0].toLowerCase()
    );
    const lettersOnly = (word: string) => [...word].every((c) => LETTER.test(c));
    const odd = [...new Set(first.filter((word) => word && !lettersOnly(word)))];
    const names = new Set(first.filter((word) => word && lettersOnly(word)));
    found = {
      names,
      // (a longer word is never looked up; a currency code has three letters)
      longest: Math.max(3, ...[...names].map((word) => word.length)),
      // (each first letter looked at before the letter before it: cheap where no such word starts)
      odd: odd.length
        ? new RegExp(
            `(?=[${escapeRegExp(odd.map((word) => word[0]).join(''))}])(?<!\\p{L})(?:${odd.map(escapeRegExp).join('|')})(?!\\p{L})`,
            'iu'
          )
        : null,
    };
    named.set(words, found);
  }
  return found;
}

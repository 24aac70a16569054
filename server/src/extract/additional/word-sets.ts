import { fold } from '../text';
import type { Token } from './tokens';
import type { AdditionalWords } from './types';

/**
 * The word-level helpers every reader of other figures shares: the language's
 * word lists as sets, what counts as a word, and the word a noun phrase is about.
 */

const sets = new WeakMap<AdditionalWords, { heads: Set<string>; complements: Set<string>; moneyOf: Set<string> }>();
/** The language's word lists as sets, built once per language (asked for on every figure). */
export function setsOf(words: AdditionalWords) {
  let found = sets.get(words);
  if (!found) {
    found = {
      // (as the folded text writes them: "œuvres" is read where the text has "þuvres", text.ts `fold`)
      heads: new Set(words.counted.heads.map(fold)),
      complements: new Set(words.counted.complements.map(fold)),
      moneyOf: new Set(words.moneyOf.map(fold)),
    };
    sets.set(words, found);
  }
  return found;
}

export const isWord = (token: Token) => !token.text.endsWith("'");
// (initials with their dots too: "$32.8 million in U.S. currency")
export const LOWER_OR_ACRONYM = /^(?:\p{Ll}|\p{Lu}{2,}$|(?:\p{Lu}\.){2,}$)/u;

/** The word a noun phrase is about: its last in English, its first in French and Spanish. */
export function headOf(phrase: string, words: AdditionalWords): string {
  const parts = phrase.toLowerCase().split(/[ \t]+/);
  // ("412 kilograms of methamphetamine seized": what was done to it is no noun of it)
  while (words.headLast && parts.length > 1 && words.participle.test(parts[parts.length - 1])) parts.pop();
  return words.headLast ? parts[parts.length - 1] : parts[0];
}

/** Whether things counted after others are some of them: the same noun, the same thing, or a kind the first holds. */
export function sameKind(first: string, then: string | undefined, words: AdditionalWords): boolean {
  if (!then) return false;
  const { sameThing, holds } = words.counted;
  const thing = sameThing[then] ?? then;
  return (sameThing[first] ?? first) === thing || !!holds?.[first]?.includes(then) || !!holds?.[first]?.includes(thing);
}

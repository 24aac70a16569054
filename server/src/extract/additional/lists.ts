import { tokensAfter, tokensBefore, type Token } from './tokens';
import type { AdditionalWords } from './types';
import { LOWER_OR_ACRONYM } from './word-sets';

/**
 * Several things named for one figure: "203 tonnes of cocaine, cannabis and
 * other drugs", "cash and bank deposits totalling USD 1.4 million", "des
 * espèces et des bijoux d'une valeur de …". The figure is for all of them, so
 * the label names them all. Only a list the words make sure of is read: items
 * of one or two words, joined by commas and closed by "and" / "or" (or one
 * item and "other things").
 */

/** A word that may name a thing: not an article or a preposition, not an elision, not a verb form. */
export function nounLike(token: Token | undefined, words: AdditionalWords, capital = false): token is Token {
  return (
    token !== undefined &&
    !token.text.endsWith("'") &&
    !words.stop.has(token.lower) &&
    (capital || LOWER_OR_ACRONYM.test(token.text)) &&
    !words.verbForm?.test(token.lower)
  );
}

/** An article, a preposition or an elision: before it, a thing's name starts ("the stolen gold", "l'argent liquide"). */
const articleLike = (token: Token, words: AdditionalWords) => token.text.endsWith("'") || words.stop.has(token.lower);

/** One item of a list from `at` of `tokens`: "de cannabis", "other drugs", "autres stupéfiants"; its end index. */
function itemAt(tokens: Token[], at: number, words: AdditionalWords): { next: number; other: boolean } | null {
  let k = at;
  if (tokens[k] && words.joins.includes(tokens[k].lower)) k += 1;
  const other = !!tokens[k] && words.others.includes(tokens[k].lower);
  if (other) k += 1;
  if (!nounLike(tokens[k], words)) return null;
  k += 1;
  if (nounLike(tokens[k], words) && !words.coordinators.includes(tokens[k].lower)) k += 1;
  return { next: k, other };
}

/** Where the list going on after a label that ends at `end` ends; `end` when none follows. */
export function listAfter(text: string, end: number, words: AdditionalWords): number {
  let at = end;
  let commas = 0;
  // At most a dozen items: a list of things seized is short, and each step reads a few words only.
  for (let n = 0; n < 12; n += 1) {
    if (text[at] === ',') {
      const tokens = tokensAfter(text, at + 1, 5);
      const item = tokens[0]?.spaced ? itemAt(tokens, 0, words) : null;
      if (!item) return end;
      const next = tokens[item.next];
      // A comma item goes on with another comma or with "and" / "or".
      if (text[tokens[item.next - 1].end] !== ',' && !(next && words.coordinators.includes(next.lower))) return end;
      commas += 1;
      at = tokens[item.next - 1].end;
      continue;
    }
    const tokens = tokensAfter(text, at, 6);
    if (!tokens[0]?.spaced || !words.coordinators.includes(tokens[0].lower)) return end;
    const item = itemAt(tokens, 1, words);
    // ("430 000 bidons et emballages contrefaits": where each noun of a list takes its article, a counted thing
    // without one after "et" / "y" shares the figure)
    const bare = !words.headLast && !!tokens[1] && words.counted.heads.includes(tokens[1].lower);
    return item && (commas > 0 || item.other || bare) ? tokens[item.next - 1].end : end;
  }
  return end;
}

/**
 * Where the label before money starts when another thing is named before it
 * with "and" ("cash and real estate valued at …", "des espèces et des bijoux
 * d'une valeur de …"): the index in `tokens` of the first thing, or `first`.
 * `opensSentence` tells whether nothing but a bullet or a quote stands before `tokens[0]`.
 */
export function coordinatedBefore(tokens: Token[], first: number, words: AdditionalWords, opensSentence: boolean) {
  let j = first - 1;
  const isAnd = (token: Token | undefined) => !!token && words.coordinators.includes(token.lower);
  // An article after "and": "et des bijoux", "y las joyas".
  if (tokens[j] && !isAnd(tokens[j]) && words.stop.has(tokens[j].lower) && isAnd(tokens[j - 1])) j -= 1;
  if (!isAnd(tokens[j]) || !nounLike(tokens[j - 1], words, j === 1 && opensSentence)) return first;
  let a = j - 1;
  // "argent liquide et …", "bank deposits and …": two words when an article or the sentence's start comes first.
  const opens = (k: number) => (k === 0 ? opensSentence : articleLike(tokens[k - 1], words));
  if (nounLike(tokens[a - 1], words, a === 1 && opensSentence) && opens(a - 1) && !isAnd(tokens[a - 1])) a -= 1;
  return a;
}

/** Whether nothing but spaces, a bullet, a dash or a quote stands before `index` of a sentence. */
export const opensSentence = (text: string, index: number) =>
  index <= 12 && /^[\s\-–\u0096•\u0095*"(«]*$/.test(text.slice(0, index));

/**
 * Where a list going on before `at` with commas starts ("jewellery, cars and
 * boats worth …", read from "cars"): items of one or two words, the first
 * after a word that names no thing (an article, a verb) or at the sentence's
 * start. Undefined when the words before are not surely a list (a figure).
 */
export function commaItemsBefore(text: string, at: number, words: AdditionalWords): number | undefined {
  let start = at;
  for (let n = 0; n < 12; n += 1) {
    const comma = /,[ \t]*$/.exec(text.slice(Math.max(0, start - 4), start));
    if (!comma) return opensSentence(text, start) ? start : undefined;
    const before = tokensBefore(text, start - comma[0].length, 60, 4);
    let k = before.length - 1;
    if (!nounLike(before[k], words)) return undefined;
    if (k > 1 && nounLike(before[k - 1], words) && articleLike(before[k - 2], words)) k -= 1;
    if (k > 0) return before[k].start;
    start = before[0].start;
  }
  return undefined;
}

/**
 * Where a list of counted things going on after a count's noun ends ("Thirty-four computers, phones and storage devices
 * were seized": the figure counts them all, devices holding the others); undefined unless the last thing listed is a
 * class holding every other (`counted.holds`): "104 firearms, cars and boats" counts the firearms alone. Items of up
 * to three words. Kinds of one class ("cars, vans and motorcycles") count the class: its name is `kind`.
 */
export function countedListAfter(
  text: string,
  end: number,
  first: string,
  words: AdditionalWords,
  heads: ReadonlySet<string>
): { end: number; kind?: string } | undefined {
  const listed = [first];
  let at = end;
  for (let n = 0; n < 6; n += 1) {
    const comma = text[at] === ',';
    const tokens = tokensAfter(text, comma ? at + 1 : at, 5);
    const and = !!tokens[0] && words.coordinators.includes(tokens[0].lower);
    if (!comma && !and) return undefined;
    const k = and ? 1 : 0;
    // The item's noun: its last word, or its last two ("storage devices"), a counted thing.
    let item = -1;
    let key = '';
    for (let j = k; j < Math.min(tokens.length, k + 3); j += 1) {
      if (words.stop.has(tokens[j].lower) || words.coordinators.includes(tokens[j].lower)) break;
      const two = j > k ? `${tokens[j - 1].lower} ${tokens[j].lower}` : '';
      if (heads.has(two) || heads.has(tokens[j].lower)) [item, key] = [j, heads.has(two) ? two : tokens[j].lower];
    }
    if (item < 0) return undefined;
    at = tokens[item].end;
    if (and) {
      const holds = words.counted.holds?.[key] ?? words.counted.holds?.[key.split(' ').pop()!];
      // ("mobile phones, laptops and other digital devices": a thing's synonym is the thing)
      const same = (thing: string) => words.counted.sameThing[thing] ?? thing;
      if (holds && listed.every((thing) => holds.includes(thing) || holds.includes(same(thing)))) return { end: at };
      // ("412 stolen cars, vans and motorcycles": kinds of one class, the figure counts the class)
      const all = [...listed, key];
      const [kind] =
        Object.entries(words.counted.holds ?? {}).find(([, kinds]) => all.every((t) => kinds.includes(t))) ?? [];
      return kind ? { end: at, kind } : undefined;
    }
    listed.push(key);
  }
  return undefined;
}

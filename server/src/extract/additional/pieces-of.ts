import { phraseAt, type Token } from './tokens';
import type { AdditionalWords } from './types';
import { isWord } from './word-sets';

// The word that brings in what pieces are of ("comprimés de", "bottles of", "piezas de").
const OF_THING = /^(?:de|of|d')$/;
// A word in lower case that goes on naming a thing: no stop word, no participle (`spaced`: not written on to the word
// before it).
const plainWord = (token: Token | undefined, words: AdditionalWords, spaced: boolean): token is Token =>
  !!token &&
  spaced &&
  isWord(token) &&
  /^\p{Ll}/u.test(token.text) &&
  !words.stop.has(token.lower) &&
  !words.participle.test(token.lower);
// A word of what the pieces are of: a describing word or a noun.
const ofWord = (token: Token | undefined, words: AdditionalWords, elided: boolean) =>
  plainWord(token, words, !!token && (token.spaced || elided));

/**
 * What counted pieces are of, after the noun that counts them (`head`, ending before `at`): "232 000 comprimés de
 * méthamphétamine", "333 bottles of liquid opioids", "41 806 bottles of unregistered cough syrups" (up to three words);
 * a generic piece ("rounds") only of a thing counted by its own noun, which then names the row ("1,236 rounds of
 * assorted ammunition": "rounds of ammunition"; not "40 rounds of talks"). The tokens it takes, and the row's kind.
 */
export function piecesOf(
  tokens: Token[],
  at: number,
  head: string,
  words: AdditionalWords,
  heads: ReadonlySet<string>
): { length: number; kind: string } | undefined {
  const { counted } = words;
  const generic = counted.generic?.includes(head) ?? false;
  if (!(generic || counted.pieces?.includes(head)) || !OF_THING.test(tokens[at]?.lower ?? '')) return undefined;
  let n = 0;
  let thing: string | undefined;
  // ("flacons d'opioïdes": the word after an elided "d'" is written on to it)
  while (n < 3 && ofWord(tokens[at + 1 + n], words, n === 0 && tokens[at].lower === "d'")) {
    n += 1;
    const whole = `${head} ${tokens[at].lower} ${tokens[at + n].lower}`; // ("rounds of ammunition")
    thing = phraseAt(tokens, at + n, heads, 1)?.key ?? (heads.has(whole) ? whole : thing);
  }
  if (n === 0 || (generic && thing === undefined)) return undefined;
  return { length: 1 + n, kind: generic ? thing! : head };
}

// A describing word after a noun: a spaced word in lower case, no stop word, participle, figure's word or gerund
// ("colis contenant des …", "paquetes conteniendo …").
export const describesAfter = (token: Token | undefined, words: AdditionalWords) =>
  plainWord(token, words, !!token?.spaced) &&
  /^\p{Ll}+$/u.test(token.text) &&
  !Object.hasOwn(words.scales, token.lower) &&
  !/(?:ant|ants|ando|iendo|aient|aron|ieron|èrent)$/.test(token.lower) &&
  !NOT_DESCRIBING.test(token.lower);
// Words after a noun that begin a phrase of their own ("haut de gamme", "hors ligne", "fuera de borda", "non déclarées",
// "dépourvues de", "destinados a") or are a verb ("étaient", "son").
const NOT_DESCRIBING =
  /^(?:non|haut|hors|fuera|mis|mise|mises|dépourvu(?:e|s|es)?|destinad[oa]s?|list[oa]s|étaient|son|eran|fueron|sont|serán)$/;

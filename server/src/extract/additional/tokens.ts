/**
 * The words around a figure, read a few at a time: what follows it (its scale,
 * currency, unit, noun) and what precedes it (the money's noun in "assets
 * worth USD 3 million"). Reading stops at anything that is not a word or a
 * space, so each call costs only the words it returns (no regex scans ahead).
 */

export interface Token {
  /** As written. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whether spaces stand between it and what came before it. */
  spaced: boolean;
}

// An elided article or preposition ("d'", "l'", "qu'") is a word of its own; a word is letters and inner hyphens,
// and inner digits in a name ("AN0M devices", "H5N1"; "USD7 million" stays "USD" and a figure).
// (initials with their dots are one word: "U.S. currency seized")
const WORD = /([ \t]*)(\p{Lu}\.(?:\p{Lu}\.)+|\p{L}{1,2}'|\p{L}(?:[\p{L}\p{M}-]|\d+(?=\p{L}))*)/uy;

/** Up to `max` words from `index` of `text`, stopping at the first thing that is not a word. */
export function tokensAfter(text: string, index: number, max: number): Token[] {
  const found: Token[] = [];
  let at = index;
  while (found.length < max) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m) break;
    const start = at + m[1].length;
    found.push({ text: m[2], lower: m[2].toLowerCase(), start, end: WORD.lastIndex, spaced: m[1].length > 0 });
    at = WORD.lastIndex;
  }
  return found;
}

/**
 * Up to `max` words from `start` to `end`, read on over a comma and the spaces after it ("Pièces d'armes, munitions et
 * explosifs"): a key-figure line's label lists things. The word after a comma is not spaced, so no phrase runs across it.
 */
export function tokensWithin(text: string, start: number, end: number, max: number): Token[] {
  const found: Token[] = [];
  let at = start;
  while (found.length < max && at < end) {
    const part = tokensAfter(text, at, max - found.length).filter((t) => t.end <= end);
    if (part.length === 0) break;
    if (found.length > 0) part[0] = { ...part[0], spaced: false };
    found.push(...part);
    at = part[part.length - 1].end;
    const comma = /^[ \t]*,[ \t]*/.exec(text.slice(at, at + 8));
    if (!comma) break;
    at += comma[0].length;
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{M}-]/u;
const LETTER = /\p{L}/u;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * The last words before `index` (at most `max`, from at most `window`
 * characters before it), read backwards until something that is not a word
 * or a space (a comma, a figure): only the words returned are read.
 */
export function tokensBefore(text: string, index: number, window: number, max = 14): Token[] {
  const from = Math.max(0, index - window);
  const found: Token[] = [];
  let at = index;
  while (found.length < max) {
    let end = at;
    while (end > from && isSpace(text[end - 1])) end -= 1;
    let start = end;
    if (text[end - 1] === "'") {
      // An elided word ("d'", "qu'"): one or two letters before the apostrophe, after no other letter.
      start = end - 1;
      while (start > from && end - start < 3 && LETTER.test(text[start - 1])) start -= 1;
      if (start === end - 1 || (start > 0 && LETTER.test(text[start - 1]))) break;
    } else {
      while (start > from && WORD_CHAR.test(text[start - 1])) start -= 1;
      if (start === end || !LETTER.test(text[start])) break;
      // A window that cut a word in two: its piece is not a word of the text.
      if (start === from && start > 0 && WORD_CHAR.test(text[start - 1])) break;
    }
    const word = text.slice(start, end);
    found.push({ text: word, lower: word.toLowerCase(), start, end, spaced: isSpace(text[start - 1]) });
    at = start;
  }
  return found.reverse();
}

/**
 * The longest of `phrases` (lower case, words joined by single spaces) that
 * the tokens from `at` spell, as its entry and the number of tokens it takes.
 * An elided word joins the next without a space ("d'identité").
 */
export function phraseAt<T>(
  tokens: Token[],
  at: number,
  phrases: Readonly<Record<string, T>> | ReadonlySet<string>,
  longest = 4
): { key: string; length: number } | undefined {
  const has = (key: string) => (phrases instanceof Set ? phrases.has(key) : Object.hasOwn(phrases, key));
  let key = '';
  let best: { key: string; length: number } | undefined;
  for (let n = 0; n < longest && at + n < tokens.length; n += 1) {
    const token = tokens[at + n];
    if (n > 0 && !token.spaced && !key.endsWith("'")) break;
    key = n === 0 ? token.lower : `${key}${key.endsWith("'") ? '' : ' '}${token.lower}`;
    if (has(key)) best = { key, length: n + 1 };
  }
  return best;
}

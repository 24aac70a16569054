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

// An elided article or preposition ("d'", "l'", "qu'") is a word of its own; a word is letters and inner hyphens.
const WORD = /([ \t]*)(\p{L}{1,2}'|\p{L}[\p{L}\p{M}-]*)/uy;

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

const BEFORE = /\p{L}{1,2}'|\p{L}[\p{L}\p{M}-]*|[^\s\p{L}]/gu;

/**
 * The last words before `index`, read from at most `window` characters
 * before it and cut at the last thing that is not a word (a comma, a figure).
 */
export function tokensBefore(text: string, index: number, window: number): Token[] {
  const from = Math.max(0, index - window);
  const slice = text.slice(from, index);
  let found: Token[] = [];
  let last = 0;
  for (const m of slice.matchAll(BEFORE)) {
    if (!/\p{L}/u.test(m[0][0])) {
      found = [];
      last = m.index + m[0].length;
      continue;
    }
    const start = from + m.index;
    found.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start,
      end: start + m[0].length,
      spaced: m.index > last,
    });
    last = m.index + m[0].length;
  }
  // A window that cut a word in two: its first piece is not a word of the text.
  if (from > 0 && found.length > 0 && found[0].start === from && /\p{L}/u.test(text[from - 1])) found.shift();
  return found;
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

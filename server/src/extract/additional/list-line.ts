import { headOf, setsOf } from './word-sets';
import { phraseAt, tokensAfter, tokensWithin } from './tokens';
import type { AdditionalWords } from './types';

/**
 * A key-figure line: "- Cocaine seized: 599 kg", "Cash seized: about EUR 1.1
 * million", "Platforms taken offline: 27". Its label stands before a colon that
 * opens the line, the figure (and its cue) after it, and nothing but a note in
 * brackets follows the figure.
 */

// A bullet or nothing, then a label of letters (no figure, no colon) up to the colon right before the figure (or before
// a first amount and "and": "- Foreign cash: EUR 84,000 and CAD 52,500").
const LINE =
  /^[\s\-–\u0096•\u0095*]*(\p{L}[^:\d\n]{2,90}):[ \t]*(?:(?:\p{Lu}{3} ?|[$€£] ?)\d[\d.,]*(?: (?:million|billion|millions?|milliards?|millones|mil millones))?(?: \p{Lu}{3})? (?:and|et|y) )?$/u;
const REST = /^(?:\([^)\n]{0,80}\))?[.;]?$/;

export interface LineLabel {
  start: number;
  end: number;
  /** What is measured: the label without the words saying what was done to it ("cocaine" of "Cocaine seized"). */
  what: string;
}

/** The label of a key-figure line whose figure (its cue included) starts at `index`; undefined when it is none. */
export function lineLabel(text: string, index: number, words: AdditionalWords): LineLabel | undefined {
  if (index > 110) return undefined;
  const m = LINE.exec(text.slice(0, index));
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  // What it names is the first thing it lists ("- Ivory, raw and worked": ivory); on a bulleted line, all it lists is
  // its label ("Según el informe, cuentas bloqueadas:" is no list of things).
  const inLabel = tokensAfter(text, start, 10).filter((t) => t.end <= end);
  const bulleted = /[-–\u0096•\u0095*]/.test(m[0].slice(0, start - m.index));
  const listed = bulleted ? tokensWithin(text, start, end, 12) : inLabel;
  // The label names a thing, not what was done to it: participles and stop words after the noun are left out.
  let last = inLabel.length - 1;
  while (last > 0 && (words.participle.test(inLabel[last].lower) || words.stop.has(inLabel[last].lower))) last -= 1;
  if (last < 0 || words.participle.test(inLabel[last].lower)) return undefined;
  const kept = inLabel.slice(0, last + 1).map((t) => t.lower);
  return { start, end: listed[listed.length - 1].end, what: headOf(kept.join(' '), words) };
}

/**
 * Whether nothing but a note follows the figure ending at `end` on its line: one in brackets, or one the language
 * sets off after a comma (`note`: "7.7 tonnes, chiefly cannabis").
 */
export const endsLine = (text: string, end: number, note?: RegExp) => {
  const rest = text.slice(end, end + 90).split('\n')[0];
  return REST.test(rest.trim()) || (note?.test(rest) ?? false);
};

/**
 * The counted thing a label names ("DDoS-for-hire platforms taken offline"): its noun, or undefined. `words` of
 * the label are read, up to `max` of them.
 */
export function countedIn(
  text: string,
  label: { start: number; end: number },
  words: AdditionalWords,
  max = 10
): string | undefined {
  const tokens = tokensWithin(text, label.start, label.end, max);
  const { heads } = setsOf(words);
  for (let k = 0; k < tokens.length; k += 1) {
    const head = phraseAt(tokens, k, heads);
    if (head) return head.key;
  }
  return undefined;
}

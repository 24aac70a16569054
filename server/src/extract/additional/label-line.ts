import type { Reading } from './read-figure';
import { phraseAt, tokensBefore } from './tokens';
import type { AdditionalWords } from './types';

/**
 * A line of key figures, its label first and a colon: "- Fondos recuperados: 97,4 millones de dólares",
 * "Infraestructuras desmanteladas: 11.432", "Websites taken down: 1,200". The label is the line's words, from its
 * start (a bullet aside) to the colon; nothing but the figure (its cue, currency or unit) stands between the colon
 * and the line's end. Money and weights take the label whole; a count only when the label names a counted thing of
 * the language ("Detenciones: 1.209" is one of the six figures, no other figure).
 */

const BULLETS = new Set(['', '-', '–', '—', '•', '*', '·']);
// The words a cue may put between the colon and the figure ("cerca de", "más de").
const CUE_ROOM = 24;

/** The label of the key-figure line whose figure starts at `start` and ends at `end`, if the sentence is one. */
export function labelLine(
  text: string,
  start: number,
  end: number,
  words: AdditionalWords
): { start: number; end: number } | undefined {
  const rest = text.slice(end).trim();
  if (rest !== '' && rest !== '.' && rest !== ';') return undefined;
  const room = text.slice(Math.max(0, start - CUE_ROOM), start);
  const colon = room.lastIndexOf(':');
  if (colon < 0 || !/^[\p{L} \t]*$/u.test(room.slice(colon + 1))) return undefined;
  const at = start - room.length + colon;
  const tokens = tokensBefore(text, at, 80, 8);
  if (tokens.length === 0 || words.stop.has(tokens[0].lower)) return undefined;
  if (!BULLETS.has(text.slice(0, tokens[0].start).trim())) return undefined;
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end };
}

/** A count on a key-figure line ("Infraestructuras desmanteladas: 11.432"): its reading, if the label names one. */
export function countOnLine(
  text: string,
  figure: { start: number; end: number; value: number; decimal: boolean },
  words: AdditionalWords
): Reading | null {
  if (figure.decimal || !Number.isInteger(figure.value)) return null;
  const label = labelLine(text, figure.start, figure.end, words);
  if (!label) return null;
  const tokens = tokensBefore(text, label.end, label.end - label.start, 8);
  const heads = new Set(words.counted.heads);
  for (let k = 0; k < Math.min(tokens.length, 3); k += 1) {
    const head = phraseAt(tokens, k, heads);
    if (!head) continue;
    return {
      value: figure.value,
      unit: null,
      label,
      what: text.slice(label.start, label.end).toLowerCase(),
      kind: head.key,
      start: figure.start,
      end: figure.end,
    };
  }
  return null;
}

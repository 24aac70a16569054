import type { Figure } from './figures';
import { labelBefore } from './label-before';
import type { Reading } from './read-figure';
import { setsOf } from './word-sets';
import { countedIn, endsLine, lineLabel } from './list-line';
import { phraseAt, tokensAfter, tokensBefore } from './tokens';
import type { AdditionalWords } from './types';

/**
 * "Firearms recovered totalled 1,184", "Counterfeit passports … seized over the three months totalled 57": a count
 * whose counted thing is the subject before it, joined by a verb of amount (the language's `valuedBefore`). Only
 * when the figure ends its clause and the subject names a counted thing of the language's list.
 */
export function countedBefore(text: string, figure: Figure, start: number, words: AdditionalWords): Reading | null {
  if (figure.decimal || !Number.isInteger(figure.value)) return null;
  if (!/^(?:[.,;)]|$)/.test(text.slice(figure.end, figure.end + 1))) return null;
  const label = labelBefore(text, start, words);
  if (!label) return null;
  const kind = countedIn(text, label, words, 12);
  if (!kind) return null;
  const what = text.slice(label.start, label.end).toLowerCase();
  return { value: figure.value, unit: null, label, what, kind, start: figure.start, end: figure.end };
}

/** "Platforms taken offline: 27": a count on a key-figure line, whose label names a counted thing. */
export function countedOnLine(text: string, figure: Figure, from: number, words: AdditionalWords): Reading | null {
  // "Cigarettes seized: 1.8 million": a scale word may end the line.
  const after = tokensAfter(text, figure.end, 2);
  const scale = after[0]?.spaced ? phraseAt(after, 0, words.scales, 2) : undefined;
  const exact = scale ? figure.value * words.scales[scale.key] : figure.value;
  const value = Math.abs(exact - Math.round(exact)) < 1e-6 ? Math.round(exact) : exact;
  const end = scale ? after[scale.length - 1].end : figure.end;
  if ((figure.decimal && !scale) || !Number.isInteger(value) || !endsLine(text, end, words.lineNote)) return null;
  const label = lineLabel(text, from, words);
  const kind = label && countedIn(text, label, words);
  if (!label || !kind) return null;
  const what = text.slice(label.start, label.end).toLowerCase();
  return {
    value,
    unit: null,
    label,
    what: what.slice(0, what.indexOf(kind) + kind.length),
    kind,
    start: figure.start,
    end,
  };
}

/**
 * "SIM cards — more than 1,300 of them", "the marketplace's domain names, eleven in all": the counted thing, a dash
 * or a comma, then the figure and the language's words that say it counts them all (`counted.restated`).
 */
export function countedAfterNoun(text: string, figure: Figure, start: number, words: AdditionalWords): Reading | null {
  const restated = words.counted.restated;
  if (!restated || figure.decimal || !Number.isInteger(figure.value)) return null;
  const after = restated.exec(text.slice(figure.end, figure.end + 20));
  const mark = /[—\u0097–\u0096,] ?$/.exec(text.slice(Math.max(0, start - 3), start));
  if (!after || !mark) return null;
  const tokens = tokensBefore(text, start - mark[0].length, 40, 3);
  const { heads, complements } = setsOf(words);
  for (let k = 0; k < tokens.length; k += 1) {
    const head = phraseAt(tokens, k, heads, 3);
    if (!head) continue;
    // "véhicules de luxe – douze au total": a complement of the noun may follow it (French, Spanish).
    const complement = tokens[k + head.length]?.spaced ? phraseAt(tokens, k + head.length, complements, 3) : undefined;
    // "Las aves rescatadas, unas 4.300, …", "the SIM cards seized — 1,300 of them": a participle may close it.
    const through = k + head.length + (complement?.length ?? 0);
    const done = through === tokens.length - 1 && words.participle.test(tokens[through].lower);
    if (through !== tokens.length && !done) continue;
    const label = { start: tokens[k].start, end: tokens[tokens.length - 1].end };
    const what = text.slice(label.start, label.end).toLowerCase();
    return {
      value: figure.value,
      unit: null,
      label,
      what,
      kind: head.key,
      start: figure.start,
      end: figure.end,
    };
  }
  return null;
}

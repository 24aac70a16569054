import type { LanguageRules } from './languages/types';

/** A figure set off after another as its parts, in brackets or between dashes (stat-candidates.ts, isShare). */

// "Participating countries: 24 (19 EU Member States and five partners)": a figure in brackets after another is a part.
const BRACKETED_AFTER_FIGURE = /\d[^\S\n]*\([^()\n]{0,40}$/;
// ("700 efectivos de once países —nueve Estados miembros de la UE y dos socios externos—": countries' parts between
// dashes, an em dash as written or as folded in the text the rules read)
const DASHED_AFTER_FIGURE = /(?:\d|\p{L})[^\S\n]+(\p{L}+)[^\S\n]+[—\u0097][^—\u0097\n]{0,60}$/u;

/** Whether the figure at `start` of `text` is in brackets or between dashes after another figure. */
export function inAnAside(text: string, start: number, language: LanguageRules): boolean {
  if (BRACKETED_AFTER_FIGURE.test(text.slice(Math.max(0, start - 60), start))) return true;
  const noun = DASHED_AFTER_FIGURE.exec(text.slice(Math.max(0, start - 80), start + 1))?.[1];
  return noun !== undefined && language.share.whole.test(noun);
}

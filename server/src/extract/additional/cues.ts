import { cueWindow } from '../looking-back';
import type { LanguageRules } from '../languages/types';

/** The cue before a figure ("more than 300", "près de 500"): the qualifier it gives, and where it starts. */

/** The qualifier the cue before a figure gives it; a cue after an elision ("d'environ") is read as one after a space. */
export function qualifierOf(text: string, index: number, language: LanguageRules) {
  const window = cueWindow(text, index, language.numbers.totalOf);
  const read = language.numbers.qualifierBefore(window);
  if (read.cue || window.lastIndexOf("'") < window.length - 24) return read;
  const elided = /(?<=\p{L}')(?=\p{L}[\p{L} ]*$)/u.exec(window.slice(-24));
  if (!elided) return read;
  const at = Math.max(0, window.length - 24) + elided.index;
  return language.numbers.qualifierBefore(`${window.slice(0, at)} ${window.slice(at)}`);
}

/** Where `cue`, read before the figure at `index`, starts. */
export function cueStart(text: string, index: number, cue: string): number {
  const before = text.slice(Math.max(0, index - 60), index).toLowerCase();
  const at = before.lastIndexOf(cue.toLowerCase());
  return at >= 0 ? index - before.length + at : index;
}

/** Where the figure's cue starts ("more than 300"), or the figure when it has none. */
export function qualifierStart(text: string, index: number, language: LanguageRules): number {
  const { cue } = qualifierOf(text, index, language);
  return cue ? cueStart(text, index, cue) : index;
}

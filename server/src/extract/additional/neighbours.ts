import { tokensBefore } from './tokens';
import type { AdditionalWords } from './types';

/** How a figure stands to the figures before it in its sentence: the end of a range, the next item of a list. */

const DIGIT_BEFORE = /[\d#][ \t]*$/;
// How far after a share's figure the next one still continues its list, and what ends that list.
const SHARE_LIST_GAP = 40;
const CLAUSE_END = /[.;:\n]/;
// The last item of a list, after "and" with no comma ("including 412 pistols and 96 automatic weapons").
// (the list's last item may be read short: "412 converted alarm | and signal pistols and 96 …")
const LAST_OF_LIST = /^\s+(?:[\p{L}-]+\s+){0,4}?(?:and|et|y|e)\s+$/u;
/** "300 to 400 websites", "300-400 kg": the figure ends a range, and says no figure on its own. */
export function endsARange(text: string, start: number, words: AdditionalWords): boolean {
  let at = start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at -= 1;
  if (text[at - 1] === '-' || text[at - 1] === '–' || text[at - 1] === '\u0096')
    return DIGIT_BEFORE.test(text.slice(Math.max(0, at - 4), at - 1));
  const word = tokensBefore(text, start, 12, 1)[0];
  return (
    !!word &&
    words.rangeJoiners.includes(word.lower) &&
    DIGIT_BEFORE.test(text.slice(Math.max(0, word.start - 4), word.start))
  );
}

/**
 * Whether the figure at `from` goes on the list a share word opened, whose last item ends at `shareEnd`: close after
 * it, in the same clause, and either counting the same things as the whole or joined as the list's last item.
 */
export function continuesAList(text: string, shareEnd: number, from: number, sameKind: boolean): boolean {
  if (from - shareEnd > SHARE_LIST_GAP) return false;
  const between = text.slice(shareEnd, from);
  return !CLAUSE_END.test(between) && (sameKind || LAST_OF_LIST.test(between));
}

import type { StatQualifier } from '../../../shared/stats';
import type { LanguageRules } from './languages/types';
import { matchesOf } from './regexps';
import type { Sentence } from './text';

/**
 * What the words just before a figure say, read in time linear in the text.
 *
 * The extractor used to ask these questions with a `$`-anchored regex on
 * `text.slice(0, index)`. The engine tries such a regex from every position of
 * that prefix, and the extractor asks once per figure found, so a 100 KB
 * sentence with many figures, or a long run of spaces, cost quadratic time
 * (issue 10: 12 s for "x" + 99,000 spaces + "5 arrests"). Here each question
 * is asked once at the figure's position, with a sticky lookbehind, or answered
 * from an index of the sentence built once. The answers are the same.
 */

/** Whether `pattern`, a sticky regex holding one lookbehind, holds at `index` of `text`. */
export function holdsAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

const SPACE = /\s/;

/**
 * The words a qualifier cue is read from: the 40 characters before `index`,
 * with a "total" phrase (`totalOf`: "a total of", "au total") and the spaces
 * around it read past ("at least a total of 40" is at least 40). Same as
 * `text.slice(0, index).replace(/\s*a total of\s*$/i, ' ').slice(-40)`.
 */
export function cueWindow(text: string, index: number, totalOf: readonly string[]): string {
  let end = index;
  while (end > 0 && SPACE.test(text[end - 1])) end -= 1;
  for (const phrase of totalOf) {
    if (end < phrase.length || text.slice(end - phrase.length, end).toLowerCase() !== phrase) continue;
    if (end > phrase.length && /\p{L}/u.test(text[end - phrase.length - 1])) continue;
    let start = end - phrase.length;
    while (start > 0 && SPACE.test(text[start - 1])) start -= 1;
    return `${text.slice(Math.max(0, start - 40), start)} `.slice(-40);
  }
  return text.slice(Math.max(0, index - 40), index);
}

/**
 * The qualifier a figure's cue gives it: the first of `cues` (each `$`-anchored,
 * by qualifier) found in the 40 characters before the figure; `exact` when none.
 */
export function cueBefore(
  cues: readonly (readonly [RegExp, StatQualifier])[],
  textBefore: string
): { qualifier: StatQualifier; cue: string | null } {
  const tail = textBefore.slice(-40);
  for (const [pattern, qualifier] of cues) {
    const match = pattern.exec(tail);
    if (match) return { qualifier, cue: match[0].trim() };
  }
  return { qualifier: 'exact', cue: null };
}

const WORD_CHAR = /\w/;

interface Occurrence {
  start: number;
  end: number;
}

/**
 * Where a sentence's words that mark a share stand. A word counts before a
 * figure when it ends before the figure's start, at a word boundary or right
 * at that start (as `\b` at the end of a slice would have it).
 */
class WordIndex {
  private readonly bounded: Occurrence[] = [];
  private readonly startOfEndingAt = new Map<number, number>();

  constructor(text: string, pattern: RegExp) {
    for (const m of matchesOf(text, pattern)) {
      const occurrence = { start: m.index, end: m.index + m[0].length };
      this.startOfEndingAt.set(occurrence.end, occurrence.start);
      if (!WORD_CHAR.test(text[occurrence.end] ?? '')) this.bounded.push(occurrence);
    }
  }

  /** Whether one of the words stands wholly in `text.slice(from, to)`. */
  within(from: number, to: number): boolean {
    const exact = this.startOfEndingAt.get(to);
    if (exact !== undefined && exact >= from) return true;
    // The first bounded word starting at or after `from` ends first.
    let low = 0;
    let high = this.bounded.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.bounded[mid].start < from) low = mid + 1;
      else high = mid;
    }
    return low < this.bounded.length && this.bounded[low].end <= to;
  }
}

/** A sentence's clause starts and share words, indexed once for all the figures in it. */
export class SentenceIndex {
  private readonly clauseStarts: Int32Array;
  private readonly shareWords: WordIndex;
  private readonly alone: WordIndex;
  private readonly inOnePlaceEnd: number;

  constructor(text: string, share: LanguageRules['share']) {
    this.clauseStarts = new Int32Array(text.length + 1);
    let last = 0;
    // (a bracket closed takes the clause back to where it stood before it opened: "entre ellos 63 miembros de la
    // Dirección Nacional de Control de Drogas (DNCD) y más de 170 policías" is one clause after "entre ellos")
    const opened: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] === ',' || text[i] === ';') last = i;
      else if (text[i] === '(') {
        opened.push(last);
        last = i;
      } else if (text[i] === ')' && opened.length > 0) last = opened.pop()!;
      this.clauseStarts[i] = last;
    }
    this.clauseStarts[text.length] = last;
    this.shareWords = new WordIndex(text, share.words);
    this.alone = new WordIndex(text, share.alone);
    const inPlace = share.inOnePlace.exec(text);
    this.inOnePlaceEnd = inPlace ? inPlace[0].length : Infinity;
  }

  /** Where the clause holding `index` starts: its last `,` `;` `(` (of a bracket still open) before `index`, or 0. */
  clauseStart(index: number): number {
    return this.clauseStarts[index];
  }

  /** A share word between the clause start and `index`. */
  shareWordBefore(index: number): boolean {
    return this.shareWords.within(this.clauseStart(index), index);
  }

  /** A share word in `[from, to)`. */
  shareWordWithin(from: number, to: number): boolean {
    return this.shareWords.within(from, to);
  }

  /** "alone" anywhere before `index`. */
  aloneBefore(index: number): boolean {
    return this.alone.within(0, index);
  }

  /** The sentence opens on "In <Place>," before `index`. */
  opensOnOnePlaceBefore(index: number): boolean {
    return this.inOnePlaceEnd <= index;
  }
}

const indexes = new WeakMap<Sentence, SentenceIndex>();

/** The sentence's index, built the first time a figure in it needs one (a sentence is read in one language). */
export function indexOf(sentence: Sentence, share: LanguageRules['share']): SentenceIndex {
  let index = indexes.get(sentence);
  if (!index) {
    index = new SentenceIndex(sentence.text, share);
    indexes.set(sentence, index);
  }
  return index;
}

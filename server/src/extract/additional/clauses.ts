import { matchesOf, regex } from '../regexps';
import type { AdditionalWords } from './types';

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A comma between two digits groups a figure's thousands ("230,000"): no clause ends there. */
const inNumber = (text: string, i: number) => isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));

/**
 * After a comma, another item of a list of figures: "inspected 4,600 farms, 320 mills, as well as about 1,900
 * vehicles", "inspeccionaron 4.600 explotaciones, así como unos 1.900 vehículos". The words that check the first item
 * check them all, so no clause starts there (for the words before a figure only). Sticky, at the comma's next character.
 */
const LIST_ITEM =
  /[ \t]?(?:(?:and|or|as well as|along with|plus|y|o|e|así como|junto con|et|ou|ainsi que)[ \t])?(?:(?:about|some|around|nearly|almost|over|more than|at least|up to|unos|unas|más de|cerca de|casi|alrededor de|al menos|hasta|environ|près de|plus de|quelque|au moins|jusqu'à)[ \t])?\d/y;
const listGoesOn = (text: string, i: number) => {
  LIST_ITEM.lastIndex = i + 1;
  return LIST_ITEM.test(text);
};

const LIST_LINE = /^[ \t]*[-•–—*\u0095]/;
/** The word at `at` ends the text, or only a `;` or `.` follows it. */
const CLOSES_THE_LINE = /^\p{L}*[ \t]*(?:[;.][ \t]*)?$/u;
const closesTheLine = (text: string, at: number) => CLOSES_THE_LINE.test(text.slice(at, at + 40));

/** Where each clause of a sentence starts and ends, and where the words that refuse a figure stand. */
export class Clauses {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly checked: number[];
  /** Checking words after "were", "ont été", "fueron": they tell of the things before them. */
  private readonly passive: Set<number>;
  private readonly lastSingle: number;
  /** Where each rate or unit price stands ("a year", "por kilo"), in order. */
  private readonly rates: number[];
  /** Where each rate told before its figure stands (`AdditionalWords.rateBefore`), in order. */
  private readonly ratesBefore: number[];
  private readonly semicolons: Int32Array;
  /** Whether each place of the sentence is inside a quote opened in it ("…", «…»). */
  private readonly quotes: Uint8Array;

  constructor(text: string, words: AdditionalWords) {
    const n = text.length;
    this.starts = new Int32Array(n + 1);
    this.semicolons = new Int32Array(n + 1);
    this.ends = new Int32Array(n + 1);
    const COMMA = 44;
    const SEMICOLON = 59;
    const COLON = 58;
    this.quotes = new Uint8Array(n + 1);
    let start = 0;
    let semicolon = 0;
    let quoted = 0;
    for (let i = 0; i <= n; i += 1) {
      this.starts[i] = start;
      this.semicolons[i] = semicolon;
      this.quotes[i] = quoted;
      const c = text.charCodeAt(i);
      if (c === 34) quoted ^= 1;
      else if (c === 171) quoted = 1;
      else if (c === 187) quoted = 0;
      if ((c === COMMA && !inNumber(text, i) && !listGoesOn(text, i)) || c === SEMICOLON || c === COLON) start = i + 1;
      if (c === SEMICOLON || c === COLON) semicolon = i + 1;
    }
    let end = n;
    for (let i = n; i >= 0; i -= 1) {
      const c = text.charCodeAt(i);
      if ((c === COMMA && !inNumber(text, i)) || c === SEMICOLON || c === COLON) end = i;
      this.ends[i] = end;
    }
    this.checked = matchesOf(text, words.checked).map((m) => m.index);
    // (a few words may stand between: "1,940 containers that were opened and physically examined")
    const auxiliary = regex(
      `(?<!\\p{L})(?:${words.auxiliaries.join('|')})(?:[ \\t]+\\p{Ll}+[ \\t]+(?:and|et|y|e))?(?:[ \\t]+\\p{Ll}+ly)?[ \\t]+$`,
      'iu'
    );
    // (and on a key-figure line, a checking word that closes it: "• 11 240 véhicules et 18 930 personnes contrôlés ;")
    const line = LIST_LINE.test(text);
    this.passive = new Set(
      this.checked.filter(
        (at) => auxiliary.test(text.slice(Math.max(0, at - 48), at)) || (line && closesTheLine(text, at))
      )
    );
    this.lastSingle = matchesOf(text, words.single).at(-1)?.index ?? -1;
    this.rates = words.rate ? matchesOf(text, words.rate).map((m) => m.index) : [];
    this.ratesBefore = words.rateBefore ? matchesOf(text, words.rateBefore).map((m) => m.index) : [];
  }

  /**
   * A word saying the things were checked or deployed, not seized ("inspected",
   * "supported by"), in the clause of `[from, to)`: before them since the
   * figure before (`after`) when it is active ("checked 12,000 vehicles"), or
   * after them up to the next figure (`before`) when it is passive ("12,000
   * vehicles were checked") or right after them ("12,000 vehicles checked").
   */
  checkedAround(from: number, to: number, after: number, before: number): boolean {
    const low = Math.max(this.starts[from], after);
    const high = Math.min(this.ends[to], before);
    // The first checking word at or after `low` (binary search: asked once per figure).
    let first = 0;
    let last = this.checked.length;
    while (first < last) {
      const mid = (first + last) >> 1;
      if (this.checked[mid] < low) first = mid + 1;
      else last = mid;
    }
    for (let k = first; k < this.checked.length && this.checked[k] < high; k += 1) {
      const at = this.checked[k];
      const passive = this.passive.has(at);
      if (at < from ? !passive : passive || at <= to + 1) return true;
    }
    return false;
  }

  /** Where the `;` clause holding `index` starts (the sentence's start when none). */
  semicolonStart(index: number): number {
    return this.semicolons[index];
  }

  /** Inside a quote: a quote restates a figure the release gives. */
  quoted(index: number): boolean {
    return this.quotes[index] === 1;
  }

  /**
   * "in a single port" after `index`, not after a share word between them (`shareBetween`): "96 000 litres de
   * carburant – dont 40 000 litres dans un seul convoi –" tells the single case of the part, not of the whole.
   */
  singleAfter(index: number, shareBetween?: (from: number, to: number) => boolean): boolean {
    return this.lastSingle >= index && !shareBetween?.(index, this.lastSingle);
  }

  /** A rate or a unit price in `[from, to)`: the figure before it, up to the next figure, is one ("USD 320 billion a year"). */
  rateBetween(from: number, to: number): boolean {
    return someIn(this.rates, from, to);
  }

  /**
   * A rate told before the figure at `index`, since its sentence or `;` clause began ("cada día unas 250 toneladas",
   * "Every week, the network moved …").
   */
  rateBefore(index: number): boolean {
    return someIn(this.ratesBefore, this.semicolons[index], index);
  }
}

/** Whether `positions` (in order) holds one in `[from, to)` (binary search). */
function someIn(positions: number[], from: number, to: number): boolean {
  let first = 0;
  let last = positions.length;
  while (first < last) {
    const mid = (first + last) >> 1;
    if (positions[mid] < from) first = mid + 1;
    else last = mid;
  }
  return first < positions.length && positions[first] < to;
}

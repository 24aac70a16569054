/**
 * Text plumbing for the press-release extractor: sentences with their
 * offsets, so every field found can point at the exact span it read.
 */

export interface Sentence {
  text: string;
  /** Offset of `text` in the whole release. */
  index: number;
  /** One of the release's first lines, when each stands alone without a full stop (its headline and standfirst). */
  headline: boolean;
  /** Under a heading that names one country's part ("Le volet français en chiffres"): its figures are a share (sections.ts). */
  oneCountry?: boolean;
}

// A sentence ends at . ! ? (not inside "3.7" or "U.S.") or at a line break; the next one may open on «, ¿ or ¡.
const BOUNDARY = /(?<=[.!?]["”’»)]?)\s+(?=["“‘(«¿¡]?[\p{Lu}0-9])|\n\s*/gu;

export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  let start = 0;
  // Still in the lines that open the release, each on its own without a full stop.
  let leading = true;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      // A headline is a first line of its own, without a full stop: "Interpol Arrests 3,744 Suspects …";
      // so is a standfirst under it, which rounds its figures as headlines do ("Plus de 3 200 victimes").
      const ownLine = /^\s*\n/.test(text.slice(end)) && !/[.!?]["”’)]?$/.test(trimmed);
      leading = leading && ownLine;
      found.push({ text: trimmed, index: start + lead, headline: leading });
    }
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    // "U.S. authorities", "Mr. Smith": a short abbreviation is not the end of a sentence.
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (
      m[0].indexOf('\n') === -1 &&
      /(?:\b[A-Z]\.|\b(?:Mr|Ms|Mrs|Dr|St|No|Gen|Col|Insp|Mme|Sr|Sra|Dra|Lic)\.)$/.test(before)
    )
      continue;
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return found;
}

export const LETTER = /\p{L}/u;
/** A letter, as `\p{L}` says (a surrogate pair is read as one character). */
export function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) {
    return LETTER.test(text.slice(i - 1, i + 1));
  }
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]);
}

/** `text` as a pattern that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one-byte stand-ins (windows-1252's places) of the punctuation the patterns read beyond Latin-1: the dashes,
 * the euro, rupee, naira and peso signs, the bullet, the ellipsis. A pattern that reads one of these reads its stand-in too.
 */
export const STAND_IN = {
  enDash: '\u0096',
  emDash: '\u0097',
  euro: '\u0080',
  rupee: '\u0081',
  naira: '\u0082',
  peso: '\u0083',
  bullet: '\u0095',
  ellipsis: '\u0085',
};
const FOLDED: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '\u00a0': ' ',
  '–': STAND_IN.enDash,
  '—': STAND_IN.emDash,
  '€': STAND_IN.euro,
  '₹': STAND_IN.rupee,
  '₦': STAND_IN.naira,
  '₱': STAND_IN.peso,
  '•': STAND_IN.bullet,
  '…': STAND_IN.ellipsis,
};
const SPACE = /\s/;
const UPPER = /\p{Lu}/u;

/**
 * Typographic variants a pasted release brings in, folded to what the patterns expect (same length): curly quotes
 * to straight ones, no-break and thin spaces to spaces; and every other character beyond Latin-1 to a one-byte
 * stand-in (a letter to "Þ" or "þ" by its case, a space to a space, a line separator to a line break, anything
 * else to "¤"). The text the patterns read is then one-byte, which V8's regular expressions read several times
 * faster than the same text with one en dash in it; what is shown is always taken from the original text.
 */
export function fold(text: string): string {
  // Written byte by byte and read back as Latin-1: a string built by replacing parts of a two-byte string would stay
  // two-byte, however narrow its characters.
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0xa0 ? code : foldedCode(text[i]);
    // (thousands grouped by an apostrophe, as Switzerland writes them: "2'149", "1’250 000" read as "2 149")
    if ((code === 0x27 || code === 0x2019) && groupsThousands(text, i)) bytes[i] = 0x20;
  }
  return bytes.toString('latin1');
}

const isDigitAt = (text: string, i: number) => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
/** Whether the mark at `i` stands between a digit and a group of three digits. */
const groupsThousands = (text: string, i: number) =>
  isDigitAt(text, i - 1) &&
  isDigitAt(text, i + 1) &&
  isDigitAt(text, i + 2) &&
  isDigitAt(text, i + 3) &&
  !isDigitAt(text, i + 4);

function foldedCode(c: string): number {
  const known = FOLDED[c];
  if (known) return known.charCodeAt(0);
  if (c.charCodeAt(0) <= 0xff) return c.charCodeAt(0);
  // (a character outside the Basic Multilingual Plane is two code units: each is folded, the length stays)
  if (c === '\u2028' || c === '\u2029') return 0x0a;
  if (SPACE.test(c)) return 0x20;
  if (LETTER.test(c)) return UPPER.test(c) ? 0xde : 0xfe;
  return 0xa4;
}

/** The release's lead: the paragraph of its first sentence after the headline, and where it starts. */
/** The paragraph after the lead (`leadOf`), if any. */
export function afterLeadOf(list: Sentence[], text: string): { text: string; index: number } | undefined {
  const lead = leadOf(list, text);
  const next = lead && list.find((sentence) => !sentence.headline && sentence.index > lead.index + lead.text.length);
  return next && paragraphFrom(text, next.index);
}

export function leadOf(list: Sentence[], text: string): { text: string; index: number } | undefined {
  const first = list.find((sentence) => !sentence.headline);
  return first && paragraphFrom(text, first.index);
}

/** The text from `index` to the end of its line (its paragraph). */
function paragraphFrom(text: string, index: number): { text: string; index: number } {
  const end = text.indexOf('\n', index);
  return { text: text.slice(index, end < 0 ? text.length : end), index };
}

/**
 * Where the sentences of `list` stand in `work`: `at`, the last sentence starting at or before an index (binary search:
 * asked once per mention); `before`, the sentence before one when the same paragraph holds both (no line break between).
 */
export function sentenceFinder(list: Sentence[], work: string) {
  const at = (index: number): Sentence | undefined => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid].index <= index) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? list[low - 1] : undefined;
  };
  const before = (sentence: Sentence): Sentence | undefined => {
    const previous = at(sentence.index - 1);
    if (!previous || previous === sentence) return undefined;
    return work.slice(previous.index + previous.text.length, sentence.index).includes('\n') ? undefined : previous;
  };
  return { at, before };
}

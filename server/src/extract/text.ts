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

/** Typographic variants a pasted release brings in, folded to what the patterns expect (same length). */
export function fold(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/** The release's lead: the paragraph of its first sentence after the headline, and where it starts. */
export function leadOf(list: Sentence[], text: string): { text: string; index: number } | undefined {
  const first = list.find((sentence) => !sentence.headline);
  if (!first) return undefined;
  const end = text.indexOf('\n', first.index);
  return { text: text.slice(first.index, end < 0 ? text.length : end), index: first.index };
}

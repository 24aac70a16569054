import type { Sentence } from './text';

/**
 * One country's part of a release, under a heading of its own: "Le volet français en chiffres", "La aportación
 * española", "The UK's part", "In Spain". Every sentence and list line under such a heading, up to the next
 * heading, tells that country's share of the operation ("- 14 interpellations ;", "312 gendarmes mobilisés"), not
 * its whole: the sentences are marked `oneCountry`, and their figures are read as a share is (stat-candidates.ts).
 */

// A heading: a line of its own, short, not a list line and not closed by a sentence's punctuation.
const HEADING_MAX = 80;
const LIST_LINE = /^[-–•*\u0095\u0096]/;
const CLOSED = /[.!?;:,]["”’»)]?$/;

function isHeading(sentence: Sentence, work: string): boolean {
  if (sentence.headline || sentence.text.length > HEADING_MAX) return false;
  if (LIST_LINE.test(sentence.text) || CLOSED.test(sentence.text)) return false;
  const before = work.lastIndexOf('\n', sentence.index - 1);
  if (sentence.index > 0 && (before < 0 || work.slice(before, sentence.index).trim() !== '')) return false;
  const end = sentence.index + sentence.text.length;
  return end >= work.length || work[end] === '\n' || /^[ \t]*(?:\r?\n|$)/.test(work.slice(end, end + 8));
}

/** Marks the sentences under a heading that names one country (`pattern`, tested on the heading's text). */
export function markOneCountrySections(list: Sentence[], work: string, pattern: RegExp | undefined): void {
  if (!pattern) return;
  let inSection = false;
  for (const sentence of list) {
    if (isHeading(sentence, work)) {
      inSection = pattern.test(sentence.text);
      continue;
    }
    if (inSection) sentence.oneCountry = true;
  }
}

/**
 * Marks every sentence of a paragraph that opens on one country's part (`pattern`, tested on its first sentence):
 * "The UK strand of the operation was led by the NCA … In addition to the 41 arrests, 18 new UK investigations were
 * opened." tells the UK's figures, not the operation's, up to the paragraph's end (a blank line).
 */
export function markOneCountryParagraphs(list: Sentence[], work: string, pattern: RegExp | undefined): void {
  if (!pattern) return;
  let inParagraph = false;
  for (const sentence of list) {
    const opens =
      sentence.index === 0 || /\n[ \t]*\n[ \t]*$/.test(work.slice(Math.max(0, sentence.index - 40), sentence.index));
    if (opens) inParagraph = !sentence.headline && pattern.test(sentence.text);
    if (inParagraph) sentence.oneCountry = true;
  }
}

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
function markOneCountrySections(list: Sentence[], work: string, pattern: RegExp | undefined): void {
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
function markOneCountryParagraphs(list: Sentence[], work: string, pattern: RegExp | undefined): void {
  if (!pattern) return;
  let inParagraph = false;
  for (const sentence of list) {
    const opens =
      sentence.index === 0 || /\n[ \t]*\n[ \t]*$/.test(work.slice(Math.max(0, sentence.index - 40), sentence.index));
    if (opens) inParagraph = !sentence.headline && pattern.test(sentence.text);
    if (inParagraph) sentence.oneCountry = true;
  }
}

const BULLET = /^[ \t]*[-–•*\u0095\u0096]/;
/**
 * Marks the later sentences of a list line that opens on one place (`pattern`, the language's `share.inOnePlace`):
 * "- Côte d'Ivoire : 58 suspects ont été arrêtés … La police a saisi 240 téléphones portables …" tells that country's
 * seizures too, up to the line's end.
 */
function markOneCountryListItems(list: Sentence[], work: string, pattern: RegExp): void {
  let lineEnd = -1;
  for (const sentence of list) {
    if (sentence.index < lineEnd) {
      sentence.oneCountry = true;
      continue;
    }
    lineEnd = -1;
    if (sentence.headline || !BULLET.test(sentence.text) || !pattern.test(sentence.text)) continue;
    const end = work.indexOf('\n', sentence.index);
    lineEnd = end < 0 ? work.length : end;
  }
}

// A line that brings in cases, in English, French or Spanish: "Two cases illustrate the approach:", "Among the cases
// reported by participating countries:", "Quelques cas relevés :", "Algunos casos destacados:".
const CASES_INTRO = /(?<!\p{L})(?:cases|examples|instances|cas|exemples|casos|ejemplos)(?!\p{L})[^\n:]{0,80}:$/iu;
const LINE_START = /(?:^|\n)[ \t]*$/;
/**
 * Marks the list lines after a line that brings in cases (`CASES_INTRO`): each tells one case, its seizures and arrests
 * a part of the operation's ("- in Italy, officers seized 31 tonnes of seafood …", "- A shipment of 5.4 tonnes of
 * pesticide … was also halted."), up to the first line that is no list line.
 */
function markCaseLists(list: Sentence[], work: string): void {
  let inCases = false;
  for (const sentence of list) {
    const startsLine = LINE_START.test(work.slice(Math.max(0, sentence.index - 40), sentence.index));
    if (startsLine) inCases = inCases && LIST_LINE.test(sentence.text);
    if (inCases) sentence.oneCountry = true;
    else if (!sentence.headline && CASES_INTRO.test(sentence.text)) inCases = true;
  }
}

/** Marks the sentences that tell one country's part: under its heading, in its paragraph, on its list line. */
export function markOneCountryParts(
  list: Sentence[],
  work: string,
  share: { section?: RegExp; paragraph?: RegExp; inOnePlace: RegExp }
): void {
  markOneCountrySections(list, work, share.section);
  markOneCountryParagraphs(list, work, share.paragraph);
  markOneCountryListItems(list, work, share.inOnePlace);
  markCaseLists(list, work);
}

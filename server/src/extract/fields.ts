import type { StatName } from '../../../shared/stats';
import { findAgency } from './agency';
import { findCodename } from './codename';
import { findDateRanges } from './dates';
import { findHeadquarters } from './headquarters';
import { LANGUAGES } from './languages';
import type { FieldRule, LanguageRules } from './languages/types';
import { mask } from './mask';
import { resolveStat, statCandidates } from './stat-candidates';
import { fold, sentences, type Sentence } from './text';
import type { ExtractedFields } from './types';

/**
 * The press-release extractor: reads the six stats, the dates, the agency,
 * the headquarters and the codename from a release, each with the exact span
 * it read. Deterministic and conservative: a figure without a clear cue for
 * its field, a figure that two sentences disagree on, a figure about an
 * earlier edition or one country's share is left out, never guessed.
 *
 * This file runs the pieces: the text is folded and masked (text.ts, mask.ts),
 * dates read (dates.ts), each stat read by its language's rule and resolved
 * (stat-candidates.ts), then the codename, agency and headquarters
 * (codename.ts, agency.ts, headquarters.ts). What is said in which words is
 * the language's (`LanguageRules`, languages/types.ts; English in en/).
 */

export type { ExtractedFields, ExtractedStat, ExtractedText } from './types';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function extractFields(text: string, language: LanguageRules = LANGUAGES.en): ExtractedFields {
  const original = text;
  const folded = fold(text);
  const work = mask(folded, language);
  const list = sentences(work);
  // The last sentence starting at or before `index` (binary search: asked once per mention).
  const sentenceAt = (index: number) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid].index <= index) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? list[low - 1] : undefined;
  };
  // The year of the operation: of its period when the release gives one, else the latest year it names.
  const years = [...folded.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const fields: ExtractedFields = {};

  const ranges = findDateRanges(folded, language);
  const earlierThanRelease = (text: string, year: number) =>
    [...text.matchAll(language.earlier.yearEdition)].some((m) => Number(m[1]) < year);
  const isEarlierText = (text: string, year: number) =>
    language.earlier.text.test(text) || earlierThanRelease(text, year);
  const latestYear = years.length ? Math.max(...years) : 0;
  const current = ranges.filter((range) => !isEarlierText(sentenceAt(range.index)?.text ?? '', latestYear));
  const distinct = new Set(current.map((r) => `${r.startDate}/${r.endDate}`));
  if (distinct.size === 1) {
    const [range] = current;
    const evidence = original.slice(range.index, range.index + range.evidence.length);
    fields.startDate = { value: range.startDate, evidence };
    fields.endDate = { value: range.endDate, evidence };
  }
  const year = fields.startDate ? Number(fields.startDate.value.slice(0, 4)) : latestYear;
  // The agency's boilerplate: from its heading on, nothing is about this operation.
  const boilerplateAt = language.boilerplate?.exec(work)?.index ?? Infinity;
  const isEarlier = (index: number) => {
    const sentence = sentenceAt(index);
    return sentence ? sentence.index >= boilerplateAt || isEarlierText(sentence.text, year) : false;
  };

  const codename = findCodename(work, original, list, isEarlier, language);
  if (codename) fields.codename = codename;
  // Another operation named in a sentence ("Operation Liberterra II") makes its figures someone else's.
  const otherNames = codename
    ? new RegExp(`\\b${language.operationWord}\\s+(?!${escapeRegExp(codename.value)}\\b)\\p{Lu}`, 'u')
    : null;
  // "Thornveld 3, held in 2024, …" when this is Thornveld 4: another edition of the same operation.
  const edition = codename && /^(.*\S)\s+(\d+|[IVXLC]+)$/.exec(codename.value);
  const otherEdition = edition
    ? new RegExp(`\\b${escapeRegExp(edition[1])}\\s+(?!${edition[2]}\\b)(?:\\d+|[IVXLC]+)\\b`)
    : null;
  // "… took place in 2024 and led to 311 arrests", in a release about 2025.
  const pastYear = (text: string) =>
    [...text.matchAll(language.earlier.inYear)].some((m) => Number(m[1]) < year) &&
    language.earlier.happened.test(text);
  const earlierSentences = new Map<Sentence, boolean>();
  const isEarlierSentence = (sentence: Sentence) => {
    let earlier = earlierSentences.get(sentence);
    if (earlier === undefined) {
      earlier = isEarlierAsWritten(sentence);
      earlierSentences.set(sentence, earlier);
    }
    return earlier;
  };
  const isEarlierAsWritten = (sentence: Sentence) =>
    sentence.index >= boilerplateAt ||
    isEarlierText(sentence.text, year) ||
    (otherNames?.test(sentence.text) ?? false) ||
    (otherEdition?.test(sentence.text) ?? false) ||
    (year > 0 && pastYear(sentence.text));

  for (const [stat, rule] of Object.entries(language.stats) as [StatName, FieldRule][]) {
    const candidates = list.flatMap((sentence) => statCandidates(rule, sentence, isEarlierSentence, language));
    const resolved = resolveStat(candidates, original);
    if (resolved) fields[stat] = resolved;
  }

  const agency = findAgency(work, original, isEarlier, language);
  if (agency) fields.agency = agency;
  const headquarters = findHeadquarters(list, original, isEarlier, language);
  if (headquarters) fields.headquarters = headquarters;
  return fields;
}

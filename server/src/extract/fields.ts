import type { StatName } from '../../../shared/stats';
import { findAgency } from './agency';
import { findHeadquarters } from './headquarters';
import { LANGUAGES } from './languages';
import type { FieldRule, LanguageRules } from './languages/types';
import { resolveStat, roundsABodyFigure, statCandidates, type Candidate } from './stat-candidates';
import { readRelease, type ReleaseReading } from './reading';
import { roundOfExact, roundsTo } from './stat-rounding';
import { leadOf } from './text';
import type { ExtractedFields } from './types';

/**
 * The candidates read for one stat: a release tells a stat a few times; a text that matches it thousands of times
 * ("1 arrests. " 9,000 times) is a dump or a hostile one, read up to its first ones (each costs its checks).
 */
export const MAX_STAT_CANDIDATES = 300;

/**
 * The press-release extractor: reads the six stats, the dates, the agency,
 * the headquarters and the codename from a release, each with the exact span
 * it read. Deterministic and conservative: a figure without a clear cue for
 * its field, a figure that two sentences disagree on, a figure about an
 * earlier edition or one country's share is left out, never guessed.
 *
 * This file runs the pieces: the release is read once (reading.ts: folded and
 * masked, its period, year and codename, which sentences tell of an earlier
 * edition), each stat read by its language's rule and resolved
 * (stat-candidates.ts), then the codename, agency and headquarters
 * (codename.ts, agency.ts, headquarters.ts). What is said in which words is
 * the language's (`LanguageRules`, languages/types.ts; English in en/).
 */

export type { ExtractedFields, ExtractedStat, ExtractedText } from './types';

export function extractFields(
  text: string,
  language: LanguageRules = LANGUAGES.en,
  reading: ReleaseReading = readRelease(text, language)
): ExtractedFields {
  const {
    original,
    work,
    sentences: list,
    period,
    codename,
    isEarlier,
    isEarlierSentence,
    isOneCountry,
    isSeparate,
  } = reading;
  const fields: ExtractedFields = {};
  if (period) {
    const evidence = original.slice(period.index, period.index + period.evidence.length);
    if (!period.endOnly) fields.startDate = { value: period.startDate, evidence };
    if (period.endDate) fields.endDate = { value: period.endDate, evidence };
  }
  if (codename) fields.codename = codename;

  const leadParagraph = leadOf(list, work);
  const lead = leadParagraph && { start: leadParagraph.index, end: leadParagraph.index + leadParagraph.text.length };
  const stats = Object.entries(language.stats) as [StatName, FieldRule][];
  const read = {} as Record<StatName, Candidate[]>;
  for (const [stat, rule] of stats) {
    // (a release tells a stat a few times; a text that matches it thousands of times is read up to its first ones)
    const candidates: Candidate[] = [];
    for (const sentence of list) {
      if (candidates.length >= MAX_STAT_CANDIDATES) break;
      candidates.push(
        ...statCandidates(rule, sentence, isEarlierSentence, language, MAX_STAT_CANDIDATES - candidates.length)
      );
    }
    read[stat] = candidates;
  }
  // "agents apprehended more than 524,000 people who had entered the United States illegally": the span read as
  // migrants is no arrests' figure.
  read.arrests = read.arrests.filter((c) => !read.irregularMigrants.some((m) => m.start < c.end && c.start < m.end));
  for (const [stat, rule] of stats) {
    const resolved = resolveStat(read[stat], original, lead);
    if (resolved && !roundsABodyFigure(read[stat], resolved, rule, list, language)) fields[stat] = resolved;
  }

  // "More than 150,000 people were brought to safety" beside "crews rescued 150,810 migrants": one count of the same
  // people, read as victims in round figures and as migrants exactly; the migrants stay.
  const { victimsIdentified: rescued, irregularMigrants: migrants } = fields;
  if (rescued && migrants && roundOfExact(rescued, migrants) && roundsTo(rescued, migrants.value))
    delete fields.victimsIdentified;

  // ("l'OMD a mené sa propre opération …": the body that led a separate operation led nothing of this one)
  const { agency, jointly } = findAgency(work, original, (i) => isEarlier(i) || isSeparate(i), language, isOneCountry);
  if (agency) fields.agency = agency;
  const headquarters = findHeadquarters(list, original, isEarlier, language, jointly, fields.codename?.value);
  if (headquarters) fields.headquarters = headquarters;
  return fields;
}

import type { LanguageRules } from './languages/types';
import { matchesOf } from './regexps';

/** What the years a release names, and the words of time its sentences open on, say of their time (reading.ts). */

/** Whether a match of `pattern` in `text` names (as its first group) a year before `year`. */
export function namesAYearBefore(text: string, pattern: RegExp, year: number): boolean {
  for (const m of matchesOf(text, pattern)) if (Number(m[1]) < year) return true;
  return false;
}

// An operation's name ending on a year, after the language's word for an operation ("Operation Antik Lancang Kuning
// 2021"): the name's words and the year.
const namedWithYear = new Map<string, RegExp>();
const NEVER = () => false;

/**
 * The earlier editions a release names by the operation's name and a year ("During Operation Antik Lancang Kuning 2021,
 * police arrested 463" in a release on Antik Lancang Kuning 2022): whether a sentence names a series with a year before
 * the latest the release gives that series. A series named with one year only is never an earlier one ("Operation
 * Kunlun 2023" told in 2024 is this operation).
 */
export function earlierYearEditions(text: string, operationWord: string): (sentence: string) => boolean {
  let pattern = namedWithYear.get(operationWord);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}])(?:${operationWord})\\s(\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*){0,3})\\s((?:19|20)\\d\\d)(?!\\d)`,
      'gu'
    );
    namedWithYear.set(operationWord, pattern);
  }
  const latest = new Map<string, number>();
  let two = false;
  for (const m of matchesOf(text, pattern)) {
    const year = Number(m[2]);
    const seen = latest.get(m[1]);
    if (seen !== undefined && seen !== year) two = true;
    latest.set(m[1], Math.max(seen ?? 0, year));
  }
  if (!two) return NEVER;
  const named = pattern;
  return (sentence) => matchesOf(sentence, named).some((m) => Number(m[2]) < (latest.get(m[1]) ?? 0));
}

const YEAR_NAMED = /\s((?:19|20)\d\d)$/;

/**
 * Whether "last year" in the release is the operation's own year: a campaign named for its year ("Kunlun 2023") or
 * a period's, in a release that names the next year ("continuará en 2024"), or a period that ends on 31 December in a
 * release that names no later year (its dateline without one: "BEIJING, Jan. 9").
 */
export function lastYearIsOwn(codename: string | undefined, periodEnd: string | undefined, latestYear: number) {
  const own = Number(periodEnd?.slice(0, 4) ?? YEAR_NAMED.exec(codename ?? '')?.[1]);
  return own > 0 && (latestYear === own + 1 || (latestYear === own && periodEnd === `${own}-12-31`));
}

// How far into a sentence its opening words are read.
const OPENING = 50;

/** Whether a sentence opens on an earlier time ("The previous edition, …", "Last year, …"): the words of its start. */
export function opensOnEarlier(text: string, language: LanguageRules): boolean {
  return language.earlier.text.test(text.slice(0, OPENING));
}

// Words of time before a year: "in", "since", "mid-", "en", "desde", "a mediados de", "depuis", "début".
const YEAR_BEFORE =
  /(?<![\p{L}])(?:in|since|until|mid-|early|late|en|desde|hasta|(?:mediados|principios|finales|fines|comienzos|inicios)\s+de|depuis|jusqu'en|(?:début|fin|mi-)(?:\s+de)?)\s*$/iu;

/**
 * Whether a stat's figure, written `raw` at `at` in `text` with `after` the text that follows it, is a year: four
 * digits from 1900 to 2100, unless a noun follows it ("2008 officers"), and then too when a word of time comes before
 * it ("iniciada a mediados de 2008 sobre policías").
 */
export function isAYear(raw: string, value: number, text: string, at: number, after: string): boolean {
  if (!/^\d{4}$/.test(raw) || value < 1900 || value > 2100) return false;
  return !/^\s+\p{L}/u.test(after) || YEAR_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

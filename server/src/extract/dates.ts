import type { DatePairs, DateRange, LanguageRules } from './languages/types';

/**
 * Date ranges in a release, by its language's patterns (`LanguageRules.dates`):
 * every range, in reading order; impossible dates and ranges that end before
 * they start are skipped, and where two patterns read overlapping text the
 * earlier pattern wins. Then the periods told by their two ends, each after
 * its own words, that no pattern read (`dates.pairs`).
 */

export type { DateRange } from './languages/types';

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Parts = [number, number, number, number, number, number];

/** Every date range written in `text`, in reading order. */
export function findDateRanges(text: string, language: LanguageRules): DateRange[] {
  const found: DateRange[] = [];
  const add = (index: number, evidence: string, parts: Parts | null) => {
    if (!parts) return;
    const [sy, sm, sd, ey, em, ed] = parts;
    const startDate = isoDate(sy, sm, sd);
    const endDate = isoDate(ey, em, ed);
    if (!startDate || !endDate || endDate < startDate) return;
    // `found` stays in reading order and its ranges never overlap: only the ranges on either side can overlap
    // this one. (Asking every range was quadratic on a hostile text of thousands of ranges.)
    let low = 0;
    let high = found.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (found[mid].index < index) low = mid + 1;
      else high = mid;
    }
    const before = found[low - 1];
    const after = found[low];
    if (before && before.index + before.evidence.length > index) return;
    if (after && after.index < index + evidence.length) return;
    found.splice(low, 0, { startDate, endDate, evidence, index });
  };
  for (const [pattern, build] of language.dates.ranges) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) add(m.index, m[0], build(m));
  }
  const { pairs } = language.dates;
  if (pairs) for (const pair of pairsIn(text, pairs)) add(pair.index, pair.evidence, pair.parts);
  return found;
}

// The words between a period's first day and the words before its last: a clause's worth, in one sentence (a
// semicolon may join its two halves: "avait débuté le mardi 2 novembre 2010 ; elle a pris fin hier, jeudi 3 mars").
const BETWEEN = 120;
// A period told so with a year missing is an operation's: days to months, not years. (With both years, as written:
// "se puso en marcha el 1 de noviembre de 2014 … hasta el miércoles 31 de enero de 2018".)
const LONGEST_DAYS = 366;
// A release tells its period once or twice, an earlier edition's perhaps: a text telling hundreds is a dump or a
// hostile text, and its first ones say all there is (their single dates are masked all the same: `dates.singles`).
const MOST_PAIRS = 50;
const compiled = new WeakMap<
  DatePairs,
  {
    start: RegExp;
    date: RegExp;
    end: RegExp;
    weekday: RegExp;
    firstOfTwo: RegExp;
    opened: RegExp;
    tookPlace: RegExp;
  }
>();

/** The language's pair patterns, compiled once. */
function compiledOf(pairs: DatePairs) {
  let patterns = compiled.get(pairs);
  if (!patterns) {
    patterns = {
      start: new RegExp(`(?<![\\p{L}])(?:${pairs.starts})\\s+(?<date>${pairs.date})`, 'giu'),
      date: new RegExp(pairs.date, 'giu'),
      // (sticky at the first day's end; the words before the ends' are bounded, so each first day costs a clause)
      end: new RegExp(
        `[^.!?\\n]{0,${BETWEEN}}?(?<![\\p{L}])(?:${pairs.ends})(?:,?(?:\\s+\\p{L}+){1,4},)?\\s+(?:(?<date>${pairs.date})|(?<day>${pairs.day}))`,
        'iuy'
      ),
      weekday: new RegExp(`^(?:${pairs.weekday})`, 'iu'),
      // "le mardi 4 et le …", "on Monday 3 and …": a list's first day, written before its second (actionDayInLead)
      firstOfTwo: new RegExp(
        `(?:${pairs.weekday})\\s+(\\d{1,2})\\p{L}{0,2}\\s+(?:et|y|and|&)\\s+(?:le\\s+|el\\s+|on\\s+)?$`,
        'iu'
      ),
      opened: new RegExp(`(?:${pairs.opened})\\s+(?<date>${pairs.date})`, 'giu'),
      // (asked at the end of the words before a day)
      tookPlace: new RegExp(`(?:${pairs.tookPlace})\\s+$`, 'iu'),
    };
    compiled.set(pairs, patterns);
  }
  return patterns;
}
// A release's date is in its dateline, in its first lines.
const DATELINE_CHARS = 400;

interface ReleaseDate {
  day: number;
  month: number;
  year: number;
  /** Where the date is written. */
  at: number;
}

/** The release's own date: the first date with a year in its first lines; null if none. */
function releaseDate(text: string, date: RegExp, pairs: DatePairs): ReleaseDate | null {
  for (const m of text.slice(0, DATELINE_CHARS).matchAll(date)) {
    const read = pairs.read(m[0]);
    if (read && read[1] !== null && read[2] !== null)
      return { day: read[0], month: read[1], year: read[2], at: m.index! };
  }
  return null;
}

/**
 * "began on Monday 15 September 2014 and lasted until Tuesday 23 September", "Lancée le 12 février 2007 et achevée
 * le 12 avril", "iniciadas el 4 de septiembre de 2023, concluyeron el 30 de noviembre": a first day after the words
 * that start a period, a last day after the words that end one, within a clause of it. A year given at either end
 * serves the other; a last day without its month is the first
 * day's month ("comenzó el martes 9 de octubre de 2018 y terminó el martes 16"). A word set off by commas may
 * come between the last day's words and the day ("a pris fin hier, jeudi 3 mars 2011").
 */
function* pairsIn(text: string, pairs: DatePairs): Generator<{ index: number; evidence: string; parts: Parts }> {
  const patterns = compiledOf(pairs);
  const { start, end } = patterns;
  let released: ReleaseDate | null | undefined;
  let read = 0;
  start.lastIndex = 0;
  for (let m = start.exec(text); m && read < MOST_PAIRS; m = start.exec(text)) {
    end.lastIndex = m.index + m[0].length;
    const e = end.exec(text);
    if (!e) continue;
    const first = pairs.read(m.groups!.date);
    const last = pairs.read(e.groups!.date ?? e.groups!.day);
    if (!first || !last || first[1] === null) continue;
    const [startDay, startMonth] = first;
    const endDay = last[0];
    const endMonth = last[1] ?? startMonth;
    let startYear = first[2] ?? last[2];
    let endYear = last[2] ?? first[2];
    if (startYear === null || endYear === null) {
      // No year at either end ("Lancée le lundi 18 mars …, elle s'est achevée le vendredi 22 mars"): the year of
      // the release's date in its dateline, or the one before when the period would end after it.
      released ??= releaseDate(text, patterns.date, pairs);
      if (!released) continue;
      const { day, month, year } = released;
      endYear = endMonth < month || (endMonth === month && endDay <= day) ? year : year - 1;
      startYear = startMonth > endMonth ? endYear - 1 : endYear;
    }
    // A last month before the first with one year only ("28 November 2022 … 3 January"): which year is left unsaid.
    if ((first[2] === null || last[2] === null) && endMonth < startMonth) continue;
    const days = (Date.UTC(endYear, endMonth - 1, endDay) - Date.UTC(startYear, startMonth - 1, startDay)) / 86_400_000;
    if (days > LONGEST_DAYS && (first[2] === null || last[2] === null)) continue;
    const evidence = text.slice(m.index, e.index + e[0].length);
    read += 1;
    yield {
      index: m.index,
      evidence,
      parts: [startYear, startMonth, startDay, endYear, endMonth, endDay],
    };
    start.lastIndex = e.index + e[0].length;
  }
}

// An action day is told in the lead shortly before the release: within two weeks of its date.
const ACTION_DAY_BEFORE_RELEASE = 14;
// How far into the lead a release's own date is written (its dateline, or the lead's first words).
const DATELINE_DAY = 60;
// How far before an action day its list's first day may be written ("le mardi 4 et le …").
const DAY_BEFORE = 40;

/**
 * "Some 2,500 Carabinieri moved before dawn on Thursday 19 December", "se ejecutó el jueves 28 de marzo" under a dated
 * dateline: a release that tells no period, whose lead names one day with its weekday, shortly before the release's
 * own date (its year, when the day gives none), tells the one day of the action.
 */
export function actionDayInLead(
  text: string,
  lead: { text: string; index: number } | undefined,
  pairs: DatePairs | undefined
): DateRange | undefined {
  if (!lead || !pairs) return undefined;
  const patterns = compiledOf(pairs);
  const days = [...lead.text.matchAll(patterns.date)].filter((m) => patterns.weekday.test(m[0]));
  if (days.length !== 1) return undefined;
  const day = days[0];
  const read = pairs.read(day[0]);
  if (!read || read[1] === null) return undefined;
  const dayAt = lead.index + day.index!;
  let released = releaseDate(text, patterns.date, pairs);
  // The day itself, well into the lead, is no dateline's date ("Le jeudi 14 mars 2024, INTERPOL a annoncé …" opening
  // the lead is one): the release then tells no date of its own.
  if (released && released.at === dayAt && dayAt - lead.index > DATELINE_DAY) released = null;
  const month = read[1];
  // No dated dateline: a day with its weekday and its year, alone in the lead, that the operation is said to have
  // taken place on ("La fase de explotación … se desarrolló el martes 16 de octubre de 2012"; not "the agency
  // announced on Wednesday 4 December 2024", the release's day).
  if (!released) {
    const before = lead.text.slice(Math.max(0, day.index! - DAY_BEFORE), day.index);
    const date = read[2] === null ? null : isoDate(read[2], month, read[0]);
    return date && patterns.tookPlace.test(before) && !patterns.firstOfTwo.test(before)
      ? { startDate: date, endDate: date, evidence: day[0], index: lead.index + day.index! }
      : undefined;
  }
  // (the day must be another date than the release's own: "Le jeudi 14 mars 2024, INTERPOL a annoncé …" is its date)
  if (released.at === dayAt) return undefined;
  const { day: releaseDay, month: releaseMonth, year: releaseYear } = released;
  const year =
    read[2] ??
    (month > releaseMonth || (month === releaseMonth && read[0] > releaseDay) ? releaseYear - 1 : releaseYear);
  const daysBefore =
    (Date.UTC(releaseYear, releaseMonth - 1, releaseDay) - Date.UTC(year, month - 1, read[0])) / 86_400_000;
  if (daysBefore < 0 || daysBefore > ACTION_DAY_BEFORE_RELEASE) return undefined;
  const date = isoDate(year, month, read[0]);
  if (!date) return undefined;
  // "le mardi 4 et le mercredi 5 avril", "on Monday 3 and Tuesday 4 June": two days, the first without its month.
  const before = lead.text.slice(Math.max(0, day.index! - DAY_BEFORE), day.index);
  const first = patterns.firstOfTwo.exec(before);
  const start = first && Number(first[1]) < read[0] ? isoDate(year, month, Number(first[1])) : null;
  if (first && !start) return undefined;
  const at = first ? day.index! - before.length + first.index : day.index!;
  const evidence = lead.text.slice(at, day.index! + day[0].length);
  return { startDate: start ?? date, endDate: date, evidence, index: lead.index + at };
}

/**
 * "The operation started on Sunday 20 February" (an operation still running when the release went out),
 * "l'opération, lancée le 4 mars", "la operación comenzó el 1 de abril": a release that tells no period, whose
 * operation is said to have started on one day, tells its first day alone. Its year is the day's, else the
 * release's (the year before when the day would come after the release's date); never a day after the release's
 * date, nor when the text tells two such days. `earlier` says whether a position is in a sentence about an earlier
 * operation.
 */
export function openedOn(
  text: string,
  pairs: DatePairs | undefined,
  earlier: (index: number) => boolean
): DateRange | undefined {
  if (!pairs) return undefined;
  const patterns = compiledOf(pairs);
  const { opened } = patterns;
  let found: DateRange | undefined;
  let released: ReleaseDate | null | undefined;
  let read = 0;
  opened.lastIndex = 0;
  for (let m = opened.exec(text); m && read < MOST_PAIRS; m = opened.exec(text)) {
    read += 1;
    if (earlier(m.index)) continue;
    const day = pairs.read(m.groups!.date);
    if (!day || day[1] === null) continue;
    released ??= releaseDate(text, patterns.date, pairs);
    const [d, month] = day;
    let year = day[2];
    if (year === null) {
      if (!released) continue;
      year =
        month > released.month || (month === released.month && d > released.day) ? released.year - 1 : released.year;
    }
    const date = isoDate(year, month, d);
    if (!date) continue;
    if (released && date > isoDate(released.year, released.month, released.day)!) continue;
    if (found && found.startDate !== date) return undefined;
    const at = m.index + m[0].length - m.groups!.date.length;
    found ??= { startDate: date, evidence: text.slice(at, m.index + m[0].length), index: at };
  }
  return found;
}

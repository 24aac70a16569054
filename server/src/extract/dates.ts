import { compiledOf, isoDate, MOST_PAIRS, pairsIn, releaseDate, type Parts, type ReleaseDate } from './date-pairs';
import type { DatePairs, DateRange, LanguageRules } from './languages/types';
import { actedOnAWeekday } from './weekday-day';
import { matchesOf } from './regexps';

/**
 * Date ranges in a release, by its language's patterns (`LanguageRules.dates`):
 * every range, in reading order; impossible dates and ranges that end before
 * they start are skipped, and where two patterns read overlapping text the
 * earlier pattern wins. Then the periods told by their two ends, each after
 * its own words, that no pattern read (`dates.pairs`).
 */

export type { DateRange } from './languages/types';

const SLASH_BEFORE = /\//;

/** Every date range written in `text`, in reading order. */
export function findDateRanges(text: string, language: LanguageRules): DateRange[] {
  const found: DateRange[] = [];
  const add = (index: number, evidence: string, parts: Parts | null) => {
    // (a day right after a slash is a reference's number: "Comunicado 214/11 – 29 de octubre")
    if (!parts || SLASH_BEFORE.test(text[index - 1] ?? '')) return;
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

// An action day is told in the lead shortly before the release: within two weeks of its date.
const ACTION_DAY_BEFORE_RELEASE = 14;
// How far into the lead a release's own date is written (its dateline, or the lead's first words).
const DATELINE_DAY = 60;
// How far before an action day its list's first day may be written ("le mardi 4 et le …").
const DAY_BEFORE = 40;
// How far before a day in the lead the words that end the operation may start ("terminated Operation … yesterday, ").
const ENDED_BEFORE = 80;

/**
 * A day with its year that the words before it in the lead say the operation took place on ("La fase de explotación
 * … se desarrolló el martes 16 de octubre de 2012", "The action day of Operation Ladybird took place on 26 January
 * 2021"): that day as the whole period; none for the release's own day or the first of two days.
 */
function dayTookPlace(
  lead: { text: string; index: number },
  day: RegExpMatchArray,
  pairs: DatePairs,
  patterns: ReturnType<typeof compiledOf>,
  released: ReleaseDate | null = null
): DateRange | undefined {
  if (!saysItTookPlace(lead, day, patterns)) return undefined;
  const read = pairs.read(day[0]);
  if (!read || read[1] === null) return undefined;
  // (a day without its year, "were arrested in Phuket on 10 February", under a dated dateline shortly after it: its year)
  const year = read[2] ?? (released ? yearBefore(read, released) : null);
  const date = year === null ? null : isoDate(year, read[1], read[0]);
  return date ? { startDate: date, endDate: date, evidence: day[0], index: lead.index + day.index! } : undefined;
}

/**
 * The year of a day written shortly before the release's date (its own year, or the release's when it gives none, the
 * year before when the day would come after the release's); null when it is not so close.
 */
function yearBefore(read: [number, number | null, number | null], released: ReleaseDate): number | null {
  const [day, month] = [read[0], read[1]!];
  const year =
    read[2] ??
    (month > released.month || (month === released.month && day > released.day) ? released.year - 1 : released.year);
  const daysBefore =
    (Date.UTC(released.year, released.month - 1, released.day) - Date.UTC(year, month - 1, day)) / 86_400_000;
  return daysBefore >= 0 && daysBefore <= ACTION_DAY_BEFORE_RELEASE ? year : null;
}

// How far before a period or a day the gathering it belongs to may be named ("a training course held in Nairobi from").
const GATHERING_BEFORE = 120;

/** Whether the words right before `index` name a gathering whose dates follow ("the debriefing meeting took place on"). */
export function aGatheringOn(text: string, index: number, patterns: ReturnType<typeof compiledOf>): boolean {
  // (a range read with its first word, "from 2 to 6 September": the words before it are asked with that word)
  const opener = RANGE_OPENER.exec(text.slice(index, index + 16))?.[0].length ?? 0;
  return patterns.gathering.test(text.slice(Math.max(0, index - GATHERING_BEFORE), index + opener));
}
// "depuis le", "desde el", "since": the day an operation still running began.
const SINCE_BEFORE = /(?<![\p{L}])(?:depuis|desde|since)(?:\s+(?:le|el|the))?\s+$/iu;
// A sentence that opens on one part of the operation's time: "Only in the week of …", "Solo en la semana del 23 de
// febrero al 1 de marzo, los marinos detuvieron …": its dates are that part's, not the operation's.
const ONLY_PART =
  /^\s*(?:Only|Solo|Sólo|Solamente|Rien\s+que|Seulement)\s+(?:in|during|en|durante|pendant|durant|sur)\s/u;
export const onePartOfItsTime = (sentence: string | undefined) => sentence !== undefined && ONLY_PART.test(sentence);
const RANGE_OPENER = /^(?:from|between|du|del|entre)\s/i;

/** Whether the words before `day` in the lead say the operation took place on it (not on the first of two days). */
function saysItTookPlace(
  lead: { text: string; index: number },
  day: RegExpMatchArray,
  patterns: ReturnType<typeof compiledOf>
): boolean {
  const before = lead.text.slice(Math.max(0, day.index! - DAY_BEFORE), day.index);
  return (
    patterns.tookPlace.test(before) &&
    !patterns.firstOfTwo.test(before) &&
    !aGatheringOn(lead.text, day.index!, patterns)
  );
}

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
  const dates = matchesOf(lead.text, patterns.date);
  const days = dates.filter((m) => patterns.weekday.test(m[0]));
  // (no day with its weekday: the one day with its year the lead says the operation took place on)
  if (days.length === 0) {
    const told = dates.filter((m) => saysItTookPlace(lead, m, patterns));
    // (none: a weekday alone, "Six personnes ont été arrêtées jeudi", under a dated dateline, weekday-day.ts)
    if (told.length === 0) return actedOnAWeekday(text, lead, pairs);
    return told.length === 1
      ? dayTookPlace(lead, told[0], pairs, patterns, releaseDate(text, patterns.date, pairs))
      : undefined;
  }
  if (days.length !== 1) return undefined;
  const day = days[0];
  if (aGatheringOn(lead.text, day.index!, patterns)) return undefined;
  // ("The operation was launched at dawn on Thursday, June 2": its first day, told as such; openedOn reads it)
  for (const m of matchesOf(lead.text, patterns.opened)) {
    const at = m.index! + m[0].length - m.groups!.date.length;
    if (at <= day.index! && day.index! < m.index! + m[0].length) return undefined;
  }
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
  if (!released) return dayTookPlace(lead, day, pairs, patterns);
  // (the day must be another date than the release's own: "Le jeudi 14 mars 2024, INTERPOL a annoncé …" is its date)
  if (released.at === dayAt) return undefined;
  const year = yearBefore(read, released);
  if (year === null) return undefined;
  const date = isoDate(year, month, read[0]);
  if (!date) return undefined;
  // "le mardi 4 et le mercredi 5 avril", "on Monday 3 and Tuesday 4 June": two days, the first without its month.
  const before = lead.text.slice(Math.max(0, day.index! - DAY_BEFORE), day.index);
  const first = patterns.firstOfTwo.exec(before);
  const start = first && Number(first[1]) < read[0] ? isoDate(year, month, Number(first[1])) : null;
  if (first && !start) return undefined;
  const at = first ? day.index! - before.length + first.index : day.index!;
  const evidence = lead.text.slice(at, day.index! + day[0].length);
  // ("The raids on Wednesday, 11 September 2024, launched Ops Global": the first day of an operation that goes on)
  // ("conduisent, depuis le jeudi 15 août 2024, l'opération": its first day, the operation still running)
  const launched =
    patterns.launchedAfter.test(lead.text.slice(day.index! + day[0].length)) || SINCE_BEFORE.test(before);
  // ("Police terminated Operation Highwater yesterday, Tuesday 29 June": the last day of an operation that ran before)
  if (!first && patterns.endedBefore.test(lead.text.slice(Math.max(0, day.index! - ENDED_BEFORE), day.index))) {
    return { startDate: date, endDate: date, endOnly: true, evidence, index: lead.index + at };
  }
  return { startDate: start ?? date, endDate: launched ? undefined : date, evidence, index: lead.index + at };
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
  return pairs && dayToldBy('opened', text, pairs, earlier);
}

/**
 * "La operación … culminó en la noche del sábado 12 de septiembre de 1992": a release that tells no period and no first
 * day, whose operation is said to have ended on one day, tells its last day alone (the same years as `openedOn`).
 */
export function closedOn(
  text: string,
  pairs: DatePairs | undefined,
  earlier: (index: number) => boolean
): DateRange | undefined {
  // (a first day told too, after the last, tells no period: `openedAndClosedOn`)
  if (!pairs?.closed || dayToldBy('opened', text, pairs, earlier)) return undefined;
  const day = dayToldBy('closed', text, pairs, earlier);
  return day && { ...day, endDate: day.startDate, endOnly: true };
}

/**
 * "Une opération … s'est achevée vendredi dernier, le 15 avril … Lancée le lundi 4 avril, l'opération …": a release
 * that tells no period, whose operation is said to have started on one day and ended on another, in sentences apart,
 * tells its period by these two (the same years as `openedOn`; the last day not before the first). The evidence runs
 * from the first told to the last, when they are close; else it is the first day's.
 */
export function openedAndClosedOn(
  text: string,
  pairs: DatePairs | undefined,
  earlier: (index: number) => boolean
): DateRange | undefined {
  if (!pairs?.closed) return undefined;
  const opened = dayToldBy('opened', text, pairs, earlier);
  const closed = opened && dayToldBy('closed', text, pairs, earlier);
  if (!opened || !closed || closed.startDate < opened.startDate) return undefined;
  const [first, last] = opened.index <= closed.index ? [opened, closed] : [closed, opened];
  const end = last.index + last.evidence.length;
  const { evidence, index } =
    end - first.index <= CLOSE_ENDS ? { evidence: text.slice(first.index, end), index: first.index } : opened;
  return { startDate: opened.startDate, endDate: closed.startDate, evidence, index };
}
// How far apart the two ends' days may be for the evidence to show both.
const CLOSE_ENDS = 400;

// The last text's days, by which end (a reading asks `openedAndClosedOn`, `closedOn` and `openedOn` in turn, each of the
// same text: on 100 KB each scan costs).
const lastDays = new Map<'opened' | 'closed', { text: string; pairs: DatePairs; day: DateRange | undefined }>();
function dayToldBy(
  which: 'opened' | 'closed',
  text: string,
  pairs: DatePairs,
  earlier: (index: number) => boolean
): DateRange | undefined {
  const last = lastDays.get(which);
  if (last && last.text === text && last.pairs === pairs) return last.day;
  const day = dayFirstToldBy(which, text, pairs, earlier);
  lastDays.set(which, { text, pairs, day });
  return day;
}

/** The one day the text tells its operation started (`opened`) or ended (`closed`) on, as a range of that day. */
function dayFirstToldBy(
  which: 'opened' | 'closed',
  text: string,
  pairs: DatePairs,
  earlier: (index: number) => boolean
): DateRange | undefined {
  const patterns = compiledOf(pairs);
  const pattern = patterns[which];
  let found: DateRange | undefined;
  let released: ReleaseDate | null | undefined;
  let read = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && read < MOST_PAIRS; m = pattern.exec(text)) {
    read += 1;
    if (earlier(m.index)) continue;
    const day = pairs.read(m.groups!.date);
    if (!day || day[1] === null) continue;
    if (released === undefined) released = releaseDate(text, patterns.date, pairs);
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

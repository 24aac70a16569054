import type { DatePairs } from './languages/types';
import { matchesOf } from './regexps';

/**
 * The periods a release tells by their two ends, each after its own words (`LanguageRules.dates.pairs`), and what
 * reading them needs: the language's pair patterns, compiled once, and the release's own date in its dateline.
 */

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type Parts = [number, number, number, number, number, number];

// The words between a period's first day and the words before its last: a clause's worth, in one sentence (a
// semicolon may join its two halves: "avait débuté le mardi 2 novembre 2010 ; elle a pris fin hier, jeudi 3 mars").
const BETWEEN = 120;
// A period told so with a year missing is an operation's: days to months, not years. (With both years, as written:
// "se puso en marcha el 1 de noviembre de 2014 … hasta el miércoles 31 de enero de 2018".)
const LONGEST_DAYS = 366;
// A release tells its period once or twice, an earlier edition's perhaps: a text telling hundreds is a dump or a
// hostile text, and its first ones say all there is (their single dates are masked all the same: `dates.singles`).
export const MOST_PAIRS = 50;
const compiled = new WeakMap<
  DatePairs,
  {
    start: RegExp;
    short: RegExp;
    date: RegExp;
    end: RegExp;
    endNext: RegExp;
    weekday: RegExp;
    firstOfTwo: RegExp;
    opened: RegExp;
    closed: RegExp;
    tookPlace: RegExp;
    actedOn: RegExp;
    gathering: RegExp;
    attended: RegExp;
    twoDays: RegExp;
    launchedAfter: RegExp;
    endedBefore: RegExp;
    wireDate: RegExp;
  }
>();

/** The language's pair patterns, compiled once. */
export function compiledOf(pairs: DatePairs) {
  let patterns = compiled.get(pairs);
  if (!patterns) {
    patterns = {
      start: new RegExp(`(?<![\\p{L}])(?:${pairs.starts})\\s+(?<date>${pairs.date})`, 'giu'),
      // "from 13 to 24 October", "del 5 al 7 de junio", "du 3 au 9 juin": a first day without its month, right before
      // the last day's words and the last day with its month (with a year too, a range pattern reads it first)
      short: new RegExp(
        `(?<![\\p{L}])(?:${pairs.starts})\\s+(?:(?:${pairs.weekday}),?\\s+)?(?<first>\\d{1,2})(?:st|nd|rd|th|er|\\.?[º°ª])?(?:\\s+(?:${pairs.ends})\\s+|\\s*[–\u0096-]\\s*)(?<date>${pairs.date})`,
        'giu'
      ),
      // "was carried out on 13 and 14 May", "s'est déroulée les 13 et 14 mai", "se desarrolló el 13 y 14 de mayo": two
      // days after the words that say the operation took place on them, the first without its month
      twoDays: new RegExp(
        `(?<![\\p{L}])(?:${pairs.tookPlace})s?\\s+(?<first>\\d{1,2})(?:st|nd|rd|th|er|\\.?[º°ª])?\\s+(?:and|et|y|&)\\s+(?<date>${pairs.date})`,
        'giu'
      ),
      date: new RegExp(pairs.date, 'giu'),
      // (sticky at the first day's end; the words before the ends' are bounded, so each first day costs a clause)
      end: new RegExp(
        `[^.!?\\n]{0,${BETWEEN}}?(?<![\\p{L}])(?:${pairs.ends})(?:,?(?:\\s+\\p{L}+){1,4},)?\\s+(?:(?<date>${pairs.date})|(?<day>${pairs.day}))`,
        'iuy'
      ),
      // (sticky at the first day's end when a full stop follows it: its last day in the next sentence)
      endNext: new RegExp(
        `\\.\\s+(?=\\p{Lu})[^.!?\\n]{0,${BETWEEN}}?(?<![\\p{L}])(?:${pairs.endsNext})\\s+(?<date>${pairs.date})`,
        'iuy'
      ),
      weekday: new RegExp(`^(?:${pairs.weekday})`, 'iu'),
      // "le mardi 4 et le …", "on Monday 3 and …", "from Sunday 14 to …", "del domingo 14 al …": a list's or a
      // range's first day, written before its last (actionDayInLead)
      firstOfTwo: new RegExp(
        `(?:${pairs.weekday})\\s+(\\d{1,2})\\p{L}{0,2}\\s*(?:(?:et|y|and|&|to|until|through|au|al)\\s+|[–\u0096-]\\s*)(?:le\\s+|el\\s+|on\\s+)?$`,
        'iu'
      ),
      opened: new RegExp(`(?:${pairs.opened})\\s+(?<date>${pairs.date})`, 'giu'),
      closed: new RegExp(pairs.closed ? `(?:${pairs.closed})\\s+(?<date>${pairs.date})` : '(?!)', 'giu'),
      // (a weekday told alone after the words that say people were arrested; weekday-day.ts)
      actedOn: new RegExp(
        pairs.actedOn
          ? `(?<![\\p{L}])(?:${pairs.actedOn})\\s(?<weekday>${pairs.weekday})(?![\\p{L}])(?!,?\\s\\d)`
          : '(?!)',
        'giu'
      ),
      // (asked at the end of the words before a day)
      tookPlace: new RegExp(`(?:${pairs.tookPlace})\\s+$`, 'iu'),
      // (asked on the words before a period or a day; never when the language gives none)
      gathering: new RegExp(pairs.gathering ? `(?:${pairs.gathering})\\s+$` : '(?!)', 'iu'),
      // (asked right after a period: its sentence's subject, then the words saying they attended a gathering)
      attended: new RegExp(
        pairs.attended ? `^,?\\s+(?:[\\p{L}\\d'’-]+\\s+){1,8}?(?:${pairs.attended})(?![\\p{L}])` : '(?!)',
        'iu'
      ),
      // (asked right after a day in the lead: the words that make it a first day, dates.ts)
      launchedAfter: new RegExp(pairs.launchedAfter ? `^(?:${pairs.launchedAfter})` : '(?!)', 'u'),
      // (asked on the words right before a day in the lead: the words that make it a last day, dates.ts)
      endedBefore: new RegExp(pairs.endedBefore ? `(?:${pairs.endedBefore})$` : '(?!)', 'u'),
      // (after a dateline's place and its comma, on the release's first lines)
      wireDate: new RegExp(
        `(?<=^[^\\S\\n]*\\p{Lu}[^\\n,]{1,60},[^\\S\\n]*)(?:${pairs.wireDate?.pattern ?? '(?!)'})`,
        'mu'
      ),
    };
    compiled.set(pairs, patterns);
  }
  return patterns;
}
// A release's date is in its dateline, in its first lines.
const DATELINE_CHARS = 400;

export interface ReleaseDate {
  day: number;
  month: number;
  year: number;
  /** Where the date is written. */
  at: number;
}

/** The release's own date: the first date with a year in its first lines; null if none. */
export function releaseDate(text: string, date: RegExp, pairs: DatePairs): ReleaseDate | null {
  for (const m of matchesOf(text.slice(0, DATELINE_CHARS), date)) {
    const read = pairs.read(m[0]);
    if (!read || read[1] === null || read[2] === null) continue;
    // A dateline's date: after its place's comma or "Publié le", or closing its line ("LYON, France, 25 October 2018 –",
    // "(Feb. 8, 2024) –", "Rome, 4 December 2014"; Mexico's "Ciudad Juárez, Chih., a 31 de marzo de 2008"); not the lead's
    // "The mission began on 18 October 2013, …".
    const end = m.index! + m[0].length;
    const lineBefore = text.slice(text.lastIndexOf('\n', m.index!) + 1, m.index!);
    if (!DATELINE_BEFORE.test(lineBefore) && !DATELINE_AFTER.test(text.slice(end, end + 12))) continue;
    return { day: read[0], month: read[1], year: read[2], at: m.index! };
  }
  // ("SÃO PAULO, 23 dic. 2020 (Redacción) –": a wire's date, after its place's comma)
  const wire = pairs.wireDate && compiledOf(pairs).wireDate.exec(text.slice(0, DATELINE_CHARS));
  const read = wire && pairs.wireDate!.read(wire[0]);
  return read ? { day: read[0], month: read[1], year: read[2], at: wire.index } : closingDate(text, date, pairs);
}
// A release signed at its end ("Pamplona, 27 de agosto de 2015" on its last lines) is dated there.
const CLOSING_CHARS = 300;
// (a place of capitalised words, "Santa Cruz de Tenerife,", "Le Mans,")
const CLOSING_PLACE =
  /^[^\S\n]*\p{Lu}[\p{L}'.-]*(?: (?:(?:de|del|la|le|las|los|el) )?\p{Lu}[\p{L}'.-]*){0,3},[^\S\n]*(?:(?:le|el)[^\S\n]+)?$/u;

/** The date of a line on a release's last lines that is only a place and a date with its year; null if none. */
function closingDate(text: string, date: RegExp, pairs: DatePairs): ReleaseDate | null {
  const from = Math.max(DATELINE_CHARS, text.length - CLOSING_CHARS);
  let found: ReleaseDate | null = null;
  for (const m of matchesOf(text.slice(from), date)) {
    const at = from + m.index!;
    const read = pairs.read(m[0]);
    if (!read || read[1] === null || read[2] === null) continue;
    const end = at + m[0].length;
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
    if (!CLOSING_PLACE.test(text.slice(text.lastIndexOf('\n', at) + 1, at)) || !/^[^\S\n]*(?:\.[^\S\n]*)?$/.test(rest))
      continue;
    found = { day: read[0], month: read[1], year: read[2], at };
  }
  return found;
}
const DATELINE_BEFORE =
  /,[^\S\n]*(?:le[^\S\n]+|el[^\S\n]+|a[^\S\n]+)?$|^[^\S\n]*$|(?:[Pp]ubli(?:é|cado|shed)|[Mm]is[^\S\n]à[^\S\n]jour|[Aa]ctualizado|[Uu]pdated)(?:[^\S\n]+(?:le|el|on))?[^\S\n]+$/;
const DATELINE_AFTER = /^[^\S\n]*(?:[–—\u0096\u0097-]|\.[^\S\n]?[–—\u0096\u0097-]|\)|\||\n|$)/;

/**
 * "began on Monday 15 September 2014 and lasted until Tuesday 23 September", "Lancée le 12 février 2007 et achevée
 * le 12 avril", "iniciadas el 4 de septiembre de 2023, concluyeron el 30 de noviembre": a first day after the words
 * that start a period, a last day after the words that end one, within a clause of it. A year given at either end
 * serves the other; a last day without its month is the first
 * day's month ("comenzó el martes 9 de octubre de 2018 y terminó el martes 16"). A word set off by commas may
 * come between the last day's words and the day ("a pris fin hier, jeudi 3 mars 2011").
 */
export function* pairsIn(text: string, pairs: DatePairs): Generator<{ index: number; evidence: string; parts: Parts }> {
  const patterns = compiledOf(pairs);
  const { start, end, endNext, short } = patterns;
  let released: ReleaseDate | null | undefined;
  // (read once: null, no dated dateline, is an answer too)
  const releasedOn = () => {
    if (released === undefined) released = releaseDate(text, patterns.date, pairs);
    return released;
  };
  let read = 0;
  start.lastIndex = 0;
  for (let m = start.exec(text); m && read < MOST_PAIRS; m = start.exec(text)) {
    end.lastIndex = m.index + m[0].length;
    endNext.lastIndex = end.lastIndex;
    const e = end.exec(text) ?? endNext.exec(text);
    if (!e) continue;
    const first = pairs.read(m.groups!.date);
    const last = pairs.read(e.groups!.date ?? e.groups!.day);
    const parts = first && last ? periodOf(first, last, releasedOn) : null;
    if (!parts) continue;
    read += 1;
    yield { index: m.index, evidence: text.slice(m.index, e.index + e[0].length), parts };
    start.lastIndex = e.index + e[0].length;
  }
  // "The operation ran from 13 to 24 October" under "BOGOTÁ, 5 November 2025 –": the first day takes the last's month
  // (and "was carried out on 13 and 14 May" too).
  for (const pattern of [short, patterns.twoDays]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m && read < MOST_PAIRS; m = pattern.exec(text)) {
      const last = pairs.read(m.groups!.date);
      if (!last || last[1] === null) continue;
      const parts = periodOf([Number(m.groups!.first), last[1], last[2]], last, releasedOn);
      if (!parts) continue;
      read += 1;
      yield { index: m.index, evidence: m[0], parts };
    }
  }
}

/**
 * A period's two ends as read (day, month or null, year or null): a year given at either end serves the other; a last
 * day without its month is the first day's month; with no year at either end, the year of the release's date in its
 * dateline, or the one before when the period would end after it. Null when that cannot be told.
 */
function periodOf(
  first: [number, number | null, number | null],
  last: [number, number | null, number | null],
  releasedOn: () => ReleaseDate | null
): Parts | null {
  if (first[1] === null) return null;
  const [startDay, startMonth] = first;
  const endDay = last[0];
  const endMonth = last[1] ?? startMonth;
  let startYear = first[2] ?? last[2];
  let endYear = last[2] ?? first[2];
  if (startYear === null || endYear === null) {
    // No year at either end ("Lancée le lundi 18 mars …, elle s'est achevée le vendredi 22 mars")
    const released = releasedOn();
    if (!released) return null;
    const { day, month, year } = released;
    endYear = endMonth < month || (endMonth === month && endDay <= day) ? year : year - 1;
    startYear = startMonth > endMonth ? endYear - 1 : endYear;
  }
  // A last month before the first with one year only ("28 November 2022 … 3 January"): which year is left unsaid.
  if ((first[2] === null || last[2] === null) && endMonth < startMonth) return null;
  const days = (Date.UTC(endYear, endMonth - 1, endDay) - Date.UTC(startYear, startMonth - 1, startDay)) / 86_400_000;
  if (days > LONGEST_DAYS && (first[2] === null || last[2] === null)) return null;
  return [startYear, startMonth, startDay, endYear, endMonth, endDay];
}

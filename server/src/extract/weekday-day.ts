import { compiledOf, isoDate, releaseDate } from './date-pairs';
import type { DatePairs, DateRange } from './languages/types';
import { matchesOf } from './regexps';

/**
 * "Six personnes ont été arrêtées jeudi en Toscane", "searched more than 60 homes in the early hours of Monday",
 * "detuvieron este jueves a 44 personas" under a dated dateline: the one day of the action, told by its weekday
 * alone, is the last such weekday on or before the release's date (dates.ts asks this of a lead that names no day).
 */

// The weekdays of English, French and Spanish, Sunday first (as `Date.getUTCDay` counts them).
const WEEKDAYS: Record<string, number> = {};
[
  ['sunday', 'dimanche', 'domingo'],
  ['monday', 'lundi', 'lunes'],
  ['tuesday', 'mardi', 'martes'],
  ['wednesday', 'mercredi', 'miércoles', 'miercoles'],
  ['thursday', 'jeudi', 'jueves'],
  ['friday', 'vendredi', 'viernes'],
  ['saturday', 'samedi', 'sábado', 'sabado'],
].forEach((names, day) => names.forEach((name) => (WEEKDAYS[name] = day)));

const DAY_MS = 86_400_000;

export function actedOnAWeekday(
  text: string,
  lead: { text: string; index: number },
  pairs: DatePairs
): DateRange | undefined {
  if (!pairs.actedOn) return undefined;
  const patterns = compiledOf(pairs);
  const told = matchesOf(lead.text, patterns.actedOn);
  const named = new Set(told.map((m) => WEEKDAYS[m.groups!.weekday.toLowerCase()]));
  if (told.length === 0 || named.size !== 1) return undefined;
  const released = releaseDate(text, patterns.date, pairs);
  const [weekday] = named;
  if (!released || weekday === undefined) return undefined;
  const release = Date.UTC(released.year, released.month - 1, released.day);
  const day = new Date(release - ((new Date(release).getUTCDay() - weekday + 7) % 7) * DAY_MS);
  const date = isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  const first = told[0];
  const at = first.index + first[0].length - first.groups!.weekday.length;
  return date ? { startDate: date, endDate: date, evidence: first.groups!.weekday, index: lead.index + at } : undefined;
}

import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';
import { STATS, qualifierFieldOf, isStatQualifier, type StatName, type StatQualifier } from '../../../shared/stats';
import { formatStat } from '../../../shared/format-stat';

/** The form values the at-a-glance panel reads (unsaved edits included). */
export type GlanceValues = Record<string, unknown>;

const toDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' || value === '') return null;
  const date = parseISO(value.slice(0, 10));
  return isValid(date) ? date : null;
};

const statOf = (values: GlanceValues, name: StatName): number | null => {
  const value = values[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

const qualifierOf = (values: GlanceValues, name: StatName): StatQualifier => {
  const value = values[qualifierFieldOf(name)];
  return isStatQualifier(value) ? value : 'exact';
};

export interface Duration {
  days: number;
  /** "10–21 Nov 2025" in the admin's locale. */
  range: string;
}

/** Inclusive length of the operation and its dates, or null while a date is missing or the end is before the start. */
export function describeDuration(values: GlanceValues, locale: string): Duration | null {
  const start = toDate(values.startDate);
  const end = toDate(values.endDate);
  if (!start || !end || end < start) return null;
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const utc = (d: Date) => new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  // ICU puts thin spaces around the dash; between two day numbers ("10–21 Nov") it reads better without.
  const range = format
    .formatRange(utc(start), utc(end))
    .replace(/(\d)[\s\u2009\u202f]+–[\s\u2009\u202f]+(\d)/u, '$1–$2');
  return { days: differenceInCalendarDays(end, start) + 1, range };
}

/**
 * The figures a reader sees first: "3,744 arrests across 119 countries", in
 * the admin's locale ("3 744" in French, grouped with U+202F) and with the
 * qualifier `words` of its language ("more than 3,744", "plus de 3 744").
 */
export function headlineParts(
  values: GlanceValues,
  locale: string,
  words?: Readonly<Record<StatQualifier, string>>
): { arrests: string | null; countries: string | null } {
  const render = (name: StatName) => {
    const value = statOf(values, name);
    return value === null ? null : formatStat(value, qualifierOf(values, name), locale, { style: 'long', words });
  };
  return { arrests: render('arrests'), countries: render('countries') };
}

export interface Ratios {
  arrestsPerCountry: number | null;
  victimsPerArrest: number | null;
  officersPerArrest: number | null;
}

/** Derived ratios; null when a figure is missing or the divisor is 0. */
export function computeRatios(values: GlanceValues): Ratios {
  const ratio = (numerator: StatName, denominator: StatName) => {
    const top = statOf(values, numerator);
    const bottom = statOf(values, denominator);
    return top === null || bottom === null || bottom === 0 ? null : top / bottom;
  };
  return {
    arrestsPerCountry: ratio('arrests', 'countries'),
    victimsPerArrest: ratio('victimsIdentified', 'arrests'),
    officersPerArrest: ratio('officers', 'arrests'),
  };
}

export type Warning =
  | { code: 'noSource' }
  | { code: 'endBeforeStart' }
  | { code: 'preliminary' }
  | { code: 'statEmpty'; stat: StatName }
  | { code: 'qualifierOnEmpty'; stat: StatName; qualifier: StatQualifier };

/** Data-quality problems an editor should see before publishing. */
export function findWarnings(values: GlanceValues): Warning[] {
  const warnings: Warning[] = [];
  const sources = values.sources;
  if (!Array.isArray(sources) || sources.length === 0) warnings.push({ code: 'noSource' });
  const start = toDate(values.startDate);
  const end = toDate(values.endDate);
  if (start && end && end < start) warnings.push({ code: 'endBeforeStart' });
  if (values.figuresStatus === 'preliminary') warnings.push({ code: 'preliminary' });
  for (const { name } of STATS) {
    if (statOf(values, name) !== null) continue;
    const qualifier = qualifierOf(values, name);
    warnings.push(
      qualifier === 'exact' ? { code: 'statEmpty', stat: name } : { code: 'qualifierOnEmpty', stat: name, qualifier }
    );
  }
  return warnings;
}

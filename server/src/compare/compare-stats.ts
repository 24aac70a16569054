import { DEFAULT_QUALIFIER, STATS, isStatQualifier, qualifierFieldOf, type StatName } from '../../../shared/stats';
import type { ComparedReport, StatComparison, StatQualifier } from '../../../shared/types';

type Row = Record<string, unknown>;

/** A stat as a number, or null when not reported (PostgreSQL and MySQL may answer integers as strings). */
function figureOf(row: Row, name: StatName): number | null {
  const value = row[name];
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

const qualifierOf = (row: Row, name: StatName): StatQualifier => {
  const qualifier = row[qualifierFieldOf(name)];
  return isStatQualifier(qualifier) ? qualifier : DEFAULT_QUALIFIER;
};

/** (to − from) / from × 100, to one decimal; null when from is 0 or a side is missing (no ratio to state). */
export function percentChange(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from === 0) return null;
  return Math.round(((to - from) / from) * 1000) / 10;
}

/** One stat of two editions: both figures with their qualifiers, the difference and the change in percent. */
export function compareStat(
  from: number | null,
  fromQualifier: StatQualifier,
  to: number | null,
  toQualifier: StatQualifier
): StatComparison {
  return {
    from,
    fromQualifier,
    to,
    toQualifier,
    delta: from === null || to === null ? null : to - from,
    percent: percentChange(from, to),
  };
}

/** Every stat of `previous` (from) against `report` (to); a figure missing on either side is still listed, with nulls. */
export function compareStats(previous: Row, report: Row): Record<StatName, StatComparison> {
  return Object.fromEntries(
    STATS.map(({ name }) => [
      name,
      compareStat(
        figureOf(previous, name),
        qualifierOf(previous, name),
        figureOf(report, name),
        qualifierOf(report, name)
      ),
    ])
  ) as Record<StatName, StatComparison>;
}

/** A date column as YYYY-MM-DD: MySQL drivers may answer a Date object. */
export function dayOf(value: unknown): string {
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return typeof value === 'string' ? value.slice(0, 10) : '';
}

const textOrNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The identity of an edition in a comparison. */
export function comparedReport(row: Row): ComparedReport {
  const report: ComparedReport = {
    documentId: String(row.documentId),
    title: typeof row.title === 'string' ? row.title : '',
    codename: textOrNull(row.codename),
    series: textOrNull(row.series),
    startDate: dayOf(row.startDate),
    endDate: dayOf(row.endDate),
  };
  if (typeof row.locale === 'string') report.locale = row.locale;
  return report;
}

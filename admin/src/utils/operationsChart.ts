import { qualifierFieldOf, type StatName, type StatQualifier } from '../../../shared/stats';
import type { OperationReportStatsGroup, StatTotal } from '../../../shared/types';

/** One bar of a chart and one row of its table and CSV. */
export interface ChartRow {
  /** The group's key as the API gave it (year, "YYYY-MM", agency, slug…); for an edition, its title. */
  key: string | number | null;
  /** What the reader sees for the key ("March 2024", a crime area's name, an edition's codename and year). */
  label: string;
  /** Reports in the group. */
  count: number;
  total: StatTotal;
}

/**
 * The number a bar stands for. Countries are shared between operations, so
 * their sum means nothing: a group shows its largest operation's ("up to
 * 119"), as the homepage widget does.
 */
export function barValue(figure: StatName, total: StatTotal): number | null {
  return figure === 'countries' ? total.max : total.value;
}

/** The qualifier of `barValue`: the largest operation's countries read as "up to". */
export function barQualifier(figure: StatName, total: StatTotal): StatQualifier {
  return figure === 'countries' ? 'upTo' : total.qualifier;
}

/** A group's rows for one figure, labelled by `labelOf` (the API's order is kept). */
export function groupRows(
  groups: readonly OperationReportStatsGroup[],
  figure: StatName,
  labelOf: (key: OperationReportStatsGroup['key']) => string
): ChartRow[] {
  return groups.map((group) => ({
    key: group.key,
    label: labelOf(group.key),
    count: group.count,
    total: group.totals[figure],
  }));
}

/** A report of a series as the Content Manager's list returns it: the fields an edition's bar needs. */
export type EditionRow = {
  documentId: string;
  title?: string | null;
  codename?: string | null;
  startDate?: string | null;
} & Partial<Record<string, unknown>>;

const asNumber = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // PostgreSQL and MySQL may hand big integers over as strings.
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

/** One edition's figure as a one-report total, so editions share the groups' table and CSV. */
export function editionTotal(report: EditionRow, figure: StatName): StatTotal {
  const value = asNumber(report[figure]);
  const qualifier = (report[qualifierFieldOf(figure)] as StatQualifier | undefined) ?? 'exact';
  return {
    value,
    qualifier: value === null ? 'exact' : qualifier,
    reported: value === null ? 0 : 1,
    min: value,
    max: value,
    avg: value,
  };
}

/** An edition's name on its bar: the codename (else the title), with its start year. */
export function editionLabel(report: EditionRow): string {
  const name = report.codename || report.title || report.documentId;
  const year = report.startDate?.slice(0, 4);
  return year ? `${name} (${year})` : name;
}

/** A series' editions, already in start-date order, as rows of one figure. */
export function editionRows(reports: readonly EditionRow[], figure: StatName): ChartRow[] {
  return reports.map((report) => ({
    key: report.codename || report.title || report.documentId,
    label: editionLabel(report),
    count: 1,
    total: editionTotal(report, figure),
  }));
}

/** "2024-03" in the reader's words ("March 2024", "mars 2024"); the key itself when it is not a month. */
export function monthLabel(key: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return key;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

// Compiled by tests/api/client-entry.test.ts against the built package, as a frontend would.
import {
  formatStat,
  type OperationReport,
  type OperationReportStats,
  type StatQualifier,
} from 'strapi-plugin-operation-reports/client';

export function headline(report: OperationReport): string {
  const qualifier: StatQualifier = report.arrestsQualifier;
  return `${formatStat(report.arrests, qualifier, 'en')} arrests across ${report.countries ?? '?'} countries`;
}

export function totalArrests(stats: OperationReportStats): string {
  const { value, qualifier } = stats.totals.arrests;
  return formatStat(value, qualifier, 'en', { style: 'long' });
}

export const years = (stats: OperationReportStats): number[] => stats.byYear.map((y) => y.year);

/** Countries are shared between operations: quote the largest, never the sum. */
export function countriesReach(stats: OperationReportStats): string {
  const { max } = stats.totals.countries;
  return formatStat(max, 'upTo', 'en', { style: 'long' });
}

export const meanArrests = (stats: OperationReportStats): number | null => stats.totals.arrests.avg;

import type { PropertyValueLeaf } from 'schema-dts';
import { isStatQualifier, QUALIFIER_WORDS, type StatQualifier } from '../../../shared/stats';

/** One figure of a report as the JSON-LD describes it: what it counts, its number and how sure that number is. */
export interface Figure {
  /** What a reader sees: the stat's label ("Arrests") or the metric's own label. */
  name: string;
  /** The stat's attribute name (`arrests`); absent for an additional metric, which has none. */
  propertyID?: string;
  value: number | string | null | undefined;
  qualifier: unknown;
  unitText?: string | null;
}

/**
 * The number as a JSON number. Decimals (additional metrics) may come back
 * from PostgreSQL and MySQL as strings; a value that is not a finite number is
 * treated as not reported rather than published as NaN.
 */
function numberOf(value: Figure['value']): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * How a qualifier maps onto schema.org's PropertyValue:
 * - exact: `value`;
 * - approximately: `value` with the description "approximately";
 * - at least: `minValue` (schema.org's bounds are inclusive, so this is exact);
 * - more than: `minValue` with the description "more than". The bound is the
 *   number the source gave, not that number plus one: "more than 1,300" is
 *   still true of `minValue` 1300 (inclusive), the +1 would be a figure no
 *   source published, and it means nothing for a decimal metric (USD 2.5m);
 * - up to: `maxValue`.
 */
type Amount = { value: number } | { minValue: number } | { maxValue: number };
const PLACES: Record<StatQualifier, { amount: (n: number) => Amount; described: boolean }> = {
  exact: { amount: (value) => ({ value }), described: false },
  approximately: { amount: (value) => ({ value }), described: true },
  atLeast: { amount: (minValue) => ({ minValue }), described: false },
  moreThan: { amount: (minValue) => ({ minValue }), described: true },
  upTo: { amount: (maxValue) => ({ maxValue }), described: false },
};

/** A figure as a `PropertyValue`, or null when it was not reported (missing figures are left out). */
export function figureProperty(figure: Figure): PropertyValueLeaf | null {
  const number = numberOf(figure.value);
  if (number === null) return null;
  // A stored row always has one of the five (the column's default is exact); anything else reads as exact.
  const qualifier: StatQualifier = isStatQualifier(figure.qualifier) ? figure.qualifier : 'exact';
  const place = PLACES[qualifier];
  return {
    '@type': 'PropertyValue',
    name: figure.name,
    ...(figure.propertyID ? { propertyID: figure.propertyID } : {}),
    ...place.amount(number),
    ...(place.described ? { description: QUALIFIER_WORDS[qualifier] } : {}),
    ...(figure.unitText ? { unitText: figure.unitText } : {}),
  };
}

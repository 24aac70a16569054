import { formatStat } from '../../../shared/format-stat';
import { DEFAULT_QUALIFIER, isStatQualifier, type StatQualifier } from '../../../shared/stats';
import { isRecord } from './isRecord';

/**
 * The `additionalStats` proposals of an extract answer (figures beyond the
 * six: money, seizures, counted things), checked one by one so a malformed
 * entry is left out rather than added to the form, and how the dialog shows
 * and compares them.
 */

/** The limits of the `operation-reports.metric` component: a longer label or unit would be refused on save. */
const LABEL_MAX = 120;
const UNIT_MAX = 40;

/** A proposed new row of the report's "Other figures" (`additionalStats`). */
export interface FoundMetric {
  label: string;
  value: number;
  /** An ISO 4217 code for money (`USD`), `kg`, `t`, `L`…; null for counted things. */
  unit: string | null;
  qualifier: StatQualifier;
  evidence: string;
}

function readMetric(raw: unknown): FoundMetric | null {
  if (!isRecord(raw)) return null;
  const label = typeof raw.label === 'string' ? raw.label.trim() : '';
  if (label === '' || label.length > LABEL_MAX) return null;
  const { value } = raw;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
  const unit = typeof raw.unit === 'string' && raw.unit.trim() !== '' ? raw.unit.trim() : null;
  if (unit !== null && unit.length > UNIT_MAX) return null;
  const qualifier = isStatQualifier(raw.qualifier) ? raw.qualifier : DEFAULT_QUALIFIER;
  const evidence = typeof raw.evidence === 'string' ? raw.evidence : '';
  return { label, value, unit, qualifier, evidence };
}

/** The `additionalStats` of an extract answer (`{ data: { additionalStats } }`), in the server's order. */
export function readAdditionalStats(body: unknown): FoundMetric[] {
  const data = isRecord(body) ? body.data : undefined;
  const list = isRecord(data) ? data.additionalStats : undefined;
  if (!Array.isArray(list)) return [];
  return list.map(readMetric).filter((metric): metric is FoundMetric => metric !== null);
}

const sameText = (a: unknown, b: string | null) =>
  (typeof a === 'string' ? a.trim() : '').toLocaleLowerCase() === (b ?? '').toLocaleLowerCase();

/** A decimal as the form may hold it: a number, or the digits of one (never an empty value read as 0). */
const numberOf = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/**
 * Whether the form's `additionalStats` rows hold this figure already: a row
 * with the same label and unit (case and surrounding spaces aside) and the
 * same value.
 */
export function metricInRows(metric: FoundMetric, rows: unknown): boolean {
  if (!Array.isArray(rows)) return false;
  return rows.some(
    (row) =>
      isRecord(row) &&
      numberOf(row.value) === metric.value &&
      sameText(row.label, metric.label) &&
      sameText(row.unit, metric.unit)
  );
}

/** The row the form gets for a ticked proposal; the form gives it its `__temp_key__` as the Content Manager's "Add" does. */
export const metricRow = ({ label, value, unit, qualifier }: FoundMetric) => ({
  label,
  value,
  qualifier,
  ...(unit === null ? {} : { unit }),
});

const CURRENCY = /^[A-Z]{3}$/;
const DIGIT_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/** The amount's parts in `locale`: money the locale's way (`$7,000,000`, `7 000 000 $US`), else the number and unit. */
function amountParts(value: number, unit: string | null, locale: string): Intl.NumberFormatPart[] {
  if (unit !== null && CURRENCY.test(unit)) {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: unit,
        // Cents only when the amount has some: `$7,000,000`, `€1,250.50`.
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
        maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
      }).formatToParts(value);
    } catch {
      // A code Intl refuses is written as a plain unit below.
    }
  }
  const parts = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).formatToParts(value);
  return unit === null ? parts : [...parts, { type: 'literal', value: '\u00a0' }, { type: 'unit', value: unit }];
}

/**
 * A proposed figure as a reader sees it, in the admin's `locale`, with the
 * qualifier's mark placed as `formatStat` places it on the six (`~14,000`,
 * `720+`): `~$7,000,000`, `850+ kg`, `>1,300`.
 */
export function formatMetric(value: number, unit: string | null, qualifier: StatQualifier, locale: string): string {
  const parts = amountParts(value, unit, locale);
  const text = (list: Intl.NumberFormatPart[]) => list.map((part) => part.value).join('');
  // The mark's place, read from formatStat: a prefix ahead of the whole amount, a suffix right behind its digits.
  const shape = formatStat(1, qualifier, 'en');
  const [before, after] = [shape.slice(0, shape.indexOf('1')), shape.slice(shape.indexOf('1') + 1)];
  let last = -1;
  parts.forEach((part, index) => {
    if (DIGIT_PARTS.has(part.type)) last = index;
  });
  return `${before}${text(parts.slice(0, last + 1))}${after}${text(parts.slice(last + 1))}`;
}

import { QUALIFIER_WORDS, type StatQualifier } from './stats';

export type StatStyle = 'short' | 'long';

export interface FormatStatOptions {
  /** `short` gives `~14,000` / `720+`; `long` gives `approximately 14,000` / `at least 720`. */
  style?: StatStyle;
}

const SHORT: Record<StatQualifier, (n: string) => string> = {
  exact: (n) => n,
  approximately: (n) => `~${n}`,
  atLeast: (n) => `${n}+`,
  moreThan: (n) => `>${n}`,
  upTo: (n) => `≤${n}`,
};

/** The mark a short figure carries for `qualifier` (`~`, `+`, `>`, `≤`; none for exact): what a legend explains. */
export const qualifierMark = (qualifier: StatQualifier): string => SHORT[qualifier]('');

const LONG: Record<StatQualifier, (n: string) => string> = {
  exact: (n) => n,
  approximately: (n) => `${QUALIFIER_WORDS.approximately} ${n}`,
  atLeast: (n) => `${QUALIFIER_WORDS.atLeast} ${n}`,
  moreThan: (n) => `${QUALIFIER_WORDS.moreThan} ${n}`,
  upTo: (n) => `${QUALIFIER_WORDS.upTo} ${n}`,
};

/**
 * How a reader sees a figure: the number grouped for `locale`, marked with its
 * qualifier. Returns an empty string for a stat that was not reported.
 */
export function formatStat(
  value: number | null | undefined,
  qualifier: StatQualifier | null | undefined = 'exact',
  locale: string | string[] = 'en',
  options: FormatStatOptions = {}
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const marks = options.style === 'long' ? LONG : SHORT;
  return (marks[qualifier ?? 'exact'] ?? marks.exact)(grouped);
}

import { QUALIFIER_WORDS, isStatQualifier, type StatQualifier } from './stats';

export type StatStyle = 'short' | 'long';

export interface FormatStatOptions {
  /** `short` gives `~14,000` / `720+`; `long` gives `approximately 14,000` / `at least 720`. */
  style?: StatStyle;
  /**
   * The qualifier words of the long style in the reader's language (`environ`,
   * `au moins`…); English (`QUALIFIER_WORDS`) when omitted. The admin passes its
   * translations of `stat.qualifier.*`.
   */
  words?: Readonly<Record<StatQualifier, string>>;
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
 *
 * The grouping is Intl's, unchanged: `14,000` in English, `14 000` in French,
 * where the separator is the narrow no-break space U+202F (the French
 * typographic rule, and it never lets a line break split a number).
 */
export function formatStat(
  value: number | null | undefined,
  qualifier: StatQualifier | null | undefined = 'exact',
  locale: string | string[] = 'en',
  options: FormatStatOptions = {}
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const known: StatQualifier = isStatQualifier(qualifier) ? qualifier : 'exact';
  if (options.style !== 'long') return SHORT[known](grouped);
  // The long form in the reader's words when given (`environ 14 000`); an exact figure has no word.
  if (!options.words || known === 'exact') return LONG[known](grouped);
  return `${options.words[known]} ${grouped}`;
}

import { STAT_MAX } from '../../../shared/stats';
import { notationOf, readDigit, separatorClass, type NumberNotation } from './numberNotation';

export type ParsedStat =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  | { kind: 'error'; reason: 'negative' | 'fraction' | 'overflow' | 'grouping' | 'invalid' };

type StatError = Extract<ParsedStat, { kind: 'error' }>;
const error = (reason: StatError['reason']): StatError => ({ kind: 'error', reason });

/** Direction marks that pasted right-to-left text carries around digits; they are not part of the number. */
const BIDI_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const MINUS_SIGNS = new Set(['-', '\u2212', '\u2012', '\u2013']);
/** Characters an editor may have meant as a separator; anything else (letters, `e`, `+`) is simply not a number. */
const SEPARATOR_LIKE = /^[\p{P}\p{Zs}]$/u;

/** STAT_MAX has 10 digits: anything longer overflows before it is turned into a number. */
const MAX_DIGITS = String(STAT_MAX).length;

interface Tokens {
  /** Runs of digits, in order, as their values (`['1', '234']`). */
  runs: string[];
  /** The separator between run i and run i + 1, by class (see separatorClass). */
  separators: string[];
  numberingSystem: string;
}

/** Splits the text into digit runs and the single characters between them, or says why it cannot. */
function tokenize(text: string): Tokens | StatError {
  const runs: string[] = [];
  const separators: string[] = [];
  let run = '';
  let numberingSystem: string | null = null;
  for (const char of text) {
    const digit = readDigit(char);
    if (digit) {
      // `1٢3`: digits from two scripts are a typing accident, not a number.
      if (numberingSystem !== null && digit.numberingSystem !== numberingSystem) return error('invalid');
      numberingSystem = digit.numberingSystem;
      run += String(digit.value);
      continue;
    }
    if (!SEPARATOR_LIKE.test(char)) return error('invalid');
    // A separator must stand between two digits: not first, not last, never two in a row.
    if (run === '') return error(runs.length === 0 ? 'invalid' : 'grouping');
    runs.push(run);
    separators.push(separatorClass(char));
    run = '';
  }
  if (run === '') return error(runs.length === 0 ? 'invalid' : 'grouping');
  runs.push(run);
  return { runs, separators, numberingSystem: numberingSystem ?? 'latn' };
}

/**
 * Whether `runs`, joined by one group separator, are grouped as the locale
 * groups: the last group `primaryGroup` digits, the ones before it
 * `secondaryGroup`, the first 1 to `secondaryGroup` and not starting with 0
 * (`0,123` may be a decimal written the other way round).
 */
function wellGrouped(runs: string[], notation: NumberNotation): boolean {
  if (runs.length === 1) return true;
  const last = runs.length - 1;
  return runs.every((run, index) => {
    if (index === last) return run.length === notation.primaryGroup;
    if (index === 0) return run.length <= notation.secondaryGroup && !run.startsWith('0');
    return run.length === notation.secondaryGroup;
  });
}

/** The group separators accepted in this notation: the locale's own, or a space (see SPACE_SEPARATORS). */
const isGroupSeparator = (separator: string, notation: NumberNotation) =>
  separator === ' ' || separator === separatorClass(notation.group);

/** The integer written by `runs` and `separators`, or why it is not one. */
function readInteger(runs: string[], separators: string[], notation: NumberNotation): string | StatError {
  const decimal = separatorClass(notation.decimal);
  const decimals = separators.filter((separator) => separator === decimal).length;
  // One decimal mark, last, after a well-formed whole part: a fraction (`14.5`, `1,234.5`, `14,5` in de).
  if (decimals === 1 && separators[separators.length - 1] === decimal) {
    const whole = readInteger(runs.slice(0, -1), separators.slice(0, -1), notation);
    return typeof whole === 'string' ? error('fraction') : error('grouping');
  }
  if (decimals > 0) return error('grouping');
  // One kind of separator only: `1 234,5` in English mixes two and is refused.
  const kinds = new Set(separators);
  if (kinds.size > 1) return error('grouping');
  const [separator] = kinds;
  if (separator !== undefined && !isGroupSeparator(separator, notation)) return error('grouping');
  if (!wellGrouped(runs, notation)) return error('grouping');
  return runs.join('');
}

/**
 * Reads what an editor typed or pasted into a stat, in the admin's locale,
 * and never changes the number: a group separator counts only where the
 * locale puts it (`14,000` and `1,234,567` in English, `14 000` in French,
 * `14.000` in German, `١٤٬٠٠٠` in Arabic); `1,23`, `1 234,5` in English or a
 * decimal are refused with a reason, never read as some other number.
 */
export function parseStatInput(text: string, locale: string): ParsedStat {
  const trimmed = text.replace(BIDI_MARKS, '').trim();
  if (trimmed === '') return { kind: 'empty' };
  if (MINUS_SIGNS.has(trimmed[0])) return error('negative');
  const tokens = tokenize(trimmed);
  if ('kind' in tokens) return tokens;
  const notation = notationOf(locale, tokens.numberingSystem);
  const digits = readInteger(tokens.runs, tokens.separators, notation);
  if (typeof digits !== 'string') return digits;
  const significant = digits.replace(/^0+(?=\d)/, '');
  if (significant.length > MAX_DIGITS || Number(significant) > STAT_MAX) return error('overflow');
  return { kind: 'value', value: Number(significant) };
}

export const formatStatForEditing = (value: number | null | undefined, locale: string): string =>
  value === null || value === undefined
    ? ''
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);

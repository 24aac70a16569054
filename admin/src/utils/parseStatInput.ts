import { STAT_MAX } from '../../../shared/stats';

export type ParsedStat =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  | { kind: 'error'; reason: 'negative' | 'fraction' | 'overflow' | 'invalid' };

const separatorsOf = (locale: string) => {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
};

const SPACES = /[\s\u00A0\u202F]/g;

/**
 * Reads what an editor typed or pasted into a stat, in the admin's locale:
 * `14,000`, `14 000` and `14000` are 14000 in English; `14.000` is 14000 in
 * German. Anything that would need rounding is refused, never rounded.
 */
export function parseStatInput(text: string, locale: string): ParsedStat {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const { group, decimal } = separatorsOf(locale);
  let compact = trimmed.replace(SPACES, '');
  if (group.trim() !== '') compact = compact.split(group).join('');
  // Apostrophe grouping (de-CH) is accepted whatever the locale.
  compact = compact.replace(/['’]/g, '');
  if (/^[-−]/.test(compact)) return { kind: 'error', reason: 'negative' };
  if (compact.includes(decimal)) return { kind: 'error', reason: 'fraction' };
  if (!/^\d+$/.test(compact)) return { kind: 'error', reason: 'invalid' };
  const value = Number(compact);
  if (!Number.isSafeInteger(value) || value > STAT_MAX) return { kind: 'error', reason: 'overflow' };
  return { kind: 'value', value };
}

export const formatStatForEditing = (value: number | null | undefined, locale: string): string =>
  value === null || value === undefined
    ? ''
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);

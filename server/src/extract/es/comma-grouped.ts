import type { LanguageRules } from '../languages/types';
import { readNumber } from './numbers';

// Figures grouped in threes by a comma ("1,158"), by a dot ("1.158"), and a decimal comma ("2,5", "1,25").
const COMMA_GROUPED = /(?<![\d.,])\d{1,3},\d{3}(?![\d,.])/g;
const DOT_GROUPED = /(?<![\d.,])\d{1,3}\.\d{3}(?![\d])/;
const COMMA_DECIMAL = /(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d])/;
const DOT_DECIMAL_SCALED = /(?<![\d.,])\d{1,3}\.\d{1,2} (?:millones|millón|mil millones)(?!\p{L})/u;

/**
 * Whether a release groups its figures with a comma and writes its decimals with a dot, as Mexico, Central America
 * and the Caribbean do ("detuvieron a 1,158 personas y aseguraron 1,179 armas", "1.5 millones de pesos"): two figures
 * or more grouped by a comma, and none grouped by a dot nor written with a decimal comma. A release from Spain or
 * South America writes "1.158" and "2,5"; one that mixes both is read the usual way, its commas unread.
 */
export function groupsByComma(text: string): boolean {
  COMMA_GROUPED.lastIndex = 0;
  let grouped = 0;
  while (grouped < 2 && COMMA_GROUPED.exec(text)) grouped += 1;
  // (or one, beside a decimal dot before a scale: "1,486 kilos de metanfetamina" and "4.5 millones de pesos")
  const enough = grouped >= 2 || (grouped === 1 && DOT_DECIMAL_SCALED.test(text));
  return enough && !DOT_GROUPED.test(text) && !COMMA_DECIMAL.test(text);
}

/** A figure of a release that groups by a comma and writes decimals with a dot: read with the two swapped. */
export const readCommaGrouped = (raw: string): number | null =>
  readNumber(raw.replace(/[.,]/g, (sign) => (sign === '.' ? ',' : '.')));

// The rules of a language for a release that groups its figures by a comma, made once per language.
const variants = new WeakMap<LanguageRules, LanguageRules>();
/** The Spanish rules for a release that groups by a comma (`groupsByComma`): its figures read with the signs swapped. */
export function commaGroupedOf(rules: LanguageRules): LanguageRules {
  let variant = variants.get(rules);
  if (!variant) {
    variant = {
      ...rules,
      forText: undefined,
      numbers: { ...rules.numbers, read: readCommaGrouped, digits: { decimal: '.', groups: ', ' } },
    };
    variants.set(rules, variant);
  }
  return variant;
}

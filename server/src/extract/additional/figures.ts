import type { LanguageRules } from '../languages/types';
import type { AdditionalWords } from './types';
import { escapeRegExp } from '../text';

/**
 * The figures of a sentence, for the additional figures: in digits as the
 * language groups and splits them ("1,300", "1 300", "13.000", "2.5",
 * "203,4"), read here because a weight or a sum may carry decimals that a
 * count never does; in words ("three", "trois mille", "doce") as the
 * language's profile reads them (`numbers.figure`, `numbers.read`).
 */

export interface Figure {
  /** Where the number starts and ends in the sentence (its scale word, if any, is read after it). */
  start: number;
  end: number;
  value: number;
  /** Written with a decimal part ("2.5"): a count never is. */
  decimal: boolean;
}

// A number word or a digit before "mil" ("tres mil 610" is no "mil 610"), in Spanish, the one language that writes it.
const NUMBER_WORD_BEFORE =
  '(?:\\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ientos|ientas)';
// A currency sign written in letters may be glued to its figure ("RM2.3 million", "R1.8 million"): no other letter is.
const GLUED_SIGN = '(?<!\\p{L})(?:Rs|KSh|Rp|R)';
const digitPatterns = new WeakMap<AdditionalWords, RegExp>();
function digitPattern(words: AdditionalWords): RegExp {
  let pattern = digitPatterns.get(words);
  if (!pattern) {
    const { decimal, groups, thousand } = words.digits;
    // One separator per figure ("1,300,000" or "1 300 000"), never both: "72 325" is two figures.
    const grouped = [...groups].map((mark) => `\\d{1,3}(?:${escapeRegExp(mark)}\\d{3})+`).join('|');
    // ("2 mil 150": one figure, never read again from its "150")
    // ("mil 610 vehículos": a thousand and its rest, the thousand alone in words)
    const told = thousand
      ? `\\d{1,3}\\s${thousand}\\s\\d{1,3}(?![\\d#]|[.,]\\d)|(?<!${NUMBER_WORD_BEFORE}\\s)[${thousand[0].toUpperCase()}${thousand[0]}]${thousand.slice(1)}\\s\\d{1,3}(?![\\d#]|[.,]\\d)|`
      : '';
    const notItsRest = thousand ? `(?<!${thousand}\\s)` : '';
    // ("R14,2 million" in a South African release written in English: a decimal comma, only before a scale)
    const commaBeforeScale = decimal === '.' ? `\\d{1,3},\\d{1,2}(?=\\s(?:million|billion)(?!\\p{L}))|` : '';
    // (nor joined to a word by a hyphen: "COVID-19" is a name)
    pattern = new RegExp(
      `(?<![\\d.,#]|\\p{L}(?<!${GLUED_SIGN}))(?<!\\p{L}-)${notItsRest}(?:${told}${commaBeforeScale}(?:${grouped}|\\d+)(?:${escapeRegExp(decimal)}\\d+)?(?![\\d#]|[.,]\\d))`,
      'gu'
    );
    digitPatterns.set(words, pattern);
  }
  return pattern;
}

const wordPatterns = new WeakMap<LanguageRules, RegExp>();
function wordPattern(language: LanguageRules): RegExp {
  let pattern = wordPatterns.get(language);
  if (!pattern) {
    // No `d` flag: the figure ends the match (what follows it is a lookahead), and indices cost time on every match.
    pattern = new RegExp(language.numbers.figure, 'giu');
    wordPatterns.set(language, pattern);
  }
  return pattern;
}

/** A figure in digits, as the language writes it; null when it is not one ("1,23", or "1,500" where "," splits). */
// "2 mil 150": the thousands told by a word between digits (AdditionalWords.digits.thousand).
const TOLD_THOUSANDS = /^(\d{1,3})\s\p{L}+\s(\d{1,3})$/u;
const DECIMAL_COMMA = /^(\d{1,3}),(\d{1,2})$/;
const A_THOUSAND_AND = /^\p{L}+\s(\d{1,3})$/u;

export function readDigits(raw: string, words: AdditionalWords): number | null {
  const told = TOLD_THOUSANDS.exec(raw);
  if (told) return Number(told[1]) * 1000 + Number(told[2]);
  const thousandAnd = A_THOUSAND_AND.exec(raw);
  if (thousandAnd) return 1000 + Number(thousandAnd[1]);
  const comma = words.digits.decimal === '.' ? DECIMAL_COMMA.exec(raw) : null;
  if (comma) return Number(`${comma[1]}.${comma[2]}`);
  const at = raw.indexOf(words.digits.decimal);
  const integer = (at >= 0 ? raw.slice(0, at) : raw).replace(/\D/g, '');
  const fraction = at >= 0 ? raw.slice(at + 1) : '';
  // Three decimals read either way ("1,500" is 1.5 in Spanish and 1,500 in English): left out.
  if (fraction.length === 3) return null;
  return Number(fraction ? `${integer}.${fraction}` : integer);
}

/** Every figure of `text` (a sentence), in reading order. */
export function figuresOf(text: string, words: AdditionalWords, language: LanguageRules): Figure[] {
  const found: Figure[] = [];
  const digits = digitPattern(words);
  digits.lastIndex = 0;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const value = readDigits(m[0], words);
    if (value === null) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value, decimal: !Number.isInteger(value) });
  }
  const inWords = wordPattern(language);
  inWords.lastIndex = 0;
  for (let m = inWords.exec(text); m; m = inWords.exec(text)) {
    const raw = m.groups!.num;
    if (!/^\p{L}/u.test(raw)) continue;
    const value = language.numbers.read(raw.trim());
    if (value === null) continue;
    const end = m.index + m[0].length;
    found.push({ start: end - raw.length, end, value, decimal: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

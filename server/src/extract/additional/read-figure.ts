import { CURRENCY_CODES, CURRENCY_SIGNS, SIGN_AFTER, SIGN_BEFORE } from './currencies';
import type { Figure } from './figures';
import { endsLine } from './list-line';
import { countedListAfter, listAfter } from './lists';
import { describesAfter, piecesOf } from './pieces-of';
import { phraseAt, tokensAfter, type Token } from './tokens';
import type { AdditionalWords } from './types';
import { headOf, isWord, LOWER_OR_ACRONYM, setsOf } from './word-sets';

/**
 * What one figure of a sentence measures, from the words around it: money
 * (a currency before or after it, and what the money is), a weight or volume
 * (a unit and what it weighs), or a counted thing (a noun of the language's
 * list). Positions are the sentence's; the qualifier and the checks that the
 * figure is this operation's are the engine's (additional.ts).
 */

export interface Reading {
  value: number;
  /** ISO 4217 code, `kg`, `t`, `L`, or null for a counted thing. */
  unit: string | null;
  /** Where the label is in the sentence (money named before its figure is asked for by `labelBefore`). */
  label?: { start: number; end: number };
  /** What is counted or weighed, lower case: two readings of the same thing share it. */
  what?: string;
  /** The noun alone ("accounts" for "bank accounts"): what two different counts may still both be about. */
  kind?: string;
  /** Where the figure starts, its currency sign or code included. */
  start: number;
  end: number;
}

/**
 * One to three words naming what money is or what a unit weighs ("illicit
 * medicines", "denrées alimentaires"), and once a complement joined to them
 * ("résine de cannabis", "aceite de oliva").
 */
const NUMBER_WORDS = /^(?:hundreds|thousands|dozens|millions|tens|scores)$/;
function nounPhrase(tokens: Token[], at: number, words: AdditionalWords): { start: number; end: number } | undefined {
  const isNoun = (token: Token | undefined) =>
    token !== undefined &&
    isWord(token) &&
    !words.stop.has(token.lower) &&
    LOWER_OR_ACRONYM.test(token.text) &&
    !phraseAt(tokens, tokens.indexOf(token), words.currencies) &&
    !phraseAt(tokens, tokens.indexOf(token), words.units);
  const taken: Token[] = [];
  let joined = false;
  for (let k = at; k < tokens.length && taken.length < 3; k += 1) {
    const token = tokens[k];
    if (taken.length > 0 && !joined && words.joins.includes(token.lower) && isNoun(tokens[k + 1])) {
      taken.push(token, tokens[k + 1]);
      joined = true;
      k += 1;
      continue;
    }
    // "raw and carved ivory": two describing words joined before their noun (English puts the noun last); not "gold
    // and taken hundreds of children", a verb and a number's word.
    const pair = words.headLast && taken.length === 1 && words.coordinators.includes(token.lower);
    if (pair && isNoun(tokens[k + 1]) && isNoun(tokens[k + 2]) && !NUMBER_WORDS.test(tokens[k + 2].lower)) {
      taken.push(token, tokens[k + 1], tokens[k + 2]);
      break;
    }
    if (!isNoun(token)) break;
    taken.push(token);
  }
  if (taken.length === 0 || (taken[0].text.length < 3 && !words.shortNouns?.includes(taken[0].lower))) return undefined;
  return { start: taken[0].start, end: taken[taken.length - 1].end };
}

function scaled(value: number, scale: number): number | null {
  const exact = value * scale;
  const rounded = Math.round(exact);
  return Math.abs(exact - rounded) < 1e-6 ? rounded : null;
}

const BRACKETED_CODE = /^ ?\((\p{Lu}{3})\)/u;

/** The currency written right before a figure: a sign ("$", "€", "US$") or a code in capitals ("USD "). */
function currencyBefore(text: string, start: number, words: AdditionalWords): { code: string; start: number } | null {
  const before = text.slice(Math.max(0, start - 6), start);
  const sign = SIGN_BEFORE.exec(before);
  if (sign) {
    const written = sign[0].trim();
    return { code: written === '$' ? words.dollarSign : CURRENCY_SIGNS[written], start: start - sign[0].length };
  }
  const code = /(?<!\p{L})(\p{Lu}{3}) ?$/u.exec(before);
  if (code && CURRENCY_CODES[code[1].toLowerCase()]) return { code: code[1], start: start - code[0].length };
  return null;
}

export function readFigure(text: string, figure: Figure, words: AdditionalWords): Reading | null {
  let tokens = tokensAfter(text, figure.end, 9);
  let i = 0;
  let value: number | null = figure.value;
  let isScaled = false;
  // A word written against the figure ("$2.5m", "EUR 3bn") is a scale when the language has it as one.
  const glued = tokens[0] !== undefined && !tokens[0].spaced && tokens[0].start === figure.end;
  const scale = tokens[0] && (tokens[0].spaced || glued) ? phraseAt(tokens, 0, words.scales, glued ? 1 : 2) : undefined;
  if (scale) {
    value = scaled(value, words.scales[scale.key]);
    if (value === null) return null;
    i = scale.length;
    isScaled = true;
  }
  const { unitOf } = words;
  let end = i > 0 ? tokens[i - 1].end : figure.end;

  // Money: a currency before the figure, or after it ("7 millions de dollars américains", "500 000 €").
  let currency = currencyBefore(text, figure.start, words);
  // Any other word against it ("$2.5k", "€3bln"): a sum that cannot be read.
  if (currency && glued && !scale) return null;
  let start = currency?.start ?? figure.start;
  if (!currency) {
    let j = i;
    if (tokens[j] && unitOf.includes(tokens[j].lower) && tokens[j + 1] && phraseAt(tokens, j + 1, words.currencies)) {
      j += 1;
    }
    // Spaced from the figure, or written against an elided "d'" ("millions d'euros").
    const joined = tokens[j] && (tokens[j].spaced || tokens[j - 1]?.text.endsWith("'"));
    const word = joined ? phraseAt(tokens, j, words.currencies, 4) : undefined;
    const code = tokens[j]?.spaced && tokens[j].text.length === 3 && CURRENCY_CODES[tokens[j].lower];
    if (word) {
      if (words.weightBeforeOf?.includes(word.key) && words.unitOf.includes(tokens[j + word.length]?.lower ?? ''))
        return null;
      j += word.length;
      const country = tokens[j]?.spaced ? phraseAt(tokens, j, words.currencyCountries, 3) : undefined;
      currency = { code: country ? words.currencyCountries[country.key] : words.currencies[word.key], start };
      if (country) j += country.length;
    } else if (code && tokens[j].text === code) {
      currency = { code, start };
      j += 1;
    } else {
      SIGN_AFTER.lastIndex = end;
      const sign = SIGN_AFTER.exec(text);
      if (sign) {
        currency = { code: sign[0].trim() === '$' ? words.dollarSign : CURRENCY_SIGNS[sign[0].trim()], start };
        end = SIGN_AFTER.lastIndex;
        tokens = tokensAfter(text, end, 8);
        j = 0;
      }
    }
    if (currency && j > 0) end = tokens[j - 1].end;
    i = j;
  }
  // "$1.3 million (CAD) in cash": the code in brackets names the dollar.
  const bracketed = currency && BRACKETED_CODE.exec(text.slice(end, end + 7));
  if (currency && bracketed && CURRENCY_CODES[bracketed[1].toLowerCase()]) {
    currency = { code: bracketed[1], start: currency.start };
    end += bracketed[0].length;
    tokens = tokensAfter(text, end, 8);
    i = 0;
  }
  if (currency) {
    // ("739,7 millions d'euros saisis en argent liquide": the participle before what the money was in)
    if (tokens[i]?.spaced && words.participle.test(tokens[i].lower) && tokens[i + 1]?.lower === 'en') i += 1;
    const of = phraseAt(tokens, i, setsOf(words).moneyOf, 3);
    const label = of && tokens[i].spaced ? nounPhrase(tokens, i + of.length, words) : undefined;
    const what = label && headOf(text.slice(label.start, label.end), words);
    if (label) label.end = listAfter(text, label.end, words);
    return { value, unit: currency.code, label, what, start, end: label?.end ?? end };
  }

  // A weight or volume: "850 kg of ivory", "3 toneladas de hachís", "1,3 million de litres de boissons".
  let j = i;
  if (isScaled && tokens[j] && unitOf.includes(tokens[j].lower) && phraseAt(tokens, j + 1, words.units)) j += 1;
  const unit = tokens[j] ? phraseAt(tokens, j, words.units, 2) : undefined;
  if (unit) {
    const next = tokens[j + unit.length];
    // "Cocaine seized: 599 kg" ends its line: what it weighs is named before it (list-line.ts).
    const unitEnd = tokens[j + unit.length - 1].end;
    const onLine = /:[^:\n\d]{0,24}$/.test(text.slice(Math.max(0, start - 26), start));
    if ((!next || onLine) && endsLine(text, unitEnd, words.lineNote))
      return { value, unit: words.units[unit.key], start, end: unitEnd };
    // "explosives weighing 95 kg": no "of" after the unit, the words before it may name what it weighs (labelBefore).
    // (Not on a key-figure line, "Cocaine seized: 599 kg in one container": more after the figure.)
    if (!next || !unitOf.includes(next.lower))
      return onLine ? null : { value, unit: words.units[unit.key], start, end: unitEnd };
    const label = nounPhrase(tokens, j + unit.length + 1, words);
    if (!label) return null;
    const what = headOf(text.slice(label.start, label.end), words);
    label.end = listAfter(text, label.end, words);
    return { value, unit: words.units[unit.key], label, what, start, end: label.end };
  }

  // A counted thing: a whole number, a space, then the noun (its describing words first in English).
  // (After an elided "d'" ending the figure, "un millier d'armes", the noun is against it.)
  if (!Number.isInteger(value) || !(tokens[i]?.spaced || (i === 0 && text[figure.end - 1] === "'"))) return null;
  if (isScaled && tokens[i] && unitOf.includes(tokens[i].lower)) i += 1;
  return countedAt(text, tokens, i, value, start, words);
}

const PARTICLES = ['down', 'offline'];
// (or opening a compound: "SIM-box devices")
const ACRONYM = /^(?=[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,6}(?:-\p{Ll}+)?$/u;

function countedAt(
  text: string,
  tokens: Token[],
  at: number,
  value: number,
  start: number,
  words: AdditionalWords
): Reading | null {
  const { counted } = words;
  // "4.4 million units of dangerous pharmaceuticals": the thing after the measure is counted, the label keeps both.
  const measured =
    !!tokens[at + 1] && !!counted.measures?.includes(tokens[at]?.lower) && words.unitOf.includes(tokens[at + 1].lower);
  // ("860.000 cajetillas de tabaco": a measure before no counted thing is what is counted)
  const thing = measured ? countedFrom(text, tokens, at, at + 2, value, start, words) : null;
  return thing ?? countedFrom(text, tokens, at, at, value, start, words);
}

function countedFrom(
  text: string,
  tokens: Token[],
  at: number,
  i: number,
  value: number,
  start: number,
  words: AdditionalWords
): Reading | null {
  const { counted, participle } = words;
  const { heads, complements } = setsOf(words);
  // "forged identity and travel documents", "fake or unlicensed medicines": the inner "and" or "or" is not a
  // describing word of its own (one at most).
  let and = 0;
  for (let k = 0; k <= counted.wordsBefore + and && i + k < tokens.length; k += 1) {
    if (k > 0) {
      const modifier = tokens[i + k - 1];
      const inner = words.coordinators.includes(modifier.lower) && k > 1 && and === 0;
      if (inner) and = 1;
      if (counted.adjectivesBefore.length > 0 && !counted.adjectivesBefore.includes(modifier.lower)) return null;
      // (a describing word in lower case, or in English a name in capitals: "11,800 AN0M devices")
      const described = /^\p{Ll}/u.test(modifier.text) || (words.headLast && ACRONYM.test(modifier.text));
      // (nor a scale, which another count's number word ends: "Eleven thousand arrests and two thousand guns")
      if (
        !isWord(modifier) ||
        (!inner && words.stop.has(modifier.lower)) ||
        !described ||
        Object.hasOwn(words.scales, modifier.lower)
      ) {
        return null;
      }
    }
    const head = phraseAt(tokens, i + k, heads);
    if (!head) continue;
    let last = i + k + head.length;
    if (tokens[last] && counted.notAfter.includes(tokens[last].lower)) return null;
    // ("96 firearms prohibition order searches": the searches are counted, the noun names them; not "75 motosierras en
    // los registros")
    for (let j = last + 1; j < last + 3; j += 1) {
      const between = tokens[j - 1];
      if (!tokens[j]?.spaced || !/^\p{Ll}/u.test(between.text) || words.stop.has(between.lower)) break;
      if (counted.notAfter.includes(tokens[j].lower)) return null;
    }
    const complement = tokens[last]?.spaced ? phraseAt(tokens, last, complements, 3) : undefined;
    if (complement) last += complement.length;
    // ("333 bottles of liquid opioids", "1,236 rounds of assorted ammunition": pieces of a thing, pieces-of.ts)
    const pieces = complement ? undefined : piecesOf(tokens, last, head.key, words, heads);
    if (pieces) last += pieces.length;
    const kind = pieces?.kind ?? head.key;
    // Two counts of the same things (not "bank accounts" and "social-media accounts") must agree.
    const what = text.slice(tokens[i].start, tokens[last - 1].end).toLowerCase();
    // ("sept armes automatiques", "armas largas": French and Spanish describing words after the noun name it too)
    for (let n = 0; n < 2 && !words.headLast && describesAfter(tokens[last], words); n += 1) last += 1;
    if (tokens[last]?.spaced && participle.test(tokens[last].lower)) {
      last += 1;
      // ("4,932 websites shut down", "taken offline": the participle's particle)
      if (tokens[last]?.spaced && PARTICLES.includes(tokens[last].lower)) last += 1;
    }
    // "104 firearms and other weapons": the figure counts them all (a comma list after a count is other things').
    // ("Thirty-four computers, phones and storage devices": a list of counted things, all of them counted)
    const list =
      text[tokens[last - 1].end] === ','
        ? countedListAfter(text, tokens[last - 1].end, head.key, words, heads)
        : undefined;
    const labelEnd =
      list?.end ??
      (text[tokens[last - 1].end] === ',' ? tokens[last - 1].end : listAfter(text, tokens[last - 1].end, words));
    return {
      value,
      unit: null,
      label: { start: tokens[at].start, end: labelEnd },
      what,
      kind: list?.kind ?? kind,
      start,
      end: labelEnd,
    };
  }
  return null;
}

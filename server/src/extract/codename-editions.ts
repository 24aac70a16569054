import type { LanguageRules } from './languages/types';
import { escapeRegExp, type Sentence } from './text';
import type { ExtractedText } from './types';

/** An operation's edition, as its series and a number or numeral (codename.ts reads the name itself). */

// "HAECHI IV" is an edition of "HAECHI": its series, the name without its last word when that is a number ("Mega 3.0").
export const seriesOf = (name: string) => /^(.*\S)[ -](?:\d+(?:\.\d)?|[IVXLC]+)$/.exec(name)?.[1];
const WORD = /[\p{L}\d]/u;

/** Where `text` first writes `name` as words of their own, or -1. */
export function nameAt(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!WORD.test(text[at - 1] ?? '') && !WORD.test(text[at + name.length] ?? '')) return at;
  }
  return -1;
}

/** Whether `text` writes `name` as words of their own. */
export const holdsName = (text: string, name: string): boolean => nameAt(text, name) >= 0;
const ROMAN: [number, string][] = [
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    out += letters.repeat(Math.floor(rest / value));
    rest %= value;
  }
  return out;
}

/**
 * `text` with its words naming this operation's own edition by its ordinal blanked ("during the third edition of
 * Operation Nzila" in a release about Nzila III: `series` "Nzila", `numeral` "III"): they tell of this operation, not
 * of an earlier one (reading.ts).
 */
export function withoutOwnEdition(text: string, series: string, numeral: string, language: LanguageRules): string {
  const edition = language.codename.edition;
  if (!edition || !text.includes(series)) return text;
  return text.replace(edition.pattern, (whole: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as Record<string, string | undefined>;
    const n = groups.series === series ? edition.ordinal(groups.ordinal ?? '') : null;
    return n !== null && (roman(n) === numeral || String(n) === numeral) ? ' '.repeat(whole.length) : whole;
  });
}

/**
 * "l'opération SOGA" named bare, its edition written elsewhere: "la huitième édition de l'opération SOGA" and
 * "SOGA VIII" (the edition told by its ordinal), or a headline that writes "Lake VII" when the body says "la septième
 * édition de l'opération Lake" (one edition of that series in the headlines: "Lake VI" in the body is an earlier one).
 */
export function editionOfSeries(
  series: string,
  text: { work: string; original: string; list: Sentence[]; skip: (i: number) => boolean },
  language: LanguageRules,
  headlines: string[]
): ExtractedText | undefined {
  const told = editionNamed(text, language);
  if (told && seriesOf(told.value) === series) return told;
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])${escapeRegExp(series)} (?:[IVXLC]{1,6}|\\d{1,4}(?:\\.\\d{1,2})?)(?![\\p{L}\\d])`,
    'gu'
  );
  const named = new Set(headlines.flatMap((h) => h.match(pattern) ?? []));
  if (named.size !== 1) return undefined;
  const [value] = named;
  return { value, evidence: value };
}

/**
 * "la sexta edición de la Operación Neptune" and "Neptune VI" written elsewhere (its headline): the
 * edition, named as the text writes it. An edition the text never writes is not made up.
 */
export function editionNamed(
  { work, original, list, skip }: { work: string; original: string; list: Sentence[]; skip: (i: number) => boolean },
  language: LanguageRules
): ExtractedText | undefined {
  const edition = language.codename.edition;
  if (!edition) return undefined;
  const names = new Set<string>();
  for (const sentence of list) {
    if (sentence.headline || skip(sentence.index)) continue;
    edition.pattern.lastIndex = 0;
    for (let m = edition.pattern.exec(sentence.text); m; m = edition.pattern.exec(sentence.text)) {
      const n = edition.ordinal(m.groups!.ordinal);
      if (n !== null && n > 1 && n < 50) names.add(`${m.groups!.series} ${roman(n)}`).add(`${m.groups!.series} ${n}`);
    }
  }
  // Where each is written as a word of its own; two editions written name none.
  const written = [...names].flatMap((name) => {
    for (let at = work.indexOf(name); at >= 0; at = work.indexOf(name, at + 1)) {
      // (not the start of a numbered version: "Serengeti 2" of "Serengeti 2.0")
      const next = work.slice(at + name.length, at + name.length + 2);
      if (!WORD.test(work[at - 1] ?? '') && !WORD.test(next[0] ?? '') && !/^[.,]\d/.test(next)) return [{ name, at }];
    }
    return [];
  });
  if (written.length !== 1) return undefined;
  const { name, at } = written[0];
  return { value: original.slice(at, at + name.length), evidence: original.slice(at, at + name.length) };
}

import type { LanguageRules } from './languages/types';
import type { Sentence } from './text';
import type { ExtractedText } from './types';

/**
 * The operation's codename: one named with a cue ("codenamed Liberterra III"),
 * else after the word for an operation ("Operation Liberterra III"), if only one is named.
 */

const isEditionOf = (name: string, series: string) =>
  name.startsWith(`${series} `) && /^(?:\d+|[IVXLC]+)$/.test(name.slice(series.length + 1));

export function findCodename(
  work: string,
  original: string,
  list: Sentence[],
  skip: (index: number) => boolean,
  language: LanguageRules
): ExtractedText | undefined {
  const { cued, operation, notName, trailing } = language.codename;
  const pick = (pattern: RegExp, allowHeadline: boolean) => {
    const found: { value: string; start: number; end: number }[] = [];
    for (const sentence of list) {
      if ((sentence.headline && !allowHeadline) || skip(sentence.index)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        const name = m.groups!.name.replace(/'s$/, '').replace(trailing, '');
        if (name.length > 120 || notName.test(name)) continue;
        const start = sentence.index + m.index;
        const nameAt = start + m[0].indexOf(m.groups!.name);
        found.push({ value: original.slice(nameAt, nameAt + name.length), start, end: nameAt + name.length });
      }
    }
    // "Operation HAECHI" (the series) beside "Operation HAECHI IV" (this edition): the edition is named.
    const editions = found.filter((f) => !found.some((g) => isEditionOf(g.value, f.value)));
    const names = new Set(editions.map((f) => f.value));
    return names.size === 1 ? editions[0] : names.size > 1 ? null : undefined;
  };
  const named = pick(cued, false);
  const chosen = named === undefined ? pick(operation, false) : named;
  if (!chosen) return undefined;
  return { value: chosen.value, evidence: original.slice(chosen.start, chosen.end) };
}

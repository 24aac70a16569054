import type { Sentence } from './text';
import type { ExtractedText } from './types';

/** The operation's codename: "codenamed Liberterra III", else "Operation Liberterra III", if only one is named. */

const NAME = "[A-Z][\\p{L}\\d'-]*(?:\\s+(?:[A-Z][\\p{L}\\d'-]*|[IVXLC]+\\b|\\d+(?:\\.\\d+)?\\b))*";
const CODENAMED = new RegExp(
  `\\b(?:code-?named|codenamed|dubbed|known as|named|called)\\s+["']?(?:Operation\\s+)?(?<name>${NAME})`,
  'gu'
);
const OPERATION = new RegExp(`\\bOperation\\s+(?<name>${NAME})`, 'gu');

function cleanName(name: string): string {
  return name.replace(/'s$/, '').replace(/(?<!\s)\s+(?:The|A|An|In|On|At|By|For|To|And|Of)$/, '');
}

export function findCodename(
  work: string,
  original: string,
  list: Sentence[],
  skip: (index: number) => boolean
): ExtractedText | undefined {
  const pick = (pattern: RegExp, allowHeadline: boolean) => {
    const found: { value: string; start: number; end: number }[] = [];
    for (const sentence of list) {
      if ((sentence.headline && !allowHeadline) || skip(sentence.index)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        const name = cleanName(m.groups!.name);
        if (name.length > 120 || /^(?:The|This|That|It)$/.test(name)) continue;
        const start = sentence.index + m.index;
        const nameAt = start + m[0].indexOf(m.groups!.name);
        found.push({ value: original.slice(nameAt, nameAt + name.length), start, end: nameAt + name.length });
      }
    }
    const names = new Set(found.map((f) => f.value));
    return names.size === 1 ? found[0] : names.size > 1 ? null : undefined;
  };
  const cued = pick(CODENAMED, false);
  const chosen = cued === undefined ? pick(OPERATION, false) : cued;
  if (!chosen) return undefined;
  return { value: chosen.value, evidence: original.slice(chosen.start, chosen.end) };
}

import { matchesOf } from './regexps';
import type { Sentence } from './text';
import type { ExtractedText } from './types';
import { nameAt } from './codename-editions';

/** The codename of a police investigation its headline titles by its project's name (codename.ts asks this). */

// "Projet Objection : l'ENRCO frappe …", "Project Spade: …": a police investigation titled by its project's name (a
// project named elsewhere may be a programme that funds one: "partenaires du projet AIRCOP").
export const PROJECT =
  /(?<![\p{L}])(?:Projet|Project|Proyecto)\s+(?<name>\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,2}(?:\s(?:[IVXLC]{1,6}|\d{1,4}))?)/gu;

export function projectHeadlined(list: Sentence[], original: string): ExtractedText | undefined {
  const body = list.filter((s) => !s.headline);
  for (const line of list) {
    if (!line.headline) continue;
    // (matchesOf, not matchAll: a copy of the rule is compiled again after each garbage collection, regexps.ts)
    for (const m of matchesOf(original.slice(line.index, line.index + line.text.length), PROJECT)) {
      // (a title's capitals run on past the name: "Project Coronado Deals Blow …" is "Coronado" when the body says so)
      const words = m.groups!.name.split(' ');
      const word = m[0].slice(0, m[0].length - m.groups!.name.length);
      for (let n = words.length; n > 0; n--) {
        const name = words.slice(0, n).join(' ');
        // ("Projet Ouragan : …" over "dans le cadre du projet Ouragan")
        const forms = [`${word}${name}`, `${word.toLowerCase()}${name}`];
        for (const sentence of body) {
          const said = original.slice(sentence.index, sentence.index + sentence.text.length);
          for (const written of forms) {
            const at = nameAt(said, written);
            if (at < 0) continue;
            const start = sentence.index + at + written.length - name.length;
            return { value: name, evidence: original.slice(start, start + name.length) };
          }
        }
      }
    }
  }
  return undefined;
}

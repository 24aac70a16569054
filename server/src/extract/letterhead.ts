import type { ExtractedText } from './types';

/*
 * A police force's letterhead over its own release ("DELHI POLICE", "NSW Police Force media release", "Carabineros de
 * Chile – Dirección de Comunicaciones"): the body that issued it. Read only when the release names no agency at all
 * and no body as leading (agency.ts): a force that reports its own operation rarely says it led it.
 */

// How many lines after the first a letterhead may stand on (the first too: "ZIMBABWE REPUBLIC POLICE" above "PRESS
// STATEMENT" and the headline), and how long its name may be.
const HEAD_LINES = 6;
const LONGEST = 60;
// The words of a police force's name, in English, French and Spanish.
const POLICE =
  /(?<!\p{L})(?:police|policía|polícia|gendarmerie|gendarmería|carabineros|constabulary|garda|sûreté|guardia\s+civil|marshals|marine|navy|armada)(?!\p{L})/iu;
// What a press office writes after its name ("media release", "communiqué de presse").
const RELEASE_WORDS =
  /(?<!\s)\s+(?:(?:media|press|news)\s+(?:release|statement|note)|communiqué(?:\s+de\s+presse)?|comunicado(?:\s+de\s+prensa)?)$/iu;
// A name: capitalised words (or initials), the small words of a name between them; no figure, no sentence; two words
// at least ("Police" alone names no force).
// ("Gendarmerie nationale", "Marine nationale": a French name's adjective in lower case)
const NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|the|de|del|du|des|la|le|nationale?|fédérale?|royale?|municipale?|judiciaire|nacional|federal))+$/u;
// A press office's own part, not the force's ("Garda Press Office", "Dirección de Comunicaciones").
const OFFICE =
  /(?<!\p{L})(?:press|media|communications?|comunicaci(?:ón|ones)|presse|office|bureau|oficina|dirección|direction|minist\p{L}+)(?!\p{L})/iu;
// What a press office writes before the name ("Communiqué de l'U.S. Marshals Service").
const RELEASE_OF =
  /^(?:communiqué|comunicado|press\s+release)\s+(?:de\s+l'|de\s+la\s+|du\s+|de\s+|del\s+|of\s+the\s+)/iu;
// A line's parts: "Carabineros de Chile – Dirección de Comunicaciones", "Ministerio de Seguridad – Policía de …".
const PARTS = /\s[–—|-]\s/u;

const isForce = (name: string) =>
  name.length > 0 && name.length <= LONGEST && POLICE.test(name) && NAME.test(name) && !OFFICE.test(name);

/** The police force whose letterhead stands on one of the first lines, as the text writes it. */
export function letterheadBody(original: string): ExtractedText | undefined {
  const lines = original
    .slice(0, 2000)
    .split('\n')
    .slice(0, 1 + HEAD_LINES);
  for (const raw of lines) {
    const name = raw
      .trim()
      .slice(0, 2 * LONGEST)
      .split(PARTS)
      .map((part) => part.replace(RELEASE_WORDS, '').replace(RELEASE_OF, ''))
      .find(isForce);
    if (!name) continue;
    if (name !== name.toUpperCase()) return { value: name, evidence: name };
    // (a name in capitals: as the text writes it elsewhere, never a casing of our own)
    const at = original.toLowerCase().indexOf(name.toLowerCase(), original.indexOf(raw) + raw.length);
    if (at < 0) return undefined;
    const written = original.slice(at, at + name.length);
    return written === written.toUpperCase() ? undefined : { value: written, evidence: written };
  }
  return undefined;
}

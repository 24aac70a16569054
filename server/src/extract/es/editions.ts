/**
 * An operation's edition told by its ordinal ("la sexta edición de la
 * Operación Neptune", "la decimotercera edición de Opson", "la 13.ª edición"):
 * the series and the ordinal, for the engine to find the edition where the
 * release writes it ("Neptune VI", codename.ts).
 */

const UNITS = ['primer', 'segund', 'tercer', 'cuart', 'quint', 'sext', 'septim', 'octav', 'noven'];
const TENS: Readonly<Record<string, number>> = { decim: 10, vigesim: 20, trigesim: 30 };
const ALONE: Readonly<Record<string, number>> = { undecima: 11, duodecima: 12 };

/** "sexta" 6, "decimotercera" and "décima tercera" 13, "vigésima primera" 21, "13.ª" 13; null for anything else. */
export function ordinal(word: string): number | null {
  if (/^\d/.test(word)) return Number.parseInt(word, 10);
  const plain = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '');
  if (plain in ALONE) return ALONE[plain];
  const tens = Object.keys(TENS).find((stem) => plain.startsWith(stem));
  if (!tens) return unitOf(plain);
  const after = plain.slice(tens.length);
  if (after === 'a' || after === 'o') return TENS[tens];
  // "decimo" + "tercera", or "decim" + "octava" (the vowel said once)
  const unit = (/^[ao]/.test(after) ? unitOf(after.slice(1)) : null) ?? unitOf(after);
  return unit === null ? null : TENS[tens] + unit;
}

function unitOf(word: string): number | null {
  const at = UNITS.findIndex((stem) => word === `${stem}a` || word === `${stem}o`);
  return at < 0 ? null : at + 1;
}

const UNIT = '(?:primer|segund|tercer|cuart|quint|sext|s[ée]ptim|octav|noven)[ao]';
const TEN = '(?:d[ée]cim|vig[ée]sim|trig[ée]sim)';
const ORDINAL = `(?<ordinal>\\d{1,2}\\.?[ªºa]|${TEN}(?:[ao]?\\s?${UNIT}|[ao])|${UNIT}|und[ée]cima|duod[ée]cima)`;
// The series' name, without an edition after it (that one is read as a name by the profile's patterns).
const SERIES = "\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?";

export const ES_EDITION = new RegExp(
  `(?<![\\p{L}\\d])${ORDINAL}\\s+edición\\s+de\\s+(?:la\\s+|el\\s+)?(?:(?:[Oo]peración|[Cc]ampaña|[Aa]cción\\s+conjunta)\\s+(?:(?:internacional|mundial|anual|regional|conjunta|coordinada)\\s+)?)?(?:«\\s?|\")?(?<series>${SERIES})(?![\\p{L}\\d'-]|\\s+(?:[IVXLC]+|\\d+)(?![\\p{L}\\d]))`,
  'gu'
);

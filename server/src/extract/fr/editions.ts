/**
 * An operation's edition told by its ordinal ("la huitième édition de l'opération SOGA", "la 12e édition de
 * Pangea"): the series and the ordinal, for the engine to find the edition where the release writes it
 * ("SOGA VIII", codename.ts). The first edition names none: its name is the series'.
 */

const UNITS = ['premi', 'deux', 'trois', 'quatr', 'cinqu', 'six', 'sept', 'huit', 'neuv'];
const TEENS = ['dix', 'onz', 'douz', 'treiz', 'quatorz', 'quinz', 'seiz'];

/** "huitième" 8, "douzième" 12, "dix-septième" 17, "vingt et unième" 21, "12e" 12; null for anything else. */
export function ordinal(word: string): number | null {
  if (/^\d/.test(word)) return Number.parseInt(word, 10);
  const plain = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(?:ieme|eme)$/, '');
  const [head, ...rest] = plain.split(/[\s-]+(?:et[\s-]+)?/);
  const base = head === 'vingt' ? 20 : head === 'trente' || head === 'trent' ? 30 : 0;
  const stem = base ? rest.join('-') : plain;
  if (base && stem === '') return base;
  if (stem.startsWith('dix-')) {
    const unit = UNITS.indexOf(stem.slice(4));
    return unit >= 6 ? base + 10 + unit + 1 : null;
  }
  const unit = UNITS.indexOf(stem === 'un' ? 'premi' : stem);
  if (unit >= 0 && !(base === 0 && stem === 'un')) return base + unit + 1;
  const teen = TEENS.indexOf(stem);
  return teen >= 0 ? base + teen + 10 : null;
}

const UNIT = '(?:deux|trois|quatr|cinqu|six|sept|huit|neuv)ième';
const TEEN = '(?:dix|onz|douz|treiz|quatorz|quinz|seiz)ième|dix-(?:sept|huit|neuv)ième';
const ORDINAL = `(?<ordinal>\\d{1,2}(?:e|è|ème|ᵉ)|(?:vingt|trente)(?:-|\\s+et\\s+)unième|(?:vingt|trente)-(?:${UNIT}|${TEEN})|vingtième|trentième|${TEEN}|${UNIT})`;
// The series' name, without an edition after it (that one is read as a name by the profile's patterns).
// (a second word is the series', not its edition: "Lake VII" names none)
const SERIES = "\\p{Lu}[\\p{L}'-]*(?:\\s+(?![IVXLC]+(?![\\p{L}\\d]))\\p{Lu}[\\p{L}'-]*)?";

export const FR_EDITION = new RegExp(
  `(?<![\\p{L}\\d])${ORDINAL}\\s+édition\\s+(?:de\\s+l['’]\\s?|de\\s+la\\s+|du\\s+|de\\s+)(?:(?:[Oo]pération|[Cc]ampagne|[Aa]ction\\s+conjointe)\\s+(?:(?:internationale|mondiale|annuelle|régionale|conjointe|coordonnée)\\s+)?)?(?:«\\s?|\")?(?<series>${SERIES})(?![\\p{L}\\d'-]|\\s+(?:[IVXLC]+|\\d+)(?![\\p{L}\\d]))`,
  'gu'
);

import { isAgencyName } from './agencies';
import { isProvince } from './languages/provinces';
import type { Sentence } from './text';
import type { ExtractedText } from './types';

/**
 * The place of a release's dateline, the words it opens with: "LYON, France –",
 * "THE HAGUE –", "SINGAPORE —", "Lyon (France), …". Only a dateline without a
 * date: "THE HAGUE, the Netherlands, 12 June 2025 –" is the press office's, and
 * releases dated so often name another place as the operation's headquarters.
 * The headquarters reader falls back on it when the text names no headquarters
 * or operational centre.
 */

// Each word starts with a letter no separator can be, so a name splits one way only.
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'.-]+";
const TITLE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'-]*";
const CAPS_CITY = `${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const TITLE_CITY = `${TITLE_WORD}(?: ${TITLE_WORD}){0,2}`;
// (not a state or a province: "TOLUCA, Estado de México, …" names no country)
// ("République démocratique du Congo": a state's name with lower-case words in it, written whole)
const COUNTRY = `(?!(?:Estado|Provincia|Departamento|Región|Comunidad|Distrito|State|Province|County|Département|Canton) )(?:the )?(?:République (?:démocratique du Congo|centrafricaine|dominicaine|tchèque)|${TITLE_WORD}(?: (?:d'|de |of |and |the )?${TITLE_WORD}){0,3})`;
const DASH = '(?:--|[–\u0096—\u0097-])';
// (in brackets, a country's adjectives in lower case: "DUBAÏ (Émirats arabes unis) –")
const DATELINE = new RegExp(
  `^(?:(?<capsCity>${CAPS_CITY})(?:, (?<capsCountry>${COUNTRY}))?(?: |\\.)${DASH}(?:\\s|$)` +
    `|(?<city>${CAPS_CITY}|${TITLE_CITY}) \\((?<country>${COUNTRY}(?: \\p{Ll}+){0,2})\\)(?:,| ${DASH})(?:\\s|$))`,
  'u'
);
// A news service's name in a dateline's brackets, where a country would stand.
const NEWS_SERVICE =
  /(?<![\p{L}])(?:Wire|News|Press|Agency|Agence|Agencia|Reuters|Xinhua|Bernama|Antara|Yonhap|Kyodo)(?![\p{L}])/u;
// A state or province after a city, passed over ("TOLUCA, Estado de México, 22 de noviembre de 2024.–": the city).
const REGION = `(?:Estado|Provincia|Departamento|Región) de (?:la )?${TITLE_WORD}(?: ${TITLE_WORD})?`;
// "LYON, France, 8 June 2021 –", "LA HAYE, 6 mai 2024 –", "MONTRÉAL, le jeudi 19 octobre 2023 –": a dated dateline, read only to confirm a seat.
// ("BOGOTÁ, D.C., 4 de agosto de 2024 –": a district's initials after the city; "Ciudad de México, 27 de junio de 2025.–":
// a city in title case, its joining words in lower case; "Kingston, Jamaica — October 24, 2022 —": a dash before the date;
// "Aurora, Ontario – Thursday, July 18, 2019": a weekday and its comma before it)
const DATED_LINE = new RegExp(
  `^(?:(?<capsCity>${CAPS_CITY})|(?<city>${TITLE_WORD}(?: (?:de |del |la |de la )?${TITLE_WORD}){0,2}))` +
    `(?:, (?<capsCountry>${COUNTRY})|, \\p{Lu}\\.\\p{Lu}\\.|, ${REGION})?(?:,| ${DASH}) (?=(?:\\p{L}+[.,]?\\s){0,2}#)`,
  'u'
);
// "LYON – DAKAR, 21 December 2020 –": a second city after the dash, then the date, the dateline of two offices (a
// joint release): neither is the operation's headquarters.
const SECOND_CITY = new RegExp(
  `^${CAPS_CITY}(?: \\(${COUNTRY}\\))?(?:, ${COUNTRY})?, (?=(?:\\p{L}+\\.?\\s){0,2}[#\\d])`,
  'u'
);
// A date after the place and its comma: masked digits ("# December ####", "Nov. ##, ####", "Thursday, # February ####").
const DATED = /^(?:\p{L}+[.,]?\s){0,2}#/u;
// Words a release may open with in capitals that are not places (English, French, Spanish).
const NOT_PLACE =
  /^(?:UPDATE|UPDATED|BREAKING|NEWS|PRESS|MEDIA|EXCLUSIVE|STATEMENT|CORRECTION|NOTE|ALERT|URGENT|OPERATION|COMMUNIQUÉ|COMMUNIQUE|ACTUALITÉS?|INFORMATION|OPÉRATION|COMUNICADO|NOTICIAS?|URGENTE|ACTUALIZACIÓN|OPERACIÓN|NOTA)(?![\p{L}])/u;
// A body's letterhead names its kind of body: "ROYAL MALAYSIA POLICE – MEDIA STATEMENT", "GUARDIA CIVIL – Oficina de
// Relaciones Informativas", "PARQUET DE LILLE – JURIDICTION …" are no place.
const A_BODY =
  /(?:^|\s)(?:POLICE|POLICÍA|POLICIA|MINISTRY|MINISTÈRE|MINISTERIO|AGENCY|AGENCE|AGENCIA|CUSTOMS|DOUANES?|ADUANAS?|GENDARMERIE|GENDARMERÍA|GUARD|GUARDIA|CARABINEROS|COMMAND|SERVICE|SERVICIO|FORCES?|FUERZAS?|DEPARTMENT|BUREAU|PARQUET|JURIDICTION|TRIBUNAL|FISCALÍA|FISCALIA|PROSECUTOR|PROCURADURÍA|PRÉFECTURE|PREFECTURE|OFFICE|SECRETARÍA|SECRETARIA|DIRECCIÓN|DIRECCION|JEFATURA|DIRECTION|DIRECTORATE)(?:\s|$)/u;
// A dateline opens one of the first paragraphs (after a headline, or a line such as "For immediate release"), lines in
// capitals aside (a ministry's letterhead: "THE UNITED REPUBLIC OF TANZANIA", "PRESS STATEMENT").
const FIRST_LINES = 3;
const LETTERHEAD_LINES = 4;
const HEADER_LINE = /^[^\n.!?]{1,80}$/;
const HEADER_LINES = 2;

// (a joining word inside a name stays in lower case: "CIUDAD DE MÉXICO" is "Ciudad de México", "LA HAYE" "La Haye",
// "PORT-AU-PRINCE" "Port-au-Prince")
const JOINING =
  /^(?:de|del|des|du|da|do|dos|das|di|la|las|los|y|e|et|of|the|on|upon|en|sur|sous|au|aux|lès|am|an|der)$/;
const titleCase = (caps: string) =>
  caps
    .toLowerCase()
    .replace(/(^|[\s-])(\p{Ll}+)/gu, (m, before: string, word: string, at: number) =>
      at > 0 && JOINING.test(word) ? m : before + word[0].toUpperCase() + word.slice(1)
    );

/** Whether `index` begins a line of `text` (spaces and tabs before it aside). */
function startsLine(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/**
 * The dateline's place. With `dated`, a dateline with a date is read too: the headquarters reader asks for it
 * only to confirm a seat the boilerplate names, or to name in full a place the text names. With `withProvince`, a
 * province after the city is kept as its place ("Aurora, Ontario").
 */
export function findDateline(
  list: Sentence[],
  original: string,
  dated = false,
  withProvince = false
): ExtractedText | undefined {
  let lines = 0;
  let capitals = 0;
  let headers = 0;
  for (const sentence of list) {
    if (!startsLine(original, sentence.index)) continue;
    // (a line in capitals alone, a letterhead's or a headline's, is not counted, up to a few; nor, up to a few, a short
    // line that ends on no full stop, a body's office or the release's own date: "Communiqué du 5 octobre 2005")
    const counted =
      (/\p{Ll}/u.test(sentence.text) || ++capitals > LETTERHEAD_LINES) &&
      (!HEADER_LINE.test(sentence.text) || ++headers > HEADER_LINES);
    if (counted && ++lines > FIRST_LINES) return undefined;
    const m = DATELINE.exec(sentence.text) ?? (dated ? DATED_LINE.exec(sentence.text) : null);
    if (!m) continue;
    const { capsCity, capsCountry, city, country } = m.groups!;
    const place = capsCity ?? city;
    if (NOT_PLACE.test(place) || A_BODY.test(place) || isAgencyName(place)) continue;
    if (capsCity && SECOND_CITY.test(sentence.text.slice(m[0].length))) return undefined;
    // "Lyon (France), 3 March 2025 –": the date follows the comma. (Before a dash, a date fails the pattern.)
    if (!dated && m[0].includes('),') && DATED.test(sentence.text.slice(m[0].length))) continue;
    // ("REPUBLIC OF TÜRKİYE – MINISTRY OF INTERIOR": a letterhead in capitals, its line going on in capitals to a body)
    if (capsCity) {
      const lineEnd = sentence.text.indexOf('\n', m[0].length);
      const rest = sentence.text.slice(m[0].length, lineEnd < 0 ? undefined : lineEnd);
      if (!/\p{Ll}/u.test(rest) && A_BODY.test(rest)) continue;
    }
    const name = capsCity || /^[^\p{Ll}]+$/u.test(place) ? titleCase(place) : place;
    // ("ROTA (Cádiz) –": a province, the city alone)
    // ("ANKARA (Wire) –", "MANILA (News Agency) –": a news service's name, no country)
    // (kept when asked: "Aurora, Ontario –" tells the other figures' money, local-currency.ts)
    const within = [capsCountry ?? country].find(
      (name) => name && (withProvince || !isProvince(name)) && !NEWS_SERVICE.test(name)
    );
    // The evidence runs from the place to its country, as written ("LYON, France", "Lyon (France)").
    const length = within ? m[0].lastIndexOf(within) + within.length + (country ? 1 : 0) : place.length;
    return {
      value: within ? `${name}, ${within}` : name,
      evidence: original.slice(sentence.index, sentence.index + length),
    };
  }
  return undefined;
}

import type { ExtractedText } from './types';

// Bodies known by their own name in their own language, one country's only, whole without its adjective: "the Spanish
// Guardia Civil", "la Guardia Civil espagnole", "los Carabinieri italianos" are the Guardia Civil, the Carabinieri
// (a "Police nationale" or a "Policía Nacional" is many countries': "Police nationale ivoirienne" keeps its own).
const OWN_NAME =
  /^(?:Guardia Civil|Guardia di Finanza|Carabinieri|Polícia Federal|Polizia di Stato|Bundeskriminalamt|Garda Síochána|Mossos d'Esquadra|Ertzaintza|Polícia Judiciária)(?!\p{L})/iu;
// (an English adjective of a country: "Spanish", "Italian", "Portuguese", "Dutch"; not "An Garda Síochána")
const ADJECTIVE_BEFORE = /^\p{Lu}\p{Ll}+(?:an|ish|ese|ch)\s+/u;
const ADJECTIVE_AFTER = /^\s+\p{Ll}+$/u;
function ownName(name: string): string {
  const before = ADJECTIVE_BEFORE.exec(name);
  const bare = before && OWN_NAME.test(name.slice(before[0].length)) ? name.slice(before[0].length) : name;
  const own = OWN_NAME.exec(bare);
  return own && ADJECTIVE_AFTER.test(bare.slice(own[0].length)) ? own[0] : bare;
}

/**
 * A national body's name as the text writes it, styled with its capital ("police nationale": "Police nationale"),
 * without the country's adjective beside a name of its own language ("the Spanish Guardia Civil": "Guardia Civil").
 */
export const styled = (name: string) => {
  const own = ownName(name);
  return own[0].toUpperCase() + own.slice(1);
};

/** The first letters of a name's capitalised words ("Philippine National Police": "PNP"). */
const capitalsOf = (words: string[]) =>
  words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

/** Whether `short` names the same body as `long`: itself, its initials ("NCA"), or a cut of its first word ("Met"). */
export function sameBody(short: string, long: string): boolean {
  if (short === long) return true;
  const words = long.split(/\s+/);
  const initials = capitalsOf(words);
  // (or the first words of its name: "Police nationale" for "Police nationale du Mali"; or its name without a country's
  // initials before it: "Coast Guard" for "U.S. Coast Guard")
  return (
    short === initials ||
    (short.length >= 3 && words[0].startsWith(short)) ||
    long.startsWith(`${short} `) ||
    (/^(?:\p{Lu}\.){2,3}$/u.test(words[0]) && words.slice(1).join(' ') === short)
  );
}

// Bodies whose usual name is their initials, whatever the text spells out ("the Federal Bureau of Investigation (FBI)").
const KNOWN_BY_INITIALS = new Set(['FBI', 'DEA', 'ATF', 'HSI']);

// Their names as French and Spanish releases translate them ("le Bureau fédéral d'enquête (FBI)", "el Buró Federal de
// Investigaciones"): named by the initials too.
const TRANSLATED: readonly [RegExp, string][] = [
  [
    /^(?:Bureau\s+fédéral(?:\s+d'(?:enquête|investigation)s?)?|(?:Buró|Oficina|Negociado)\s+Federal\s+de\s+Investigaci(?:ón|ones))$/iu,
    'FBI',
  ],
  [
    /^(?:(?:Oficina|Servicio|Dirección)\s+de\s+)?Investigaciones\s+de\s+Seguridad\s+(?:Nacional|Interior)$|^(?:Service\s+des\s+)?[Ee]nquêtes\s+de\s+(?:la\s+)?[Ss]écurité\s+intérieure$/iu,
    'HSI',
  ],
  // (Catalonia's police by its usual name: "la Policía de la Generalitat-Mossos d'Esquadra")
  [/^(?:Policía|Policia|Police)\s+de\s+la\s+Generalitat\s*[-–]\s*Mossos\s+d'Esquadra$/iu, "Mossos d'Esquadra"],
  [
    /^Administración\s+para\s+el\s+Control\s+de\s+Drogas(?:\s+de\s+(?:los\s+)?(?:Estados\s+Unidos|EE\.\s?UU\.))?$/iu,
    'DEA',
  ],
];

// ("the United States Federal Bureau of Investigation (FBI)": the country's name is no part of the body's)
const OWN_COUNTRY = /^(?:the\s+)?(?:United\s+States|U\.S\.|US)\s+/;
// A United Nations mission by its initials ("MINUSCA", "MONUSCO"); its force or police is the mission ("la Force de la
// MINUSTAH", "la Police de la MONUSCO").
const MISSION = '(?:MINUS\\p{Lu}{1,4}|MONUSCO|MONUC|UNMISS)';
export const UN_MISSION = new RegExp(`(?<![\\p{L}])${MISSION}(?![\\p{L}])`, 'u');
const MISSION_UNIT = new RegExp(
  `^(?:Force|Police|Composante\\s+\\p{L}+)\\s+(?:de\\s+la|of\\s+the)\\s+(${MISSION})$`,
  'u'
);
/** A body's usual name: its initials when it is known by them, else its name styled with its capital. */
export const usualName = (name: string) =>
  MISSION_UNIT.exec(name)?.[1] ??
  [...KNOWN_BY_INITIALS].find((known) => sameBody(known, name.replace(OWN_COUNTRY, ''))) ??
  TRANSLATED.find(([pattern]) => pattern.test(name))?.[1] ??
  styled(name);

// A name translated word for word, its initials another language's order ("la Policía Federal Australiana (AFP)"):
// the capitals of its words are the initials' letters.
const lettersOf = (word: string) => [...word].sort().join('');
function translatedFrom(initials: string, name: string): boolean {
  const capitals = capitalsOf(name.split(/\s+/));
  return capitals.length === initials.length && capitals.length >= 3 && lettersOf(capitals) === lettersOf(initials);
}

// A body's name widened after its initials were made, by a last word joined with "and" ("la Dirección Nacional
// Antimafia y Antiterrorismo (DNA)"): the initials are the name's before it.
const WIDENED = /^(.+\S)\s+(?:y|e|and|et|&)\s+\p{Lu}[\p{L}-]+$/u;
function widened(initials: string, name: string): boolean {
  const before = WIDENED.exec(name)?.[1];
  return before !== undefined && initials.length >= 3 && capitalsOf(before.split(/\s+/)) === initials;
}

// Initials that take every word's first letter, small words too, the country's name after them aside ("Policía de
// Investigaciones de Chile (PDI)").
const COUNTRY_AFTER = /^(?:de|del|of|du|d')\s+\p{Lu}\p{L}+$/u;
function ofItsCountry(initials: string, name: string): boolean {
  const words = name.split(/\s+/);
  const k = initials.length;
  const letters = words
    .slice(0, k)
    .map((word) => word[0].toUpperCase())
    .join('');
  return k >= 3 && words.length > k && letters === initials && COUNTRY_AFTER.test(words.slice(k).join(' '));
}

// Initials that take the first letter of every word but the small ones, lower-case words too ("la Direction générale
// des Douanes (DGD)", "l'Office central de lutte contre la délinquance itinérante (OCLDI)").
const SMALL_WORD = /^(?:de|des|du|la|le|les|del|los|las|el|y|e|et|of|the|and|for|pour|para|à|a|en|in|on)$/;
function ofItsWords(initials: string, name: string): boolean {
  const letters = name
    .split(/\s+/)
    .filter((word) => !SMALL_WORD.test(word))
    .map((word) => word.replace(/^[dl]'/, '')[0]?.toUpperCase() ?? '')
    .join('');
  return initials.length >= 3 && letters === initials;
}

/** The name whose initials are `initials`, written before them in brackets ("Philippine National Police (PNP)"). */
export function spelledOut(initials: string, original: string): ExtractedText | undefined {
  if (KNOWN_BY_INITIALS.has(initials)) return undefined;
  const written = `(${initials})`;
  for (let at = original.indexOf(written); at >= 0; at = original.indexOf(written, at + 1)) {
    // (on its own line: "AFP\n\nCANBERRA – La Policía Federal Australiana (AFP)" names no body across the lines)
    const from = Math.max(0, at - 120, original.lastIndexOf('\n', at) + 1);
    const words = original
      .slice(from, at)
      .trimEnd()
      .split(/[ \t]+/);
    for (let k = 1; k <= Math.min(8, words.length); k += 1) {
      const name = words.slice(-k).join(' ');
      if (
        !/^\p{Lu}/u.test(name) ||
        !(
          sameBody(initials, name) ||
          translatedFrom(initials, name) ||
          widened(initials, name) ||
          ofItsCountry(initials, name) ||
          ofItsWords(initials, name)
        )
      )
        continue;
      const start = original.lastIndexOf(name, at);
      if (start < 0) continue;
      return { value: name, evidence: original.slice(start, start + name.length) };
    }
  }
  return undefined;
}

// Words that open many bodies' names, and so tell no body apart.
const COMMON_FIRST =
  /^(?:National|Federal|Royal|Central|State|Regional|General|Special|Joint|International|Criminal|Police|Public|Economic|Serious|Organi[sz]ed|Metropolitan|Provincial|Municipal|Judicial|Border|Customs|Counter|Anti)$/;
/** Whether `unit` opens on a word of `body`'s name that tells it apart ("Garda … Bureau" and "An Garda Síochána"). */
export function namedAfter(unit: string, body: string): boolean {
  const first = unit.split(/\s+/)[0];
  const words = body.split(/\s+/);
  return unit !== body && first.length >= 4 && !COMMON_FIRST.test(first) && words.length >= 2 && words.includes(first);
}

// A body's country after its name, in French: "des États-Unis", "du Canada".
const ITS_COUNTRY = /^\s+(?:des|du)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?![\p{L}])/u;
// A country after a body's name in a letterhead in capitals: "POLICÍA NACIONAL DEL ECUADOR", "GENDARMERIE DU NIGER".
const CAPS_COUNTRY =
  /^[^\S\n]+(DEL|DE[^\S\n]+LA|DE|DU|DES)[^\S\n]+(\p{Lu}{3,}(?:[^\S\n]\p{Lu}{3,})?)(?=[^\S\n]*(?:\n|$))/u;
// A country's initials before a body's name: "U.S. Marshals Service", "U.K. Border Force" (or its name: "United States
// Marshals Service").
const COUNTRY_INITIALS = /(?<![\p{L}.])(?:U\.S\.|U\.K\.|United States|United Kingdom) $/u;
// A district's body's city after its initials, in French and Spanish: "(DDA) de Rome", "(DDA) de Florencia" (not "(DFI)
// de la PFA", nor a national body's country: "Ministerio de Justicia y Seguridad Pública (MJSP) de Brasil").
const LOCAL = /distri|r[ée]gion|provincia|d[ée]partement|local|municipal/iu;
const ITS_CITY = /^\s+\(\p{Lu}{2,6}\)\s+(de\s+\p{Lu}\p{Ll}+)(?![\p{L}]|\s+\p{Lu}|-)/u;
/**
 * The body named `name` in full with its place: its country (or its country's initials before it), or (a district's
 * body) its city after its initials,
 * where the text writes that once ("la Garde côtière des États-Unis" under the headline's "la Garde côtière dresse
 * le bilan"); undefined when it writes none, or two.
 */
export function withItsPlace(name: string, original: string): ExtractedText | undefined {
  let full: ExtractedText | undefined;
  for (let at = original.indexOf(name); at >= 0; at = original.indexOf(name, at + 1)) {
    const after = original.slice(at + name.length, at + name.length + 60);
    // (its country's initials before it, in English: "the U.S. Marshals Service" for "the Marshals Service's … Division")
    const initials = COUNTRY_INITIALS.exec(original.slice(Math.max(0, at - 16), at));
    const country = initials ? null : ITS_COUNTRY.exec(after);
    // (or its city after its initials: "la Direction de district antimafia (DDA) de Rome")
    const city = initials || country || !LOCAL.test(name) ? null : ITS_CITY.exec(after);
    let found: ExtractedText;
    if (initials) {
      found = { value: initials[0] + name, evidence: original.slice(at - initials[0].length, at + name.length) };
    } else if (country || city) {
      const value = country ? name + country[0] : `${name} ${city![1]}`;
      found = { value, evidence: original.slice(at, at + name.length + (country ?? city)![0].length) };
    } else continue;
    if (full !== undefined && full.value !== found.value) return undefined;
    full ??= found;
  }
  // (or a letterhead in capitals with its country: "POLICÍA NACIONAL DEL ECUADOR" over "La Policía Nacional, …")
  if (full === undefined && name !== name.toUpperCase()) {
    const upper = name.toUpperCase();
    const at = original.indexOf(upper);
    const country = at < 0 ? null : CAPS_COUNTRY.exec(original.slice(at + upper.length, at + upper.length + 60));
    if (country) {
      const words = country[2].split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase());
      const value = `${name} ${country[1].toLowerCase().replace(/\s+/g, ' ')} ${words.join(' ')}`;
      return { value, evidence: original.slice(at, at + upper.length + country[0].length) };
    }
  }
  return full;
}

// A force named by one common word ("Police have arrested …", "run by the Police's … Group"), as New Zealand's releases
// name theirs; the words before that word where the text names it in full ("New Zealand Police – media release").
const ONE_WORD_FORCE = /^(?:Police|Gendarmerie|Customs|Army|Navy)$/;
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Our|Their|Its|His|Her|All|Every|Local|Other)$/;
/** The one name in full the text gives a force it names by one common word; undefined when it gives none, or two. */
export function forceInFull(name: string, original: string): ExtractedText | undefined {
  if (!ONE_WORD_FORCE.test(name)) return undefined;
  let full: ExtractedText | undefined;
  const named = new RegExp(`(?<![\\p{L}'-])((?:\\p{Lu}[\\p{L}'-]*[^\\S\\n]){1,3})${name}(?![\\p{L}'’-])`, 'gu');
  for (const m of original.matchAll(named)) {
    const words = m[1].trim().split(/\s+/);
    if (NOT_A_NAME.test(words[0])) continue;
    const value = `${words.join(' ')} ${name}`;
    if (full !== undefined && full.value !== value) return undefined;
    full ??= { value, evidence: m[0] };
  }
  return full;
}

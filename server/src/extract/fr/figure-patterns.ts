import { COLLECTIVE_WORD, CUE, CUE_ELIDED, NUMBER_WORD, SCALE_WORD } from './numbers';

/**
 * The pieces the French stat rules (stat-rules.ts) are written with: a figure
 * with its optional qualifier cue (`QN`), the describing words around a noun,
 * people, and "ont été". French puts most adjectives after the noun
 * ("victimes potentielles"), so there are words to read past on both sides.
 * `\b` knows no accented letter: word edges are `(?<![\p{L}])` and `(?![\p{L}])`.
 */

/** "et" joins number words only before "un", "une" and "onze" ("vingt et un", "soixante et onze"). */
const WORD_JOIN = '(?:\\s+et\\s+(?=(?:un|une|onze)(?![\\p{L}]))|[\\s-]+)';
/*
 * Linear time, as in English (en/figure-patterns.ts): a figure is read from
 * the first word or digit group of a run; a start on a later one could only
 * retry what the first start tried, and on 100 KB of them would rescan the rest.
 */
const NOT_LATER_WORD = `(?<!(?<![\\d.,$€\u0080£#+\\p{L}])(?:${NUMBER_WORD})${WORD_JOIN}(?:${NUMBER_WORD}))`;
const NOT_LATER_GROUP = '(?!(?<=(?<![\\d.,$€\u0080£#+])\\d{1,3} )\\d{3}(?!\\d))';
const WORDS = `(?<![\\p{L}])(?:${NUMBER_WORD})${NOT_LATER_WORD}(?:${WORD_JOIN}(?:${NUMBER_WORD}))*(?![\\p{L}])`;
const SCALE = `(?:\\s+(?:${SCALE_WORD})(?![\\p{L}]))?`;
// Groups of three after a space; a decimal comma only means something before a scale (numbers.ts).
const DIGITS = `\\d{1,3}(?: \\d{3})+(?:,\\d+)?${SCALE}|\\d+(?:,\\d+)?${SCALE}`;
/**
 * "une vingtaine de serveurs", "un millier d'armes": a round figure told as a collective noun, read with its "de"
 * (numbers.ts `readFrench`; the qualifier is "approximately" unless a cue says more, `ROUNDED`).
 */
const COLLECTIVE = `(?<![\\p{L}])(?:un|une)\\s+(?:${COLLECTIVE_WORD})\\s+(?:de(?=\\s)|d')`;
/** Between a figure and its noun: spaces, or nothing after a figure ending on an elision ("une trentaine d'enquêtes"). */
export const GAP = "(?:(?<=')|\\s+(?!\\s))";
/** Optional qualifier cue and "au total", then the figure (captured as `num`). */
export const QN = `(?:(?:${CUE})\\s+|(?:${CUE_ELIDED}))?(?:[~≈∼][^\\S\\n]?)?(?:(?:un\\s+total\\s+de|au\\s+total)\\s+)?(?<![\\d.,$€\u0080£#+])(?<num>${COLLECTIVE}|${NOT_LATER_GROUP}(?:${DIGITS})|${WORDS})(?![\\d#]|[.,]\\d)(?:\\+(?![\\d+]))?`;

// ("Trois autres personnes ont été arrêtées": others besides someone, a part of the figure)
/** Words that end a run of describing words: links, verbs, "autres", and the nouns of the six figures. */
const STOP =
  '(?:autres|et|ou|y|de|des|du|à|au|aux|en|dans|par|pour|sur|avec|sans|contre|entre|lors|dont|qui|que|ont|a|été|avaient|avait|sont|est|étaient|les|la|le|leur|leurs|ses|son|sa|ce|cette|ces|un|une|pays|nations|policiers|agents|fonctionnaires|victimes|migrants|enquêtes|arrestations|interpellations|suspects|personnes|individus|heures|jours|semaines|mois|ans|années|tonnes)(?![\\p{L}])';
const DESCRIBING = `(?!${STOP})\\p{Ll}[\\p{Ll}-]*`;
/** Up to two describing words before a noun ("nouvelles", "jeunes"). */
export const ADJ_PRE = `(?:${DESCRIBING}\\s+(?!\\s)){0,2}?`;
/** Up to two describing words after a noun ("potentielles", "supplémentaires"). */
export const ADJ_POST = `(?:\\s+(?!\\s)${DESCRIBING}){0,2}?`;
// (and anyone said "présumés": "Vingt-six présumés dahalo ont été arrêtés")
export const PERSONS =
  '(?:personnes?|suspects?|individus|résidents|hommes|femmes|adultes|membres|ressortissants|trafiquants|passeurs|fugitifs|criminels|délinquants|malfaiteurs|escrocs|contrebandiers|braconniers|proxénètes|cybercriminels|auteurs\\s+présumés|administrateurs|administratrices|vendeurs|vendeuses|acheteurs|dirigeants|chefs|meneurs|organisateurs|complices|recruteurs|intermédiaires|blanchisseurs|pirates|hackers|développeurs|gérants|revendeurs|dealers|fraudeurs|faussaires|ravisseurs|exploitants|employeurs|voleurs|receleurs|éléments|(?<=présumée?s\\s)\\p{Ll}[\\p{L}-]*)(?![\\p{L}])';
// "ont ainsi été", "ont été rapidement secourues": an adverb on either side of "été".
const ADVERB =
  '(?:ainsi|également|aussi|d\\x27ores\\s+et\\s+déjà|notamment|en\\s+outre|par\\s+ailleurs|en\\s+parallèle|parallèlement|déjà|finalement|effectivement|rapidement|immédiatement|aussitôt|depuis)\\s+';
/**
 * "ont été", "a été", "avaient été", "sont", "ont pu être", "ont ainsi été", or nothing
 * ("1 006 suspects arrêtés"), after an optional "au total" ("392 personnes au total ont été arrêtées").
 */
export const BE = `(?:au\\s+total\\s+|en\\s+tout\\s+)?(?:(?:(?:ont|a|avaient|avait|auraient|sont)\\s+)?(?:${ADVERB})?été\\s+(?:${ADVERB})?|sont\\s+|(?:ont|a|avaient|avait)\\s+(?:${ADVERB})?pu\\s+être\\s+)?`;

// d: the figure's offset (match indices); u: \p{L} and accented letters; i: "Plus de", "États".
export const STAT_FLAGS = 'gidu';

// Un paragraphe qui s'ouvre sur la part d'un pays ("Pour la Côte d'Ivoire,", "Sur le sol ivoirien,", "Le volet
// français de l'opération"): ses chiffres sont ceux de ce pays (sections.ts).
export const ONE_COUNTRY_PARAGRAPH =
  /^(?:Pour\s+(?:la\s+|le\s+|les\s+|l['’])?(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AFRIPOL|AMERIPOL|ASEANAPOL)(?![\p{L}]))\p{Lu}[\p{L}-]+(?:\s+d['’]\p{Lu}[\p{L}-]+|\s+\p{Lu}[\p{L}-]+)?\s*,|Sur\s+le\s+(?:sol|territoire)\s+(?!national)\p{Ll}+\s*,|(?:Le\s+)?volet\s+\p{Ll}+\s+de\s+l['’](?:opération|action)|En\s+ce\s+qui\s+concerne\s+(?:la\s+|le\s+|les\s+|l['’])?\p{Lu}[\p{L}-]+(?:\s+d['’]\p{Lu}[\p{L}-]+)?\s*,|(?:En|Au|Aux)\s+(?!(?:Europe|Afrique|Asie|Amérique|Océanie)(?![\p{L}]))\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s*,(?![^.;\n]*;\s*(?:en|au|aux)\s+\p{Lu})|Parmi\s+les\s+(?:dossiers|affaires|cas|opérations)\s+(?:mis|mises|les\s+plus|marquants|notables|emblématiques|phares|relevés|cités)(?![\p{L}]))/u;

// Un pays nommé et les autres comptés : "l'Allemagne et douze autres pays", "en Italie et dans dix autres pays" (lu
// sans le drapeau `i` : la majuscule du nom en est une).
export const NAMED_AND_OTHERS = new RegExp(
  `(?<![\\p{L}])(?<plusOne>\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)\\s+et\\s+(?:dans\\s+|en\\s+)?${QN}\\s+autres\\s+(?:pays|États(?:\\s+membres)?|nations|juridictions)(?![\\p{L}])`,
  'gdu'
);

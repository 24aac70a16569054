import { PARENTHESES } from '../languages/list-lines';
import { ES_CUE, ES_NUMBER_WORDS, ROUGHLY_COLLECTIVE } from './numbers';

/**
 * The pieces the Spanish stat rules (stat-rules.ts) are written with: a
 * figure with its optional cue (`QN`), the words a noun may carry before it,
 * people, and "fueron"/"han sido". Patterns run with the flags `gidu`, so
 * a word's edge is `(?<!\p{L})`/`(?!\p{L})`: `\b` knows no "ó" or "ñ".
 */

const NUMBER_WORD = ES_NUMBER_WORDS.join('|');
// "treinta y dos", "tres mil doscientos": words join with a space, or " y ".
const WORD_JOIN = '(?:\\s+y\\s+|\\s+)';
/*
 * Linear time, as in English (en/figure-patterns.ts): a figure is read from
 * the first word or digit group of a run; a start on a later one ("mil" in
 * "mil mil mil …", "000" in "1 000 000") could only retry what the first
 * start tried, and on 100 KB of them each retry would rescan the rest.
 */
const NOT_LATER_WORD = `(?<!(?<![\\p{L}\\d.,$€\u0080£#+])(?:${NUMBER_WORD})${WORD_JOIN}(?:${NUMBER_WORD}))`;
const NOT_LATER_GROUP = '(?!(?<=(?<![\\d,$€\u0080£#+])\\d{1,3}[. ])\\d{3}(?!\\d))';
const WORDS = `(?:${NUMBER_WORD})${NOT_LATER_WORD}(?:${WORD_JOIN}(?:${NUMBER_WORD}))*(?!\\p{L})`;
const SCALE = '(?:\\s+(?:mil\\s+millones|millones|millón|millon|mil)(?!\\p{L}))?';
// A dot or a space groups thousands; a comma is the decimal comma, read only before a scale (numbers.ts).
// ("2 mil 340 elementos", "mil 50 efectivos", as Mexico writes 2.340 and 1.050: one figure, never read again from its
// "340" or "50")
const DIGITS = `\\d{1,3}\\smil\\s\\d{1,3}(?![\\d#]|[.,]\\d)|(?<!(?:\\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ientos|ientas)\\s)(?<!\\p{L})[Mm]il\\s\\d{1,3}(?![\\d#]|[.,]\\d)|(?<!(?:\\d\\s|(?<!\\p{L}))[Mm]il\\s)(?:\\d{1,3}(?:[. ]\\d{3})+(?:,\\d+)?${SCALE}|\\d+(?:,\\d+)?${SCALE})`;

/** Optional cue ("unos", "más de", "al menos"), optional "un total de", then the figure (captured as `num`). */
// "un millar de sospechosos", "un centenar de servidores": a round figure told as a collective noun, read with its "de".
// "una veintena de países": the "una" is read as the cue (numbers.ts), the noun and its "de" as the figure.
const COLLECTIVE = `(?<!\\p{L})(?:un|medio)\\s+(?:millar|centenar)\\s+de(?=\\s)|(?<=(?<!\\p{L})una\\s)(?:${ROUGHLY_COLLECTIVE})\\s+de(?=\\s)`;
export const QN = `(?:(?:${ES_CUE})\\s+)?(?:[~≈∼][^\\S\\n]?)?(?:un total de\\s+)?(?:una\\s(?=(?:${ROUGHLY_COLLECTIVE})\\s))?(?<![\\p{L}\\d.,$€\u0080£#+])(?<num>${COLLECTIVE}|${NOT_LATER_GROUP}(?:${DIGITS})|${WORDS})(?![\\d#]|[.,]\\d)(?:\\+(?![\\d+]))?`;

/** Words that end a run of describing words: joins, verbs, and the nouns of the six figures. */
const NOT_DESCRIBING =
  'y|e|o|u|no|de|del|en|a|al|con|por|para|sin|que|se|fueron|fue|han|ha|habían|había|sido|son|los|las|el|la|sus|su|entre|durante|países|naciones|agentes|policías|funcionarios|efectivos|víctimas|migrantes|investigaciones|detenciones|arrestos|detenidos|personas|sospechosos|horas|días|semanas|meses|años|toneladas|kilos|litros|euros|dólares';
/**
 * Up to two words a noun may carry before it ("posibles víctimas", "presuntos
 * traficantes"); most Spanish adjectives follow the noun, so two is enough.
 */
export const ADJ = `(?:(?!(?:${NOT_DESCRIBING})(?![\\p{L}-]))[\\p{L}-]+\\s+){0,2}?`;
export const PERSONS =
  '(?:personas|sospechosos|sospechosas|individuos|tratantes|narcotraficantes|estafadores|estafadoras|ciberdelincuentes|cabecillas|extorsionadores|pandilleros|hombres|mujeres|miembros|integrantes|delincuentes|traficantes|contrabandistas|fugitivos|prófugos|criminales|ciudadanos|nacionales|autores|implicados)';
/** "fueron", "han sido", "se encontraban" (in custody at the day's end), …: the verb before a participle, optional. */
export const BE =
  '(?:(?:fueron|fue|han sido|habían sido|han resultado|resultaron|quedaron|están|estaban|son|serán|ya han sido|se encontraban|se encuentran)\\s+)?';

// d: the figure's offset (match indices); u: \p{L}.
export const STAT_FLAGS = 'gidu';

// Un párrafo que se abre con la parte de un país ("En lo que respecta a Colombia,", "En territorio colombiano,", "La
// parte española de la operación"): sus cifras son las de ese país (sections.ts).
export const ONE_COUNTRY_PARAGRAPH =
  /^(?:(?:En|Por)\s+lo\s+que\s+(?:respecta|se\s+refiere|toca)\s+a\s+(?:la\s+|el\s+|los\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*,|En\s+(?:territorio|suelo)\s+(?!nacional)\p{Ll}+\s*,|(?:La|El)\s+(?:parte|componente|capítulo|tramo|vertiente)\s+\p{Ll}+\s+de\s+la\s+operación)/u;

// Un país nombrado y los demás contados: "Alemania y otros doce países", "en Italia y en otros diez países" (leído sin
// la bandera `i`: la mayúscula del nombre lo es).
export const NAMED_AND_OTHERS = new RegExp(
  `(?<!\\p{L})(?<plusOne>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+y\\s+(?:en\\s+)?otros\\s+${QN}\\s+(?:países|naciones|Estados(?:\\s+miembros)?|jurisdicciones)(?!\\p{L})`,
  'gdu'
);

// A comparison ("frente a 300 el año pasado"): the figures after it are not this operation's.
export const COMPARED =
  /(?<!\p{L})(?:(?<!hacer |hace |hacen |haciendo )frente a|en comparación con|(?:a|como|en|por) comparación|a (?:modo|manera|título) de comparación|comparad[oa]s? con|con respecto a|respecto (?:a|al|de|del)|un aumento de|un incremento de|una disminución de|un descenso de|más que|menos que|en relación con)(?!\p{L})/giu;

export const rx = (source: string) => new RegExp(source, STAT_FLAGS);
// A list of figures opens a line: "- Víctimas rescatadas: 1.374"; an item may close on "." or ";".
export const LIST = '[-•\u0095*]?\\s*';
export const LIST_END = `(?:${PARENTHESES}|,\\s+a\\s+partir\\s+de\\s[^\\n]{1,120})?[.;]?\\s*$`;
// A verb's object takes "a" for people: "detuvo a 212 sospechosos".
// ("detuvo este jueves a diez personas", "detener hasta la fecha a 9.968 personas": the day may stand between)
// ("detuvo el viernes 13 de abril de 2007 a 25 personas", "detuvo este jueves, 4 de mayo de 2006, a 46 personas": the day
// between, with its date; "detuvieron el año pasado a más de 62.000 sospechosos")
export const TO =
  '(?:\\s+(?:este|esta|el)\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|fin\\s+de\\s+semana)(?:,?\\s+[\\d#]{1,2}\\s+de\\s+\\p{Ll}+(?:\\s+de\\s+[\\d#]{4})?,?)?|\\s+(?:hoy|ayer|hasta\\s+(?:la\\s+fecha|ahora)|el\\s+(?:año|mes)\\s+pasado))?(?:\\s+a)?\\s+';
export const END = '(?!\\p{L})';
// "ascendió a", "fue de": a total said after its noun.
export const CAME_TO =
  '(?:ascendi(?:ó|eron)|asciende|ascienden|alcanz(?:ó|aron|a|an)|lleg(?:ó|aron) a|fue de|fueron|sum(?:ó|aron|a|an))';

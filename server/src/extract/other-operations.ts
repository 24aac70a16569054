import type { LanguageRules } from './languages/types';
import { regex } from './regexps';

/**
 * Whether a sentence names another operation than this release's, or another
 * edition of it: its figures are then someone else's (reading.ts).
 *
 * Read with patterns made once per language and the names compared in code,
 * not with a pattern made of each release's codename: such a pattern was
 * compiled for every release, its bytecode adding to the regex code after
 * which V8 stops optimising (regexps.ts).
 */

/** A word character as `\b` sees it without the `i` flag: ASCII letters, digits and `_`. */
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);
/** Whether `\b` holds at `at`. */
const boundaryAt = (text: string, at: number) => isWordChar(text[at - 1]) !== isWordChar(text[at]);
/** Whether `text` holds `word` at `at`, followed by a word boundary (`word\b`). */
const wordAt = (text: string, at: number, word: string) =>
  text.startsWith(word, at) && boundaryAt(text, at + word.length);

// The words that bring in another body's own operation, in English, French and Spanish.
const PARTNERS_OWN =
  '[Aa]n?|[Ii]ts own|[Tt]heir own|[Uu]ne|[Ss]on propre|[Ss]a propre|[Ll]eur propre|[Uu]na|[Ss]u propia|[Ss]u propio';

// An edition's number or numeral right after the series: "Silver Axe VI" (not "Silver Axe's").
// (or joined by a hyphen: "Mak-2015")
const NUMBER_NEXT = /(?:\s+|-)(?:\d|[IVXLC]+\b)/y;
const EDITION_NEXT = /(?:\s+|-)(\d+(?:\.\d+)?|[IVXLC]+)\b/y;

function followedBy(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

// Small words a name's initials skip ("Global Operation Against Looming Synthetic drugs", "Operation of the …").
const SKIPPED = /^(?:of|and|the|on|for|to|in|de|la|le|les|du|des|del|los|las|et|y|contre|contra)$/;
const ACRONYM = /^\p{Lu}{3,8}$/u;
const NOT_A_LETTER_FIRST = /^[^\p{L}]+/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const SPACES = /\s+/;
/**
 * Whether the capitalised words around `at` (where the operation word stands) spell `codename`, an acronym: "Operation
 * GOALS – the Global Operation Against Looming Synthetic drugs" names this operation in full, not another.
 */
function spellsOut(text: string, at: number, codename: string): boolean {
  if (!ACRONYM.test(codename)) return false;
  const before = text
    .slice(Math.max(0, at - 60), at)
    .split(SPACES)
    .filter(Boolean)
    .slice(-3);
  const after = text
    .slice(at, at + 160)
    .split(SPACES)
    .filter(Boolean)
    .slice(0, codename.length + 4);
  const words = [...before, ...after];
  for (let first = 0; first <= before.length; first += 1) {
    let capitals = '';
    let i = first;
    for (; i < words.length && capitals.length < codename.length; i += 1) {
      const word = words[i].replace(NOT_A_LETTER_FIRST, '');
      if (CAPITAL_FIRST.test(word)) capitals += word[0];
      else if (!SKIPPED.test(word)) break;
    }
    if (i > before.length && capitals === codename) return true;
  }
  return false;
}

/**
 * "Operation Liberterra II" in a release about Liberterra III: the operation
 * word and a capitalised name that is not `codename`, nor (`series` given:
 * "the sixth edition of Operation Silver Axe" for Silver Axe VI) its series
 * without an edition of its own.
 */
export function namesAnotherOperation(
  text: string,
  codename: string,
  series: string | undefined,
  language: LanguageRules
): boolean {
  // ("Operation" and its spaces, then a capital: the name starts after the spaces; or a partner's own operation and its
  // name set off by commas, "ran a mirror operation, Sagar Prohori, on its side"; or an investigation's name told after
  // it, "Le volet international de l'enquête, conduit sous le nom de Trojan Shield par le FBI")
  const named = regex(
    `\\b(?:${language.operationWord})\\s+(?=\\p{Lu})|(?<=\\b(?:enquête|opération|volet|investigation|operation|operación|investigación)[^.;]{0,40}?)(?:sous\\s+le\\s+nom\\s+(?:de\\s+|d')|bajo\\s+el\\s+nombre\\s+(?:clave\\s+)?de\\s+)(?=\\p{Lu})|\\b(?:${PARTNERS_OWN})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:operation|opération|operación|operativo),\\s+(?=\\p{Lu}[\\p{L}'-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+)?\\p{Lu}[\\p{L}'-]*){0,3},)`,
    'gu'
  );
  named.lastIndex = 0;
  for (let m = named.exec(text); m; m = named.exec(text)) {
    const at = m.index + m[0].length;
    const ours =
      wordAt(text, at, codename) ||
      (series !== undefined && wordAt(text, at, series) && !followedBy(NUMBER_NEXT, text, at + series.length));
    if (!ours && !spellsOut(text, m.index, codename)) {
      named.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** "Thornveld 3, held in 2024, …" when this is Thornveld 4: the series with another number or numeral. */
export function namesAnotherEdition(text: string, series: string, edition: string): boolean {
  for (let at = text.indexOf(series); at >= 0; at = text.indexOf(series, at + 1)) {
    if (!boundaryAt(text, at)) continue;
    const next = followedBy(EDITION_NEXT, text, at + series.length);
    if (next && next[1] !== edition) return true;
  }
  return false;
}

// A separate operation told beside this one, in English, French and Spanish: "A separate EMPACT operation against metal
// theft, codenamed Copperline, is planned", "une autre opération", "una operación paralela".
// (or one whose results are told apart, "cuyos resultados se publicarán por separado", one the same countries
// "colaboraron también en", or one a sentence opening "En paralelo," tells of)
// (or a body's own operation told beside it: "a conduit sa propre opération, « Aïr Propre », qui s'est soldée par …")
// (or one a sentence opening "Separately," tells of: "Separately, the Commission on Elections reported that 1,203 persons
// have been arrested …")
// (or others it adds to: "La Operación Campeón se suma a otras actuaciones del SVA …, como la desarrollada en marzo …")
// (or a body's own action within it: "Dans le cadre de l'opération, l'OLAF a conduit une action ciblée contre …")
// (or figures told outside it: "fuera ya de las operaciones especiales, la inspección del trabajo había rescatado a …",
// "en su gran mayoría fuera del marco de esta operación")
const SEPARATE =
  /^\s*Separately,|(?<!\p{L})(?:(?:[Aa]\s+(?:separate|parallel|sister|different)|[Aa]nother|[Uu]ne\s+autre|[Oo]tra)\s+(?:[\p{L}-]+\s+){0,4}?(?:operation|opération|operación|operativo|investigation|inquiry|probe|enquête|investigación)|[Uu]ne\s+opération\s+(?:distincte|parallèle|séparée)|[Uu]na\s+operación\s+(?:distinta|paralela|separada)|(?:sa|leur)\s+propre\s+opération|(?:its|their)\s+own\s+(?:[\p{L}-]+\s+){0,2}?operation|su\s+propi[oa]\s+(?:operación|operativo)|(?:cuyos\s+resultados\s+se\s+(?:publicarán|darán\s+a\s+conocer|presentarán|comunicarán)|whose\s+results\s+will\s+be\s+(?:published|announced|released|reported)|dont\s+les\s+résultats\s+seront\s+(?:publiés|annoncés|présentés|communiqués))\s+(?:por\s+separado|separately|séparément)|^\s*(?:Dans\s+le\s+cadre\s+de\s+l'opération|As\s+part\s+of\s+the\s+operation|En\s+el\s+marco\s+de\s+la\s+operación),\s+(?:l'|la\s+|le\s+|the\s+|el\s+|la\s+)?\p{Lu}[\p{L}-]*\s+(?:a\s+(?:conduit|mené)|led|conducted|ran|llevó\s+a\s+cabo|dirigió)\s+(?:une|an?|una)\s+(?:\p{L}+\s+)?(?:action|opération|operation|acción|operación)(?!\p{L})|^\s*(?:En\s+paralelo|Paralelamente|In\s+parallel|En\s+parallèle|Parallèlement),[^.;]{0,120}?(?:operación|operation|opération|operativo)|(?:participaron|colaboraron|tomaron\s+parte)\s+también\s+en\s+la\s+operación|also\s+(?:took\s+part|took\s+part|joined|participated)\s+in\s+Operation|se\s+suma\s+a\s+otr[oa]s\s+(?:actuaciones|operaciones|operativos)|s'ajoute\s+à\s+d'autres\s+(?:opérations|actions)|ont\s+également\s+(?:participé|pris\s+part)\s+à\s+l'opération|fuera\s+(?:ya\s+)?(?:del\s+marco\s+)?de\s+(?:la|las|el|los|esta|este)\s+(?:\p{L}+\s+)?(?:operación|operaciones|operativos?)|en\s+dehors\s+(?:de\s+l'opération|des\s+opérations)|outside\s+(?:of\s+)?(?:the|its|this)\s+(?:\p{L}+\s+)?operations?)(?!\p{L})/u;

/** Whether a sentence tells of a separate operation beside this one: its name and figures are that one's. */
export const namesASeparateOperation = (text: string) => SEPARATE.test(text);

import { commaItemsBefore, coordinatedBefore, nounLike, opensSentence } from './lists';
import { isWord, LOWER_OR_ACRONYM } from './word-sets';
import { tokensBefore, type Token } from './tokens';
import type { AdditionalWords } from './types';

// The act of seizing, in French and Spanish, before the thing seized and its complement.
const SEIZING = new Set([
  'saisie',
  'saisies',
  'interception',
  'confiscation',
  'incautación',
  'decomiso',
  'aprehensión',
]);

// A form of "be", in each language: a label ending on one names no thing ("– sont évalués à …", "está tasado en …").
const BE = new Set(
  (
    'is are was were be been being ' +
    'est sont était étaient été sera seront serait seraient ' +
    'es son era eran fue fueron sido será serán está están estaba estaban estuvo estuvieron estará estarán'
  ).split(' ')
);

// A market, in each language: where a thing is worth the money, never the thing ("the cargo's value on the illicit
// market is estimated at …", "la valeur de la cargaison sur le marché illicite est estimée à …").
const MARKET = new Set(['market', 'markets', 'marché', 'marchés', 'mercado', 'mercados']);

/** The words before money that say what it is ("assets worth", "avoirs d'une valeur de"), read back from `index`. */
export function labelBefore(
  text: string,
  index: number,
  words: AdditionalWords
): { start: number; end: number } | undefined {
  const tokens = tokensBefore(text, index, 120);
  const read = readLabel(text, tokens, words);
  if (read || tokens.length === 0) return read;
  // "Les marchandises saisies, y compris de l'or, représentent une valeur de …": what the money is stands before the
  // words between commas.
  const comma = /,[ \t]*$/.exec(text.slice(Math.max(0, tokens[0].start - 3), tokens[0].start));
  // "Les médicaments saisis, parmi lesquels des anorexigènes, des antidépresseurs et …, représentent une valeur de":
  // an aside naming some of the things, commas within it, stands between them and their value.
  const aside = comma ? asideBefore(text, tokens[0].start - comma[0].length) : -1;
  const named = aside >= 0 ? readLabel(text, [...tokensBefore(text, aside, 120), ...tokens], words) : undefined;
  if (named) return named;
  const from = Math.max(0, tokens[0].start - 120);
  const inside = comma ? text.slice(from, tokens[0].start - comma[0].length).lastIndexOf(',') : -1;
  // (an aside holds no figure: "Au terme de l'opération, 316 véhicules … ont été récupérés, pour une valeur de" is a
  // clause of its own, and the money is the vehicles', valueOfPrevious)
  // (a part opening on a figure is no aside: in "Au terme de l'opération, 316 véhicules … ont été récupérés, pour une
  // valeur de …" the figure's noun is the subject, and the money the vehicles', valueOfPrevious)
  if (inside >= 0 && !/^[ \t]*\d/.test(text.slice(from + inside + 1, tokens[0].start))) {
    const read = readLabel(text, [...tokensBefore(text, from + inside, 120), ...tokens], words);
    if (read) return read;
  }
  // "Les produits saisis, d'une valeur estimée à …", "Les comprimés, au nombre de 12 500, …": the noun, a comma, then
  // the words of amount set off after it.
  return comma
    ? readLabel(text, [...tokensBefore(text, tokens[0].start - comma[0].length, 120), ...tokens], words)
    : undefined;
}

// The words that open an aside listing some of the things named before it, in each language.
const ASIDE =
  /,[ \t]+(?:parmi\s+(?:lesquels|lesquelles|eux|elles)|y\s+compris|notamment|including|among\s+them|such\s+as|entre\s+(?:ellos|ellas|los\s+que|las\s+que)|incluid[oa]s?)\s[^.;:!?()«»"\d]{1,200}$/iu;

/** Where the comma opening an aside that ends at `end` is, or -1. */
function asideBefore(text: string, end: number): number {
  const from = Math.max(0, end - 240);
  const m = ASIDE.exec(text.slice(from, end));
  return m ? from + m.index : -1;
}

function readLabel(text: string, tokens: Token[], words: AdditionalWords): { start: number; end: number } | undefined {
  let joined = '';
  const at: number[] = [];
  for (const token of tokens) {
    if (joined && !joined.endsWith("'")) joined += ' ';
    at.push(joined.length);
    joined += token.lower;
  }
  for (const pattern of words.valuedBefore) {
    const m = pattern.exec(joined);
    if (!m?.groups?.np) continue;
    const from = at.indexOf(m.index + m[0].indexOf(m.groups.np));
    if (from < 0) continue;
    let np = tokens.slice(from, from + m.groups.np.split(' ').length);
    // "… 5 euros activos por valor de": the figure before is not part of the noun.
    const measure = (t: Token) => [words.currencies, words.units, words.scales].some((d) => Object.hasOwn(d, t.lower));
    while (np.length > 1 && measure(np[0])) np = np.slice(1);
    if (np.some(measure)) continue;
    // "Officers seized assets worth …": in English a describing word comes after an article or at the start.
    // … or after a verb ("intercepted pangolin scales weighing …").
    const before = tokens[from - 1]?.lower ?? '';
    const described =
      words.counted.wordsBefore < 2 || from === 0 || words.stop.has(before) || !!words.verbForm?.test(before);
    // "intervinieron productos farmacéuticos ilícitos valorados en": the noun phrase starts after its last verb or
    // stop word; "se ofertaban por …" names no noun at all.
    let cut = 0;
    for (let k = np.length - 2; k >= 0 && cut === 0; k -= 1) {
      if (words.stop.has(np[k].lower) || words.verbLike?.test(np[k].lower)) cut = k + 1;
    }
    // "Officers found liquid precursor chemicals totalling …": a describing word before the noun, right after a verb,
    // is the label's first word (after "and" it may be another thing's: "cannabis and liquid precursor chemicals").
    const outer = tokens[from - 2];
    const describes =
      cut === 0 &&
      np.length === 2 &&
      !described &&
      outer !== undefined &&
      !!words.verbForm?.test(outer.lower) &&
      !words.verbForm.test(before) &&
      isWord(tokens[from - 1]) &&
      /^\p{Ll}/u.test(tokens[from - 1].text);
    if (describes) np = [tokens[from - 1], ...np];
    const dropped = cut === 0 && np.length > 1 && !described && !describes;
    // "liquid precursor chemicals weighing …": a noun's describing word cut off is a label not sure of its thing.
    if (dropped && words.verbForm && !words.verbForm.test(np[0].lower) && nounLike(tokens[from - 1], words)) continue;
    np = np.slice(dropped ? 1 : cut);
    if (words.verbLike?.test(np[np.length - 1].lower) || BE.has(np[np.length - 1].lower)) continue;
    if (MARKET.has(np[words.headLast ? np.length - 1 : 0].lower)) continue;
    // ("… ont été récupérés, pour une valeur de …": a participle alone says what was done, not to what)
    if (np.length === 1 && words.participle.test(np[0].lower)) continue;
    if (np.some((t) => words.stop.has(t.lower) || !isWord(t) || !LOWER_OR_ACRONYM.test(t.text))) {
      // A capital after a full stop or a dash ("– Food fraud worth …") is still a word of the label.
      // (a capital alone is forgiven, not a stop word: "In all, 316 stolen vehicles …, worth …" names no "All")
      if (
        !(from === 0 && !words.stop.has(np[0].lower) && np.slice(1).every((t) => !words.stop.has(t.lower) && isWord(t)))
      )
        continue;
    }
    // "produits de contrefaçon d'une valeur de …": the noun the complement belongs to comes first.
    let first = tokens.indexOf(np[0]);
    const join = tokens[first - 1];
    const noun = tokens[first - 2];
    if (
      join &&
      noun &&
      words.joins.includes(join.lower) &&
      !words.stop.has(noun.lower) &&
      // ("1,6 million de comprimés d'une valeur de": a figure's scale or unit is no noun; nor is the act of seizing:
      // "la saisie de produits … d'une valeur de")
      !measure(noun) &&
      !SEIZING.has(noun.lower) &&
      LOWER_OR_ACRONYM.test(noun.text)
    ) {
      first -= 2;
    }
    const opens = opensSentence(text, tokens[0].start);
    const listed = coordinatedBefore(tokens, first, words, opens);
    let start = tokens[listed].start;
    // The first thing read after a figure is another clause's ("seized 12 vehicles and jewellery worth …"); after a
    // comma, the start of a list ("jewellery, cars and boats worth …").
    const lead = listed === 0 || (listed === 1 && words.stop.has(tokens[0].lower));
    if (lead && listed !== first && !opens) {
      start = commaItemsBefore(text, tokens[0].start, words) ?? tokens[listed === 0 ? first : listed].start;
    }
    return { start, end: np[np.length - 1].end };
  }
  return undefined;
}

import type { ReleaseLanguage } from '../types';
import { indexOf } from '../looking-back';
import type { LanguageRules } from '../languages/types';
import type { ReleaseReading } from '../reading';
import { isOtherThan, isShare } from '../stat-candidates';
import type { Sentence } from '../text';
import type { ExtractedMetric } from '../types';
import { ENGLISH_ADDITIONAL } from './en';
import { SPANISH_ADDITIONAL } from './es';
import { Clauses } from './clauses';
import { withDigits, wordsUnder } from './local-currency';
import { findDateline } from '../dateline';
import { countedAfterNoun, countedBefore, countedOnLine } from './counted-before';
import { figuresOf, type Figure } from './figures';
import { mentionsAMeasure } from './measure-words';
import { FRENCH_ADDITIONAL } from './fr';
import { labelBefore } from './label-before';
import { countedIn, endsLine, lineLabel } from './list-line';
import { readFigure, type Reading } from './read-figure';
import { headOf, sameKind } from './word-sets';
import { CURRENCY, DURATION, JOINED, JOINED_AFTER, SUMS_JOINED, SUMS_LISTED } from './between';
import { cueStart, qualifierOf, qualifierStart } from './cues';
import { phraseAt, tokensAfter, tokensBefore } from './tokens';
import { continuesAList, endsARange } from './neighbours';
import { resolve, type Proposal } from './resolve';
import type { AdditionalWords } from './types';

const MAX_FIGURES_PER_SENTENCE = 60;
// A bulleted line's start, right before its figure (and the figure's cue).
const BULLET_OPENS = /^[ \t]*[-•–\u0095*][ \t]*$/;
const BULLET_AT = /[ \t]*[-•–\u0095\u0096*][ \t]*/y;
type Named = { label: NonNullable<Reading['label']>; what: string };
// How far before a figure the words that make it no seizure are read (AdditionalWords.notTaken).
const NOT_TAKEN_BEFORE = 80;

/**
 * The figures a release gives beyond the six, as `additionalStats` proposals:
 * money with its currency, a weight or volume with its unit, counted things
 * (websites, accounts, firearms …), each with a label in the release's
 * language, its qualifier and the exact span read. As for the six, a figure
 * of an earlier edition, after a comparison, one place's or one case's share,
 * or one that two sentences disagree on is left out; a figure given twice is
 * proposed once.
 */

export const ADDITIONAL_WORDS: Record<ReleaseLanguage, AdditionalWords> = {
  en: ENGLISH_ADDITIONAL,
  fr: FRENCH_ADDITIONAL,
  es: SPANISH_ADDITIONAL,
};

const unnamed = {
  labelAt: [0, 0] as [number, number],
  what: '',
  kind: '',
  thing: '',
  start: 0,
  end: 0,
  headline: false,
  quoted: false,
};
function proposalsOf(
  sentence: Sentence,
  reading: ReleaseReading,
  words: AdditionalWords,
  budget: { left: number }
): Proposal[] {
  const { language } = reading;
  const text = sentence.text;
  if (!mentionsAMeasure(text, words)) return [];
  let clauses: Clauses | undefined;
  const found: Proposal[] = [];
  const seen = new Set<string>();
  let share: { end: number; kind: string } | null = null;
  // A release's sentence names a handful of figures; one with hundreds is a dump or a hostile text: its first ones do.
  const figures = figuresOf(text, words, language).slice(0, Math.min(MAX_FIGURES_PER_SENTENCE, budget.left));
  budget.left -= figures.length;
  // Each figure's reading, once: the next figure asks for it again.
  const readings: (Reading | null)[] = [];
  // Each figure's label and what it names, once found: money after a weight may be its value.
  const named: (Named | undefined)[] = [];
  const readingOf = (i: number) =>
    readings[i] === undefined ? (readings[i] = readFigure(text, figures[i], words)) : readings[i];
  // (or listed before two so joined: "741.798 pesos uruguayos, 2.398 reales y 264 dólares en efectivo")
  const sumNamedAfter = (k: number, read: Reading, last = true): Named | undefined => {
    const sum = read.unit && CURRENCY.test(read.unit) && k + 1 < figures.length ? readingOf(k + 1) : null;
    if (!sum?.unit || !CURRENCY.test(sum.unit)) return;
    const between = text.slice(read.end, sum.start);
    if (sum.label && sum.what && sum.label.start >= figures[k + 1].end)
      return SUMS_JOINED.test(between) ? { label: sum.label, what: sum.what } : undefined;
    return last && !sum.label && /^\s*,\s*$/.test(between) ? sumNamedAfter(k + 1, sum, false) : undefined;
  };
  for (const [k, figure] of figures.entries()) {
    // ("INTERPOL's I-24/7 channels", "a 50/50 split": one figure of a pair written with a slash is no count)
    if (text[figure.start - 1] === '/' || text[figure.end] === '/' || endsARange(text, figure.start, words)) continue;
    if (words.ratio?.after.test(text.slice(figure.end, figure.end + 60))) continue;
    if (words.ratio?.before?.test(text.slice(Math.max(0, figure.start - 20), figure.start))) continue;
    const from = qualifierStart(text, figure.start, language);
    const read =
      readingOf(k) ??
      countedOnLine(text, figure, from, words) ??
      countedBefore(text, figure, from, words) ??
      countedAfterNoun(text, figure, from, words);
    // ("USD 1.3 million and EUR 850,000 in cash", "- 1,3 millones de dólares y 850 millones de guaraníes en efectivo":
    // two sums joined by "and", named once after the second)
    const namedAfter = read && !read.label ? sumNamedAfter(k, read) : undefined;
    // ("Espèces saisies : 148 millions de francs CFA, 212 000 dollars US et 36 500 euros": sums listed after a line's)
    const sum = read?.unit && CURRENCY.test(read.unit) && !read.label && named[k - 1] ? readingOf(k - 1) : null;
    const listed =
      sum?.unit && CURRENCY.test(sum.unit) && SUMS_LISTED.test(text.slice(sum.end, from)) ? named[k - 1] : undefined;
    // Money whose noun is not after it needs words before it ("assets worth", "Cash seized:"): not a figure, not a sign.
    if (
      !read ||
      (!read.label &&
        !namedAfter &&
        !listed &&
        !/[\p{L}:][ \t]*$/u.test(text.slice(Math.max(0, read.start - 3), read.start)))
    )
      continue;
    const { qualifier: cued, cue } = qualifierOf(text, read.start, language);
    // "une vingtaine de serveurs" is approximately 20; "plus d'une centaine de sites", hedged again, says too little.
    const rounded = !!language.numbers.rounded?.test(text.slice(figure.start, figure.end));
    if (rounded && cued !== 'exact') continue;
    // ("• estimated value of the vehicles: USD 9.8 million": an estimate, told by its line's label)
    const estimated =
      cued === 'exact' && !!words.estimatedLabel?.test(text.slice(text.lastIndexOf('\n', read.start) + 1, read.start));
    // ("Cash seized: USD 148,000 (approx.)": hedged in brackets after it)
    const bracketed =
      cued === 'exact'
        ? (language.numbers.bracketed?.(text.slice(figure.end, figure.end + 40)) ??
          language.numbers.bracketed?.(text.slice(read.end, read.end + 40)))
        : null;
    const qualifier = rounded || estimated ? 'approximately' : (bracketed ?? cued);
    let start = cue ? cueStart(text, read.start, cue) : read.start;
    const cueAt = start;
    let label = read.label;
    let what = read.what;
    // Money on a key-figure line is what the line's label names ("Dinero intervenido: 26,7 millones de euros en efectivo").
    const money = read.unit !== null && CURRENCY.test(read.unit);
    const generic = !read.unit && words.counted.generic?.includes(read.kind ?? '');
    const pieces = !read.unit && words.counted.pieces?.includes(read.kind ?? '');
    const line = (read.unit && (!label || money)) || generic || pieces ? lineLabel(text, start, words) : undefined;
    // "twelve units took part": a noun naming no kind of thing, off a key-figure line, says nothing of what is counted.
    if (generic && !line) continue;
    // "cryptocurrency worth $8.6 million in criminal profits": money that is one thing's value is that thing's,
    // named before it, whatever the words after it call the money.
    const valueOf =
      money && !line && !!label && !!words.worthBefore?.test(text.slice(Math.max(0, start - 40), start))
        ? labelBefore(text, start, words)
        : undefined;
    if (line || (!label && read.unit) || valueOf) {
      label = line ?? valueOf ?? labelBefore(text, start, words);
      if (label) {
        what = line?.what ?? headOf(text.slice(label.start, label.end), words);
        start = label.start;
      }
    }
    // "4.4 million medicines …, with an estimated value of USD 14 million": the value of the things counted or weighed
    // before it ("Or extrait : plus de 26 kg, d'une valeur estimée à …"); words read before it that go on with their
    // name go on with its label ("61 kilos de oro en bruto, valorados en …": "oro en bruto", not "bruto").
    if (money && !line && k > 0 && words.valueOfPrevious) {
      const previous = readingOf(k - 1);
      const weighed = previous?.unit && !CURRENCY.test(previous.unit) ? named[k - 1] : undefined;
      // (a count's name as resolved: "Maquinaria amarilla: 38 piezas (…), avaluadas en …" values the machinery)
      const counted = named[k - 1] ?? (previous?.label && previous.what ? previous : undefined);
      const thing = previous?.unit === null ? counted : weighed;
      const goesOn = !!label && !!thing?.label && label.start >= thing.label.start;
      if (previous && thing?.label && (!label || goesOn) && previous.end <= cueAt) {
        // (before the cue, "worth | about USD 2 million", or with it, "with | an estimated value of | USD 14 million")
        const between = (to: number) => words.valueOfPrevious!.test(text.slice(previous.end, to));
        if (between(cueAt) || between(read.start)) {
          label = { start: thing.label.start, end: Math.max(thing.label.end, label?.end ?? 0) };
          what = thing.what;
        }
      }
    }
    if (money && !label && namedAfter) ({ label, what } = namedAfter);
    if (listed && !label) ({ label, what } = listed);
    // ("plus de 3 millions de dollars en cinq ans": a span of time names nothing counted)
    if (label && DURATION.test(text.slice(label.start, label.end))) label = undefined;
    if (label && what) named[k] = { label, what };
    if (!label || !what) {
      // Money or a weight the body gives without naming it: still tells a headline's figure is hedged (resolve).
      if (read.unit && !sentence.headline) found.push({ ...unnamed, value: read.value, unit: read.unit, qualifier });
      continue;
    }
    const end = Math.max(read.end, label.end);
    // ("three criminal networks accused of …": whom the operation was after; "Onze réseaux criminels ont été démantelés")
    const apart = words.counted.takenApart;
    if (
      !read.unit &&
      apart?.heads.includes(read.kind ?? '') &&
      !apart.verb.test(text.slice(Math.max(0, start - 80), end + 80))
    )
      continue;
    if (sentence.oneCountry || isOtherThan(sentence, figure.start, reading.isEarlierSentence, language)) continue;
    // "11,049 cultural goods, among them 4,500 coins": a count of other things than the one before it; "420 tonnes of
    // medicines, among them 41 million tablets": a count of things within a weight or volume before it.
    const previous = read.unit === null && k > 0 ? readingOf(k - 1) : null;
    // ("31 armes à feu, dont quatre armes prohibées", "14 véhicules, parmi lesquels six motos": some of the same things)
    const byKind =
      !!previous &&
      ((previous.unit === null && !!previous.kind && !sameKind(previous.kind, read.kind, words)) ||
        (previous.unit !== null && !CURRENCY.test(previous.unit) && !!read.kind));
    // ("1,348 firearms, including 412 converted pistols and 96 fully automatic weapons": the list a share word opens goes
    // on with more of the same things; "193 armes, dont 27 fusils, plus de 12 000 munitions": the release's list again)
    const listedAfterShare =
      share !== null && continuesAList(text, share.end, from, sameKind(share.kind, read.kind, words));
    if (listedAfterShare || isShare(sentence, start, end, language, byKind)) {
      if (!listedAfterShare) share = k > 0 ? { end, kind: previous?.kind ?? '' } : null;
      else share!.end = end;
      continue;
    }
    share = null;
    clauses ??= new Clauses(text, words);
    // (from the figure on: "30 million tonnes of cargo each year" holds its rate in what it counts)
    if (
      clauses.singleAfter(figure.end, (from, to) => indexOf(sentence, language.share).shareWordWithin(from, to)) ||
      clauses.rateBetween(figure.end, figures[k + 1]?.start ?? text.length) ||
      clauses.rateBefore(start)
    )
      continue;
    const clause = clauses.semicolonStart(start);
    BULLET_AT.lastIndex = clause; // ("- La mayor aprehensión de droga, 96 kilos …": a list item's case)
    words.anecdote.lastIndex = BULLET_AT.test(text) ? BULLET_AT.lastIndex : clause;
    if (words.anecdote.test(text)) continue;
    // ("La plus importante saisie a été réalisée au port de Lomé : un conteneur … renfermait 9,8 millions de
    // cigarettes": the case a colon opens)
    if (clause > 0 && text[clause - 1] === ':') {
      words.anecdote.lastIndex = clauses.semicolonStart(clause - 1);
      if (words.anecdote.test(text)) continue;
    }
    let first = k;
    while (first > k - 4 && first > 0 && JOINED_AFTER.test(text.slice(figures[first - 1].end, figures[first].start)))
      first -= 1;
    const after = figures[first - 1]?.end ?? 0;
    // ("quelque 1 150 véhicules et plus de 2 000 passagers ont été contrôlés": figures joined by "and" share their verb)
    let next = k + 1;
    while (next < k + 4 && figures[next] && JOINED.test(text.slice(end, figures[next].start))) next += 1;
    const before = figures[next]?.start ?? text.length;
    // A key-figure line's label is a clause of its own, before the colon: its checking words count ("Entretiens : 97").
    if (read.unit === null && clauses.checkedAround(Math.min(start, label.start), end, after, before)) continue;
    // "passengers from two boats", "hidden in 12 tonnes of bananas": where things were, not what was seized.
    const place = money ? undefined : tokensBefore(text, start, 24, 1)[0];
    // (The words of its clause before it: "mis la main sur 3 voitures, sur 40 kg de cocaïne et sur …" names one list.)
    const seizedOn = place && words.seizedOn?.test(text.slice(Math.max(0, place.start - 200), place.start));
    if (place && words.placeBefore.includes(place.lower) && !seizedOn) continue;
    // ("enough to make some 4.5 million doses", "uno de ellos valorado en 180.000 euros": not what was seized)
    if (words.notTaken?.test(text.slice(Math.max(0, figure.start - NOT_TAKEN_BEFORE), figure.start))) continue;
    // The same thing, figure and cue again in this sentence ("5 websites" a thousand times): one is enough.
    const key = `${read.unit ?? ''}|${what}|${read.value}|${qualifier}|${end - start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      labelAt: [sentence.index + label.start, sentence.index + label.end],
      value: read.value,
      unit: read.unit,
      qualifier,
      what: `${read.unit ?? ''}|${what}`,
      kind: `${read.unit ?? ''}|${read.kind ?? what}`,
      // (a generic noun's thing is what its line's label names: "Cigarettes saisies : plus de 212 millions d'unités")
      thing: `${read.unit ?? ''}|${generic || (pieces && line) ? what : (words.counted.sameThing[read.kind ?? ''] ?? read.kind ?? what)}`,
      start: sentence.index + start,
      end: sentence.index + end,
      headline: sentence.headline,
      // (not money: "Valeur des saisies : environ 41 millions USD" names no thing, the sentence that values one does)
      // (or a bulleted item that opens on its figure: "• 412 stolen vehicles recovered")
      listed:
        !money &&
        ((/^[ \t]*:/.test(text.slice(label.end, label.end + 3)) &&
          label.start === lineLabel(text, from, words)?.start) ||
          BULLET_OPENS.test(text.slice(0, from))),
      quoted: clauses.quoted(start),
    });
  }
  return found;
}

/** The additional figures of a release read once (reading.ts), in its language. */
/**
 * The figures read in a whole text: a release names a few dozen; a text with thousands ("5 kg of cocaine. " 6,000
 * times) is a dump or a hostile one, and its first ones are read (each costs the words around it).
 */
export const MAX_FIGURES_READ = 300;

export function findAdditional(reading: ReleaseReading, code: ReleaseLanguage): ExtractedMetric[] {
  const words = wordsUnder(
    withDigits(ADDITIONAL_WORDS[code], reading.language.numbers.digits),
    code,
    findDateline(reading.sentences, reading.original, true, true)?.value,
    reading.original
  );
  const budget = { left: MAX_FIGURES_READ };
  const proposals: Proposal[] = [];
  for (const sentence of reading.sentences) {
    if (budget.left <= 0) break;
    proposals.push(...proposalsOf(sentence, reading, words, budget));
  }
  return resolve(proposals, reading.original);
}

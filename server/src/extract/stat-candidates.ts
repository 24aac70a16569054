import { inAnAside } from './asides';
import type { Candidate } from './candidate';
import { nearlyAgree, roundOfExact, roundsTo } from './stat-rounding';
import { totalBeforeItsParts } from './stat-breakdown';
import { STAT_MAX, type StatQualifier } from '../../../shared/stats';
import type { FieldRule, LanguageRules } from './languages/types';
import { cueWindow, holdsAt, indexOf } from './looking-back';
import { matchesOf } from './regexps';
import type { Sentence } from './text';
import type { ExtractedStat } from './types';
import { isAYear } from './years';

/**
 * A stat's figure in a release: every candidate its rule reads, sentence by
 * sentence, minus what is not a count (a duration, money, an age, a year, an
 * earlier edition, one place's share), then the one value they agree on.
 */

export type { Candidate } from './candidate';

// Asked per sentence once, not once per field: six scans of a 100 KB sentence add up.
const comparisons = new WeakMap<Sentence, number>();
function firstComparison(sentence: Sentence, compared: RegExp): number {
  let at = comparisons.get(sentence);
  if (at === undefined) {
    compared.lastIndex = 0;
    at = compared.exec(sentence.text)?.index ?? Infinity;
    comparisons.set(sentence, at);
  }
  return at;
}

/** Whether a figure at `numAt` of a sentence is another operation's: an earlier edition's, or compared with. */
export function isOtherThan(
  sentence: Sentence,
  numAt: number,
  isEarlier: (s: Sentence) => boolean,
  language: LanguageRules
): boolean {
  return isEarlier(sentence) || firstComparison(sentence, language.compared) < numAt;
}

// "… worth USD 300 million in Operation HAECHI IV": the operation's name, not a place.
const operationAfter = new WeakMap<LanguageRules, RegExp>();
function namesTheOperation(after: string, language: LanguageRules): boolean {
  let pattern = operationAfter.get(language);
  if (!pattern) {
    pattern = new RegExp(`^\\s+(?:\\p{L}+\\s+){1,3}(?:the\\s+)?(?:${language.operationWord})\\b`, 'u');
    operationAfter.set(language, pattern);
  }
  return pattern.test(after);
}

/**
 * Whether the figure read at `[start, end)` of a sentence is one place's share of it ("including 212 in Spain").
 * `byKind`: the figure counts another thing than the one before it ("11,049 goods, among them 4,500 coins"), so
 * a share word alone does not make it a place's share.
 */
export function isShare(
  sentence: Sentence,
  start: number,
  end: number,
  language: LanguageRules,
  byKind = false
): boolean {
  if (sentence.headline) return false;
  if (sentence.oneCountry) return true;
  const index = indexOf(sentence, language.share);
  return (
    (!byKind && index.shareWordBefore(start)) ||
    // "212 arrests in Spain" is Spain's share; "16 countries in the Americas" are all of them.
    (!language.share.whole.test(sentence.text.slice(start, end)) &&
      language.share.after.test(sentence.text.slice(end)) &&
      !namesTheOperation(sentence.text.slice(end), language)) ||
    index.aloneBefore(start) ||
    index.opensOnOnePlaceBefore(start) ||
    inAnAside(sentence.text, start, language)
  );
}

const APPROX_SIGN = /[~≈∼][^\S\n]?$/;
// How far after a figure a hedge in brackets is looked for ("(chiffre approximatif)").
const BRACKETED_AFTER = 40;
// How far around a stat's match a yearly rate's words are looked for.
const YEARLY_BEFORE = 40;
const YEARLY_AFTER = 60;

export function statCandidates(
  rule: FieldRule,
  sentence: Sentence,
  isEarlier: (s: Sentence) => boolean,
  language: LanguageRules,
  max = Infinity
): Candidate[] {
  if (rule.words && !rule.words.test(sentence.text)) return [];
  if (rule.sentence && !rule.sentence.test(sentence.text)) return [];
  if (rule.refuseSentence?.test(sentence.text)) return [];
  const found: Candidate[] = [];
  for (const pattern of rule.patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m && found.length < max; m = pattern.exec(sentence.text)) {
      const raw = m.groups!.num;
      const numAt = m.indices!.groups!.num[0];
      const read = language.numbers.read(raw.trim());
      // ("Germany and twelve other countries": a pattern's `plusOne` group names one more than the figure counts)
      const value = read === null ? null : read + (m.groups!.plusOne ? 1 : 0);
      if (value === null || value > STAT_MAX) continue;
      const text = sentence.text;
      const after = text.slice(numAt + raw.length);
      if (language.notACountAfter.test(after) || holdsAt(language.notACountBefore, text, numAt)) continue;
      if (isAYear(raw, value, text, numAt, after)) continue;
      if (rule.refuseAfter?.test(text.slice(m.index + m[0].length))) continue;
      if (rule.refuseBefore && holdsAt(rule.refuseBefore, text, m.index)) continue;
      if (rule.refuseMatch?.(text, m.index, m[0])) continue;
      if (isOtherThan(sentence, numAt, isEarlier, language)) continue;
      // "Each year, some 50,000 victims are detected worldwide": a yearly rate, of no one operation.
      if (
        language.earlier.yearly?.test(
          text.slice(Math.max(0, m.index - YEARLY_BEFORE), m.index + m[0].length + YEARLY_AFTER)
        )
      )
        continue;
      const matchEnd = m.index + m[0].length;
      const partial = isShare(sentence, m.index, matchEnd, language);
      const cued = language.numbers.qualifierBefore(cueWindow(text, numAt, language.numbers.totalOf)).qualifier;
      // ("1,300+ arrests", "Detenciones: 1.300+": more than the figure)
      const plus = cued === 'exact' && text[numAt + raw.length] === '+';
      // ("Personnels mobilisés : 2 900 (environ)": hedged in brackets after it)
      const bracketed = cued === 'exact' ? language.numbers.bracketed?.(after.slice(0, BRACKETED_AFTER)) : null;
      // ("New investigations: ~2,300", "≈ 2 300": a sign for about)
      const about = cued === 'exact' && APPROX_SIGN.test(text.slice(Math.max(0, numAt - 2), numAt));
      const qualifier = plus
        ? 'moreThan'
        : about
          ? 'approximately'
          : (bracketed ??
            (cued === 'exact' && (language.numbers.rounded?.test(raw) || language.numbers.roundedStat?.test(raw))
              ? 'approximately'
              : cued));
      found.push({
        value,
        qualifier,
        start: sentence.index + m.index,
        end: sentence.index + matchEnd,
        partial,
        headline: sentence.headline,
        total:
          language.numbers.total.before.test(text.slice(Math.max(0, numAt - 40), numAt)) ||
          language.numbers.total.after.test(text.slice(matchEnd, matchEnd + 40)),
        sentence: sentence.index,
      });
    }
  }
  return found;
}

// How far back a quote's opening is looked for (a quote runs a few sentences; a hostile paragraph, 100 KB).
const QUOTE_REACH = 600;

/** Whether `index` of `text` stands inside a quote opened earlier in its paragraph (« », “ ”, or a straight one). */
function inQuote(text: string, index: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', index) + 1, index - QUOTE_REACH);
  let open = 0;
  let straight = 0;
  for (let i = from; i < index; i += 1) {
    const ch = text[i];
    if (ch === '«' || ch === '“') open += 1;
    else if ((ch === '»' || ch === '”') && open > 0) open -= 1;
    else if (ch === '"') straight += 1;
  }
  return open > 0 || straight % 2 === 1;
}

export function resolveStat(
  candidates: Candidate[],
  original: string,
  lead?: { start: number; end: number }
): ExtractedStat | undefined {
  const complete = candidates.filter((c) => !c.partial);
  // A headline rounds ("More than 500 arrests"); when the body states the figure, the body wins.
  const body = complete.filter((c) => !c.headline);
  // (but a headline's figure to the unit that nearly agrees with the body's, "887 migrantes irregulares" in the
  // headline and "881 migrantes" in the body, is one count told two ways: leave it to the editor)
  if (complete.some((h) => h.headline && body.some((b) => nearlyAgree(h, b)))) return undefined;
  let whole = body.length > 0 ? body : complete;
  let values = new Set(whole.map((c) => c.value));
  // A quote that rounds the release's figure ("cerca de sesenta detenidos" for 57 arrests, "Près de deux mille agents"
  // for "plus de 1 900 policiers"): the release's; so does a round figure the lead hedges ("Nearly 860 people were
  // arrested" for "- 859 arrests").
  if (values.size > 1) {
    const told = whole.filter((c) => !inQuote(original, c.start));
    const rounding = (c: Candidate) =>
      c.qualifier !== 'exact' &&
      told.some(
        (e) => e.value !== c.value && roundsTo(c, e.value) && (inQuote(original, c.start) || roundOfExact(c, e))
      );
    if (told.length > 0 && whole.some(rounding)) {
      whole = whole.filter((c) => !rounding(c));
      values = new Set(whole.map((c) => c.value));
    }
  }
  // Figures that disagree, one of them said to be the whole and above all the others, which its sentence tells
  // ("vingt-huit États membres et six pays partenaires, soit trente-quatre pays au total"): the whole, the others its
  // parts. (Told in other sentences, "Police arrested 212 suspects. In all, 230 people were arrested.", they are
  // left to the editor.)
  if (values.size > 1) {
    const totalled = whole.filter((c) => c.total);
    const totals = new Set(totalled.map((c) => c.value));
    const [total] = totals;
    const inTotalsSentence = new Set(totalled.map((c) => c.sentence));
    if (
      totals.size === 1 &&
      whole.every((c) => c.value === total || (c.value < total && inTotalsSentence.has(c.sentence)))
    ) {
      whole = whole.filter((c) => c.value === total);
      values = totals;
    }
  }
  // Figures that add up to another ("eight EU member states" and "three partner countries", "Participating countries:
  // 11"): the sum is the whole, the others its parts.
  if (values.size > 2) {
    const largest = Math.max(...values);
    let parts = 0;
    for (const value of values) if (value !== largest) parts += value;
    if (parts === largest) {
      whole = whole.filter((c) => c.value === largest);
      values = new Set([largest]);
    }
  }
  const listed = values.size > 1 ? totalBeforeItsParts(whole, original) : undefined; // "6.500 …: 4.260 …, 1.054 …"
  if (listed !== undefined) [whole, values] = [whole.filter((c) => c.value === listed), new Set([listed])];
  // The lead paragraph (or the headline, the body repeating it) tells the operation's figure and a later paragraph
  // one action's, smaller ("Police forces in 30 countries arrested 975 people …" and "police in two countries froze
  // EUR 1.2 million"): the lead's.
  if (values.size > 1 && lead !== undefined) {
    const leads = (c: Candidate) => (c.start >= lead.start && c.end <= lead.end) || c.headline;
    const inLead = new Set(complete.filter(leads).map((c) => c.value));
    const [led] = inLead;
    if (
      inLead.size === 1 &&
      whole.some((c) => c.value === led) &&
      whole.every((c) => c.value === led || (c.value < led && !leads(c)))
    ) {
      whole = whole.filter((c) => c.value === led);
      values = inLead;
    }
  }
  // (a smaller figure only a quote gives, beside one the release tells in its own words: "cuando ocho policías trabajan
  // como una sola" beside "Se desplegaron unos 3.500 funcionarios policiales": the release's)
  if (values.size === 2) {
    const own = new Set(whole.filter((c) => !inQuote(original, c.start)).map((c) => c.value));
    const [told] = own;
    if (own.size === 1 && whole.every((c) => c.value === told || (c.value < told && inQuote(original, c.start)))) {
      whole = whole.filter((c) => c.value === told);
      values = own;
    }
  }
  if (values.size !== 1) return undefined; // none, or sentences that disagree: leave it to the editor
  // The same figure hedged in one place and bare in another is hedged; a body
  // sentence is better evidence than the headline, and a fuller span better than a short one.
  const rank = (c: Candidate) => (c.qualifier !== 'exact' ? 4 : 0) + (c.headline ? 0 : 2);
  const chosen = whole.reduce((a, b) =>
    rank(b) > rank(a) || (rank(b) === rank(a) && b.end - b.start > a.end - a.start) ? b : a
  );
  return { value: chosen.value, qualifier: chosen.qualifier, evidence: original.slice(chosen.start, chosen.end) };
}

// A figure in digits, its thousands grouped by a comma, a dot or a space (each language's reader reads it).
const DIGIT_FIGURE = /(?<![\d.,])\d{1,3}(?:[ .,]\d{3})+(?!\d)|(?<![\d.,])\d+(?![\d.,]\d)/g;

/**
 * Whether a hedged figure read only in the headline ("Près de 600 escrocs interpellés") rounds a figure the body gives
 * in words no rule reads ("les interpellations ont atteint le chiffre de 585"): a body sentence with one of the rule's
 * words and a figure the hedge covers (more than: up to a quarter above; about: within a tenth; up to: a quarter below).
 */
export function roundsABodyFigure(
  candidates: Candidate[],
  stat: ExtractedStat,
  rule: FieldRule,
  list: Sentence[],
  language: LanguageRules
): boolean {
  if (stat.qualifier === 'exact' || candidates.some((c) => !c.partial && !c.headline)) return false;
  const v = stat.value;
  const covers = (n: number) =>
    n !== v &&
    (stat.qualifier === 'approximately'
      ? Math.abs(n - v) <= v / 10
      : stat.qualifier === 'upTo'
        ? n < v && n >= v * 0.75
        : n > v && n <= v * 1.25);
  return list.some((sentence) => {
    if (sentence.headline || (rule.words && !rule.words.test(sentence.text))) return false;
    for (const m of matchesOf(sentence.text, DIGIT_FIGURE)) {
      const n = language.numbers.read(m[0]);
      if (n !== null && covers(n)) return true;
    }
    return false;
  });
}

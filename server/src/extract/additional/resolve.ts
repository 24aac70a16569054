import type { StatQualifier } from '../../../../shared/stats';
import type { ExtractedMetric } from '../types';

/**
 * From a release's proposed other figures to the rows proposed to the editor:
 * a headline's figure the body states is dropped, a hedged figure rounding an
 * exact one of the same thing too; the same figure said twice is proposed
 * once, and two figures for one thing none.
 */

export interface Proposal {
  /** Where the label is in the release. */
  labelAt: [number, number];
  value: number;
  unit: string | null;
  qualifier: StatQualifier;
  what: string;
  kind: string;
  /** The thing counted, one name for its synonyms ("guns" and "firearms"): the same figure for it is one figure. */
  thing: string;
  start: number;
  end: number;
  headline: boolean;
  /** On a key-figure line, its label before a colon: the name the release gives the figure in its list of results. */
  listed?: boolean;
  /** Said inside a quote: a quote restates the figure the release gives, in looser words. */
  quoted: boolean;
}

const IN_KILOGRAMS: Record<string, number> = { kg: 1, t: 1000 };

/** A headline rounds what the body states ("more than 200 tonnes" for 203.4): the body's figure wins. */
function roundedInBody(headline: Proposal, body: Proposal[]): boolean {
  return body.some((found) => {
    // ("more than 1.6 tonnes" in the headline for "1,634 kg" in the body: a weight in another unit, compared in kg)
    const weights =
      found.unit !== headline.unit && inKilograms(found) !== undefined && inKilograms(headline) !== undefined;
    const p = weights ? { ...found, unit: 'kg', value: inKilograms(found)! } : found;
    const h = weights ? { ...headline, unit: 'kg', value: inKilograms(headline)! } : headline;
    return (
      p.unit === h.unit &&
      (p.value === h.value ||
        p.what === h.what ||
        (h.qualifier !== 'exact' && Math.abs(p.value - h.value) <= 0.1 * p.value) ||
        // ("más de mil armas de fuego" in the headline for "1,179 armas de fuego": a lower bound below it)
        (p.what === h.what && boundBelow(h, p)) ||
        roundOf(h, p))
    );
  });
}

/**
 * A sum or a weight written round, unhedged, that is another's to a twentieth ("A$1.4 billion in drugs" in a headline
 * for "about A$1.42 billion"; "Twenty-five million euros" in a quote for "EUR 25.3 million"): the same figure rounded.
 */
function roundOf(round: Proposal, p: Proposal): boolean {
  return (
    round.unit !== null &&
    round.unit === p.unit &&
    round.value !== p.value &&
    significantDigits(round.value) <= 2 &&
    Math.abs(p.value - round.value) <= 0.05 * p.value
  );
}
/** How many digits a figure has between its leading and trailing zeros (1.4e9: 2; 25.3e6: 3). */
function significantDigits(value: number): number {
  const digits = String(value).replace('.', '');
  let first = 0;
  let last = digits.length;
  while (first < last && digits[first] === '0') first += 1;
  while (last > first && digits[last - 1] === '0') last -= 1;
  return last - first;
}

/**
 * Whether a hedged figure rounds an exact one ("in excess of 11,000" and "11,049"), whatever each counts; or an
 * approximate one in rounder figures ("close to 100 kilograms" and "about 94 kg").
 */
function rounds(hedged: Proposal, p: Proposal): boolean {
  if (hedged.qualifier === 'exact' || Math.abs(p.value - hedged.value) > 0.1 * p.value) return false;
  if (p.qualifier !== 'exact')
    return (
      hedged.qualifier === 'approximately' &&
      p.qualifier === 'approximately' &&
      significantDigits(hedged.value) < significantDigits(p.value)
    );
  if (hedged.qualifier === 'moreThan') return p.value > hedged.value;
  if (hedged.qualifier === 'atLeast') return p.value >= hedged.value;
  if (hedged.qualifier === 'upTo') return p.value <= hedged.value;
  return true;
}

/** A hedged figure within a tenth of another ("Plus de 10 000 sites" and "plus de 10 600 sites"). */
const near = (hedged: Proposal, p: Proposal) =>
  hedged.qualifier !== 'exact' && Math.abs(p.value - hedged.value) <= 0.1 * p.value;

/** A lower bound a quote rounds down to ("más de mil armas" for 1.146): within a fifth below the release's figure. */
const boundBelow = (hedged: Proposal, p: Proposal) =>
  (hedged.qualifier === 'moreThan' || hedged.qualifier === 'atLeast') &&
  hedged.value < p.value &&
  p.value - hedged.value <= 0.2 * p.value;

/**
 * A round lower bound a quote gives for a count of the same things ("well over a thousand guns" for 1,348 firearms):
 * one leading digit, below the release's figure and at least two thirds of it.
 */
const roundBoundBelow = (hedged: Proposal, p: Proposal) =>
  (hedged.qualifier === 'moreThan' || hedged.qualifier === 'atLeast') &&
  hedged.value < p.value &&
  p.value <= 1.5 * hedged.value &&
  ONE_LEADING_DIGIT.test(String(hedged.value));
const ONE_LEADING_DIGIT = /^[1-9]0*$/;

/** "In excess of 11,000 goods" and "11,049 goods": a hedged figure that rounds an exact one of the same thing. */
// (in kilograms when both are weights: "almost two tonnes of methamphetamine" for "Methamphetamine: 1,850 kilos")
const roundsAnExact = (hedged: Proposal, body: Proposal[]) =>
  body.some(
    (p) =>
      (p.what === hedged.what && rounds(hedged, p)) ||
      (p.unit !== hedged.unit &&
        inKilograms(p) !== undefined &&
        inKilograms(hedged) !== undefined &&
        p.what.split('|')[1] === hedged.what.split('|')[1] &&
        rounds({ ...hedged, value: inKilograms(hedged)! }, { ...p, value: inKilograms(p)! }))
  );
const inKilograms = (p: Proposal) =>
  p.unit !== null && p.unit in IN_KILOGRAMS ? p.value * IN_KILOGRAMS[p.unit] : undefined;

// A thing named as another set of its kind: "further servers", "autres sites", "otras cuentas".
const ANOTHER_SET =
  /(?:^|[| ])(?:further|additional|other|more|remaining|autres?|supplémentaires?|otr[oa]s|adicionales)(?= |$)/u;

/**
 * The things two figures are given for: the same thing ("websites" twice), or
 * one named within the other ("IP addresses" and "malicious IP addresses").
 * "Bank accounts" and "social-media accounts" are two things.
 */
function disputes(proposals: Proposal[]): Set<string> {
  const byKind = new Map<string, Map<string, Set<number>>>();
  for (const p of proposals) {
    const things = byKind.get(p.kind) ?? new Map<string, Set<number>>();
    things.set(p.what, (things.get(p.what) ?? new Set()).add(p.value));
    byKind.set(p.kind, things);
  }
  const disputed = new Set<string>();
  for (const things of byKind.values()) {
    const all = [...things.entries()];
    if (new Set(all.flatMap(([, values]) => [...values])).size < 2) continue;
    // Many names for one noun is no release's way of writing: leave the noun out.
    if (all.length > 20) all.forEach(([what]) => disputed.add(what));
    for (const [what, values] of all.length > 20 ? [] : all) {
      if (values.size > 1) disputed.add(what);
      for (const [other, otherValues] of all) {
        const nested =
          other !== what &&
          (other.includes(what.split('|')[1]) || what.includes(other.split('|')[1])) &&
          // ("39 servers seized", "221 further servers taken offline": another set of the same things)
          !ANOTHER_SET.test(other) &&
          !ANOTHER_SET.test(what);
        if (nested && [...otherValues].some((v) => !values.has(v))) disputed.add(what).add(other);
      }
    }
  }
  return disputed;
}

/** The proposals, one a figure: the same figure said twice is proposed once, and two figures for one thing none. */
export function resolve(proposals: Proposal[], original: string): ExtractedMetric[] {
  const named = proposals.filter((p) => p.what !== '');
  const body = named.filter((p) => !p.headline);
  // "worth USD 23 million" in the headline, "an estimated value of USD 23 million" in the body: the headline drops a
  // hedge, and its figure is not proposed with its own.
  const hedged = (h: Proposal) =>
    proposals.some((p) => !p.headline && p.unit === h.unit && p.value === h.value && p.qualifier !== h.qualifier);
  let kept = [...body, ...named.filter((p) => p.headline && !roundedInBody(p, body) && !hedged(p))].filter(
    (p) => !roundsAnExact(p, body)
  );
  // "these 27 sites", in a quote, for "27 platforms taken offline": a quote restates a count in looser words; and
  // rounds it, "Nearly 5,000 sites are gone" for "4,932 websites shut down".
  // A sum or a weight, "Más de 1.200 toneladas de pesca ilegal" for "1.240 toneladas de pescado y marisco", is the same
  // figure whatever the quote calls it.
  const restated = (p: Proposal) =>
    p.quoted &&
    kept.some(
      (o) =>
        !o.quoted &&
        o.unit === p.unit &&
        (o.value === p.value ||
          ((o.unit !== null || o.thing === p.thing) &&
            (rounds(p, o) ||
              boundBelow(p, o) ||
              (o.thing === p.thing && roundBoundBelow(p, o)) ||
              roundOf(p, o) ||
              (o.qualifier !== 'exact' && near(p, o)))))
    );
  kept = kept.filter((p) => !restated(p));
  // "- 38.600 plantas de marihuana" in the key figures, "hallaron una nave con 3.100 plantas" in the body: the list
  // gives the total, a smaller figure of the same thing is a part of it (one case's, one place's).
  const partOfListed = (p: Proposal) =>
    !p.listed &&
    kept.some(
      (o) =>
        o.listed &&
        o.thing === p.thing &&
        o.unit === p.unit &&
        o.value > p.value &&
        // (not on the line itself: "- 36 armas largas y 14 armas cortas" are two things)
        original.slice(Math.min(o.end, p.end), Math.max(o.start, p.start)).includes('\n')
    );
  kept = kept.filter((p) => !partOfListed(p));
  const disputed = disputes(kept);
  // A sum or a weight given twice is the same figure whatever it is called; a count is the same noun (or one of its
  // synonyms) counted: "8,263 firearms seized" and, in a quote, "these 8,263 guns"; "bank accounts" and "accounts".
  // (a weight in tonnes and again in kilograms, "1 150 tonnes …, soit 1,15 million de kilogrammes", is one figure)
  const sameFigure = (p: Proposal) =>
    p.unit === null
      ? `${p.thing}|${p.value}`
      : p.unit in IN_KILOGRAMS
        ? `kg|${Math.round(p.value * IN_KILOGRAMS[p.unit])}`
        : `${p.unit}|${p.value}`;
  const rank = (p: Proposal) => (p.qualifier !== 'exact' ? 4 : 0) + (p.headline ? 0 : 2) + (p.quoted ? 0 : 1);
  const chosen = new Map<string, Proposal>();
  for (const p of kept) {
    if (disputed.has(p.what)) continue;
    const key = sameFigure(p);
    const other = chosen.get(key);
    // (told in two units, the first is the release's own)
    if (other && other.unit !== p.unit) continue;
    // (ranked alike, the key-figure line's name wins, then the longer span: "Médicaments illicites saisis : plus de 500
    // tonnes" over "plus de 500 tonnes de produits pharmaceutiques dangereux")
    const tie = !other || rank(p) !== rank(other) ? 0 : Number(!!p.listed) - Number(!!other.listed);
    if (
      !other ||
      rank(p) > rank(other) ||
      tie > 0 ||
      (tie === 0 && rank(p) === rank(other) && p.end - p.start > other.end - other.start)
    ) {
      chosen.set(key, p);
    }
  }
  return [...chosen.values()]
    .sort((a, b) => a.start - b.start)
    .map((p) => ({
      label: original.charAt(p.labelAt[0]).toUpperCase() + original.slice(p.labelAt[0] + 1, p.labelAt[1]),
      value: p.value,
      unit: p.unit,
      qualifier: p.qualifier,
      evidence: original.slice(p.start, p.end),
    }));
}

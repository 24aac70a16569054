import type { StatQualifier } from '../../../../shared/stats';

/** How a language writes its figures and the words that hedge them (LanguageRules.numbers). */
export interface NumberRules {
  /** A figure with its optional qualifier cue, as a pattern source: the figure captured as `num` ("about 14,000"). */
  figure: string;
  /** Reads a figure as matched by a rule's `num` group ("3,744", "14 000", "1,5 millones", "trois mille"); null if it is not one. */
  read(raw: string): number | null;
  /** A figure that says it is round ("une vingtaine de"): approximately when no cue before it says otherwise. */
  rounded?: RegExp;
  /**
   * A figure that says it is round for the six stats alone ("participó un centenar de agentes": about a hundred
   * officers), where the language's rows keep it as written ("el bloqueo de un centenar de cuentas"). Optional.
   */
  roundedStat?: RegExp;
  /** A hedge in brackets right after a figure ("2 900 (environ)", "219 (au minimum)"), given the text after it. */
  bracketed?: (after: string) => StatQualifier | null;
  /** The qualifier the words just before a figure give it (`exact` when none), with the cue read. */
  qualifierBefore(textBefore: string): { qualifier: StatQualifier; cue: string | null };
  /** Words read past between a cue and its figure ("a total of", "au total", "un total de"), lower case. */
  totalOf: readonly string[];
  /**
   * A figure said to be the whole: words just before it ("a total of", "soit", "en total,"; a cue may follow them),
   * tested on the 40 characters before the figure, and words just after its noun ("in all", "au total", "en
   * total"), tested on the text after the match. Where a release's figures disagree, the one total that is above all
   * the others is the whole and the others its parts (stat-candidates.ts `resolveStat`).
   */
  total: { before: RegExp; after: RegExp };
  /** A run of digit groups that is a number, not a phone number ("14 000", "1.234.567"): the masking keeps it. Not global. */
  grouped: RegExp;
  /**
   * How a text read by a variant of the rules (LanguageRules.forText) marks decimals and groups digits, where not as
   * the language's additional figures usually do (AdditionalWords.digits). Optional.
   */
  digits?: { decimal: ',' | '.'; groups: string };
}

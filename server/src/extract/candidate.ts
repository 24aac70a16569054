import type { StatQualifier } from '../../../shared/stats';

/** A figure a stat's rule read in one sentence: what stat-candidates.ts gathers and resolveStat chooses among. */
export interface Candidate {
  value: number;
  qualifier: StatQualifier;
  start: number;
  end: number;
  partial: boolean;
  headline: boolean;
  /** Said to be the whole ("soit trente-quatre pays au total"): `NumberRules.total`. */
  total: boolean;
  /** Where its sentence starts. */
  sentence: number;
}

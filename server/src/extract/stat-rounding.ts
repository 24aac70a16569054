import type { Candidate } from './candidate';

/** Whether a hedged figure rounds `value`: about it (within a tenth), or a bound on the side the hedge says. */
export function roundsTo(hedged: Pick<Candidate, 'value' | 'qualifier'>, value: number): boolean {
  const gap = value - hedged.value;
  if (hedged.qualifier === 'approximately') return Math.abs(gap) <= 0.1 * value;
  if (hedged.qualifier === 'moreThan' || hedged.qualifier === 'atLeast') return gap >= 0 && gap <= 0.2 * value;
  return gap <= 0 && -gap <= 0.2 * value;
}

/**
 * A hedged round figure for an exact one it rounds (`roundsTo`): about it within a twentieth ("Nearly 860" for "859"),
 * or a round bound on its side ("more than 3,000" for "3,262").
 */
export const roundOfExact = (
  hedged: Pick<Candidate, 'value' | 'qualifier'>,
  exact: Pick<Candidate, 'value' | 'qualifier'>
): boolean =>
  exact.qualifier === 'exact' &&
  /^[1-9]\d?0*$/.test(String(hedged.value)) &&
  (hedged.qualifier !== 'approximately' || Math.abs(exact.value - hedged.value) <= 0.05 * exact.value);

/** A figure stated to the unit, bare: no headline rounds to it ("887", not "900" nor "more than 880"). */
const unrounded = (c: Pick<Candidate, 'value' | 'qualifier'>) => c.qualifier === 'exact' && c.value % 10 !== 0;
/** Two different figures, each to the unit, within 2% of each other: one count told two ways ("887" and "881"). */
export const nearlyAgree = (a: Pick<Candidate, 'value' | 'qualifier'>, b: Pick<Candidate, 'value' | 'qualifier'>) =>
  unrounded(a) &&
  unrounded(b) &&
  a.value !== b.value &&
  Math.abs(a.value - b.value) <= 0.02 * Math.max(a.value, b.value);

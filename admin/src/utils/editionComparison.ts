import { STATS, isStatQualifier, qualifierFieldOf, type StatName } from '../../../shared/stats';
import type { PreviousEdition, StatQualifier } from '../../../shared/types';

/** One figure of the form against the previous edition's. */
export interface EditionChange {
  stat: StatName;
  from: number;
  fromQualifier: StatQualifier;
  to: number;
  toQualifier: StatQualifier;
  /** (to − from) / from, as a ratio (0.487 for +48.7%); null when from is 0. */
  ratio: number | null;
}

/** A form value as a figure: the stat input stores integers, but a form may briefly hold text. */
function figureOf(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

const qualifierOf = (value: unknown): StatQualifier => (isStatQualifier(value) ? value : 'exact');

/**
 * The lines of the side panel's comparison: one per figure that both the form
 * and the previous edition give, in the stat list's order. A figure only one
 * side gives has nothing to compare, so it is left out rather than shown as
 * "— → 3,744".
 */
export function editionChanges(previous: PreviousEdition, values: Record<string, unknown>): EditionChange[] {
  const changes: EditionChange[] = [];
  for (const { name } of STATS) {
    const from = figureOf(previous[name]);
    const to = figureOf(values[name]);
    if (from === null || to === null) continue;
    changes.push({
      stat: name,
      from,
      fromQualifier: qualifierOf(previous[qualifierFieldOf(name)]),
      to,
      toQualifier: qualifierOf(values[qualifierFieldOf(name)]),
      ratio: from === 0 ? null : (to - from) / from,
    });
  }
  return changes;
}

/** How the panel names an edition: its code name, else its title; and the year it started. */
export function editionName(previous: PreviousEdition): { edition: string; year: string } {
  return { edition: previous.codename || previous.title, year: previous.startDate.slice(0, 4) };
}

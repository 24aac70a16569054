import type { Candidate } from './candidate';

/**
 * A figure and, after a colon in its sentence, the parts it breaks into ("Más de 6.500 elementos federales fueron
 * desplegados en la entidad: 4.260 militares, 1.054 marinos y …", "2.512 efectivos …: 1.262 de la Gendarmería y
 * 1.250 de la Prefectura"): the figure is the whole, when the parts add up to no more than it. Its value, or
 * undefined when the candidates are not so told.
 */
// How far after its total the last part may stand.
const PARTS_WITHIN = 400;
// How far the parts of a hedged total may add up above it.
const HEDGED_SLACK = 1.25;

export function totalBeforeItsParts(candidates: Candidate[], original: string): number | undefined {
  const total = candidates.reduce((a, b) => (b.value > a.value ? b : a));
  const parts = new Set<number>();
  for (const c of candidates) {
    if (c.value === total.value) continue;
    // (parts follow their total closely: a hostile sentence of thousands of figures is no breakdown, nor read as one)
    if (c.sentence !== total.sentence || c.start < total.end || c.start - total.end > PARTS_WITHIN) return undefined;
    if (!original.slice(total.end, c.start).includes(':')) return undefined;
    parts.add(c.value);
  }
  let sum = 0;
  for (const part of parts) sum += part;
  // (a hedged total may fall short of its parts: "Más de 6.500 elementos …: 4.260 militares, 1.054 marinos y 1.420 …")
  return sum <= total.value * (total.qualifier === 'exact' ? 1 : HEDGED_SLACK) ? total.value : undefined;
}

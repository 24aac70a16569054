import { findDateline } from './dateline';
import { holdsAt } from './looking-back';
import type { Sentence } from './text';
import type { ExtractedText } from './types';

/**
 * Where the operation was run from ("the operational centre in Lyon"): a place
 * tied to running this operation beats the agency's seat in its boilerplate,
 * and any place the text names beats its dateline ("LYON, France –", dateline.ts).
 */

const PLACE = "(?:The\\s+)?[A-Z][\\p{L}'-]+(?:\\s+(?:d'|de\\s+|del\\s+|of\\s+)?[A-Z][\\p{L}'-]+){0,2}";
const CENTRE = '(?:[Cc]entre|[Cc]enter|[Hh]ub|[Uu]nit|[Rr]oom|[Pp]ost|[Cc]ell|[Dd]esk)';
const HQ = new RegExp(
  `\\b(?:(?:[Hh]eadquarters|[Hh]eadquartered|HQ|(?:General\\s+)?Secretariat|Global Complex for Innovation|(?:Regional\\s+)?Bureau|(?:(?:[Cc]ommand|[Oo]perational|[Oo]perations|[Cc]oordination|[Cc]o-ordination|[Ff]usion)\\s+(?:and\\s+(?:[Cc]ommand|[Cc]oordination|[Cc]ontrol)\\s+)?)${CENTRE})(?:\\s+[–-]\\s+[A-Z][\\p{L}-]*)?(?:\\s+\\([^)]{1,20}\\))?|coordinated\\s+from\\s+(?:a|an|the|its)\\s+(?:[a-z-]+\\s+){0,3}?${CENTRE})\\s+(?:(?:set up|established|based|located)\\s+)?(?:of\\s+(?:[\\p{L}'-]+\\s+){1,5}?)?(?:in|at)\\s+(?<place>${PLACE}(?:,\\s+(?:the\\s+)?${PLACE})?)`,
  'gu'
);
// Sticky lookbehind, asked where the headquarters match starts (see looking-back.ts).
const RUN_FROM =
  /(?<=\b(?:run|ran|coordinated|directed|led|managed|steered)\s+(?:from|through|out of|at)\s+(?:[\p{L}'-]+\s+){0,6})/iuy;
const RUNS_IT = /\b(?:coordinat\w*|co-ordinat\w*|the operation|directed|run from|ran from|led from|steered)\b/i;

export function findHeadquarters(
  list: Sentence[],
  original: string,
  skip: (index: number) => boolean
): ExtractedText | undefined {
  const all: { value: string; start: number; end: number; runsIt: boolean; direct: boolean }[] = [];
  for (const sentence of list) {
    if (skip(sentence.index)) continue;
    HQ.lastIndex = 0;
    for (let m = HQ.exec(sentence.text); m; m = HQ.exec(sentence.text)) {
      const place = m.groups!.place.replace(/(?<!\s)\s+(?:The|A|An)$/, '');
      const start = sentence.index + m.index;
      const placeAt = start + m[0].length - m.groups!.place.length;
      all.push({
        value: original.slice(placeAt, placeAt + place.length),
        start,
        end: placeAt + place.length,
        runsIt: RUNS_IT.test(sentence.text),
        // "run from a regional coordination cell in Phnom Penh": the place the operation ran from.
        direct: holdsAt(RUN_FROM, sentence.text, m.index),
      });
    }
  }
  const found = all.some((f) => f.direct)
    ? all.filter((f) => f.direct)
    : all.some((f) => f.runsIt)
      ? all.filter((f) => f.runsIt)
      : all;
  if (found.length === 0) return findDateline(list, original);
  // "Lyon" and "Lyon, France" are one place: keep the fuller name.
  let fullest = found.reduce((a, b) => (b.value.length > a.value.length ? b : a));
  if (!found.every((f) => fullest.value.startsWith(f.value))) return undefined;
  // "run from its headquarters in Lyon" … "headquarters in Lyon, France": the same place, named in full.
  for (const f of all)
    if (f.value.length > fullest.value.length && f.value.startsWith(`${fullest.value},`)) fullest = f;
  return { value: fullest.value, evidence: original.slice(fullest.start, fullest.end) };
}

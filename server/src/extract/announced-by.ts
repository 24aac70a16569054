import { isAgencyName } from './agencies';
import { sameBody, spelledOut, usualName } from './body-name';
import type { ExtractedText } from './types';

// A release's lead: where a national force names itself as the one that acted or tells the news.
const LEAD_CHARS = 700;

/** The one national body the lead names as its subject or as telling the news (`announcedBy`); undefined if none or two. */
export function announcedBy(
  work: string,
  original: string,
  skip: (index: number) => boolean,
  pattern: RegExp
): ExtractedText | undefined {
  const lead = work.slice(0, LEAD_CHARS);
  let found: { value: string; start: number; told: boolean }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lead); m; m = pattern.exec(lead)) {
    // ("Agentes de la Unidad Central … (UDEF) de la Policía Nacional han desarrollado": the force its unit's officers
    // belong to)
    const body =
      (m.groups?.agents && m.groups.parent) || (m.groups?.body ?? m.groups?.told ?? m.groups?.own ?? m.groups?.led);
    if (!body || skip(m.index) || isAgencyName(body)) continue;
    found.push({ value: body, start: m.index + m[0].indexOf(body), told: body === m.groups?.told });
  }
  // ("The Railway Protection Force (RPF) rescued 1,186 victims …, the Ministry of Railways said today": who acted)
  if (found.some((body) => !body.told)) found = found.filter((body) => !body.told);
  if (found.length === 0) return undefined;
  const longest = found.reduce((a, b) => (b.value.length > a.value.length ? b : a));
  if (!found.every((body) => sameBody(body.value, longest.value))) return undefined;
  // ("The PNP directed it" after "The Philippine National Police (PNP) took …": the name the text spells out)
  const full = /^\p{Lu}{2,6}$/u.test(longest.value) ? spelledOut(longest.value, original) : undefined;
  if (full) return full;
  // ("La police judiciaire fédérale (PJF) a mené …": the body's name, styled with its capital; "the Federal Bureau of
  // Investigation announced": the FBI, by its initials)
  return {
    value: usualName(longest.value),
    evidence: original.slice(longest.start, longest.start + longest.value.length),
  };
}

import type { LanguageRules } from './languages/types';
import { forceInFull, namedAfter, sameBody, spelledOut, UN_MISSION, usualName, withItsPlace } from './body-name';
import {
  AGENCIES,
  IN_A_UNITS_NAME_AFTER,
  IN_A_UNITS_NAME_BEFORE,
  isAgencyName,
  NAMED_FOR_THEIR_PART,
  OLAF,
} from './agencies';
import { announcedBy } from './announced-by';
import { matchesOf } from './regexps';
import { letterheadBody } from './letterhead';
import type { ExtractedText } from './types';

/**
 * The agency that led the operation: the one named as leading it ("coordinated by INTERPOL", "Europol-led"), or the
 * only one named at all; none when it led jointly with another body.
 */
const PARTNER_NAME = /[\w-]/;

/** `before` without a trailing "<Name> and ": `before.replace(/[A-Z][\w-]*\s+(?:and|&)\s+$/, '')`, in linear time. */
function withoutPartner(before: string, andPartner: RegExp): string {
  const joined = andPartner.exec(before);
  if (!joined) return before;
  let name = joined.index;
  while (name > 0 && PARTNER_NAME.test(before[name - 1])) name -= 1;
  for (let i = name; i < joined.index; i += 1) if (/[A-Z]/.test(before[i])) return before.slice(0, i);
  return before;
}

// Where a unit's name names the body it belongs to: "Dirección de Investigaciones de la Policía Nacional".
const OF_BODY = /\s(?:de\s+la|del|de|of\s+the|of)\s+(?=\p{Lu})/gu;
/** Whether `unit` is a unit of `body`: its name ends on the body's name or another of its names (`sameBody`: "… de la Policía Nacional"). */
function unitOf(unit: string, body: string): boolean {
  for (const m of matchesOf(unit, OF_BODY)) {
    const tail = unit.slice(m.index + m[0].length);
    if (sameBody(tail, body)) return true;
  }
  return false;
}

// A unit named, then its initials, then whose it is.
const OWNED_AFTER = /^(?:\s+\(\p{Lu}{2,8}\))?\s+(?:de\s+la|de\s+l'|du|del|de\s+los|of\s+the)\s+/u;
/** Whether the text right after a unit's name (at `end`) says it is `body`'s. */
function ownedBy(original: string, end: number, body: string): boolean {
  const after = original.slice(end, end + 40 + body.length);
  const owned = OWNED_AFTER.exec(after);
  return !!owned && after.startsWith(body, owned[0].length);
}

/**
 * Whether a national leader (its name ending at `end`) is the body the lead names as its subject, by another name: its
 * unit ("la Dirección de Investigaciones de la Policía Nacional" under "La Policía Nacional de Uruguay desarticuló"),
 * one the text says is its ("l'Unité centrale opérationnelle (UCO) de la Guardia Civil"), or itself named short ("the
 * Coast Guard's Seventh District" under "The U.S. Coast Guard said").
 */
function yieldsTo(
  national: ExtractedText,
  end: number | undefined,
  announcer: ExtractedText,
  original: string
): boolean {
  const leader = national.value;
  // ("coordinated by the Ministry of Interior" under "the Interior Ministry said": one body, its words in another order;
  // the name it is given as leading)
  if (wordsOf(leader) === wordsOf(announcer.value)) return false;
  return (
    unitOf(leader, announcer.value) ||
    (announcer.value !== leader && sameBody(leader, announcer.value)) ||
    (end !== undefined && ownedBy(original, end, announcer.evidence))
  );
}

/** A name's capitalised words in order of the alphabet ("Ministry of Interior", "Interior Ministry": "Interior Ministry"). */
const wordsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .sort()
    .join(' ');

interface Mention {
  value: string;
  start: number;
  end: number;
  lead: boolean;
  /** Named as lending support ("with the support of"), not as leading. */
  support: boolean;
}

// What stands between a unit's name and the agency it belongs to ("Centre (EC3) at Europol", "Unit of the Europol").
const UNIT_OF =
  /^(?: \(\p{Lu}[\p{Lu}\d]{1,7}\))? (?:at|of|within|de|del|d'|au sein de|dentro de)(?: (?:the|la|el|l'))? ?/u;

// The rest of a name and the bracket its initials open: " National Police (".
const NAMED_AS = /^(?: \p{Lu}[\p{L}-]*){0,5} ?\(/u;

/** Who led the operation, as the text tells it: `jointly` when two bodies led together (then none is proposed). */
export interface Leader {
  agency?: ExtractedText;
  jointly: boolean;
  /** Where the name read as leading ends in the text (a national leader's: `yieldsTo`). */
  end?: number;
}
const [JOINT_LEAD, NO_LEADER]: Leader[] = [{ jointly: true }, { jointly: false }];

/**
 * The body the language's `ledBy` reads as leading the operation itself, when it is none of the agencies: that
 * body (its longest name), no agency when it cannot be told which body led, or `null` when none is so named.
 */
function nationalLeader(
  work: string,
  original: string,
  skip: (index: number) => boolean,
  ledBy: RegExp,
  mentions: Mention[]
): Leader | null {
  const leads = mentions.filter((m) => m.lead);
  let found: { value: string; start: number; end: number; reported: boolean }[] = [];
  let partner = false;
  let listed = true;
  ledBy.lastIndex = 0;
  for (let m = ledBy.exec(work); m; m = ledBy.exec(work)) {
    // ("coordinated by HSI's Cyber Crimes Center": a unit of the body its owner's initials name)
    const body = m.groups?.owner ?? m.groups?.body;
    if (!body || skip(m.index) || isAgencyName(body)) continue;
    const start = m.index + m[0].indexOf(body);
    // "led by INTERPOL's Regional Bureau", "the INTERPOL Regional Bureau in Nairobi": an agency's own office; "la
    // Organización Internacional de Policía Criminal (INTERPOL)": an agency's own name.
    if (mentions.some((a) => a.end > m!.index && a.start < start + body.length)) continue;
    // ("coordinated by the European Cybercrime Centre (EC3) at Europol": the agency's own unit)
    const end = start + body.length;
    const unitOf = UNIT_OF.exec(work.slice(end, end + 24));
    if (unitOf && mentions.some((a) => a.start === end + unitOf[0].length)) continue;
    // ("coordinated by the ASEAN National Police (ASEANAPOL)": the start of an agency's name, its initials after it)
    const named = NAMED_AS.exec(work.slice(end, end + 80));
    if (named && mentions.some((a) => a.start === end + named[0].length)) continue;
    // ("conduite par la Force de la Mission" under "La MINUSCA a lancé …": the mission the text names by its initials)
    const mission = /\sde\sla\sMission$/.test(body) ? UN_MISSION.exec(original)?.[0] : undefined;
    found.push({ value: mission ?? body, start, end: start + body.length, reported: m.groups?.reported !== undefined });
    // ("led jointly by the FBI and the Dutch National Police": two led)
    if (m.groups?.partner || m.groups?.jointly || m.groups?.together) partner = true;
    // (a list of bodies, "led by the Italian Polizia di Stato, the Spanish National Police and …": no "jointly")
    listed &&= !m.groups?.jointly && !m.groups?.together && /^(?:\s+\([^()]*\))?,/.test(m.groups?.partner ?? ',');
  }
  if (found.length === 0) return null;
  // ("La SSPC informa los resultados de la Operación …; la operación está a cargo de la Guardia Nacional": the body
  // that reports the results yields to one the text says leads it; `reported` is the pattern's group for a report)
  // (a unit named by its body's own word leads as the body that reports: "It was led by the Garda National Protective
  // Services Bureau" under "An Garda Síochána has published the results of …")
  const reporters = found.filter((body) => body.reported);
  const units = found.filter((body) => !body.reported);
  if (
    reporters.length > 0 &&
    units.length > 0 &&
    // (or the body short: "La operación la dirige la Policía Nacional" under "La Policía Nacional de Colombia presentó")
    units.every((unit) =>
      reporters.some((body) => namedAfter(unit.value, body.value) || body.value.startsWith(`${unit.value} `))
    )
  )
    found = reporters;
  else if (found.some((body) => !body.reported)) found = found.filter((body) => !body.reported);
  // (… and to an agency the text says leads it: "El Ministerio del Interior ha dado a conocer los resultados de la
  // operación …; la operación ha sido coordinada por Frontex")
  else if (leads.length > 0) return null;
  // (national bodies that led together under an agency named as leading: "The action was led by the Italian Polizia di
  // Stato, the Spanish National Police and the Polish Police …; Europol's EC3 coordinated the operational work")
  if (partner) return listed && leads.some((lead) => lead.value !== 'Eurojust') ? null : JOINT_LEAD;
  // An agency named as leading in the same sentence: two bodies led, and which one the editor wants is unclear.
  const sameSentence = (a: number, b: number) => !/[.!?]\s|\n/.test(work.slice(Math.min(a, b), Math.max(a, b)));
  if (leads.some((lead) => found.some((body) => sameSentence(lead.start, body.start)))) return NO_LEADER;
  const longest = found.reduce((a, b) => (b.value.length > a.value.length ? b : a));
  // ("FBI-led" and "led by the United States Federal Bureau of Investigation": one body, by its usual name)
  const usual = usualName(longest.value);
  // ("La Agencia de Pesca del Foro de las Islas del Pacífico (FFA)" and "la FFA": its initials, as the text gives them)
  const initialed = (body: { value: string }) => original.includes(`${longest.value} (${body.value})`);
  if (!found.every((body) => sameBody(body.value, longest.value) || usualName(body.value) === usual || initialed(body)))
    return NO_LEADER;
  // ("led by the PNP" after "The Philippine National Police (PNP) has announced …": the name the text spells out)
  const full = /^\p{Lu}{2,6}$/u.test(longest.value) ? spelledOut(longest.value, original) : undefined;
  if (full) return { agency: full, jointly: false, end: longest.end };
  // ("led by the Federal Bureau of Investigation": a body known by its initials is named by them; "pilotée par la
  // police nationale": the body's name, styled with its capital; "la Garde côtière" named with its country elsewhere)
  const named = usual === longest.value ? (withItsPlace(usual, original) ?? forceInFull(usual, original)) : undefined;
  return {
    agency: named ?? { value: usual, evidence: original.slice(longest.start, longest.end) },
    jointly: false,
    end: longest.end,
  };
}

// Where each agency is seated, as a dateline writes it in English, French or Spanish, and how far into a release its
// dateline may stand (after a headline and a standfirst).
const SEATS: Record<string, RegExp> = {
  Europol: /(?:^|\n)(?:THE HAGUE|LA HAYE|LA HAYA)\b/,
  INTERPOL: /(?:^|\n)LYON\b/,
  Frontex: /(?:^|\n)(?:WARSAW|VARSOVIE|VARSOVIA)\b/,
};
const DATELINE_REACH = 600;

export function findAgency(
  work: string,
  original: string,
  skip: (index: number) => boolean,
  language: LanguageRules,
  oneCountry: (index: number) => boolean = () => false
): Leader {
  const { leadsBefore, leadsAfter, andPartner, supports, supportsAfter, jointly, jointlyAfter } = language.agency;
  const mentions: Mention[] = [];
  for (const [value, pattern] of AGENCIES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(work); m; m = pattern.exec(work)) {
      if (skip(m.index)) continue;
      const before = work.slice(Math.max(0, m.index - 80), m.index);
      // "coordinated jointly by the Guardia Civil and Europol": led by two, one of them perhaps no agency (asked over a longer
      // stretch, as support is: "menée conjointement par le Centre … (EC3) d'", "partenaires étrangers – le FBI, INTERPOL")
      const longer = work.slice(Math.max(0, m.index - 120), m.index);
      if (jointly?.test(longer)) return JOINT_LEAD;
      // (initials in brackets after the name spelled out are read as the name: "Le Mécanisme … de l'Union africaine
      // (AFRIPOL) a dévoilé le bilan")
      const bracketed = before.endsWith('(') && work[m.index + m[0].length] === ')';
      const end = m.index + m[0].length + (bracketed ? 1 : 0);
      const after = work.slice(end, end + 80);
      if (jointlyAfter?.test(after)) return JOINT_LEAD;
      // (its name in a national unit's: agencies.ts)
      if (IN_A_UNITS_NAME_BEFORE.test(before) && IN_A_UNITS_NAME_AFTER.test(after)) continue;
      const support = (supports?.test(longer) ?? false) || (supportsAfter?.test(after) ?? false);
      const lead =
        !support &&
        // "coordinated by Europol and INTERPOL": both lead.
        (leadsBefore.test(withoutPartner(before, andPartner)) || leadsAfter.test(after));
      mentions.push({ value, start: m.index, end: m.index + m[0].length, lead, support });
    }
  }
  if (language.agency.ledBy) {
    // ("The UK strand of the operation was led by the NCA": one country's part, not the operation)
    const national = nationalLeader(work, original, (i) => skip(i) || oneCountry(i), language.agency.ledBy, mentions);
    if (national?.agency && language.agency.announcedBy) {
      const announcer = announcedBy(work, original, skip, language.agency.announcedBy);
      if (announcer && yieldsTo(national.agency, national.end, announcer, original))
        return { agency: announcer, jointly: false };
    }
    if (national !== null) return national;
  }
  // ("La Guardia Civil, con el apoyo de Europol, ha desmantelado …" and later "Europol facilitó el intercambio …": an
  // agency first named as lending support, and never as leading, tells of its support when named again)
  if (language.agency.announcedBy && (mentions[0]?.support ?? true) && mentions.every((m) => !m.lead)) {
    const announcer = announcedBy(work, original, skip, language.agency.announcedBy);
    if (announcer) return { agency: announcer, jointly: false };
  }
  const leading = new Set(mentions.filter((m) => m.lead).map((m) => m.value));
  const leadingAny = new Set(leading);
  // "Europol y Eurojust han coordinado …": Eurojust coordinates the judicial side; the police agency led the action.
  if (leading.size === 2 && leading.has('Eurojust')) leading.delete('Eurojust');
  // The only agency named that was not named as lending support: "with the support of Frontex" is a partner, and
  // so is an agency first named as one and never as leading, when named again ("Europol desplazó una oficina móvil").
  // (one pass: a hostile text names an agency thousands of times)
  const firstSupport = new Set<string>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!seen.has(m.value) && m.support) firstSupport.add(m.value);
    seen.add(m.value);
  }
  const supportOnly = (value: string) => firstSupport.has(value) && !leadingAny.has(value);
  const all = new Set(mentions.filter((m) => !m.support && !supportOnly(m.value)).map((m) => m.value));
  // (Eurojust coordinates the judicial side: named only beside the police work, "tandis qu'Eurojust facilitait la
  // coopération judiciaire", it led nothing; OLAF, the EU's anti-fraud office, is most often named for its part in a
  // customs operation, and leads one only when said to: "coordonnée par l'Office européen de lutte antifraude")
  for (const value of NAMED_FOR_THEIR_PART) all.delete(value);
  // (and an agency named only as lending support in a release dated from its own seat: "LA HAYE – La police de 12
  // pays, avec le soutien d'Europol, …" is Europol's own account of its part)
  const supporters = new Set(mentions.map((m) => m.value));
  supporters.delete(OLAF);
  // (Eurojust lends the judicial side's support: beside a police agency the police agency is the one, and alone it
  // leads nothing, "a joint investigation team set up with the help of Eurojust")
  supporters.delete('Eurojust');
  const [supporter] = supporters;
  const fromItsSeat =
    leading.size === 0 &&
    all.size === 0 &&
    supporters.size === 1 &&
    (language.agency.supporterAlone || SEATS[supporter]?.test(work.slice(0, DATELINE_REACH)));
  const value =
    leading.size === 1
      ? [...leading][0]
      : leading.size === 0 && all.size === 1
        ? [...all][0]
        : fromItsSeat
          ? supporter
          : null;
  if (!value) {
    // (no agency named at all: the force whose letterhead heads its own release, letterhead.ts)
    const issuer = mentions.length === 0 ? letterheadBody(original) : undefined;
    return issuer ? { agency: issuer, jointly: false } : NO_LEADER;
  }
  const chosen = mentions.find((m) => m.value === value && m.lead) ?? mentions.find((m) => m.value === value)!;
  return { agency: { value, evidence: original.slice(chosen.start, chosen.end) }, jointly: false };
}

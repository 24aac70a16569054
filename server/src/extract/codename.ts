import type { LanguageRules } from './languages/types';
import { escapeRegExp, leadOf, type Sentence } from './text';
import type { ExtractedText } from './types';
import { editionNamed, editionOfSeries, holdsName, nameAt, seriesOf } from './codename-editions';
import { PROJECT, projectHeadlined } from './codename-project';

/**
 * The operation's codename: one named with a cue ("codenamed Liberterra III"),
 * else after the word for an operation ("Operation Liberterra III"), if only one is named.
 */

export function findCodename(
  work: string,
  original: string,
  list: Sentence[],
  skip: (index: number) => boolean,
  language: LanguageRules
): ExtractedText | undefined {
  const found = codenameOf(work, original, list, skip, language);
  // ("bautizada como Proyecto Coronado", "codenamed Ops Global": the project's or operation's word, short or in Malay,
  // is no part of its name, as "Operation" is not)
  const bare = found && PROJECT_WORD.exec(found.value);
  return bare ? { ...found, value: found.value.slice(bare[0].length) } : found;
}
const KIND_THEN_NAME = /^\s?\(JADs?\)\s(\p{Lu}[\p{L}-]*(?:\s(?:\d{1,3}|[IVX]{1,4}))?)/u;
const LIST_OF_NAMES =
  /^,\s(?:(?:los|las|el|la|les|le|the)\s)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s(?:(?:los|las|el|la|les|le|the)\s)?\p{Lu}/u;
const PROJECT_WORD = /^(?:Proyecto|Project|Projet|Operación|Opération|Operation|Ops|Op\.?|Operasi)\s+(?=\p{Lu})/u;

function codenameOf(
  work: string,
  original: string,
  list: Sentence[],
  skip: (index: number) => boolean,
  language: LanguageRules
): ExtractedText | undefined {
  const { cued, operation, notName, trailing } = language.codename;
  const pick = (pattern: RegExp, allowHeadline: boolean) => {
    const found: { value: string; start: number; end: number }[] = [];
    for (const sentence of list) {
      if (sentence.headline && !allowHeadline) continue;
      pattern.lastIndex = 0;
      let m = pattern.exec(sentence.text);
      // (whether the sentence is another operation's is asked only of one that names one: it costs regexes)
      if (!m || skip(sentence.index)) continue;
      for (; m; m = pattern.exec(sentence.text)) {
        const at = m.index + m[0].indexOf(m.groups!.name);
        let name = quotedName(sentence.text, at) ?? m.groups!.name.replace(/'s$/, '').replace(trailing, '');
        // ("dubbed 'Mare',", "la llamada 'Operación Raging Bull'": a closing single quote is not the name's, when one
        // opens before it)
        if (/['’]$/.test(name) && OPENING_SINGLE_QUOTE.test(sentence.text.slice(Math.max(0, at - 12), at)))
          name = name.slice(0, -1);
        if (name.length > 120 || notName.test(name)) continue;
        // ("denominada Joint Action Day (JAD) Finestra": the kind of action, its initials, then the name)
        const kind = /^Joint Action Days?$/.test(name)
          ? KIND_THEN_NAME.exec(sentence.text.slice(at + name.length))
          : null;
        if (kind) {
          const from = sentence.index + at + name.length + kind[0].length - kind[1].length;
          found.push({ value: kind[1], start: sentence.index + m.index, end: from + kind[1].length });
          continue;
        }
        // ("han participado en la operación Rumanía, Grecia, Bélgica …": the first of a list of places, no name)
        if (LIST_OF_NAMES.test(sentence.text.slice(at + name.length, at + name.length + 80))) continue;
        const start = sentence.index + m.index;
        const from = sentence.index + at;
        found.push({ value: original.slice(from, from + name.length), start, end: from + name.length });
      }
    }
    // "Operation HAECHI" (the series) beside "Operation HAECHI IV" (this edition): the edition is named.
    // (a set, not a pair-by-pair comparison: thousands of names in a hostile text would take seconds)
    const series = new Set(found.map((f) => seriesOf(f.value)));
    const editions = found.filter((f) => !series.has(f.value));
    const names = new Set(editions.map((f) => f.value));
    if (names.size <= 1) return names.size === 1 ? editions[0] : undefined;
    // Two names, one of them in the headline ("Blue Amber action days hit …" and "followed Operation Archimedes"):
    // the headline tells which operation the release is about.
    // (a few names: one with hundreds is no release's)
    if (names.size > 4) return null;
    const inHeadline = [...names].filter((name) => headlines.some((h) => holdsName(h, name)));
    if (inHeadline.length === 1) return editions.find((f) => f.value === inHeadline[0]);
    // The title and a standfirst under it naming one each ("Frontex da por concluida Tritón …", "… que hoy releva
    // Themis …"): the title's.
    const inTitle = inHeadline.filter((name) => holdsName(headlines[0], name));
    if (inHeadline.length > 1 && inTitle.length === 1) return editions.find((f) => f.value === inTitle[0]);
    // Named in no headline: the one the lead names, when it names one of them ("L'opération RABIT 2010 … avait
    // débuté le 2 novembre 2010" in the first paragraph, "Le relais est pris par l'opération conjointe Poséidon
    // Terre" near the end).
    const inLead = inHeadline.length === 0 && lead ? [...names].filter((name) => holdsName(lead.text, name)) : [];
    return inLead.length === 1 ? editions.find((f) => f.value === inLead[0]) : null;
  };
  const headlines = list.filter((s) => s.headline).map((s) => original.slice(s.index, s.index + s.text.length));
  const lead = leadOf(list, original);
  const named = pick(cued, false);
  let chosen = named === undefined ? pick(operation, false) : named;
  // "Operation Ironside: 224 arrested …" over "Ironside ran alongside the FBI's own operation, known as Trojan Shield"
  // (or over two names given with a cue, "an application called AN0M" too): a name given with a cue is another
  // operation's, or a thing's, when the headline names the one called "Operation" instead.
  if (named !== undefined) {
    const called = pick(operation, false);
    if (
      called &&
      called.value !== named?.value &&
      headlines.some((h) => holdsName(h, called.value)) &&
      !(named && headlines.some((h) => holdsName(h, named.value)))
    )
      chosen = called;
  }
  // "Operation Cold Vault II: port units …" over a body naming one other operation ("flagged in the WCO's Operation
  // Demeter"): the title opening on an operation's name names this one.
  // (or on a name with its edition: "Contender 3.0: 260 detenidos …" over "a través de la Operación Conjunta Africana …")
  if (chosen && named === undefined && !headlines.some((h) => holdsName(h, chosen!.value))) {
    // (or naming it anywhere, not as the series of the body's, the body naming it again: "… integrada en la operación
    // Sea Guardian de la OTAN" over "la operación Atalanta de la Unión Europea" named in passing)
    const mentioned = () => {
      const title = operationTitled(list, original, operation, true, true);
      return title && !chosen!.value.startsWith(`${title.value} `) ? title : undefined;
    };
    const titled =
      operationTitled(list, original, operation) ?? editionTitled(headlines, list, original) ?? mentioned();
    if (titled && titled.value !== chosen.value) return titled;
  }
  // "DEA-Led Project Coronado Deals Blow …" over a body that names another operation in passing: a project the headline
  // names, and the body by the same words, is this release's.
  if (!chosen || !headlines.some((h) => holdsName(h, chosen!.value))) {
    const project = projectHeadlined(list, original);
    if (project) return project;
  }
  const { described, quoted } = language.codename;
  if (chosen === undefined && described) chosen = pick(described, false);
  if (chosen === undefined && quoted) {
    const inQuotes = pick(quoted, true);
    if (inQuotes && holdsName(original.slice(inQuotes.end), inQuotes.value)) chosen = inQuotes;
  }
  if (chosen === undefined && language.codename.ledName) {
    const led = pick(language.codename.ledName, false);
    if (led && headlines.some((h) => holdsName(h, led.value))) chosen = led;
  }
  if (chosen === undefined) {
    const edition = editionNamed({ work, original, list, skip }, language);
    if (edition) return edition;
    // "Operation Libertad" in the headline, the body naming it bare ("the results of Libertad"): the headline's name,
    // when the body writes it too.
    const headline = pick(operation, true);
    if (headline && original.indexOf(headline.value, headline.end) >= 0) chosen = headline;
  }
  if (chosen === undefined) {
    const titled =
      editionTitled(headlines, list, original) ??
      operationTitled(list, original, operation) ??
      operationTitled(list, original, PROJECT, true);
    if (titled) return titled;
  }
  if (!chosen) return undefined;
  if (seriesOf(chosen.value) === undefined) {
    const edition = editionOfSeries(chosen.value, { work, original, list, skip }, language, headlines);
    if (edition) return edition;
  }
  return (
    headlineNamesInFull(chosen, list, original) ?? {
      value: chosen.value,
      evidence: original.slice(chosen.start, chosen.end),
    }
  );
}

// A name with its edition that opens a title: "Pangea X : 400 arrestations …", "HAECHI II: …" (not "Phase 2:").
// (or a name that is a number alone, after the word for an operation: "Operación 404: …")
const TITLE_EDITION =
  /^(?:(?:Operation|Opération|Operación|Operativo)\s+(?<number>\d{2,4})\s?:\s|(?!(?:Operation|Opération|Operación|Operativo)\s)(?!(?:Phase|Fase|Stage|Étape|Part|Partie|Parte|Step|Round|Wave|Vague|Ola|Day|Jour|Día|Week|Semaine|Semana|Article|Artículo|Chapter|Chapitre|Capítulo|Section|Level|Tier|Annex|Annexe|Anexo|Update|Mise)\b)(?<name>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2} (?:[IVXLC]{1,6}|\d{1,4}(?:\.\d)?))\s?:\s)/u;
/**
 * "Pangea X : 400 arrestations …" over a body that writes "Pangea X, qui marque les dix ans de cette action": a
 * title that opens on a name with its edition names the operation, when the body writes it too, or only its series
 * under a title with a Roman numeral (words of their own,
 * even in a sentence that looks back: "participaron en Jupiter VI, la sexta edición de la operación con la que
 * INTERPOL persigue desde 2004 …" is this edition's). Read only when nothing else names one.
 */
function editionTitled(headlines: string[], list: Sentence[], original: string): ExtractedText | undefined {
  const title = headlines.length > 0 ? TITLE_EDITION.exec(headlines[0])?.groups : undefined;
  const name = title?.name ?? title?.number;
  if (!name) return undefined;
  let series = false;
  const seriesName = ROMAN_EDITION.exec(name)?.[1];
  for (const sentence of list) {
    if (sentence.headline) continue;
    const text = original.slice(sentence.index, sentence.index + sentence.text.length);
    const at = nameAt(text, name);
    if (at >= 0)
      return { value: name, evidence: original.slice(sentence.index + at, sentence.index + at + name.length) };
    series ||= seriesName !== undefined && nameAt(text, seriesName) >= 0;
  }
  // ("Pangea IX: …" over a body that names only the series, "earlier Pangea operations", "Pangea VIII, which ran …": the
  // title's edition, told by its Roman numeral)
  const at = original.indexOf(name);
  return series && at >= 0 ? { value: name, evidence: original.slice(at, at + name.length) } : undefined;
}
const ROMAN_EDITION = /^(.*\S) [IVXLC]{1,6}$/;

/**
 * "Operación Neón: 27 detenidos …", "Operation Kestrel: 40 arrests": a headline (or standfirst) line that opens on the
 * word for an operation, its name and a colon names the operation, when nothing else does.
 */
function operationTitled(
  list: Sentence[],
  original: string,
  operation: RegExp,
  inBody = false,
  anywhere = false
): ExtractedText | undefined {
  for (const sentence of list) {
    if (!sentence.headline) continue;
    const text = original.slice(sentence.index, sentence.index + sentence.text.length);
    operation.lastIndex = 0;
    const m = operation.exec(text);
    if (!m || (m.index !== 0 && !anywhere)) continue;
    // ("Opération « Ticket to Ride » : …": the name in quotes, as written, its small words with it)
    const quoted = anywhere ? null : QUOTED_TITLE.exec(text);
    const name = quoted && !inBody ? quoted[1] : m.groups!.name.trim();
    // (its name may stand in quotes: "Operación «Rodeo II»: …")
    if (!quoted && !anywhere && !/^\s?["»”’']?\s?:\s/.test(text.slice(m.index + m[0].length))) continue;
    if (inBody && !holdsName(original.slice(sentence.index + text.length), name)) continue;
    const end = quoted && !inBody ? text.indexOf(name) + name.length : m[0].length;
    return { value: name, evidence: original.slice(sentence.index, sentence.index + end) };
  }
  return undefined;
}

const QUOTED_TITLE = /^\p{L}+\s[«"“]\s?(\p{Lu}[^»"”\n:]{0,40}?)\s?[»"”]\s?:\s/u;

// A headline that opens on a name and a colon: "Luz en la Infancia 4: 141 detenidos …".
const HEADLINE_NAME = /^(?<name>\p{Lu}[^:\n]{0,58}?)\s?:\s/u;
/**
 * "la operación internacional Luz en la Infancia" read as "Luz" (its lower-case words end the name a pattern reads),
 * under the headline "Luz en la Infancia 4: …": the headline's name, when the body writes it (its edition aside)
 * where the name read starts.
 */
function headlineNamesInFull(
  chosen: { value: string; end: number },
  list: Sentence[],
  original: string
): ExtractedText | undefined {
  for (const line of list) {
    if (!line.headline) break;
    const title = original.slice(line.index, line.index + line.text.length);
    // (or a name in quotes after the word for an operation: "DEA's \"Operation Below the Beltway\" nets …")
    const quoted = QUOTED_OPERATION.exec(title);
    const named = [
      { full: HEADLINE_NAME.exec(title)?.groups?.name, from: 0 },
      { full: quoted?.groups?.name, from: quoted ? quoted.index + quoted[0].indexOf(quoted.groups!.name) : 0 },
    ];
    for (const { full, from } of named) {
      if (!full || !full.startsWith(`${chosen.value} `)) continue;
      const series = seriesOf(full) ?? full;
      const at = chosen.end - chosen.value.length;
      if (series.length <= chosen.value.length || !holdsName(original.slice(at, at + series.length + 1), series))
        continue;
      return { value: full, evidence: original.slice(line.index + from, line.index + from + full.length) };
    }
  }
  return undefined;
}
const QUOTED_OPERATION = /[«"“]\s?(?:Operation|Opération|Operación)\s(?<name>\p{Lu}[^«»"“”\n:]{0,58}?)\s?[»"”]/u;

// A name in quotes ("l'opération « Place nette XXL »"): all of it, lower-case words too, when it closes soon.
const OPENING_QUOTE = /[«"“]\s?$/u;
const OPENING_SINGLE_QUOTE = /['‘’](?:(?:Operation|Opération|Operación)\s)?$/u;
// (a comma an American writer closes inside the quote is no part of it: code-named "Cloud Sword," the ministry said)
const QUOTED_NAME = /^[^«»"“”.;:!?\n]{1,60}?(?=,?\s?[»"”])/u;
function quotedName(text: string, at: number): string | undefined {
  if (!OPENING_QUOTE.test(text.slice(Math.max(0, at - 2), at))) return undefined;
  return QUOTED_NAME.exec(text.slice(at, at + 62))?.[0];
}

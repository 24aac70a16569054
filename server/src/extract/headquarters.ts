import { isAgencyName } from './agencies';
import { findDateline } from './dateline';
import { holdsAt } from './looking-back';
import { isProvince } from './languages/provinces';
import type { LanguageRules } from './languages/types';
import { matchesOf } from './regexps';
import type { Sentence } from './text';
import type { ExtractedText } from './types';

/**
 * Where the operation was run from ("the operational centre in Lyon"): a place
 * tied to running this operation beats the agency's seat in its boilerplate,
 * and any place the text names beats its dateline ("LYON, France –", dateline.ts).
 */

/** How many places a text is read for, at most (a release names a handful; hostile text thousands). */
export const MAX_PLACES_READ = 60;

// An agency's seat told as its own: "its headquarters", "son siège", "su sede", "son Secrétariat général", "dont le
// siège se trouve à La Haye" (English, French, Spanish).
// (not run from it: "depuis son siège à Lyon")
const OWN_SEAT =
  /(?<![\p{L}])(?<!(?:depuis|from|desde)\s)(?:(?:its|son|sa|su)\s(?:headquarters|seat|siège|sede|General\sSecretariat|Secrétariat\sgénéral|Secretaría\sGeneral)|dont\sle\ssiège|whose\s(?:headquarters|seat)|cuya\ssede)(?![\p{L}])/iu;

// The city after a region the place was named by: ", en Sevilla", ", à Lille", ", in Seville".
const CITY_AFTER = /^,\s+(?:en|à|in)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})(?![\p{L}])/u;

/** A place named in the text: its value as proposed and where it is written. */
type Place = { value: string; start: number; end: number };

export function findHeadquarters(
  list: Sentence[],
  original: string,
  skip: (index: number) => boolean,
  language: LanguageRules,
  ledByOthers = false,
  codename?: string
): ExtractedText | undefined {
  const {
    place: pattern,
    runFrom,
    runsIt,
    trailing,
    lentSupport,
    runByOthers,
    partnerBefore,
    articleOf,
  } = language.headquarters;
  const all: (Place & { runsIt: boolean; direct: boolean })[] = [];
  // The seats the boilerplate names ("its General Secretariat is in Lyon"): no operation's, on their own.
  const seats: string[] = [];
  // The agency's own seat told in the text (not its boilerplate): no place the operation ran from, but its full name.
  const owned: Place[] = [];
  let read = 0;
  for (const sentence of list) {
    const skipped = skip(sentence.index);
    let runs: boolean | undefined;
    // (asked once a sentence, at its first place: "En España, el dispositivo se coordinó desde el CITCO, en Madrid")
    let opening: string | null | undefined;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
      // (a release names a few places; a text naming hundreds is no release, and each reading costs: read no further)
      if ((read += 1) > MAX_PLACES_READ) return undefined;
      const { place: written, country } = m.groups!;
      const place = written.replace(trailing, '');
      // ("the European Cybercrime Centre (EC3) at Europol": the agency, not a place)
      if (isAgencyName(place)) continue;
      const start = sentence.index + m.index;
      // The place ends the match, unless the pattern reads its country after it ("Lisbonne (Portugal)"):
      // then its `d` flag tells where each stands, and the value is written "Lisbonne, Portugal".
      const placeAt = sentence.index + (m.indices?.groups?.place[0] ?? m.index + m[0].length - written.length);
      const countryAt = sentence.index + (m.indices?.groups?.country?.[0] ?? 0);
      // ("le poste de commandement de Sokola 2, installé à Goma": the operation's name, no place)
      if (codename && codename.length > place.length && original.startsWith(codename, placeAt)) continue;
      // ("en Algeciras (Cádiz)": a province, the city alone)
      const within =
        country && !isProvince(country) ? `, ${original.slice(countryAt, countryAt + country.length)}` : '';
      if (lentSupport?.test(sentence.text.slice(m.index + m[0].length))) continue;
      if (runByOthers?.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (partnerBefore?.test(sentence.text.slice(Math.max(0, m.index - 200), m.index))) continue;
      // A sentence opening on one place tells of that place's part: another place in it is where that part was run.
      opening ??= language.share.inOnePlace.exec(sentence.text)?.[0] ?? null;
      if (opening !== null && !opening.includes(place)) continue;
      // (asked once a sentence: a hostile one holds thousands of places, and the test reads all of it)
      runs ??= runsIt.test(sentence.text);
      const direct = holdsAt(runFrom, sentence.text, m.index);
      // ("desde la Delegación Especial … en Andalucía, en Sevilla": a region, then the city in it)
      const after = sentence.index + m.index + m[0].length;
      const city = !country && isProvince(place) ? CITY_AFTER.exec(sentence.text.slice(m.index + m[0].length)) : null;
      const cityAt = city ? after + city[0].length - city[1].length : 0;
      const mention = {
        value: city
          ? original.slice(cityAt, cityAt + city[1].length)
          : (articleOf?.(original.slice(Math.max(0, placeAt - 5), placeAt)) ?? '') +
            original.slice(placeAt, placeAt + place.length) +
            within,
        start,
        end: city ? cityAt + city[1].length : country ? start + m[0].length : placeAt + place.length,
        runsIt: runs,
        // "run from a regional coordination cell in Phnom Penh": the place the operation ran from.
        direct,
      };
      // ("Plus de 1 000 personnes travaillent à son siège de La Haye": the agency's own seat, told of it, not of running
      // this operation)
      if (
        skipped ||
        (!runs && !direct && OWN_SEAT.test(sentence.text.slice(Math.max(0, m.index - 16), m.index + 14)))
      ) {
        seats.push(original.slice(placeAt, placeAt + place.length));
        // (its country still names the place in full: "Its headquarters in Lyon, France hosted analysts")
        if (!skipped) owned.push(mention);
        continue;
      }
      all.push(mention);
    }
  }
  const found = all.some((f) => f.direct)
    ? all.filter((f) => f.direct)
    : all.some((f) => f.runsIt)
      ? all.filter((f) => f.runsIt)
      : all;
  if (found.length === 0) {
    // (an agency's seat confirms its dated dateline, unless other bodies led: "LA HAYE, 20 juillet 2017" over an
    // operation the FBI and the Dutch police led together, Europol lending support, names the press office alone)
    const line =
      findDateline(list, original) ??
      (ledByOthers ? undefined : confirmedDateline(list, original, seats, skip, language));
    return line && { ...line, value: inFull(original, line.value, skip) };
  }
  // "Lyon" and "Lyon, France" are one place: keep the fuller name.
  let fullest: Place = found.reduce((a, b) => (b.value.length > a.value.length ? b : a));
  if (!found.every((f) => fullest.value.startsWith(f.value))) return undefined;
  // "run from its headquarters in Lyon" … "headquarters in Lyon, France": the same place, named in full.
  for (const f of [...all, ...owned])
    if (f.value.length > fullest.value.length && f.value.startsWith(`${fullest.value},`)) fullest = f;
  // "a coordination centre at the naval base in Rota" … "la Base Naval de Rota (España)": the country the text gives
  // the city in brackets elsewhere (not a province: "Algeciras (Cádiz)").
  fullest = { ...fullest, value: inFull(original, fullest.value, skip) };
  const evidence = original.slice(fullest.start, fullest.end);
  // "coordinated from its General Secretariat in Lyon" under "LYON (France), 24 November 2022 –": named in full.
  const line = fullest.value.includes(',') ? undefined : findDateline(list, original, true);
  // (its case aside: "in Dar es Salaam" under "DAR ES SALAAM, Tanzania –" is the body's spelling, with the country)
  if (line?.value.toLowerCase().startsWith(`${fullest.value.toLowerCase()}, `))
    return { value: fullest.value + line.value.slice(fullest.value.length), evidence };
  return { value: fullest.value, evidence };
}

/**
 * A dated dateline ("LYON, France, 8 June 2021 –") names the press office, not always the operation's
 * headquarters; when the text names no other place, the agency's seat in the boilerplate naming the same
 * city ("its General Secretariat is in Lyon") confirms it. The operation's people gathering in another city
 * ("a meeting planned in Abidjan") is another place: then the dateline is the press office's only.
 */
function confirmedDateline(
  list: Sentence[],
  original: string,
  seats: string[],
  skip: (index: number) => boolean,
  language: LanguageRules
): ExtractedText | undefined {
  const dated = findDateline(list, original, true);
  if (!dated || seats.length === 0) return undefined;
  const city = dated.value.split(',')[0].toLowerCase();
  if (!seats.every((seat) => seat.toLowerCase() === city)) return undefined;
  const { elsewhere } = language.headquarters;
  const gathersElsewhere =
    elsewhere &&
    list.some(
      (sentence) =>
        !skip(sentence.index) && matchesOf(sentence.text, elsewhere).some((m) => m.groups!.place.toLowerCase() !== city)
    );
  return gathersElsewhere ? undefined : dated;
}

// A city's country in brackets after it ("Rota (España)"; not a body's initials, "Montréal (SPVM)"), outside the
// sentences `skip` leaves out (an agency's boilerplate: "Europol, qui a son siège à La Haye (Pays-Bas)").
const BRACKETED = /^ \((\p{Lu}\p{Ll}[\p{L}-]*(?: \p{Lu}[\p{L}-]+){0,2})\)/u;
// A place named in full: a city alone with the country the text gives it in brackets, else as it is.
function inFull(original: string, city: string, skip: (index: number) => boolean): string {
  if (city.includes(',')) return city;
  let seen = 0;
  for (let at = original.indexOf(city); at >= 0 && seen < 20; at = original.indexOf(city, at + city.length)) {
    seen += 1;
    if (/[\p{L}]/u.test(original[at - 1] ?? '') || skip(at)) continue;
    const country = BRACKETED.exec(original.slice(at + city.length, at + city.length + 60))?.[1];
    if (country && !isProvince(country) && !isAgencyName(country)) return `${city}, ${country}`;
  }
  return city;
}

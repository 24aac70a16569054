import { NAMED_FIRST, ONE_COUNTRY_AND, PERSONS } from './figure-patterns';
import { NAMED_NATIONS } from '../languages/names';
import { holdsAt } from '../looking-back';

/**
 * What makes an English stat's match something else than the figure it looks like: sticky lookbehinds and tests the
 * rules in stat-rules.ts ask of a match (see looking-back.ts).
 */

// Sticky lookbehind, asked at the match (see looking-back.ts).
export const AFTER_THE = /(?<=\bthe\s+)/iy;
// "more than 450 police officers took part across the five countries": the countries the operation acted in.
export const TOOK_PART_IN_THE =
  /(?<=\b(?:took\s+part|participated|were\s+deployed|were\s+mobili[sz]ed)\s+(?:across|in|throughout)\s+the\s+)/iy;
// Officers read that are none: liaison officers beside those deployed, and police forces, agencies or teams counted
// ("406 special police teams", "in all 28 police districts", "all 17 police regional offices").
export const LIAISON_OFFICERS = /\bliaison\s+officers?\b/i;
export const ENDS_ON_POLICE = /\bpolice$/i;
export const POLICE_BODIES =
  /^(?:\s(?:(?:regional|provincial|district|municipal|local|field)\s)?(?:services|forces|departments|agencies|stations|units|teams|squads|patrols|posts|districts|zones|divisions|precincts|regions|commands|offices)\b|,\s(?:[a-z-]+\s){0,4}?(?:and|or)\s(?:[a-z-]+\s){0,3}?(?:agencies|authorities|bodies|administrations|services|forces)\b)/i;
// Lower-case words between a figure and "countries" that are no name ("1,500 messages with partner countries"); the
// patterns' capitals match any letter under their `i` flag, this test (without it) does not.
export const LOWER_WORDS_BEFORE_COUNTRIES =
  /\d\s+(?!(?:different|participating|member|partner|countries|nations|jurisdictions|states)\b)\p{Ll}[\p{L}-]*\s+(?:\p{L}[\p{L}-]*\s+)?(?:(?:partner|member|participating|different)\s+)?(?:countries|nations|jurisdictions|states)\b/u;
// "Cybercrime units from the ten member countries of ASEAN": the forces of them all took part.
export const FORCES_OF_THE = new RegExp(
  `(?<=(?<!\\b(?:connects|connecting|links|linking|helps|helping|enables|supports|supporting|assists|serves|serving|trains|trained|training|train)\\s+(?:the\\s+)?(?:\\w+\\s+)?)\\b(?:units|forces|police|officers|investigators|teams|authorities|agencies|services|agents|officials|experts|specialists|prosecutors|customs|administrations)\\s+(?:from|of)\\s+(?:all\\s+)?the\\s+)`,
  'iy'
);

// "139 fugitives wanted by 36 member countries": the countries that asked for them, not those that took part.
export const WANTED_BY =
  /(?<=\b(?:wanted|sought|requested)\s+by\s+(?:(?:some|about|around|more\s+than|over|at\s+least)\s+)?)/iy;

// One named "and twelve other countries" (NAMED_AND_OTHERS's match).
const AND_OTHERS = /\sand\s+(?:in\s+)?\S+\s+other\s/;

/**
 * A count of countries that is none of the operation's: "the 27 EU Member States" is a membership ("the 13
 * participating states" took part); "two more Member States have offered experts", "three new countries joined":
 * countries added, not all of them ("Germany and twelve other countries" are all of them).
 */
// "… and 12 more countries": countries added (a module constant: a literal in the function is compiled again after
// garbage collections, regexps.ts).
const MORE_COUNTRIES =
  /\s(?:more|additional|further|other|new)\s+(?:\p{L}+\s+)?(?:countries|nations|jurisdictions|states|member|partner)/iu;
export const refuseCountries = (text: string, index: number, match: string): boolean =>
  NAMED_NATIONS.test(match) ||
  (AND_OTHERS.test(match) && !NAMED_FIRST.test(match)) ||
  holdsAt(WANTED_BY, text, index) ||
  (holdsAt(AFTER_THE, text, index) &&
    !/participat/i.test(match) &&
    !holdsAt(FORCES_OF_THE, text, index) &&
    !holdsAt(TOOK_PART_IN_THE, text, index)) ||
  (MORE_COUNTRIES.test(match) && !(AND_OTHERS.test(match) && NAMED_FIRST.test(match))) ||
  // ("agencies from Australia and six partner nations": the partners beside one named country, seven in all)
  ONE_COUNTRY_AND.test(text.slice(Math.max(0, index - 40), index)) ||
  // ("handled more than 1,500 messages with partner countries": the words between are no country's name)
  LOWER_WORDS_BEFORE_COUNTRIES.test(match);

// ("apprehended 11 847 undocumented persons": irregular migrants, not arrests)
const UNDOCUMENTED =
  /\b(?:undocumented|irregular)\s+(?:persons|people|foreigners|(?:foreign\s+)?nationals|migrants)\b/i;
const MIGRANT_APPREHENSIONS = /\b(?:migrant|immigrant|alien)\s+apprehensions\b/i;
// "The three agencies arrested 1,247 people": a plural noun right before the verb, the verb followed by a figure, is
// who arrested, not who was ("179 dark web traders arrested in Europe" were).
const FIGURE_NEXT =
  /^\s+(?:(?:a\s+total\s+of|some|about|around|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?\d/i;
const VERB_AT_END = /(?:arrested|detained|apprehended)$/;
const WHOLE_PERSONS = new RegExp(`^${PERSONS}$`, 'i');
const WORD_CHAR = /[A-Za-z'-]/;
/** The word before a match's closing verb, read back by hand (a regex for it moves quadratically on long words). */
function wordBeforeVerb(match: string): string | undefined {
  const verb = VERB_AT_END.exec(match);
  if (!verb) return undefined;
  let end = verb.index;
  while (end > 0 && /\s/.test(match[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && WORD_CHAR.test(match[start - 1])) start -= 1;
  return start < end && end < verb.index ? match.slice(start, end) : undefined;
}
const subjectBeforeVerb = (match: string) => {
  const word = wordBeforeVerb(match);
  return !!word && /s$/i.test(word) && !WHOLE_PERSONS.test(word) && !/^(?:others|was|has)$/i.test(word);
};
const OF_MIGRANTS = /^\s+of\s+(?:(?:illegal|irregular|undocumented)\s+)?(?:migrants|immigrants|aliens)\b/i;

/**
 * An arrests match that counts no one arrested: migrants stopped at a border ("507,300 migrant apprehensions",
 * "12,400 apprehensions of undocumented migrants"), or who arrested ("The three agencies arrested 1,247 people").
 */
export const refuseArrests = (text: string, index: number, match: string): boolean => {
  const after = text.slice(index + match.length, index + match.length + 40);
  return (
    MIGRANT_APPREHENSIONS.test(match) ||
    UNDOCUMENTED.test(match) ||
    (subjectBeforeVerb(match) && FIGURE_NEXT.test(after)) ||
    (/apprehensions$/i.test(match) && OF_MIGRANTS.test(after))
  );
};

// "victims from 30 countries", "migrants of 40 nationalities": where people come from, not who took part (but
// "334 people were arrested in four countries": where the operation acted, though "arrested 498 people from 42
// countries" is where they came from; "Frontex deployed 30 guest officers from
// 17 Member States": where the agency's guest officers came from, some of the countries; "310 suspects were brought back
// from 29 countries": where fugitives were returned from).
export const NOT_WHERE_IT_ACTED =
  /(?<=\bguest\s+officers\s+(?:(?:drawn|seconded|sent)\s+)?from\s+(?:the\s+)?|\b(?:brought\s+back|repatriated|extradited|deported|sent\s+back)\s+from\s+(?:(?:at\s+least|more\s+than|over|some|about)\s+)?|\b(?:routes|ramifications|tentacles|presence|ties|links|customers|buyers)(?:\s+(?:of\s+)?(?:trafficking|distribution|sales|smuggling))?\s+(?:to|in|with|into)\s+(?:(?:at\s+least|more\s+than|over|some|about)\s+)?|(?<!\b(?:arrested|detained|apprehended|arrests?\s+of|detention\s+of)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?[\d,]+\s+(?:\w+\s+)?)\b(?:victims?|migrants?|nationals|people|individuals|persons|suspects?|citizens|children|women|men|workers|survivors|investors|customers|users|buyers|consumers|companies|accounts|numbers|calls|callers|messages|visitors|goods|products|shipments|parcels|travellers|passengers|judges|courts|ministers|governments|donors|criminals|offenders|perpetrators|fraudsters|traffickers|smugglers|players|members)\s+(?:(?!specialists|officers|investigators|police|experts|teams|authorities|agencies|units|forces|pursued|targeted|tracked|hunted|prosecuted|arrested|detained|apprehended)\w+\s+){0,2}(?:from|of|in)\s+(?:the\s+)?|(?<!\b(?:arrested|detained|apprehended|arrests?\s+of|detention\s+of)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?[\d,]+\s+(?:\w+\s+)?)\b(?:victims|migrants|suspects|fugitives|children|people|individuals|servers|domains|websites|addresses|accounts|devices|computers|searches|raids|seizures|investigations|premises|members|cells|branches|affiliates|operatives|associates|contacts|offices|embassies|consulates|attacks|institutions|banks)\b[^.;]{0,80}(?<!\b(?:arrested|detained|arrests))\s+in\s+|\b(?:found|located|born|originating|originated|came|coming)\s+(?:in|from)\s+|\b(?:arrested|detained|apprehended)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?[\d,]+\s+(?:people|individuals|persons|suspects|nationals|foreigners|migrants)\s+from\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?|\b(?:stolen|registered|manufactured|produced|issued|made)\s+in\s+|\b(?:its|their|our|whose|has|have|with|comprises|comprising|brings\s+together|unites|connected to|linked to|links to|related to|contact with|(?:INTERPOL|Interpol|Europol|AFRIPOL|Afripol|AMERIPOL|Ameripol|ASEANAPOL|Frontex|the\s+(?:organi[sz]ation|agency))['’]s)\s+|\b(?:networks?|groups?|gangs?|syndicates?|criminals?|organi[sz]ations?|schemes?|rings?)\s+(?:\w+\s+){0,2}?(?:operated|operate|operates|operating|were\s+active|are\s+active|active)\s+in\s+|\b(?:sell(?:s|ing)?|sold|export(?:s|ed|ing)?|ship(?:s|ped|ping)?|deployed|dispatched|seconded)\b[^.;]{0,60}\bto\s+|\b(?:used|available|downloaded|installed|distributed|marketed|sold|accessed)\s+in\s+|\b(?:moved|transported|trafficked|smuggled|routed|taken|passed|travell?ed|transited)\b[^.;]{0,40}\bthrough\s+|\b(?:ratified|signed|adopted|endorsed|approved)\s+by\s+(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?|\b(?:network|membership|organi[sz]ation|community|association)\s+(?:spans?|spanning|covers|covering)\s+|\b(?:countries|nations)\s?:\s[^.;]{1,200}?)/iy;

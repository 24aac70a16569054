import { NUMBER_WORDS } from '../../../../shared/words';
import { CUE, SCALE_WORD } from './numbers';

/**
 * The pieces the stat rules (stat-rules.ts) are written with: a figure with
 * its optional qualifier cue (`QN`), the describing words between a figure and
 * its noun, people, and "were"/"have been".
 */

const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const WORD_JOIN = '(?:\\s+and\\s+|[\\s-]+)';
/*
 * Linear time: a figure is read from the first word or digit group of a run.
 * A start on a later one ("two" in "one two three", "000" in "1 000 000")
 * can only reach ends that the earlier start already tried with the same
 * words after them, so it would find nothing new; on a 100 KB run of them
 * each such start rescans the rest of the run (quadratic). A start is skipped
 * only when the word or group before it could itself have started a figure.
 * (The word check looks back from the end of the first word, so that no
 * unbounded quantifier is reachable from a position where nothing was read.)
 */
const NOT_LATER_WORD = `(?<!(?<![\\d.,$€\u0080£#+])\\b(?:${NUMBER_WORD})${WORD_JOIN}(?:${NUMBER_WORD}))`;
const NOT_LATER_GROUP = '(?!(?<=(?<![\\d.$€\u0080£#+])\\d{1,3}[, ])\\d{3}(?!\\d))';
const WORDS = `(?:a\\s+(?=(?:hundred|thousand)\\b))?(?:${NUMBER_WORD})${NOT_LATER_WORD}(?:${WORD_JOIN}(?:${NUMBER_WORD}))*`;
const SCALE = `(?:\\s+(?:${SCALE_WORD}))?`;
const DIGITS = `\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?${SCALE}|\\d+(?:\\.\\d+)?${SCALE}`;
/** Optional qualifier cue, then the figure (captured as `num`). */
export const QN = `(?:(?:${CUE})\\s+)?(?:[~≈∼][^\\S\\n]?)?(?:a total of\\s+)?(?<![\\d.,$€\u0080£#+])(?<num>${NOT_LATER_GROUP}(?:${DIGITS})|\\b${WORDS}\\b)(?![\\d#]|[.,]\\d)(?:\\+(?![\\d+]))?`;
// After a figure, `\\s+(?!\\s)`: what follows never starts with a space, so giving
// spaces back one by one could only fail again; on 100 KB of spaces it would
// fail 100,000 times in each pattern.
/** Up to three describing words between a figure and its noun ("criminal", "law enforcement"), never another field's noun. */
export const ADJ =
  "(?:(?!(?:and|or|in|of|from|to|with|alone|only|each|every|were|was|been|have|has|had|while|but|by|for|at|across|as|the|their|its|countries|nations|officers|victims|migrants|investigations|cases|arrests|suspects|people|individuals|hours|days|weeks|months|years|vessels|boats|ships|vehicles|cars|trucks|lorries|containers|shipments|consignments|parcels|packages)\\b)[A-Za-z'-]+\\s+){0,3}?";
export const PERSONS =
  '(?:suspects?|people|persons?|individuals|men|women|members|offenders|(?:(?:narco|drug|people|human|arms|gun|migrant)-)?(?:traffickers|smugglers)|fugitives|criminals|nationals|perpetrators|cybercriminals|fraudsters|scammers|hackers|poachers|dealers|couriers|mules|facilitators|recruiters|ringleaders|captains|skippers|vendors|sellers|buyers|customers|administrators|moderators|operators|organi[sz]ers|accomplices|associates|leaders)';
/** People a release says were "held" or "in custody" as suspects: never victims or people in general. */
export const SUSPECTS =
  '(?:suspects?|offenders|traffickers|smugglers|fugitives|criminals|perpetrators|cybercriminals|fraudsters|scammers|hackers|poachers|dealers|couriers|mules|facilitators|recruiters|ringleaders)';
export const BE = '(?:(?:were|was|have\\s+(?:now\\s+|so\\s+far\\s+)?been|had been|being|are)\\s+)?';

// d: the figure's offset (match indices); u: \p{L} in names.
export const STAT_FLAGS = 'gidu';

// A country named right before "and" a count of partners: "from Australia and six partner nations" (not an agency).
export const ONE_COUNTRY_AND =
  /(?<![\p{L}])(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AFRIPOL|AMERIPOL|ASEANAPOL|UNODC|The)\s)\p{Lu}\p{Ll}+\s+and\s+$/u;

// A paragraph opening on one country's part of the operation ("The UK strand of the operation was led by …", "On UK
// soil,", "For the UK,"): its figures are that country's (sections.ts).
export const ONE_COUNTRY_PARAGRAPH =
  /^(?:(?:The|Its)\s+)?(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AFRIPOL|AMERIPOL|ASEANAPOL|The|This|Its)\b)\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?(?:'s)?\s+(?:strand|part|leg|side|share|contribution|component|arm)\s+of\s+the\s+(?:operation|action|crackdown)\b|^(?:On\s+\p{Lu}[\p{L}]+\s+soil|For\s+the\s+(?:UK|US|United\s+Kingdom|United\s+States|Netherlands|Philippines)|For\s+(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AFRIPOL|AMERIPOL|ASEANAPOL|Example|Instance|More|This|Its|Now|Years|Decades|Months|Weeks|Their|Our|Many|Some)\b)\p{Lu}[\p{L}]+)\s*,/u;

// One country named and the others counted: "Germany and twelve other countries", "Italy and in ten other countries"
// (read without the `i` flag, so that the name's capital is one: stat-rules.ts).
export const NAMED_AND_OTHERS = `(?<![\\p{L}])(?<plusOne>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+and\\s+(?:in\\s+)?${QN}\\s+other\\s+(?:countries|nations|jurisdictions|(?:EU\\s+)?member\\s+states)\\b`;
export const NAMED_FIRST =
  /^(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AFRIPOL|AMERIPOL|ASEANAPOL|UNODC|The|Police|Officers|It|This)\b)\p{Lu}/u;

// One profession of a list of them ("rangers", "customs officers", "police"), for officers listed with others.
export const PROFESSION =
  '(?:(?:police|customs|border|patrol|narcotics|drug|immigration|labou?r|wildlife|forest|park|port|coast|tax|postal|maritime|military|judicial|environmental|forensic)\\s+){0,2}(?:rangers|police|gendarmes|inspectors|prosecutors|analysts|soldiers|troops|guards|coastguards|investigators|agents|officials|officers|personnel|experts|specialists|staff|judges|magistrates|customs|immigration|environmental)';

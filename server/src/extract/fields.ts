import type { StatName, StatQualifier } from '../../../shared/stats';
import { findDateRanges } from './dates';
import { parseDigits, parseWords, qualifierBefore } from './numbers';
import { fold, sentences, type Sentence } from './text';
import { cueWindow, holdsAt, indexOf } from './looking-back';

/**
 * The press-release extractor: reads the six stats, the dates, the agency,
 * the headquarters and the codename from a release, each with the exact span
 * it read. Deterministic and conservative: a figure without a clear cue for
 * its field, a figure that two sentences disagree on, a figure about an
 * earlier edition or one country's share is left out, never guessed.
 */

export type ExtractedStat = { value: number; qualifier: StatQualifier; evidence: string };
export type ExtractedText = { value: string; evidence: string };
export type ExtractedFields = Partial<Record<StatName, ExtractedStat>> & {
  startDate?: ExtractedText;
  endDate?: ExtractedText;
  agency?: ExtractedText;
  codename?: ExtractedText;
  headquarters?: ExtractedText;
};

// ---------------------------------------------------------------- patterns

const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand';
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
const NOT_LATER_WORD = `(?<!(?<![\\d.,$€£#+])\\b(?:${NUMBER_WORD})${WORD_JOIN}(?:${NUMBER_WORD}))`;
const NOT_LATER_GROUP = '(?!(?<=(?<![\\d.$€£#+])\\d{1,3}[, ])\\d{3}(?!\\d))';
const WORDS = `(?:a\\s+(?=(?:hundred|thousand)\\b))?(?:${NUMBER_WORD})${NOT_LATER_WORD}(?:${WORD_JOIN}(?:${NUMBER_WORD}))*`;
const SCALE = '(?:\\s+(?:thousand|million|billion))?';
const DIGITS = `\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?${SCALE}|\\d+(?:\\.\\d+)?${SCALE}`;
const CUE =
  'approximately|around|about|some|nearly|almost|roughly|an estimated|close to|at least|more than|over|upwards of|in excess of|up to';
/** Optional qualifier cue, then the figure (captured as `num`). */
const QN = `(?:(?:${CUE})\\s+)?(?:a total of\\s+)?(?<![\\d.,$€£#+])(?<num>${NOT_LATER_GROUP}(?:${DIGITS})|\\b${WORDS}\\b)(?![\\d#]|[.,]\\d)`;
// After a figure, `\\s+(?!\\s)`: what follows never starts with a space, so giving
// spaces back one by one could only fail again; on 100 KB of spaces it would
// fail 100,000 times in each pattern.
/** Up to three describing words between a figure and its noun ("criminal", "law enforcement"), never another field's noun. */
const ADJ =
  "(?:(?!(?:and|or|in|of|from|to|with|were|was|been|have|has|had|while|but|by|for|at|across|as|the|their|its|countries|nations|officers|victims|migrants|investigations|cases|arrests|suspects|people|individuals|hours|days|weeks|months|years)\\b)[A-Za-z'-]+\\s+){0,3}?";
const PERSONS =
  '(?:suspects?|people|persons?|individuals|men|women|members|offenders|traffickers|smugglers|fugitives|criminals|nationals|perpetrators)';
const BE = '(?:(?:were|was|have been|had been|being|are)\\s+)?';

// d: the figure's offset (match indices); u: \p{L} in names.
const STAT_FLAGS = 'gidu';

interface FieldRule {
  patterns: RegExp[];
  /** A cue the whole sentence must carry (officers "took part", not "were injured"). */
  sentence?: RegExp;
  /** Words after the figure that make it something else. */
  refuseAfter?: RegExp;
  /** Words just before the match that make it something else ("victims from 30 countries"): a sticky lookbehind. */
  refuseBefore?: RegExp;
  refuseMatch?: (text: string, index: number, match: string) => boolean;
}

const STAT_RULES: Record<StatName, FieldRule> = {
  arrests: {
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:${PERSONS}\\s+)?${BE}(?:arrests?|arrested|detentions|detained|apprehended|apprehensions|taken into custody|placed under arrest)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:arrest(?:s|ed|ing)?|detain(?:ed|ing)?|apprehend(?:ed|ing)?)\\s+(?:of\\s+)?${QN}\\s+(?!\\s)${ADJ}${PERSONS}\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:arrest(?:s|ed|ing)?|apprehend(?:ed|ing)?)\\s+(?:of\\s+)?${QN}(?=\\s*(?:[,.;:)]|and\\b|$))`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:arrests|number of arrests)\\s+(?:totall?ed|reached|numbered|stood at|came to|rose to|amounted to|was|were)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
      // A list of figures: "Fugitives arrested: 186"
      new RegExp(`^[-•*]?\\s*(?:arrests|(?:[a-z]+\\s+)?arrested)\\s*:\\s*${QN}\\s*$`, STAT_FLAGS),
    ],
    // "detained or questioned": not all of them were arrested.
    refuseAfter:
      /^\s*(?:or|and\/or)\s+(?:questioned|interviewed|screened|checked|identified|released|fined|warned|searched)\b/i,
  },
  victimsIdentified: {
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:victims?|survivors)\\s+(?:of\\s+(?:[a-z-]+\\s+){1,3}?)?${BE}(?:identified|rescued|safeguarded|freed|recovered|found|located|removed from|taken to safety)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:identif(?:y|ied|ying)|rescu(?:e|ed|ing)|safeguard(?:ed|ing)?|free(?:d|ing)?|locat(?:ed|ing)|recover(?:ed|ing))(?:\\s+(?:and|or)\\s+[a-z]+)?\\s+(?:of\\s+)?${QN}\\s+(?!\\s)${ADJ}(?:victims?|survivors)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:rescu(?:e|ed|ing)|safeguard(?:ed|ing)?|free(?:d|ing)?)(?:\\s+(?:and|or)\\s+[a-z]+)?\\s+(?:of\\s+)?${QN}\\s+(?!\\s)${ADJ}(?:people|individuals|persons|women|children|minors|girls|boys)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:identif(?:y|ied|ying))(?:\\s+(?:and|or)\\s+[a-z]+)?\\s+${QN}\\s+(?!\\s)${ADJ}(?:people|individuals|persons|women|children|minors)\\s+(?:believed to be|thought to be|as|who were)\\s+(?:potential\\s+|possible\\s+|presumed\\s+|likely\\s+)?victims\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:people|individuals|persons|women|children|minors|girls|boys)\\s+${BE}(?:rescued|safeguarded|freed|(?:identified|recognised|recognized) as (?:potential |possible |presumed )?victims)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\bvictims\\s+(?:identified|rescued)\\s+(?:totall?ed|reached|numbered|stood at|came to)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
    ],
  },
  officers: {
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:officers|officials|personnel|agents|investigators|police(?:men|women)?|gendarmes|border guards|customs officers|staff|troops)\\b`,
        STAT_FLAGS
      ),
      // "900 customs and police officers"
      new RegExp(
        `${QN}\\s+(?!\\s)(?:[a-z-]+\\s+){1,2}?(?:and|or)\\s+(?:[a-z-]+\\s+){1,2}?(?:officers|officials|personnel|agents|investigators)\\b`,
        STAT_FLAGS
      ),
    ],
    sentence:
      /\b(?:participat\w*|took part|tak(?:e|es|ing) part|deploy\w*|mobili[sz]\w*|involv\w*|join\w*|engag\w*|contribut\w*|on duty|on the ground|worked|working|carried out|conduct\w*|supported|raided|inspected|searched|patrolled)\b/i,
    refuseAfter:
      /^\s+(?:were\s+|was\s+|have been\s+)?(?:injured|wounded|killed|hurt|attacked|arrested|suspended|trained)\b/i,
  },
  countries: {
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)(?:[A-Z][\\p{L}-]*\\s+){0,2}?(?:different\\s+|participating\\s+|member\\s+|partner\\s+)?(?:countries|nations|jurisdictions|member states|member countries|states|countries and territories)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:countries|nations|jurisdictions)\\s+(?:taking part|participating|involved)\\s+(?:was|were|numbered|totall?ed|reached|stood at)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
      // A list of figures: "Participating countries: 23"
      new RegExp(
        `^[-•*]?\\s*(?:participating\\s+)?(?:countries|nations)(?:\\s+(?:taking part|participating|involved))?\\s*:\\s*${QN}\\s*$`,
        STAT_FLAGS
      ),
    ],
    // "victims from 30 countries", "migrants of 40 nationalities": where people come from, not who took part.
    refuseBefore:
      /(?<=\b(?:victims?|migrants?|nationals|people|individuals|persons|suspects?|citizens|children|women|men|workers|survivors|investors|customers|users|buyers|consumers|companies|accounts|travellers|passengers)\s+(?:(?!specialists|officers|investigators|police|experts|teams|authorities|agencies|units|forces)\w+\s+){0,2}(?:from|of|in)\s+(?:the\s+)?|\b(?:victims|migrants|suspects|fugitives|children|people|individuals)\b[^.;]{0,80}\bin\s+|\b(?:found|located|born|originating|originated|came|coming)\s+(?:in|from)\s+|\b(?:its|their|our|has|have|with|comprises|comprising|connected to|linked to|links to|related to|contact with)\s+)/iy,
    // "the 27 EU Member States" is a membership; "the 13 participating states" took part.
    refuseMatch: (text, index, match) => holdsAt(AFTER_THE, text, index) && !/participat/i.test(match),
  },
  irregularMigrants: {
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:irregular|undocumented|illegal)\\s+(?:migrants|immigrants|border crossers)\\b`,
        STAT_FLAGS
      ),
      new RegExp(`${QN}\\s+(?!\\s)(?:irregular|undocumented)\\s+(?:migrants|immigrants)\\b`, STAT_FLAGS),
      new RegExp(`${QN}\\s+(?!\\s)(?:migrants|people|persons)\\s+in an irregular (?:situation|status)\\b`, STAT_FLAGS),
      new RegExp(
        `${QN}\\s+(?!\\s)(?:people|individuals|persons|migrants)\\s+(?:[\\w,-]+\\s+){0,7}?irregular migration\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\birregular migrants\\s+(?:\\w+\\s+){0,2}(?:totall?ed|numbered|reached|stood at|came to)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
    ],
  },
  investigationsOpened: {
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)(?:new\\s+)?${ADJ}(?:investigations|inquiries|probes|cases|case files)\\s+${BE}(?:opened|launched|initiated|started|begun|instigated|registered)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:open(?:ed|ing)?|launch(?:ed|ing)?|initiat(?:ed|ing)?|start(?:ed|ing)?|instigat(?:ed|ing)?)\\s+(?:of\\s+)?${QN}\\s+(?!\\s)(?:new\\s+)?${ADJ}(?:investigations|inquiries|probes|cases)\\b`,
        STAT_FLAGS
      ),
      new RegExp(`${QN}\\s+(?!\\s)new\\s+${ADJ}(?:investigations|inquiries|probes|cases)\\b`, STAT_FLAGS),
    ],
  },
};

// Words right after a figure that make it a duration, a share, money, an age or a weight.
const NOT_A_COUNT_AFTER =
  /^\s*(?:%|percent\b|per cent\b|per\s|hours?\b|days?\b|weeks?\b|months?\b|years?\b|minutes?\b|-year|-day|-hour|tonnes?\b|tons?\b|kg\b|kilo|grams?\b|litres?\b|km\b|kilometres?\b|miles?\b|USD\b|EUR\b|GBP\b|dollars?\b|euros?\b|pounds?\b)/i;
// Sticky lookbehinds, asked at the figure's position (see looking-back.ts).
const NOT_A_COUNT_BEFORE = /(?<=(?:[$€£¥]|US\$|\b(?:USD|EUR|GBP|aged|age|ages|worth|valued at))\s*)/iy;
const AFTER_THE = /(?<=\bthe\s+)/iy;

// An earlier edition or a comparison: its figures are not this operation's.
const EARLIER =
  /\b(?:last year|(?:previous|earlier|prior|preceding) (?:year|edition|editions|operation|operations|phase|action|actions|round|campaign)|(?:first|second|third) edition|a year (?:earlier|ago|before)|in the (?:last|previous) (?:edition|operation)|past editions|since (?:its )?(?:launch|inception|\d{4}))\b/i;
const COMPARED =
  /\b(?:compared (?:with|to)|up from|down from|versus|vs\.?|(?:higher|lower|greater|fewer|less) than)\b/gi;
// (a list of places, "in Armenia, Germany and Ukraine", is where it happened, not a share)
const SHARE_AFTER =
  /^\s+(?:(?:were|was)\s+\w+\s+)?(?:in|by)\s+(?:the\s+)?(?!Europe\b|Africa\b|Asia\b|Latin\b)[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?(?!\p{L}|,\s*[A-Z]|\s+and\s+[A-Z])/u;

// ---------------------------------------------------------------- masking

/** Digits in phone numbers, dates and times become '#': same length, so offsets stay true. */
function mask(text: string): string {
  const hide = (s: string) => s.replace(/\d/g, '#');
  let out = text;
  // Phone numbers: "+33 4 72 44 70 00", "(020) 7946 0000", "+1-202-555-0143".
  out = out.replace(/\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,}/g, hide);
  out = out.replace(/\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}/g, hide);
  out = out.replace(/\b\d{1,4}(?:[\s.-]\d{2,4}){2,}\b/g, (s) => (/^\d{1,3}(?: \d{3})+$/.test(s) ? s : hide(s)));
  // Dates and times. (Pieces joined once: splicing each range into the whole text was quadratic.)
  const pieces: string[] = [];
  let done = 0;
  for (const range of findDateRanges(out)) {
    pieces.push(out.slice(done, range.index), hide(range.evidence));
    done = range.index + range.evidence.length;
  }
  pieces.push(out.slice(done));
  out = pieces.join('');
  const MONTH =
    '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  out = out.replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?\\b`, 'gi'), hide);
  out = out.replace(new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'), hide);
  out = out.replace(new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'gi'), hide);
  out = out.replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|h)\b|\b\d{1,2}:\d{2}\b/gi, hide);
  return out;
}

// ---------------------------------------------------------------- stats

interface Candidate {
  value: number;
  qualifier: StatQualifier;
  start: number;
  end: number;
  partial: boolean;
  headline: boolean;
}

function readNumber(raw: string): number | null {
  const text = raw.trim();
  if (/^\d/.test(text)) return parseDigits(text);
  return parseWords(text);
}

// Asked per sentence once, not once per field: six scans of a 100 KB sentence add up.
const comparisons = new WeakMap<Sentence, number>();
function firstComparison(sentence: Sentence): number {
  let at = comparisons.get(sentence);
  if (at === undefined) {
    COMPARED.lastIndex = 0;
    at = COMPARED.exec(sentence.text)?.index ?? Infinity;
    comparisons.set(sentence, at);
  }
  return at;
}

function statCandidates(rule: FieldRule, sentence: Sentence, isEarlier: (s: Sentence) => boolean): Candidate[] {
  if (rule.sentence && !rule.sentence.test(sentence.text)) return [];
  const found: Candidate[] = [];
  for (const pattern of rule.patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
      const raw = m.groups!.num;
      const numAt = m.indices!.groups!.num[0];
      const value = readNumber(raw);
      if (value === null || value > 2_147_483_647) continue;
      const text = sentence.text;
      const after = text.slice(numAt + raw.length);
      if (NOT_A_COUNT_AFTER.test(after) || holdsAt(NOT_A_COUNT_BEFORE, text, numAt)) continue;
      if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && !/^\s+[a-z]/i.test(after)) continue;
      if (rule.refuseAfter?.test(text.slice(m.index + m[0].length))) continue;
      if (rule.refuseBefore && holdsAt(rule.refuseBefore, text, m.index)) continue;
      if (rule.refuseMatch?.(text, m.index, m[0])) continue;
      if (isEarlier(sentence) || firstComparison(sentence) < numAt) continue;
      const matchEnd = m.index + m[0].length;
      const index = indexOf(sentence);
      const partial =
        !sentence.headline &&
        (index.shareWordBefore(m.index) ||
          // "212 arrests in Spain" is Spain's share; "16 countries in the Americas" are all of them.
          (!/(?:countries|nations|states|jurisdictions|territories)$/i.test(m[0]) &&
            SHARE_AFTER.test(text.slice(matchEnd))) ||
          index.aloneBefore(m.index) ||
          index.opensOnOnePlaceBefore(m.index));
      const { qualifier } = qualifierBefore(cueWindow(text, numAt));
      found.push({
        value,
        qualifier,
        start: sentence.index + m.index,
        end: sentence.index + matchEnd,
        partial,
        headline: sentence.headline,
      });
    }
  }
  return found;
}

function resolveStat(candidates: Candidate[], original: string): ExtractedStat | undefined {
  const complete = candidates.filter((c) => !c.partial);
  // A headline rounds ("More than 500 arrests"); when the body states the figure, the body wins.
  const body = complete.filter((c) => !c.headline);
  const whole = body.length > 0 ? body : complete;
  const values = new Set(whole.map((c) => c.value));
  if (values.size !== 1) return undefined; // none, or sentences that disagree: leave it to the editor
  // The same figure hedged in one place and bare in another is hedged; a body
  // sentence is better evidence than the headline, and a fuller span better than a short one.
  const rank = (c: Candidate) => (c.qualifier !== 'exact' ? 4 : 0) + (c.headline ? 0 : 2);
  const chosen = whole.reduce((a, b) =>
    rank(b) > rank(a) || (rank(b) === rank(a) && b.end - b.start > a.end - a.start) ? b : a
  );
  return { value: chosen.value, qualifier: chosen.qualifier, evidence: original.slice(chosen.start, chosen.end) };
}

// ---------------------------------------------------------------- agency, HQ, codename

const AGENCIES: [string, RegExp][] = [
  ['INTERPOL', /\b(?:INTERPOL|Interpol|International Criminal Police Organi[sz]ation)\b/g],
  ['Europol', /\b(?:Europol|EUROPOL|European Union Agency for Law Enforcement Cooperation)\b/g],
  ['Frontex', /\b(?:Frontex|FRONTEX|European Border and Coast Guard Agency)\b/g],
  ['Eurojust', /\bEurojust\b/g],
  ['AFRIPOL', /\b(?:AFRIPOL|Afripol)\b/g],
  ['AMERIPOL', /\b(?:AMERIPOL|Ameripol)\b/g],
  ['ASEANAPOL', /\b(?:ASEANAPOL|Aseanapol)\b/g],
  ['GCCPOL', /\bGCCPOL\b/g],
  ['UNODC', /\b(?:UNODC|United Nations Office on Drugs and Crime)\b/g],
  ['World Customs Organization', /\b(?:World Customs Organi[sz]ation|WCO)\b/g],
];
const LEADS_BEFORE =
  /(?:coordinated|led|organi[sz]ed|run|spearheaded|conducted|directed|launched)\s+by\s+(?:the\s+)?$|under the (?:coordination|leadership|auspices|lead) of\s+(?:the\s+)?$/i;
// One way to read the spaces and the dash ("Europol - led"): `\s*(?:-\s*)?\s+` would split a run of spaces many ways.
const LEADS_AFTER =
  /^(?:'s)?(?:\s*-)?\s*(?:-?(?:led|coordinated)\b|(?<=\s)operation\b|(?:has\s+|have\s+)?(?:announced|coordinated|led|organi[sz]ed|ran|conducted|launched|said|reported|revealed)\b|'s (?:headquarters|General Secretariat|operational|command|coordination))/i;
// "coordinated by Europol and INTERPOL": the partner named first is read past.
const AND_PARTNER = /(?<!\s)\s+(?:and|&)\s+$/;
const PARTNER_NAME = /[\w-]/;

/** `before` without a trailing "<Name> and ": `before.replace(/[A-Z][\w-]*\s+(?:and|&)\s+$/, '')`, in linear time. */
function withoutPartner(before: string): string {
  const joined = AND_PARTNER.exec(before);
  if (!joined) return before;
  let name = joined.index;
  while (name > 0 && PARTNER_NAME.test(before[name - 1])) name -= 1;
  for (let i = name; i < joined.index; i += 1) if (/[A-Z]/.test(before[i])) return before.slice(0, i);
  return before;
}

interface Mention {
  value: string;
  start: number;
  end: number;
  lead: boolean;
}

function findAgency(work: string, original: string, skip: (index: number) => boolean): ExtractedText | undefined {
  const mentions: Mention[] = [];
  for (const [value, pattern] of AGENCIES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(work); m; m = pattern.exec(work)) {
      if (skip(m.index)) continue;
      const lead =
        // "coordinated by Europol and INTERPOL": both lead.
        LEADS_BEFORE.test(withoutPartner(work.slice(Math.max(0, m.index - 80), m.index))) ||
        LEADS_AFTER.test(work.slice(m.index + m[0].length, m.index + m[0].length + 40));
      mentions.push({ value, start: m.index, end: m.index + m[0].length, lead });
    }
  }
  const leading = new Set(mentions.filter((m) => m.lead).map((m) => m.value));
  const all = new Set(mentions.map((m) => m.value));
  const value = leading.size === 1 ? [...leading][0] : leading.size === 0 && all.size === 1 ? [...all][0] : null;
  if (!value) return undefined;
  const chosen = mentions.find((m) => m.value === value && m.lead) ?? mentions.find((m) => m.value === value)!;
  return { value, evidence: original.slice(chosen.start, chosen.end) };
}

const PLACE = "(?:The\\s+)?[A-Z][\\p{L}'-]+(?:\\s+(?:d'|de\\s+|del\\s+|of\\s+)?[A-Z][\\p{L}'-]+){0,2}";
const CENTRE = '(?:[Cc]entre|[Cc]enter|[Hh]ub|[Uu]nit|[Rr]oom|[Pp]ost|[Cc]ell|[Dd]esk)';
const HQ = new RegExp(
  `\\b(?:(?:[Hh]eadquarters|[Hh]eadquartered|HQ|(?:General\\s+)?Secretariat|Global Complex for Innovation|(?:Regional\\s+)?Bureau|(?:(?:[Cc]ommand|[Oo]perational|[Oo]perations|[Cc]oordination|[Cc]o-ordination|[Ff]usion)\\s+(?:and\\s+(?:[Cc]ommand|[Cc]oordination|[Cc]ontrol)\\s+)?)${CENTRE})(?:\\s+[–-]\\s+[A-Z][\\p{L}-]*)?(?:\\s+\\([^)]{1,20}\\))?|coordinated\\s+from\\s+(?:a|an|the|its)\\s+(?:[a-z-]+\\s+){0,3}?${CENTRE})\\s+(?:(?:set up|established|based|located)\\s+)?(?:of\\s+(?:[\\p{L}'-]+\\s+){1,5}?)?(?:in|at)\\s+(?<place>${PLACE}(?:,\\s+(?:the\\s+)?${PLACE})?)`,
  'gu'
);
// A place tied to running this operation beats the agency's seat in its boilerplate.
// Sticky lookbehind, asked where the headquarters match starts (see looking-back.ts).
const RUN_FROM =
  /(?<=\b(?:run|ran|coordinated|directed|led|managed|steered)\s+(?:from|through|out of|at)\s+(?:[\p{L}'-]+\s+){0,6})/iuy;
const RUNS_IT = /\b(?:coordinat\w*|co-ordinat\w*|the operation|directed|run from|ran from|led from|steered)\b/i;

function findHeadquarters(
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
  if (found.length === 0) return undefined;
  // "Lyon" and "Lyon, France" are one place: keep the fuller name.
  let fullest = found.reduce((a, b) => (b.value.length > a.value.length ? b : a));
  if (!found.every((f) => fullest.value.startsWith(f.value))) return undefined;
  // "run from its headquarters in Lyon" … "headquarters in Lyon, France": the same place, named in full.
  for (const f of all)
    if (f.value.length > fullest.value.length && f.value.startsWith(`${fullest.value},`)) fullest = f;
  return { value: fullest.value, evidence: original.slice(fullest.start, fullest.end) };
}

const NAME = "[A-Z][\\p{L}\\d'-]*(?:\\s+(?:[A-Z][\\p{L}\\d'-]*|[IVXLC]+\\b|\\d+(?:\\.\\d+)?\\b))*";
const CODENAMED = new RegExp(
  `\\b(?:code-?named|codenamed|dubbed|known as|named|called)\\s+["']?(?:Operation\\s+)?(?<name>${NAME})`,
  'gu'
);
const OPERATION = new RegExp(`\\bOperation\\s+(?<name>${NAME})`, 'gu');

function cleanName(name: string): string {
  return name.replace(/'s$/, '').replace(/(?<!\s)\s+(?:The|A|An|In|On|At|By|For|To|And|Of)$/, '');
}

function findCodename(
  work: string,
  original: string,
  list: Sentence[],
  skip: (index: number) => boolean
): ExtractedText | undefined {
  const pick = (pattern: RegExp, allowHeadline: boolean) => {
    const found: { value: string; start: number; end: number }[] = [];
    for (const sentence of list) {
      if ((sentence.headline && !allowHeadline) || skip(sentence.index)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        const name = cleanName(m.groups!.name);
        if (name.length > 120 || /^(?:The|This|That|It)$/.test(name)) continue;
        const start = sentence.index + m.index;
        const nameAt = start + m[0].indexOf(m.groups!.name);
        found.push({ value: original.slice(nameAt, nameAt + name.length), start, end: nameAt + name.length });
      }
    }
    const names = new Set(found.map((f) => f.value));
    return names.size === 1 ? found[0] : names.size > 1 ? null : undefined;
  };
  const cued = pick(CODENAMED, false);
  const chosen = cued === undefined ? pick(OPERATION, false) : cued;
  if (!chosen) return undefined;
  return { value: chosen.value, evidence: original.slice(chosen.start, chosen.end) };
}

// ---------------------------------------------------------------- entry point

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function extractFields(text: string): ExtractedFields {
  const original = text;
  const folded = fold(text);
  const work = mask(folded);
  const list = sentences(work);
  // The last sentence starting at or before `index` (binary search: asked once per mention).
  const sentenceAt = (index: number) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid].index <= index) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? list[low - 1] : undefined;
  };
  // The year of the operation: of its period when the release gives one, else the latest year it names.
  const years = [...folded.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const fields: ExtractedFields = {};

  const ranges = findDateRanges(folded);
  const earlierThanRelease = (text: string, year: number) =>
    [...text.matchAll(/\b((?:19|20)\d\d)(?:'s)?\s+(?:edition|operation|phase|round|campaign)\b/gi)].some(
      (m) => Number(m[1]) < year
    );
  const isEarlierText = (text: string, year: number) => EARLIER.test(text) || earlierThanRelease(text, year);
  const latestYear = years.length ? Math.max(...years) : 0;
  const current = ranges.filter((range) => !isEarlierText(sentenceAt(range.index)?.text ?? '', latestYear));
  const distinct = new Set(current.map((r) => `${r.startDate}/${r.endDate}`));
  if (distinct.size === 1) {
    const [range] = current;
    const evidence = original.slice(range.index, range.index + range.evidence.length);
    fields.startDate = { value: range.startDate, evidence };
    fields.endDate = { value: range.endDate, evidence };
  }
  const year = fields.startDate ? Number(fields.startDate.value.slice(0, 4)) : latestYear;
  const isEarlier = (index: number) => {
    const sentence = sentenceAt(index);
    return sentence ? isEarlierText(sentence.text, year) : false;
  };

  const codename = findCodename(work, original, list, isEarlier);
  if (codename) fields.codename = codename;
  // Another operation named in a sentence ("Operation Liberterra II") makes its figures someone else's.
  const otherNames = codename ? new RegExp(`\\bOperation\\s+(?!${escapeRegExp(codename.value)}\\b)[A-Z]`, 'u') : null;
  // "Thornveld 3, held in 2024, …" when this is Thornveld 4: another edition of the same operation.
  const edition = codename && /^(.*\S)\s+(\d+|[IVXLC]+)$/.exec(codename.value);
  const otherEdition = edition
    ? new RegExp(`\\b${escapeRegExp(edition[1])}\\s+(?!${edition[2]}\\b)(?:\\d+|[IVXLC]+)\\b`)
    : null;
  // "… took place in 2024 and led to 311 arrests", in a release about 2025.
  const pastYear = (text: string) =>
    [...text.matchAll(/\b(?:in|during|of)\s+((?:19|20)\d\d)\b/g)].some((m) => Number(m[1]) < year) &&
    /\b(?:held|ran|run|conducted|carried out|took place|resulted in|led to|saw)\b/i.test(text);
  const earlierSentences = new Map<Sentence, boolean>();
  const isEarlierSentence = (sentence: Sentence) => {
    let earlier = earlierSentences.get(sentence);
    if (earlier === undefined) {
      earlier = isEarlierAsWritten(sentence);
      earlierSentences.set(sentence, earlier);
    }
    return earlier;
  };
  const isEarlierAsWritten = (sentence: Sentence) =>
    isEarlierText(sentence.text, year) ||
    (otherNames?.test(sentence.text) ?? false) ||
    (otherEdition?.test(sentence.text) ?? false) ||
    (year > 0 && pastYear(sentence.text));

  for (const [stat, rule] of Object.entries(STAT_RULES) as [StatName, FieldRule][]) {
    const candidates = list.flatMap((sentence) => statCandidates(rule, sentence, isEarlierSentence));
    const resolved = resolveStat(candidates, original);
    if (resolved) fields[stat] = resolved;
  }

  const agency = findAgency(work, original, isEarlier);
  if (agency) fields.agency = agency;
  const headquarters = findHeadquarters(list, original, isEarlier);
  if (headquarters) fields.headquarters = headquarters;
  return fields;
}

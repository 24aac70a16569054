import { MONTHS, NUMBER_WORDS } from '../../../../shared/words';
import type { DateBuilder, DatePairs } from '../languages/types';

/**
 * Date ranges as English releases write them:
 * "from November 10 to November 21, 2025", "10–21 Nov 2025",
 * "29 September to 4 October 2024", "between 3 and 7 March 2025".
 * A year stated once applies to both ends. Anything else is left out.
 */

/**
 * A month as releases write it, as a pattern: each month's name, then its
 * short forms (`january|jan|…|september|sept|sep|…`), longest first.
 */
export const MONTH_NAME = MONTHS.flatMap((month) => [month.name, ...month.short]).join('|');
const MONTH = `(${MONTH_NAME})\\.?`;
// "Monday 17 March": a weekday before the day is read past.
// ("between the night of Thursday 28 and the morning of Friday 29": a time of day before the weekday)
const DAY =
  '(?:(?:the\\s+)?(?:night|morning|evening|afternoon)\\s+of\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// ("ended on Thursday, January 9": a weekday before the month, where the month comes first)
const MONTH_DAY = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?${MONTH}\\s+${DAY}`;
// One way only to read the spaces and the comma: "\s*,?\s*" splits a run of
// spaces between its two stars in n ways and backtracks quadratically.
const TO = '\\s*(?:,\\s*)?(?:[–\u0096]|[—\u0097]|-|to|until|through|and)\\s*';
// A day in a list ("3, 4 and 5") is read from the list's first day: a start on
// a later day of the same list would only retry what the first start tried,
// and on "1,1,1,…" each such retry rescans the rest of the list.
const NOT_LATER_IN_LIST = '(?!\\d(?<=\\d(?:st|nd|rd|th)?,\\s*\\d))';

// A length in days, as a word ("five days"): up to sixty.
const DAY_COUNT = Object.keys(NUMBER_WORDS)
  .filter((word) => NUMBER_WORDS[word] >= 1 && NUMBER_WORDS[word] <= 60)
  .join('|');
// The two ends of a period told as its start and its end.
const STARTED = '(?:started|began|commenced|opened|kicked\\s+off|was\\s+launched)';
const ENDED = '(?:ended|finished|concluded|closed|wrapped\\s+up|(?:ran|lasted|continued)\\s+until)';

export const monthOf = (name: string): number =>
  MONTHS.findIndex((m) => m.name.startsWith(name.toLowerCase().slice(0, 3))) + 1;

// A day written in figures with dots, the day first ("25.12.2025"), and a time of day before it ("8 PM", "6:30 am").
const DOTTED = '(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.]\\d)';
const CLOCK = '\\d{1,2}(?::\\d{2})?\\s?(?:[AaPp]\\.?[Mm]\\.?)';

/** The English range patterns, tried in order. */
export const EN_DATE_RANGES: [RegExp, DateBuilder][] = [
  // "throughout October 2018", "for the whole of May 2024", "during the entire month of March 2023": a whole month
  [
    new RegExp(
      `\\b(?:throughout|(?:for|during|over)\\s+the\\s+(?:whole|entire)(?:\\s+month)?\\s+of|(?:for|during|over)\\s+the\\s+(?:whole|entire|full)\\s+month\\s+of)\\s+(?:the\\s+month\\s+of\\s+)?${MONTH},?\\s+${YEAR}`,
      'gi'
    ),
    (m) => {
      const [year, month] = [Number(m[2]), monthOf(m[1])];
      return [year, month, 1, year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()];
    },
  ],
  // "on 3, 4 and 5 December 2025": a list of days runs from the first to the last
  [
    new RegExp(`${NOT_LATER_IN_LIST}${DAY}((?:,\\s*\\d{1,2})+),?\\s+and\\s+${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
    (m) => {
      const year = Number(m[5]);
      const month = monthOf(m[4]);
      return [year, month, Number(m[1]), year, month, Number(m[3])];
    },
  ],
  // "from 12.12.2022 to 30.12.2022", "from 8 PM on 25.12.2025 to 8 AM on 26.12.2025": days in figures, the day first
  // and the year whole, as India and much of the world write them (never month first: no slash is read)
  [
    new RegExp(
      `\\b(?:from|between)\\s+(?:${CLOCK}\\s+on\\s+)?${DOTTED}\\s+(?:to|until|till|and)\\s+(?:${CLOCK}\\s+on\\s+)?${DOTTED}`,
      'g'
    ),
    (m) => {
      const [d1, m1, y1, d2, m2, y2] = m.slice(1, 7).map(Number);
      return m1 > 12 || m2 > 12 ? null : [y1, m1, d1, y2, m2, d2];
    },
  ],
  // November 10 to November 21, 2025  |  November 10 to 21, 2025
  [
    new RegExp(`${MONTH}\\s+${DAY}(?:,\\s*${YEAR})?${TO}(?:${MONTH}\\s+)?${DAY},?\\s+${YEAR}`, 'gi'),
    (m) => {
      const endYear = Number(m[6]);
      const startYear = m[3] ? Number(m[3]) : endYear;
      const endMonth = m[4] ? monthOf(m[4]) : monthOf(m[1]);
      return [startYear, monthOf(m[1]), Number(m[2]), endYear, endMonth, Number(m[5])];
    },
  ],
  // 29 September to 4 October 2024  |  29 September 2024 to 4 October 2024
  [
    new RegExp(`${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${TO}${DAY}\\s+${MONTH}\\s+${YEAR}`, 'gi'),
    (m) => {
      const endYear = Number(m[6]);
      return [m[3] ? Number(m[3]) : endYear, monthOf(m[2]), Number(m[1]), endYear, monthOf(m[5]), Number(m[4])];
    },
  ],
  // 10–21 Nov 2025  |  between 3 and 7 March 2025
  [
    new RegExp(`${DAY}${TO}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
    (m) => {
      const year = Number(m[4]);
      const month = monthOf(m[3]);
      return [year, month, Number(m[1]), year, month, Number(m[2])];
    },
  ], // the 9th to the 20th of June 2025  |  the 30th of May to the 2nd of June 2025
  [
    new RegExp(`\\bthe\\s+${DAY}(?:\\s+of\\s+${MONTH})?${TO}the\\s+${DAY}\\s+of\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
    (m) => {
      const year = Number(m[5]);
      const endMonth = monthOf(m[4]);
      return [year, m[2] ? monthOf(m[2]) : endMonth, Number(m[1]), year, endMonth, Number(m[3])];
    },
  ],
  // started on 2 June and ended on 29 June 2025  |  began on June 2 and concluded on June 29, 2025
  [
    new RegExp(
      `\\b${STARTED}\\s+on\\s+(?:${DAY}\\s+${MONTH}|${MONTH_DAY})(?:,?\\s+${YEAR})?,?\\s+and\\s+${ENDED}\\s+(?:on\\s+)?(?:${DAY}\\s+${MONTH}|${MONTH_DAY}),?\\s+${YEAR}`,
      'gi'
    ),
    (m) => {
      const endYear = Number(m[10]);
      const [startDay, startMonth] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
      const [endDay, endMonth] = m[6] ? [m[6], m[7]] : [m[9], m[8]];
      return [
        m[5] ? Number(m[5]) : endYear,
        monthOf(startMonth),
        Number(startDay),
        endYear,
        monthOf(endMonth),
        Number(endDay),
      ];
    },
  ],
  // began on Monday 15 September 2014 and lasted nine days, until Tuesday 23 September: the start's year for both
  [
    new RegExp(
      `\\b${STARTED}\\s+on\\s+(?:${DAY}\\s+${MONTH}|${MONTH_DAY}),?\\s+${YEAR},?\\s+and\\s+(?:${ENDED}|(?:lasted|ran|continued)\\s+(?:for\\s+)?[a-z-]+\\s+(?:days|weeks),?\\s+until)\\s+(?:on\\s+)?(?:${DAY}\\s+${MONTH}|${MONTH_DAY})(?![,\\s]*\\d)`,
      'gi'
    ),
    (m) => {
      const year = Number(m[5]);
      const [startDay, startMonth] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
      const [endDay, endMonth] = m[6] ? [m[6], m[7]] : [m[9], m[8]];
      const endYear = monthOf(endMonth) < monthOf(startMonth) ? year + 1 : year;
      return [year, monthOf(startMonth), Number(startDay), endYear, monthOf(endMonth), Number(endDay)];
    },
  ],
  // over five days starting on Monday 25 September 2017  |  for 3 days from 4 May 2024: the length gives the end
  [
    new RegExp(
      `\\b(?:over|for|during|in)\\s+(?:the\\s+)?(\\d{1,2}|${DAY_COUNT})\\s+days?,?\\s+(?:starting|beginning|commencing|from)\\s+(?:on\\s+)?(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY}),?\\s+${YEAR}`,
      'gi'
    ),
    (m) => {
      const days = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
      const [startDay, startMonth] = m[2] ? [m[2], m[3]] : [m[5], m[4]];
      if (!days || days > 60) return null;
      const start = new Date(Date.UTC(Number(m[6]), monthOf(startMonth) - 1, Number(startDay)));
      const end = new Date(start.getTime() + (days - 1) * 86_400_000);
      return [
        start.getUTCFullYear(),
        start.getUTCMonth() + 1,
        start.getUTCDate(),
        end.getUTCFullYear(),
        end.getUTCMonth() + 1,
        end.getUTCDate(),
      ];
    },
  ],
  // acted together on Tuesday 4 April 2023  |  the action day of 4 April 2023  |  carried out coordinated arrests and
  // searches against … on Tuesday 7 June 2005: one day, the start and the end
  [
    new RegExp(
      `\\b(?:(?:acted|struck|moved|swooped|took action|went into action)\\s+(?:together|simultaneously|jointly|at once|in concert)|(?:action|enforcement) day|day of action|(?:carried out|conducted|staged|made)\\s+(?:coordinated|simultaneous|joint)\\s+(?:arrests|raids|searches)(?:\\s+and\\s+(?:arrests|raids|searches))?(?:\\s+(?:against|targeting|on)\\s+[^.;,]{1,60}?)?)\\s+(?:on|of|held on)\\s+(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY}),?\\s+${YEAR}`,
      'gi'
    ),
    (m) => {
      const [day, month] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
      const date: [number, number, number] = [Number(m[5]), monthOf(month), Number(day)];
      return [...date, ...date];
    },
  ],
];

const MONTH_WORD = `(?:${MONTH_NAME})\\.?`;
/** Single dates and times, masked so their digits are never read as figures. */
export const EN_SINGLE_DATES: RegExp[] = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}(?:,?\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b${MONTH_WORD}\\s+\\d{4}\\b`, 'gi'),
];

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+';
const ORDINAL = '(?:st|nd|rd|th)?';
// A month's short form may take a full stop ("Sept."); its full name never does ("until 23 September." ends a sentence).
const PAIR_MONTH = `(?:${MONTHS.map((month) => month.name).join('|')}|(?:${MONTHS.flatMap((month) => month.short).join('|')})\\.?)(?![a-z])`;
const NO_WEEKDAY = new RegExp(`^${WEEKDAY}`, 'i');
const WRITTEN_DAY = /(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([a-z]+)|(?<![a-z])([a-z]+)\.?\s+(\d{1,2})/i;
/** A period told by its two ends (dates.ts): "began on 15 September 2014 and lasted until 23 September". */
export const EN_DATE_PAIRS: DatePairs = {
  starts:
    '(?:(?:began|begun|started|commenced|kicked\\s+off|launched|got\\s+under\\s+way)(?:\\s+at\\s+(?:\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|hrs|hours)?|midnight|noon|dawn)|\\s+before\\s+dawn|(?:\\s+(?!on\\b)[a-z]+){1,3}?)\\s+on(?:\\s+the)?|(?:began|begun|started|commenced|opened|kicked\\s+off|launched|got\\s+under\\s+way|starting|beginning|commencing|from|between)(?:\\s+on)?(?:\\s+the)?(?:\\s+(?:morning|evening|night)\\s+of)?)',
  // (and "closed two weeks later, on 14 September"; a time of day: "started at 6am on Thursday 9 May and ended at
  // 11.59pm on Sunday 12 May"; "began before dawn on Tuesday 16 October 2012 and ended on the evening of Wednesday 17
  // October"; "was wound up by 6 am on Saturday, 4 February")
  ends: '(?:(?:ended|finished|concluded|closed|wrapped\\s+up|(?:was\\s+)?wound\\s+up)(?:\\s+(?:at|by)\\s+(?:\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|hrs|hours)?|midnight|noon|dawn))?(?:\\s+[a-z\\d-]+\\s+(?:days?|weeks?)\\s+later,?)?|(?:ran|lasted|continued|went\\s+on|running|lasting|continuing)\\s+until|until(?:\\s+\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)\\s+on)?|till|through|to|and)(?:\\s+on)?(?:\\s+the)?(?:\\s+(?:morning|evening|night)\\s+of)?',
  endsNext:
    '(?:(?:ended|finished|concluded|closed|wrapped\\s+up|(?:was\\s+)?wound\\s+up)(?:\\s+(?:at|by)\\s+(?:\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|hrs|hours)?|midnight|noon|dawn))?(?:\\s+[a-z\\d-]+\\s+(?:days?|weeks?)\\s+later,?)?|(?:ran|lasted|continued|went\\s+on)\\s+until)(?:\\s+on)?(?:\\s+the)?',
  date: `(?:${WEEKDAY})?(?:\\d{1,2}${ORDINAL}(?:\\s+of)?\\s+${PAIR_MONTH}|${PAIR_MONTH}\\s+\\d{1,2}${ORDINAL}(?![\\d]))(?:,?\\s+\\d{4}(?!\\d))?`,
  day: `(?:${WEEKDAY})?\\d{1,2}${ORDINAL}(?=\\s*(?:[,;.)]|$)|\\s+of\\s+(?:the\\s+same|that)\\s+month\\b)`,
  weekday: '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  actedOn:
    '(?:arrested|detained|raided|searched|(?:were|was)\\s+(?:arrested|detained|carried\\s+out|conducted))(?:\\s[^\\s.;!?]+){0,16}?\\s(?:on|in\\s+the\\s+early\\s+hours\\s+of)',
  attended:
    "(?:had\\s+)?(?:attended|completed|undergone|underwent|took\\s+part\\s+in|taken\\s+part\\s+in)\\s+(?:\\(?[\\p{L}'’-]+\\)?,?\\s+){0,6}?(?:workshop|training|course|seminar|conference|meeting)s?",
  // (or an event the operation was held before: "the Olympics, which run from 5 to 21 August")
  gathering:
    '\\b(?:Games|Olympics|World\\s+Cup|[Cc]hampionships?|[Tt]ournament|[Ff]estival|[Cc]arnival|[Ee]lections?)(?:,\\s+which|\\s+itself)?\\s+(?:will\\s+)?(?:run|runs|ran|take\\s+place|takes\\s+place|took\\s+place|(?:are|is|were|was)\\s+held)\\s+(?:from|between)(?:\\s+the)?|\\b(?:met|convened)(?:\\s+[\\w-]+,?){0,5}?\\s+(?:on|from|between)(?:\\s+the)?|\\b(?:planned|prepared)\\s+(?:the\\s+)?(?:action|operation|raids?)\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}\\x27-]*(?:\\s+\\p{Lu}[\\p{L}\\x27-]*)?\\s+(?:on|from|between)(?:\\s+the)?|\\b(?:training|course|workshop|seminar|conference|meeting|debriefing|briefing|webinar|summit|preparatory\\s+phase|preparation\\s+phase|trial|hearing|court|scheme|amnesty|(?:were|was|been)\\s+trained)s?,?(?:\\s+\\(?[\\p{L}\\d\\x27-]+\\)?,?){0,12}?\\s+(?:from|between|on|(?:took\\s+place|was\\s+held|were\\s+held|ran)(?:\\s+(?:from|between|on))?)(?:\\s+the)?',
  // (not a later part of it: "The latest arrests took place on 4 November")
  tookPlace:
    '\\b(?:took(?<!\\b(?:latest|last|final|earlier|later|previous|first|second)\\s(?:arrests|raids|searches|seizures|actions)\\stook)\\s+place|was\\s+(?:carried\\s+out|conducted|executed)|carried\\s+out|were\\s+(?:carried\\s+out|conducted)|(?:single|one)\\s+(?:joint\\s+|international\\s+|coordinated\\s+)?action\\s+day,?|(?:action\\s+day|day\\s+of\\s+action),?\\s+(?:was\\s+)?held|were\\s+(?:arrested|detained)(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:,?\\s+\\p{Lu}[\\p{L}-]*){0,2},?)?)\\s+on(?:\\s+the)?|\\b(?:arrested|detained)\\s+(?:[\\p{L}\\d-]+\\s+){1,3}?on(?:\\s+the)?|\\bon\\s+a\\s+single\\s+day,?|\\b(?:carried\\s+out|conducted)\\s+operation\\s+(?:[^\\s.,;]+\\s+){1,3}?on|\\b(?:[Ii]n\\s+the\\s+early\\s+hours\\s+of|(?<!\\b(?:began|begun|started|commenced|launched|opened)(?:\\s+the\\s+(?:operation|raids))?\\s)(?:at|before)\\s+dawn\\s+on)',
  // ("Operation Mare started on 3 June 2024": its name may stand between; and an agency that launches the operation on its first day: "will launch Joint Operation Triton on Saturday,
  // 1 November 2014")
  // (or a sentence opening on it: "Launched on 4 April, the operation …")
  // ("Operation Relentless II, the anti-gang initiative launched by the Jamaica Constabulary Force (JCF) on Friday")
  // ("the ongoing national operation code-named \"No to Dangerous Drugs\", which was launched countrywide on Monday, 30
  // January 2023")
  opened:
    '(?<=^|[.!?]\\s|\\n)(?:Launched|Begun|Started)\\s+on(?:\\s+the)?|\\bOperation\\s+\\p{Lu}[\\p{L}\\d\x27-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d\x27-]*){0,2},[^.;]{0,120}?\\b(?:(?:which\\s+was|initiative|operation|crackdown|campaign|drive|offensive)\\s+launched(?:\\s+by\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\x27-]*(?:\\s+\\p{Lu}[\\p{L}\x27-]*){0,4}(?:\\s+\\(\\p{Lu}{2,8}\\))?)?|which\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\x27-]*\\s+){1,5}?(?:launched|began|started))\\s+on(?:\\s+the)?|(?<=^|[.!?]\\s|\\n)(?!(?:The|This|It|He|She|They|We)\\s)\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}\\s+(?:was|had\\s+been)\\s+launched(?:\\s+at\\s+(?:dawn|daybreak|midnight))?\\s+on(?:\\s+the)?|(?<=^|[.!?]\\s|\\n)(?:The\\s+(?:checks|inspections|controls|searches|patrols|deployments)|Checks|Inspections|Controls|Searches|Patrols|Deployments)\\s+(?:began|started|commenced|got\\s+under\\s+way)\\s+on(?:\\s+the)?|\\b(?:operation|mission|campaign|crackdown|drive|offensive|it|(?:action|operational|enforcement)\\s+phase)(?:,\\s+(?:a|an|the)\\s+[^,.;]{1,40},|,?\\s+(?:code-?named|dubbed|called|named)\\s+[^,.;]{1,60},)?(?:,?\\s+which)?(?:\\s+(?!(?:was|had|has|began|begun|started|commenced|kicked|got|on|in|and)\\b)[\\p{L}\\d\x27’-]+){0,3}?\\s+(?:(?:was|had\\s+been|has\\s+been)\\s+(?:launched|relaunched|started|opened)(?:\\s+(?:countrywide|nationwide|statewide|simultaneously|officially|formally))?(?:\\s+at\\s+(?:dawn|daybreak|midnight))?|(?:has\\s+|had\\s+)?(?:began|begun|started|commenced|kicked\\s+off|got\\s+under\\s+way)(?:\\s+at\\s+(?:dawn|daybreak|midnight))?)\\s+on(?:\\s+the)?(?:\\s+(?:night|morning|evening)\\s+of)?|\\b(?:will\\s+launch|launched|launches)\\s+(?:joint\\s+)?operation(?:\\s+(?!on\\b)[\\p{L}\\d-]+){1,3}\\s+on(?:\\s+the)?|\\blaunched\\s+the\\s+operation\\s+(?:at\\s+(?:dawn|daybreak)\\s+)?on(?:\\s+the)?|\\b(?:crackdown|operation|offensive|campaign|drive)\\s+(?:(?:they|we|it)\\s+)?launched\\s+on(?:\\s+the)?|\\b(?:took\\s+place|ran|was\\s+(?:held|conducted|carried\\s+out|run))\\s+(?:during|in|over|throughout)\\s+the\\s+week\\s+(?:of|beginning|starting)(?:\\s+the)?',
  // ("The raids on Wednesday, 11 September 2024, launched Ops Global": the first day of an operation that goes on)
  launchedAfter: ',?\\s+(?:launched|began|started|kicked\\s+off)\\s+(?:Operation|Ops?\\.?|the\\s+operation)\\s',
  endedBefore:
    '(?<![\\p{L}])(?:terminated|ended|concluded|wrapped\\s+up|brought\\s+an\\s+end\\s+to)\\s+(?:Operation|Ops?\\.?|the\\s+operation)\\s+(?:[\\p{Lu}\\d][\\p{L}\\d-]*\\s+){0,3}(?:(?:yesterday,?|last\\s+night,?|on)\\s+)?',
  closed:
    '\\b(?:operation|mission|it|(?:action|operational|enforcement)\\s+phase)[^.;!?\\n]{0,150}?(?<=\\s)(?:ended|concluded|finished|closed|wrapped\\s+up|came\\s+to\\s+an\\s+end|drew\\s+to\\s+a\\s+close|(?:was|were)\\s+(?:stood\\s+down|completed))(?:\\s+(?:last\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s?,|\\s+after\\s+[a-z\\d-]+\\s+(?:days|weeks)\\s?,)?(?:\\s+at\\s+(?:midnight|noon|dawn))?\\s+on(?:\\s+the)?',
  read(written) {
    const dated = written.replace(NO_WEEKDAY, '');
    const m = WRITTEN_DAY.exec(dated);
    const year = /\b(\d{4})\b/.exec(dated);
    if (!m) {
      const day = /(\d{1,2})/.exec(dated);
      return day ? [Number(day[1]), null, null] : null;
    }
    const [day, month] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
    const n = monthOf(month);
    return n > 0 ? [Number(day), n, year ? Number(year[1]) : null] : [Number(day), null, null];
  },
};

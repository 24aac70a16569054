import { NUMBER_WORDS } from '../../../../shared/words';
import { EN_PLANNED } from '../languages/planned';
import { LIST_BULLET } from '../languages/list-lines';
import { NUMBER_LED_NAME } from '../languages/names';
import type { LanguageRules } from '../languages/types';
import { ANNOUNCED_BY, LED_BY } from './bodies';
import { EN_DATE_PAIRS, EN_DATE_RANGES, EN_SINGLE_DATES, MONTH_NAME } from './dates';

// A month's names as written in a sentence: capitalised ("May", "Sept").
const MONTH_WRITTEN = MONTH_NAME.split('|')
  .map((name) => `[${name[0].toUpperCase()}${name[0]}]${name.slice(1)}`)
  .join('|');
import { EN_EDITION, LATER_ORDINAL, ordinal } from './editions';
import { BRACKETED, CUE, parseDigits, parseWords, qualifierBefore } from './numbers';
import { ONE_COUNTRY_PARAGRAPH, QN } from './figure-patterns';
import { STAT_RULES } from './stat-rules';

/**
 * English: how English releases write figures, cues, dates, shares, earlier
 * editions, codenames, agencies and headquarters.
 */

// Words right after a figure that make it a duration, a share, money, an age or a weight.
// ("two dozen people": not two, and said too roundly to read)
const NOT_A_COUNT_AFTER =
  /^\s*(?:%|percent\b|per cent\b|per\s|hours?\b|days?\b|weeks?\b|months?\b|years?\b|minutes?\b|-year|-day|-hour|tonnes?\b|tons?\b|kg\b|kilo|grams?\b|litres?\b|km\b|kilometres?\b|miles?\b|USD\b|EUR\b|GBP\b|dollars?\b|euros?\b|pounds?\b|dozens?\b)/i;
// Sticky lookbehind, asked at the figure's position (see looking-back.ts).
const NOT_A_COUNT_BEFORE =
  /(?<=(?:[$€\u0080£¥]|US\$|\b(?:USD|EUR|GBP|aged|age|ages|worth|valued at|(?:one|two|three|four|\d) (?:in|out of)))\s*)/iy;
// A comparison ("up from 300"): the figures after it are not this operation's.
// ("no fewer than 60" is a cue, not a comparison; "more countries than the last one" is one)
const COMPARED =
  /\b(?:compared (?:with|to)|(?:for|by|in) comparison|up from|down from|versus|vs\.?|(?:higher|lower|greater)\s+than|(?<!\b(?:no|not)\s)(?:fewer|less)\s+than|(?:more|fewer|less)\s+[a-z]+\s+than)\b/gi;
// (a list of places, "in Armenia, Germany and Ukraine", is where it happened, not a share)
// (not a body's office: "64 case files opened by the Directorate of Criminal Investigations"; nor a register: "66 criminal
// cases registered in the Unified Register of Pre-Trial Investigations")
const SHARE_AFTER =
  /^\s+(?:(?:here|at\s+home|in\s+(?:this|our)\s+country|nationally|domestically)(?!\p{L})|(?:(?:were|was)\s+\w+\s+)?(?:in\s+|by\s+(?!(?:the\s+)?(?:Directorate|Bureau|Department|Ministry|Office|Unit|Division|Prosecutor)\b))(?:the\s+)?(?!Europe\b|Africa\b|Asia\b|Latin\b)(?!(?:[A-Z]\p{L}+\s+)?(?:Register|Registry|Database|System)\b)[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?(?!\p{L}|\s+[A-Z]|,\s*[A-Z]|\s+and\s+[A-Z]))/u;

// A list item's label that names the thing counted after it ("• Firearms: 250 firearms"): no place's share.
const LABEL_OF_ITS_NOUN =
  '[A-Z](?<itemRest>\\p{Ll}{2,})[^:\\n]{0,30}:\\s*(?:\\p{L}+\\s+){0,2}\\d[\\d,.]*\\s+(?:\\p{Ll}+\\s+){0,4}?\\p{Ll}\\k<itemRest>(?!\\p{L})';
// The first word of a heading or of a figure's own label before a colon ("Total: 300 arrests", "Arrests: 186").
const HEADING =
  '(?:Total|Overall|Results?|Worldwide|Globally|Altogether|Combined|Outcomes?|Key|Highlights|Summary|Figures|Tally|In|Arrests|Arrested|Countries|Participating|Officers|Police|Victims|Migrants|Irregular|Investigations|Cases|Suspects|Seizures|Seized|Participants)';

// An earlier edition, or the earlier action this one grew from ("the leads came from the takedown of X"): its
// figures are not this operation's ("The action week follows a first action day on 6 June 2023"). ("Serengeti 2.0,
// the second edition of an INTERPOL
// operation" describes this one; "over its six editions" adds them all up; "When the NCS first made the operation
// public, …, around 1,300 people had been arrested" tells an earlier count.)
// ("One of them, BARREL, which ran from 18 to 27 October 2011": one of the operations told before, another one; "the
// first global enforcement operation coordinated by the WCO": the first of its kind, this one; the `i` flag lets
// [A-Z] read any word, so the words that describe one are named, and the small words that join others are read past:
// "the results of the first phase of Operation Candyman" is this release's operation, "The first phase of the
// operation, Ironclad 2025-I, ran in February" an earlier time, "On the first day of the operation" a part of it; "in
// the first month of Operation Relentless II" is the operation so far, an interim report's whole)
// ("In a similar operation mounted in April this year, Police arrested 225 persons": another operation's figures; not
// "… attacks that forced families from their homes earlier this year.", a closing clause on what came before it; "The
// previous O Kae Molao weekend, held from 8 to 10 October": an earlier weekend of a series; not "the cumulative number of
// people arrested since the operation began", this operation's running total)
const EARLIER =
  /^\s*(?:every|each)\s+(?:year|summer|winter)\s*,|^\s*When\s[^,.;]{0,80}?\bfirst\b[^.;]{0,120}?\bhad\s+(?:been\s+)?[a-z]+ed\b|^\s*One\s+of\s+(?:them|these|those)\s*,|\b(?:has|have)\s+since\s+(?:then\s+)?(?:recovered|identified|rescued|arrested|seized|led|resulted|helped|dismantled|removed|taken)\b|\b(?:follows?|followed|builds\s+on|built\s+on)\s+(?:(?:earlier|previous|prior)\s+(?:[\w-]+\s+){0,2}?(?:operations|drives|campaigns|crackdowns|actions|editions|offensives)\b|(?:those|that)\s+of\s+(?:the|an?)\s|(?:a|an|the)\s+(?:first|previous|earlier|prior|pilot)\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:takedown|dismantling|shutdown|seizure|raid|crackdown)s?\s+of\b|(?:the\s+success\s+of\s+)?Operation\s+[A-Z])|\baccording\s+to\s+(?:the\s+)?(?:national|official|government|federal|U\.S\.|US|FBI)\s+(?:statistics|figures|data|estimates)\b|\b(?:[Tt]he\s+(?:original|inaugural)\s+Operation\s+[A-Z]\w*|[Tt]he\s+(?:first|original|inaugural)\s+(?!(?:results|figures|findings|outcomes?|global|international|worldwide|joint|regional|coordinated|nationwide|national|multinational|large-scale|major|ever|such|enforcement)\b)(?:(?!(?:of|in|on|at|for|the|a|an|and|to|by|with|from|into|phase|stage|round)\s)[A-Z][\w\u00C0-\u024F-]*\s+){1,3}(?:operation|edition|action\s+(?:week|days?)|phase)\b|[Tt]he(?<!\bresults\s+of\s+the)\s+first\s+(?:(?:\d+|two|three|four|five|six|seven|few)\s+)?(?:phase|stage|day|days|week|weeks|hours|month|months|night|morning)\s+of\s+(?:the\s+operation|Operation)\b(?<!\bin\s+the\s+first\s+(?:\w+\s+)?(?:weeks?|months?|days)\s+of\s+(?:the\s+operation|Operation))|(?:taken\s+together|combined),\s+the\s+(?:\w+\s+)?(?:editions|operations)|\btogether\s+the\s+(?:\w+\s+){0,2}(?:editions|operations)\s+(?:have|had)\b|(?<!\bin (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:of )?)last (?:year|summer|winter|spring|autumn|month)|\b(?:in|during)\s+(?:a|an|another)\s+similar\s+(?:operation|crackdown|campaign|exercise|sweep)\b|(?:previous|earlier(?! this (?:year|month)\s*[.;])|prior|preceding) (?:[\w-]+ ){0,2}?(?:year|edition|editions|operation|operations|phase|phases|action|actions|round|rounds|campaign|exercise|exercises|one)|(?:previous|prior|preceding) (?:[\w-]+ ){0,3}?weekends?|(?:its|their|the operation's) predecessor|\b[Tt]he\s+last\s+edition\b|\b(?:its|their|the)\s+(?:first\s+(?:two|three|four|five|\d)|(?:two|three|four|five|\d)\s+(?:earlier|previous|prior))\s+(?:phases|editions|operations|rounds|stages)\b|(?:first|second|third) edition(?!(?<=,\s+the\s+\w+\s+edition)\s+of\s+(?:an?|the)\b)|a year (?:earlier|ago|before)|(?<![\w-])an? (?:19|20)\d\d (?:[\w-]+ )?(?:operation|edition|crackdown|campaign)|before the (?:international|operational|main|joint|coordinated) (?:phase|action)|(?:[Pp]rior to|[Aa]head of|[Ii]n the run-up to|[Ii]n preparation for) the (?:operation|action|(?:field|operational|active) phase)|(?:a|the) first round of (?:searches|raids|arrests|actions?)|in the (?:last|previous) (?:edition|operation)|past editions|(?:over|across|in|throughout)\s+(?:all\s+)?(?:its|their|the)\s+(?:[\w-]+\s+)?editions|since (?:its )?(?:launch|inception|creation|\d{4}(?<!\b(?:which|that|who)\s[^.;\n]{0,120}since\s\d{4}))|since (?:it|they) (?:went (?:online|live)|(?:was|were) (?:launched|created|set up|established))|since [A-Z][\w-]* (?:launched|began|started|created|set up) (?:Operation [A-Z][\w-]*(?: [A-Z][\w-]*){0,2} )?in (?:19|20)\d\d|since (?:the )?(?:operation(?<!\b(?:arrested|detained)\ssince\s(?:the\s)?operation)|series|Operation [A-Z][\w-]*(?: [A-Z0-9][\w-]*){0,2}) (?:began|started|was launched|was first launched|got under way)(?! (?:on )?(?:[\d#]{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|since(?<!\b(?:running|operating|under way|in place|coordinated|directed)(?: [\w-]+){0,6} since) (?:january|february|march|april|may|june|july|august|september|october|november|december)(?= [\d#]{4})(?! [\d#]{4}, (?:the )?operation\b)|since (?:the (?:start|beginning) of the year|last (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december) last year)(?<!\b(?:which|that|who|where)\s[^,.;\n]{0,120}since [^,.;\n]{1,40})|(?:leads|intelligence|information|evidence)\s+(?:came|stemmed|derived)\s+from|follow(?:ed|s|ing)\s+(?:on\s+from\s+|up\s+on\s+)?the\s+(?:takedown|dismantling|shutdown|closure)\s+of|(?:operation|it)\s+(?:follows|followed|succeeds|succeeded|builds\s+on|built\s+on)\s+(?:Operation\s+)?(?=[A-Z\d]))\b/i;

// (a Spanish or Portuguese name's small word between two of its words: "Chavín de Huántar", "Castelo de Areia"; an
// Arabic name's article: "Fardh al-Qanoon")
const PLAIN_NAME =
  "(?:[A-Z]|[a-z]{1,3}(?=[A-Z]))[\\p{L}\\d'-]*(?:\\s+(?:(?:de|da|do|dos|das|del)\\s+(?=[A-Z])|of\\s+(?=[A-Z][a-z]+(?![\\p{L}'’-])))?(?:[A-Z][\\p{L}\\d'-]*|(?:al|el)-[A-Z][\\p{L}\\d'-]*|[IVXLC]+\\b|\\d+(?:\\.\\d+)?(?:-(?:[IVXLC]{1,4}|\\d{1,2}))?\\b))*(?:\\+(?![\\p{L}\\d]))?";
const NAME = `(?:${NUMBER_LED_NAME}|${PLAIN_NAME})`;
// A name between commas, one way only to split it into words (NAME reads "II" two ways: a comma it must reach
// would make it try them all).
const APPOSED = "[A-Z][\\p{L}\\d'.-]*(?:\\s[A-Z\\d][\\p{L}\\d'.-]*){0,3}";
// Also a name set off by commas after "the operation" ("The operation, HAECHI II, was coordinated"; not the first of a
// list, "Spain hosted the operation, Italy, Portugal and Finland contributed vessels"), and
// a quoted name after "action days" ('Joint Action Days "Arktos 2"'). Not what people "named … as" ("55 per cent named
// Germany as their final destination").
const CODENAMED = new RegExp(
  `\\b(?:[Cc]ode-?named|[Cc]odenamed|[Dd]ubbed|known as|named(?!\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+as\\b)|(?<!so-)called|under the (?:code-?\\s?|operational\\s+)?name|with the code-?\\s?name|[Tt]h(?:e|is)\\s+(?:operation|crackdown|campaign|sweep|action),(?=\\s+(?:Operation\\s+)?${APPOSED},(?!\\s+\\p{Lu}[\\p{L}-]*(?:,|\\s+and\\b)))|[Aa]ction\\s+[Dd]ays?(?=\\s+["“'‘]))\\s+["'“‘]?(?:Operation\\s+["'“‘]?)?(?<name>${NAME})`,
  'gu'
);
// (in quotes too: Operation "Arktos 2"; "Ops Jerat Keldai II", as Malaysian police write it, "Oplan Ligtas Undas" as
// Philippine police do; not "the sixth edition of Operation Silver Axe", the series: `edition` below)
const OPERATION = new RegExp(
  `\\b(?:Operation(?<!\\b${LATER_ORDINAL}\\s+edition\\s+of\\s+(?:the\\s+)?Operation)|Operação|Operación|Opération|Operazione|Ops(?=\\s+\\p{Lu})|Oplan(?=\\s+\\p{Lu}))\\s+["“‘']?(?<name>${NAME})`,
  'gu'
);
// "Synergia II, a global cybercrime operation", "Pangea XIII, INTERPOL's annual operation": a name with its edition,
// described as an operation.
const DESCRIBED = new RegExp(
  `\\b(?!(?:Phase|Stage|Part|Step|Round|Wave|Day|Week|Article|Chapter|Section|Level|Tier|Annex|Appendix)\\b)(?<name>[A-Z][\\p{L}'-]*(?:\\s+[A-Z][\\p{L}'-]*){0,3}?\\s+(?:[IVXLC]+|\\d{1,4}(?:\\.\\d)?))[)"”’']?,\\s+(?:an?|the|its|their|[A-Z][\\p{L}-]*'s)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:operation|crackdown|campaign)\\b`,
  'gu'
);

// (also "coordinated by the European Cybercrime Centre (EC3) at Europol": the agency's own unit led it; not "by the
// Guardia Civil with the support of Europol")
const LEADS_BEFORE =
  /(?:coordinated|led|run|directed)\s+by\s+the\s+\p{Lu}[\p{L}-]*(?:\s+(?!(?:with|and|together|support|help|assistance|participation|police|authorities)\b)[\p{L}-]+){0,6}(?:\s+\(\p{Lu}[\p{Lu}\d]{1,7}\))?\s+(?:at|of)\s+(?:the\s+)?$|(?:coordinated|led|organi[sz]ed|run|spearheaded|conducted|directed|launched|steered|headed|overseen)\s+(?:(?:internationally|globally|nationally|regionally|centrally|at\s+(?:the\s+)?(?:international|European|global|regional|national)\s+level|on\s+(?:the\s+)?(?:international|European|global)\s+(?:level|side))\s+)?by\s+(?:the\s+)?$|under the (?:coordination|leadership|auspices|lead) of\s+(?:the\s+)?$|(?:coordinated|led|run|directed)\s+by\s+the\s+(?:[\p{L}'’-]+\s){0,4}?(?:agency|office|organi[sz]ation|body|bureau),\s+$/iu;
// One way to read the spaces and the dash ("Europol - led"): `\s*(?:-\s*)?\s+` would split a run of spaces many ways.
const LEADS_AFTER =
  /^(?:\s+(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:(?:have|has)\s+)?(?:jointly\s+)?(?:coordinated|led|organi[sz]ed|ran|conducted)\b|(?:\s*\(\p{Lu}{2,8}\))?(?:'s)?(?:\s*-)?\s*(?:-?(?:led|coordinated)\b|(?<=\s)operation\b|(?:has\s+|have\s+)?(?:jointly\s+)?(?:announced|coordinated|led|organi[sz]ed|ran|conducted|launched|concluded|said|reported|revealed|(?:presented|unveiled)(?!\s+(?:jointly|together)))\b(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:meetings?|conferences?|workshops?|briefings?|sessions?|calls?)\b)|'s (?:headquarters|General Secretariat|operational|command|coordination)))/iu;
// "coordinated by Europol and INTERPOL": the partner named first is read past.
// "a joint INTERPOL–AFRIPOL operation", "run jointly by the Guardia Civil and": two bodies led it.
const JOINTLY =
  /\bjoint\s+\p{Lu}[\p{L}-]*\s*[–\u0096/-]\s*$|\b(?:jointly\s+(?:(?:led|coordinated|run|organi[sz]ed|conducted)\s+)?|co-?led\s+)(?:by|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,8}?(?:\(\p{Lu}{2,8}\)\s+)?(?:and|&)\s+(?:the\s+)?$/u;
// ("Through the ASEANAPOL Secretariat, alerts were circulated": the channel the news went through)
// "with the European leg coordinated by Europol": one part of the operation, coordinated by an agency, is that agency's
// support to it, not its lead.
const SUPPORTS =
  /(?:(?:^|[.!?]\s|\n)(?:Through|Via)|(?:,|\band)\s+through|\b(?:processed|sent|transmitted|circulated|shared|passed|channell?ed|forwarded)\s+through|\bliaison\s+officers?\s+(?:from|of)|\b(?:representatives|delegates|officials|experts)\s+(?:of|from)(?:\s+(?:the\s+)?[^.;]{0,60}?,)?|\b(?:according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:study|report|survey|analysis|assessment)\s+(?:by|from)|(?:study|report|survey|assessment|data|statistics)\s+(?:published\s+|released\s+)?(?:by|from)|databases?\s+(?:of|at)|Red\s+Notice\s+(?:issued\s+)?by)|\bwith\s+(?:the\s+)?(?:support|assistance|help|backing)\s+(?:of|from)|\b(?:working|acting|cooperating|co-operating|collaborating|partnering)\s+(?:closely\s+)?(?:together\s+)?(?:with|through)|\b(?:supported|assisted|backed)\s+by|\bin\s+(?:close\s+)?(?:coordination|co-ordination|cooperation|co-operation|collaboration|partnership|liaison|contact)\s+with)\s+(?:the\s+)?(?:[\p{L}-]+\s+(?:and|&)\s+(?:the\s+)?)?$|\b(?:leg|part|component|strand|branch|side|arm)\s+(?:of\s+the\s+(?:operation|action)\s+)?(?:was\s+)?(?:coordinated|led|run)\s+by\s+(?:the\s+)?$/iu;
// "Europol supported the investigation", "INTERPOL provided analytical support", "Europol hosted a planning meeting",
// "INTERPOL's databases": support, not the lead.
// (also after a gloss: "Frontex, the EU's external borders agency, supported the SBGS"; or in a relative clause: "and
// with Europol, which supported the operation")
const SUPPORTS_AFTER =
  /^(?:'s\s+(?:[\w-]+\s+){0,2}?(?:databases?|Red\s+Notices?|notices?|channels)\b|\s+(?:Red\s+Notice|databases?|channels)\b|(?:,\s+the\s+(?:[\w'’-]+\s+){1,5}?(?:agency|office|organi[sz]ation|body),|,\s+which)?\s+(?:has\s+|had\s+|have\s+)?(?:supported|assisted|helped|backed|facilitated|provided\s+(?:[\w-]+\s+){0,2}?(?:support|analysis|assistance|expertise|intelligence)|(?:hosted|organi[sz]ed)\s+(?:[\w-]+\s+){0,3}?(?:meetings?|workshops?|trainings?|conferences?|seminars?))\b)/iu;
// "Rinascita Scott was led by the Carabinieri": a name told as led (the headline must name it too, codename.ts).
const LED_NAME =
  /(?<![\p{L}\d'-])(?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}(?: (?:[IVXLC]+|\d{1,4}))?) (?:was|has been) (?:led|coordinated|run|directed|conducted|carried out|planned|organi[sz]ed) by\b/gu;
// A name in quotes before the word for an operation ("first global \"30 Days at Sea\" operation").
// (or after the word in lower case: 'the nationwide operational and preventive operation "Migrant"')
const QUOTED =
  /"(?<name>[\p{Lu}\d][^"\n]{0,58}?)"(?:\s+(?:operation|crackdown|campaign|action\s+days?)\b|(?<=\boperation\s+"[^"\n]{1,60}"))/gu;
const AND_PARTNER = /(?<!\s)\s+(?:and|&)\s+(?:the\s+)?$/;
// (a possessive owns the place, it is none: "at Europol's headquarters in The Hague"; up to four words: "Las Palmas de
// Gran Canaria")
const PLACE =
  "(?![A-Z][\\p{L}-]*'s\\b)(?:The\\s+)?[A-Z][\\p{L}'-]+(?:\\s+(?:d'|de\\s+|del\\s+|es\\s+|of\\s+)?(?!(?:Field|Area|District)\\s+(?:Office|Division)\\b)[A-Z][\\p{L}'-]+){0,3}";
const CENTRE = '(?:[Cc]entre|[Cc]enter|[Hh]ub|[Uu]nit|[Rr]oom|[Pp]ost|[Cc]ell|[Dd]esk|[Dd]ivision)';
// (and an agency's centre for crime or intelligence named as one: "whose European Cybercrime Centre (EC3) in The
// Hague"; not any centre: "a raid at a shopping centre in Leeds"; "a joint command post at AFP Headquarters in
// Canberra", "Operations Centre at CBI Headquarters, New Delhi": the city, not the building; "the Uganda Revenue
// Authority ran it from its offices in Kampala"; a named building the operation was run from, "directed
// from New Scotland Yard in London", "coordinated from the Carabinieri provincial command in Reggio Calabria"; a force's
// office named by its city, "led by the FBI's Los Angeles field office"; "has coordinated the operation from its London
// headquarters"; a bureau for a region: "the INTERPOL Regional Bureau for Central America in San Salvador")
const HQ = new RegExp(
  `(?:\\b(?:(?:[Hh]eadquarters|[Hh]eadquartered|HQ|(?:General\\s+)?[Ss]ecretariat|Global Complex for Innovation|(?:Regional\\s+)?Bureau|(?:[A-Z][\\p{L}-]+\\s+){0,2}(?:Cybercrime|Cyber\\s+Crimes?|Crimes?|Intelligence|Analysis|Situation|Monitoring|Targeting|Liaison)\\s+Cent(?:re|er)|(?<!\\b(?:secondary|auxiliary|forward|satellite|backup)\\s)(?:(?:[Cc]ommand|[Oo]perational|[Oo]perations|[Cc]oordination|[Cc]o-ordination|[Ff]usion)\\s+){1,2}(?:and\\s+(?:[Cc]ommand|[Cc]oordination|[Cc]ontrol)\\s+)?${CENTRE})(?:\\s+[–\u0096-]\\s+[A-Z][\\p{L}-]*)?(?:\\s+\\([^)]{1,20}\\))?|coordinated\\s+from\\s+(?:a|an|the|its)\\s+(?:[a-z-]+\\s+){0,3}?${CENTRE})\\s+(?:(?:(?:was|were|is|has\\s+been|had\\s+been)\\s+)?(?:set up|established|based|located|housed|installed|opened|hosted)\\s+)?(?:at\\s+(?:the\\s+|its\\s+)?(?:(?:[\\p{L}'-]+|["“][A-Z]{1,3}["”])\\s+){1,4}?in\\s+(?=[A-Z])|at\\s+(?:[A-Z][\\p{L}-]*'s|[A-Z]{2,8}|the|its)\\s+(?:[Pp]remises|[Hh]eadquarters|[Oo]ffices|[Ss]eat|[Bb]uilding)(?:,\\s+|\\s+(?:(?:of|(?:run|operated|hosted|manned|staffed)\\s+by)\\s+(?:[\\p{L}'-]+\\s+){1,5}?)?(?:in|at)\\s+)|(?:(?:of|for(?!\\s+(?:INTERPOL|Interpol|Europol)\\b)|by|(?:run|operated|hosted|manned|staffed)\\s+by)\\s+(?:[\\p{L}'-]+\\s+){1,7}?(?:\\([A-Z]{2,8}\\)\\s+(?:for\\s+(?:[\\p{L}'-]+\\s+){1,3}?)?)?)?(?:in|at)\\s+)|\\b(?:ran|run|coordinated|directed|steered|managed)\\s+(?:it|the\\s+(?:operation|action))\\s+from\\s+(?:its|their)\\s+(?:offices|premises|headquarters)\\s+in\\s+|\\b(?:coordinated|run|directed|managed|steered|led)\\s+by\\s+(?:the\\s+|an?\\s+)?(?:(?!(?:and|from|with|for|on|to|in|against|into|across|over|targeting)\\s)[\\p{L}\\x27-]+\\s+){1,10}?(?:\\(\\p{L}{2,8}\\)\\s+)?in\\s+(?=\\p{Lu}[\\p{L}\\x27-]*(?:\\s+\\p{Lu}[\\p{L}\\x27-]*){0,2}(?:,\\s+\\p{Lu}[\\p{L}\\x27-]*(?:\\s+\\p{Lu}[\\p{L}\\x27-]*)?)?(?:[.;]|,\\s+(?:which|where|with|while)\\s))|\\b(?:coordinated|run|directed|managed|steered)\\s+by\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]*\\s+){1,6}(?:\\([A-Z]{2,8}\\)\\s+)?from\\s+(?:its|their)\\s+(?:base|offices|headquarters|premises)\\s+in\\s+|\\b(?:[Dd]irected|[Rr]un|[Cc]oordinated|[Ss]teered|[Mm]anaged)\\s+from\\s+(?:the\\s+)?(?!The\\b)[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*){0,2}\\s+in\\s+|\\b(?:[Dd]irected|[Rr]un|[Cc]oordinated|[Ss]teered|[Mm]anaged)\\s+from\\s+(?:the\\s+)?(?!The\\b)[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*){0,2}(?:\\s+[a-z-]+){0,2}?\\s+(?:command|headquarters|base|offices?|superintendency|station)\\s+in\\s+|\\b(?:run|coordinated|directed|steered|managed)\\s+from\\s+(?:a|an|the|its)\\s+(?:[a-z-]+\\s+){0,3}?${CENTRE}\\s+at\\s+(?:the\\s+)?[A-Z][\\p{L}-]*'s\\s+(?=${PLACE}\\s+(?:headquarters|HQ)\\b)|(?<![\\p{L}\\d'-])(?=${PLACE}\\s+(?:headquarters|HQ)\\b)(?<=\\b(?:ran|run|coordinated|directed|steered|managed)\\s+(?:it|the\\s+(?:operation|action))\\s+from\\s+(?:its|their)\\s+)|(?<![\\p{L}\\d'-])(?=${PLACE}\\s+(?:[Ff]ield|[Aa]rea|[Dd]istrict)\\s+(?:[Oo]ffice|[Dd]ivision)\\b)(?<=\\b(?:(?:led|run|coordinated|directed|conducted|headed)\\s+by\\s+(?:the\\s+)?[A-Z][\\p{L}-]*'s|(?:run|coordinated|directed|managed|steered)\\s+from\\s+(?:the\\s+[A-Z][\\p{L}-]*'s|its|their))\\s+)|(?<=(?:^|[\\n.!?]|[.!?]\\s)From\\s)(?=${PLACE},\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]*'s\\s+)?(?:[A-Z][\\p{L}-]*\\s+){1,5}(?:directed|coordinated|steered|managed)\\s))(?![A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*)?\\s+(?:Barracks|Cantonment)\\b)(?<place>${PLACE}(?![\\p{L}'-]|\\s+(?:(?:of|and|&)\\s+)?(?!(?:Field|Area|District)\\s+(?:Office|Division)\\b)\\p{Lu})(?:,\\s+(?:the\\s+)?${PLACE}(?![\\p{L}'-]|\\s+(?:\\p{Lu}|(?:state|province|provincial|region|regional|capital|city|district|county)\\b))|,\\s+D\\.C\\.)?)(?:,\\s+in\\s+(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\\s+|central\\s+)(?<country>${PLACE})(?![\\p{L}]))?`,
  'gdu'
);
// (and a sentence that opens on where it was run from: "From Washington, the Bureau's Criminal Investigative Division
// directed …"; never a barracks: "has its headquarters at Muhoti Barracks" is a building, its city named apart)
// Sticky lookbehind, asked where the headquarters match starts (see looking-back.ts).
const RUN_FROM =
  /(?<=\b(?:run|ran|coordinated|directed|led|managed|steered)\s+(?:(?:the|this)\s+(?:operation|action|action\s+week)\s+)?(?:from|through|out of|at)\s+(?:[\p{L}'-]+\s+){0,6})/iuy;
const RUNS_IT = /\b(?:coordinat\w*|co-ordinat\w*|the operation|directed|run from|ran from|led from|steered)\b/i;

export const ENGLISH: LanguageRules = {
  code: 'en',
  numbers: {
    figure: QN,
    read: (raw) => (/^\d/.test(raw) ? parseDigits(raw) : parseWords(raw)),
    qualifierBefore,
    bracketed: BRACKETED,
    totalOf: ['a total of'],
    total: {
      // ("bringing the total number of arrests to 212", "bringing to 31 the number of": a running total brought to its
      // end)
      before:
        /(?:\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall|all\s+told),?(?:\s+[a-z]+){0,2}\s+|\bnumber\s+of\s+(?:[a-z]+\s+){1,2}?to\s+(?:(?:more\s+than|over|some|about|around|nearly|almost|at\s+least)\s+)?|\b(?:bringing|brought|brings|bring)\s+to\s+(?:(?:more\s+than|over|some|about|around|nearly|almost|at\s+least)\s+)?)$/i,
      after: /^,?\s+(?:in\s+total|in\s+all|altogether|all\s+told)\b/i,
    },
    grouped: /^\d{1,3}(?: \d{3})+$/,
  },
  stats: STAT_RULES,
  dates: { ranges: EN_DATE_RANGES, singles: EN_SINGLE_DATES, pairs: EN_DATE_PAIRS },
  notACountAfter: NOT_A_COUNT_AFTER,
  notACountBefore: NOT_A_COUNT_BEFORE,
  compared: COMPARED,
  share: {
    // One country's or one unit's share of a figure ("including 212 in Spain").
    // (or the rest of it right before its figure: "The other 13 arrests took place in …")
    words: new RegExp(
      `\\b(?:including|includ(?:e|es|ed)|of whom|of which|among them|among whom|such as|alone|respectively|each|the\\s+(?:other|remaining)(?=\\s+(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)))`,
      'gi'
    ),
    // ("in China, where police arrested some 3,900 people": one place's clause; not a continent's; "The final enforcement
    // wave came on Wednesday, when … made 429 arrests": the last part of it)
    // ("An action week on child trafficking, for its part, led to 16 arrests": one part of the operation)
    alone:
      /\balone|\bfor\s+(?:its|their)\s+part\b|\b(?:final|last|latest)\s+(?:enforcement\s+)?(?:wave|surge)\b|\bin\s+(?:the\s+)?(?!(?:Europe|Africa|Asia|America|Americas|Oceania|Latin)\b)[A-Z]\p{L}+(?:\s+[A-Z]\p{L}+)?,\s+where\b/giu,
    // "In Spain, 212 were arrested": a sentence that opens on one place (not "In Operation Arenal,", "In Pangea XVII,"); "Kenya accounted for the largest share, with 214
    // vehicles" ("Dehradun district accounted for …"): one that opens on a place's share.
    // So does a list item that opens on one place and a colon ("Nigeria: 130 arrests"), not a heading ("Results:"), or
    // on one place in lower case ("- in Italy, officers seized 31 tonnes of seafood"),
    // and a sentence on one place's arrests ("The London arrests took place early on Tuesday, when more than 150 Met
    // officers searched addresses": that city's officers, not the operation's); so does one on its busiest day ("The
    // busiest day came on August 23, when crews picked up 3,253 people in 24 hours"); and one on a part of those arrested
    // ("Of the suspects arrested, 212 were taken into custody between April and June").
    inOnePlace: new RegExp(
      `^\\s*(?:${LIST_BULLET}\\s*)?(?:In\\s+our\\s+(?:own\\s+)?country,|At\\s+home,|Of\\s+(?:the|those)\\s+(?:(?:suspects|people|persons|individuals)\\s+)?(?:arrested|detained),|(?:The|On\\s+the|Its)\\s+(?:single\\s+)?(?:busiest|biggest|largest|peak|heaviest)\\s+(?:single\\s+)?(?:day|night|week|weekend|month)\\b|The\\s+(?!(?:European|African|Asian|Latin|International|Global|Joint|First|Second|Third|Final|Latest|Last|Initial|Early|Main|Same|Other|Later|Earlier|Operation)\\b)\\p{Lu}\\p{Ll}+\\s+(?:arrests|raids|searches|swoops)\\s+(?:took\\s+place|were\\s+(?:made|carried\\s+out|conducted))\\b|(?:In\\s+)?(?:one|another|a\\s+single)\\s+(?:case|raid|instance|incident|search|interception|seizure|swoop|bust|stop|inspection)\\b|A\\s+single\\s+(?:raid|search|seizure|case)\\b|(?:In|(?<=${LIST_BULLET} ?)in)\\s+(?:the\\s+)?(?!(?:Operation|Ops)\\s)[A-Z]\\p{L}+(?:\\s+(?![IVXLC]+,)[A-Z]\\p{L}+)?,|(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AFRIPOL|AMERIPOL|The|This|It)\\b)[A-Z]\\p{L}+(?:\\s+[A-Z]\\p{L}+)?(?:\\s+(?:district|province|state|county|region))?\\s+(?:accounted\\s+for|(?:recorded|registered|reported|posted|led|saw)\\s+the\\s+(?:largest|highest|biggest|most)\\s+(?:number|share|part|figures?|results?|tally|activity))\\b|(?:${LIST_BULLET}\\s*)?(?!${HEADING}\\b)(?!${LABEL_OF_ITS_NOUN})[A-Z]\\p{L}+(?:\\s+[A-Z]\\p{L}+)?:(?=\\s*(?:(?:${CUE})\\s+)?\\d[\\d,.]*\\s+\\p{L}))`,
      'u'
    ),
    after: SHARE_AFTER,
    whole: /(?:countries|nations|states|jurisdictions|territories)$/i,
    // "The UK's part", "Spanish contribution", "In Spain", "Results in the Netherlands" (not "INTERPOL's role", "In numbers")
    paragraph: ONE_COUNTRY_PARAGRAPH,
    section:
      /^(?:The\s+)?(?:(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AFRIPOL|AMERIPOL)'s)\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?'s|UK|US|British|French|Spanish|Italian|German|Dutch|Belgian|Portuguese|Irish|Australian|Canadian|American|Brazilian|Colombian|Mexican|Nigerian|Kenyan|South African|Indian)\s+(?:part|contribution|share|results|role|side|figures|leg|operations?|actions?|activity)(?:\s+in\s+(?:numbers|figures))?$|^(?:In|Across)\s+(?:the\s+)?(?!(?:Numbers|Figures|Brief|Short|Focus|Detail|Summary|Total|Context|Practice|Field)$)\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?$|^(?:Results|Figures|Arrests|Seizures)\s+in\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?$|^(?:(?:Some|Selected|Notable|Significant|Other)\s+)?(?:[Cc]ases|[Ee]xamples|[Cc]ase\s+studies)(?:\s+from\s+the\s+field)?$/u,
  },
  earlier: {
    text: EARLIER,
    planned: EN_PLANNED,
    lastYear: /\blast\s+year\b/gi,
    yearly:
      /(?<!\b(?:held|organi[sz]ed|run|conducted|carried\sout|staged|launched|repeated|renewed|takes\splace|taking\splace|coordinates|organi[sz]es|runs|leads|conducts)\s)\b(?:(?:each|every)\syear|annually|per\syear|per\sannum)\b/i,
    yearEdition: /\b((?:19|20)\d\d)(?:'s)?\s+(?:edition|operation|phase|round|campaign)\b/gi,
    // ("in May 2019" too: a month before its year)
    inYear: new RegExp(
      `(?<!\\b(?:died|born)\\s)\\b(?:[Ii]n|[Dd]uring|of)\\s+(?:(?:${MONTH_WRITTEN})\\.?\\s+)?((?:19|20)\\d\\d)\\b`,
      'g'
    ),
    // (the past perfect, "in 2017, had freed 500 people", tells of a time before the release's)
    happened:
      // (or a sentence opening on its year: "In 2017, police arrested more than 1,900 people", "In 2001 the Bureau opened
      // more than 1,500 cases", or on a phase and its
      // year: "In the first phase of the operation, in 2021, officers seized …"; or on an operation told with its year,
      // "In Operation We Will Find You, a nationwide effort in 2023, deputies located …")
      /^\s*(?:In|During)\s+(?:19|20)\d\d(?:\s*,|\s+the\s)|^\s*(?:In|During)\s+Operation\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4},\s+(?:a|an|the)\s+[^,.;]{0,60}?\bin\s+(?:19|20)\d\d\s*,|^\s*In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?:19|20)\d\d|####)\s+(?:a|an|the)\s|^\s*(?:In|During)\s+(?:Operation\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:19|20)\d\d\s*,|^\s*(?:In|During)\s+(?:the|a|its)\s+(?:first|second|earlier|previous|initial)\s+(?:phase|stage|round|wave)\b[^,.;]{0,60},\s*in\s+(?:19|20)\d\d\s*,|\b(?:held|ran|run|conducted|carried out|took place|resulted in|led to|saw|had|was born|began|started)\b/i,
    // "… a separate investigation known as Operation Bandwidth … Agents in that case had set up …": that one's, too.
    continues:
      /^\s*(?:In\s+that\s+(?:case|investigation|operation|probe),|\p{Lu}\p{Ll}+\s+in\s+that\s+(?:case|investigation|operation|probe)\s)/u,
    // "The first phase of Iron Gate, run from 3 to 14 March", "In its first phase, …"
    phases: {
      first: /^\s*(?:In\s+|During\s+)?(?:the|its)\s+first\s+(?:phase|stage)\b/i,
      later: /\b(?:second|third|fourth|fifth)\s+(?:phase|stage)\b/i,
    },
  },
  // "About INTERPOL", on a line of its own or before a colon ("About INTERPOL: 196 member countries …"): the agency's
  // boilerplate closes the release.
  boilerplate: /^[ \t]*About\s+(?:the\s+)?\p{Lu}[^\n\d.,;:!?]{0,60}(?:$|:)/mu,
  operationWord: 'Operation|Operação|Operación|Opération|Operazione',
  codename: {
    cued: CODENAMED,
    operation: OPERATION,
    notName: /^(?:The|This|That|It)$/,
    trailing: /(?<!\s)\s+(?:The|A|An|In|On|At|By|For|To|And|Of)$/,
    described: DESCRIBED,
    quoted: QUOTED,
    ledName: LED_NAME,
    edition: { pattern: EN_EDITION, ordinal },
  },
  agency: {
    leadsBefore: LEADS_BEFORE,
    leadsAfter: LEADS_AFTER,
    andPartner: AND_PARTNER,
    supports: SUPPORTS,
    supportsAfter: SUPPORTS_AFTER,
    supporterAlone: true,
    jointly: JOINTLY,
    jointlyAfter:
      /^\)?,?\s+(?:led|coordinated|ran|directed),\s+(?:together|jointly)\s+with\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:authorities|police|\p{Lu})/u,
    ledBy: LED_BY,
    announcedBy: ANNOUNCED_BY,
  },
  headquarters: {
    place: HQ,
    runFrom: RUN_FROM,
    runsIt: RUNS_IT,
    trailing: /(?<!\s)\s+(?:The|A|An)$/,
    lentSupport:
      /^,?\s+(?:(?:has|had)\s+)?(?:provided|lent|gave|given|offered)\s+(?:\p{L}+\s+){0,2}?(?:support|assistance|help|expertise)\b/u,

    // "INTERPOL supported the action from its Global Complex for Innovation in Singapore": support lent from there.
    // ("with the help of referrals from … the National Child Exploitation Coordination Centre in Canada": a source)
    partnerBefore: /\b(?:referrals?|tips?|tip-offs?|leads)\s+(?:received\s+)?from\s[^.;]{0,180}$/,
    runByOthers:
      /\b(?:supported|assisted|backed|helped)\s+(?:(?:the|this)\s+(?:action|operation|effort)\s+)?from\s+(?:its|the)\s+$/,
  },
};

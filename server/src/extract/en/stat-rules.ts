import { EN_GATHERING } from '../languages/gatherings';
import type { StatName } from '../../../../shared/stats';
import {
  ADJ,
  BE,
  NAMED_AND_OTHERS,
  NAMED_FIRST,
  ONE_COUNTRY_AND,
  PERSONS,
  PROFESSION,
  QN,
  STAT_FLAGS,
  SUSPECTS,
} from './figure-patterns';
import type { FieldRule } from '../languages/types';
import { LIST_BULLET, LIST_SEP, LIST_TAIL } from '../languages/list-lines';
import { INVESTIGATIONS_OPENED } from './investigation-rules';
import { IRREGULAR_MIGRANTS } from './migrant-rules';
import {
  ENDS_ON_POLICE,
  LIAISON_OFFICERS,
  NOT_WHERE_IT_ACTED,
  POLICE_BODIES,
  refuseArrests,
  refuseCountries,
} from './refusals';

/**
 * How an English release states each of the six stats: the patterns that
 * read a figure for it, and what makes a match something else.
 */

// An aside on the people counted, between commas: ", many of them the boats' own drivers, ", ", among them 12 minors, ",
// ", suspected of running the network, ".
const ASIDE =
  ',\\s+(?:(?:many|most|some|several|all|half|one|two|three|four|five|\\d+)\\s+of\\s+(?:them|whom)|among\\s+them|including|(?:suspected|accused|believed|thought|alleged)\\s+(?:of|to))\\s[^,.;]{0,120},\\s+';
// A running total brought to its end ("bringing the number of countries involved to nine").
const BROUGHT_TO = '(?:bringing|brought|br(?:ing|ings)|taking|took|raising|raised)';

export const STAT_RULES: Record<StatName, FieldRule> = {
  arrests: {
    words:
      /arrest|detain|detention|apprehen|custody|rounded up|behind bars|\bheld\b|\bnetted\b|\bnabbed\b|\bcollared\b|picked up/i,
    patterns: [
      // ("seven arrest warrants" were issued: no one was arrested yet; "Seventeen suspected facilitators, many of them
      // the boats' own drivers, were arrested")
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:${PERSONS}(?:,\\s+${PERSONS}){0,2}(?:\\s+|${ASIDE})(?:(?:and|or)\\s+(?:[a-z-]+\\s+)?${PERSONS}\\s+)?)?${BE}(?:arrests?|arrested|detentions|detained|apprehended|apprehensions|taken into custody|placed under arrest|rounded up|placed in (?:pre-trial\\s+)?detention|remanded in custody)\\b(?!\\s+(?:warrants?|orders?|notices?|requests?)\\b)`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:arrest(?:s|ed|ing)?|detain(?:ed|ing)?|apprehen(?:d|ded|ding|sion)|netted|nabbed|collared|picked\\s+up)(?:\\s+and\\s+(?:charged|booked|processed))?\\s+(?:of\\s+)?${QN}\\s+(?!\\s)${ADJ}${PERSONS}\\b`,
        STAT_FLAGS
      ),
      // "Seven of the accused have been arrested so far", "72 people were charged, and 52 of them have been arrested": those
      // of the people the case names who were arrested
      new RegExp(
        `${QN}\\s+of\\s+(?:them|whom|the\\s+(?:${PERSONS}|accused))\\s+(?:have\\s+been|had\\s+been|were)\\s+(?:formally\\s+)?(?:arrested|detained|taken\\s+into\\s+custody)\\b`,
        STAT_FLAGS
      ),
      // "14 suspects are in custody", "14 suspects held", "police held 14 suspects": suspects, never people in general
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}${SUSPECTS}\\s+(?:(?:are|were|remain|remained)\\s+(?:now\\s+)?(?:in custody|behind bars|in (?:pre-trial\\s+)?detention)|(?:were\\s+|have been\\s+)?held)\\b(?!\\s+(?:captive|hostage|in\\s+(?:forced|slavery|servitude|bondage|debt)))`,
        STAT_FLAGS
      ),
      new RegExp(`\\bheld\\s+${QN}\\s+(?!\\s)${ADJ}${SUSPECTS}\\b`, STAT_FLAGS),
      // ("Forty people in 20 states are now in custody", "By Monday evening, 24 people were in custody", "ninety-four of
      // them were in custody": after the operation's raids, the people it arrested; not "held in custody" elsewhere)
      new RegExp(
        `${QN}\\s+(?:(?!\\s)${ADJ}${PERSONS}(?:\\s+in\\s+(?:\\d+|[a-z]+(?:-[a-z]+)?)\\s+(?:states|countries|cities|provinces|regions))?|of\\s+them)\\s+(?:are|were)\\s+(?:now\\s+)?in custody\\b`,
        STAT_FLAGS
      ),
      // "took 2,517 people into custody", "placed 40 suspects under arrest"
      new RegExp(
        `\\b(?:take[ns]?|took|taking|plac(?:e|ed|es|ing)|put(?:s|ting)?)\\s+${QN}\\s+(?!\\s)${ADJ}${PERSONS}\\s+(?:into custody|in custody|under arrest)\\b`,
        STAT_FLAGS
      ),
      // "ended with 61 people in custody", "leaving 30 suspects behind bars": a result stated as a state
      new RegExp(
        `\\b(?:with|leaving|left)\\s+${QN}\\s+(?!\\s)${ADJ}${PERSONS}\\s+(?:in custody|under arrest|behind bars)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:arrest(?:s|ed|ing)?|apprehend(?:ed|ing)?)\\s+(?:of\\s+)?${QN}(?=\\s*(?:[,.;:)]|and\\b|$))`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:arrests|number of (?:arrests|${PERSONS}\\s+(?:arrested|detained)))\\s+(?:totall?ed|reached|numbered|stood at|came to|rose to|amounted to|was|were)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
      // "bring the number of people arrested under Trident Breach to more than 60": a running total brought to its end
      // ("This brings the cumulative number of people arrested since the operation began to 3 221.")
      new RegExp(
        `\\b${BROUGHT_TO}\\s+the\\s+(?:(?:total|cumulative|overall)\\s+)?number\\s+of\\s+(?:arrests|${PERSONS}\\s+(?:arrested|detained))(?:\\s+(?:under|in|during|since|so\\s+far)\\b[^.;:\\d]{0,40}?)?\\s+to\\s+${QN}\\b`,
        STAT_FLAGS
      ),
      // (or the figure first: "bringing to 31 the number of people taken into custody in Operation Millennium")
      new RegExp(
        `\\b(?:bringing|brought|br(?:ing|ings))\\s+to\\s+${QN}\\s+the\\s+(?:total\\s+)?number\\s+of\\s+(?:arrests|${PERSONS}\\s+(?:arrested|detained|taken\\s+into\\s+custody))\\b`,
        STAT_FLAGS
      ),
      // A list of figures: "Fugitives arrested: 186", "Suspected facilitators arrested by Italian authorities: 41",
      // "Line holders and associates arrested: 2,470"
      // (a note may follow: "Arrests: 47 (in six countries)", "Suspects detained: 47, 12 of them minors"; people detained at a border may be migrants)
      new RegExp(
        `^${LIST_BULLET}?\\s*(?:arrests|(?:[a-z]+\\s+){0,2}(?:and\\s+[a-z]+\\s+)?arrested(?:\\s+by\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}(?:authorities|police|officers|forces|officials))?|${SUSPECTS}\\s+(?:detained|taken into custody)|(?:persons|people|individuals)\\s+(?:taken into custody|placed under arrest))${LIST_SEP}${QN}(?=\\s*(?:$|[,;(]))`,
        STAT_FLAGS
      ),
    ],
    // "detained or questioned": not all of them were arrested.
    // ("detained for questioning and released without charge": held, not arrested)
    // ("detained and questioned before being allowed to continue their journey": held a while, then let go)
    refuseAfter:
      /^\s*and\s+(?:questioned|interviewed|screened)\s+(?:(?:[\w'-]+\s+){0,6}?before\s+being\s+(?:released|allowed|freed|let)|and\s+(?:then\s+|later\s+)?(?:released|freed|let\s+go))\b|^\s*(?:or|and\/or)\s+(?:questioned|interviewed|screened|checked|identified|released|fined|warned|searched|investigated|charged|summonsed|reported|(?:(?:are|were|have\s+been)\s+)?(?:placed\s+)?under\s+investigation)\b|^\s+for\s+(?:further\s+|additional\s+|routine\s+|identity\s+|document\s+)?(?:questioning|checks|interviews?|identification|verification)\b|^,\s+who\s+(?:were|are|have\s+been)\s+(?:being\s+)?(?:questioned|interrogated|interviewed|screened)\b/i,
    // ("507,300 migrant apprehensions": people stopped crossing a border, irregular migrants, not arrests)
    refuseMatch: refuseArrests,
  },
  victimsIdentified: {
    words: /victim|survivor|rescu|safeguard|\bfree|safety|\bcare\b|recover|children[^.;]{0,100}identified/i,
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:victims?|survivors)(?:\\s+|${ASIDE}|\\s*[—–\u0096\u0097]\\s*[^—–\u0096\u0097.;]{1,60}?\\s*[—–\u0096\u0097]\\s*)(?:of\\s+(?:[a-z-]+\\s+){1,5}?)?${BE}(?:(?:formally|positively|officially|successfully)\\s+)?(?:identified|rescued|safeguarded|freed|recovered|found|located|removed from|taken to safety|brought to safety|taken into care|placed in care)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:identif(?:y|ied|ying|ication)|rescu(?:e|ed|ing)|safeguard(?:ed|ing)?|free(?:d|ing)?|locat(?:ed|ing|ion)|recover(?:ed|ing|y))(?:\\s+(?:and|or)\\s+[a-z]+)?\\s+(?:of\\s+)?${QN}\\s+(?!\\s)${ADJ}(?:victims?|survivors)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:rescu(?:e|ed|ing)|safeguard(?:ed|ing)?|free(?:d|ing)?|recover(?:ed|ing|y)?|identif(?:ied|ication)(?=\\s+(?:and|or)\\s+(?:rescu|recover|safeguard)))(?:\\s+(?:and|or)\\s+[a-z]+)?\\s+(?:of\\s+)?${QN}\\s+(?!\\s)${ADJ}(?:people|individuals|persons|women|children|minors|juveniles|girls|boys|labou?rers|workers|hostages)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:identif(?:y|ied|ying))(?:\\s+(?:and|or)\\s+[a-z]+)?\\s+${QN}\\s+(?!\\s)${ADJ}(?:people|individuals|persons|women|children|minors)\\s+(?:believed to be|thought to be|as|who were)\\s+(?:potential\\s+|possible\\s+|presumed\\s+|likely\\s+)?victims\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:people|individuals|persons|women|children|minors|girls|boys|labou?rers|workers|hostages)\\s+${BE}(?:(?:identified|located|found)\\s+and\\s+)?(?:rescued|safeguarded|freed|brought to safety|taken to safety|taken into care|(?:identified|recognised|recognized) as (?:potential |possible |presumed )?victims)\\b`,
        STAT_FLAGS
      ),
      // ("29 children who appeared in material shared on the site have been identified", "23 children have been identified")
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:children|minors|girls|boys)(?:\\s+who\\s+[^,.;]{1,80}?)?\\s+${BE}identified\\b`,
        STAT_FLAGS
      ),
      // "more than 4.3 million cardholders identified as victims": any people named as victims
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:[a-z-]+s)\\s+${BE}(?:identified|recognised|recognized)\\s+as\\s+(?:potential\\s+|possible\\s+|presumed\\s+)?victims\\b`,
        STAT_FLAGS
      ),
      // "brought 220 victims to safety"
      new RegExp(
        `\\b(?:br(?:ing|ings|inging|ought)|t(?:ake|akes|aking|ook))\\s+${QN}\\s+(?!\\s)${ADJ}(?:victims|survivors|people|individuals|persons|women|children|minors|girls|boys)\\s+to safety\\b`,
        STAT_FLAGS
      ),
      // "Victims were identified in numbers nobody had anticipated: upwards of 5,000 of them"
      new RegExp(
        `\\bvictims\\s+${BE}(?:identified|rescued|safeguarded|freed|found|located)\\b[^.;:\\d]{0,100}:\\s+${QN}\\s+of them\\b`,
        STAT_FLAGS
      ),
      // A list of figures: "Victims rescued: 220, of whom 139 were minors", "Child victims identified or located: 126"
      new RegExp(
        `^${LIST_BULLET}?\\s*(?:(?:(?:potential|possible|presumed)\\s+)?(?:(?:child|minor|trafficking)\\s+)?(?:victims|survivors)\\s+(?:identified|rescued|safeguarded|freed|located)(?:\\s+(?:or|and)\\s+(?:identified|rescued|safeguarded|freed|located))?|(?:identified|rescued|safeguarded|freed|located)\\s+(?:(?:potential|possible|presumed)\\s+)?(?:victims|survivors)|(?:children|minors|women|girls|boys)\\s+(?:(?:identified|located)\\s+and\\s+)?(?:rescued|safeguarded|freed))${LIST_SEP}${QN}(?=\\s*(?:$|[,;(]))`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\bvictims\\s+(?:identified|rescued)\\s+(?:totall?ed|reached|numbered|stood at|came to)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
    ],
  },
  officers: {
    refuseSentence: EN_GATHERING,
    words:
      /officer|official|personnel|agent|operative|\bcops\b|investigator|detective|police|gendarme|carabinier|guard|staff|troops|soldier|inspector|garda|marshal/i,
    patterns: [
      new RegExp(
        `${QN}\\s+(?!\\s)${ADJ}(?:officers|officials|personnel|agents|operatives|investigators|detectives|police(?:men|women)?|cops|gendarmes|Carabinieri|border guards|customs officers|staff|troops|soldiers|(?:Coast\\s+Guard|Border\\s+Patrol|Navy|Army|military)\\s+(?:men\\s+and\\s+women|members)|gardaí|gardai|(?:deputy\\s+)?(?:U\\.S\\.\\s+)?marshals)(?![\\p{L}])`,
        STAT_FLAGS
      ),
      // "900 customs and police officers" (not "one hundred and fifty officers" read as one and fifty)
      new RegExp(
        `${QN}\\s+(?!\\s)(?:(?!(?:hundred|thousand)\\b)[a-z-]+\\s+){1,2}?(?:and|or)\\s+(?:[a-z-]+\\s+){1,2}?(?:officers|officials|personnel|agents|investigators)\\b`,
        STAT_FLAGS
      ),
      // "Officers from 44 countries took part: more than 14,000 of them were on duty"
      new RegExp(
        `\\b(?:officers|personnel|police)\\b[^.;:]{0,120}\\b(?:took part|participated|deployed|mobili[sz]ed|involved)\\s*:\\s+${QN}\\s+of them\\s+(?:were|was)\\s+(?:on duty|deployed|mobili[sz]ed|involved|on the ground|in the field)\\b`,
        STAT_FLAGS
      ),
      // A list of figures: "Officers deployed: about 150"
      new RegExp(
        `^${LIST_BULLET}?\\s*(?:(?:frontline|front-line|field|uniformed)\\s+)?(?:(?:police|law enforcement)\\s+)?(?:\\p{L}[\\p{L}-]*\\s+and\\s+[\\p{L}-]+\\s+)?(?:officers|personnel|officials|agents)(?:\\s+(?:deployed|mobili[sz]ed|involved|taking part|participating))?${LIST_SEP}${QN}${LIST_TAIL}`,
        STAT_FLAGS
      ),
      // "nearly 1,000 federal, state and local law enforcement officers", "300 fisheries, police and maritime officers"
      new RegExp(
        `${QN}\\s+(?!\\s)(?!(?:hundred|thousand|suspects?|victims|migrants|people|persons|civilians|children|women|men)\\b)[a-z-]+(?:,\\s+[a-z-]+){1,3},?\\s+(?:and|or)\\s+(?:[a-z-]+\\s+){1,3}?(?:officers|officials|personnel|agents|investigators)\\b`,
        STAT_FLAGS
      ),
      // "deployed roughly 3 000 members to the operation", "more than 3 000 members of the Namibian Police Force": a
      // force's members
      new RegExp(
        `(?:\\bdeploy(?:ed|s|ing)?\\s+(?=(?:[a-z]+\\s+){0,2}[\\d,. ]+\\s+members\\b(?!\\s+of\\b))|(?=[^.;]{0,40}\\s+members\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]*\\s+){0,4}(?:Police|Force|Gendarmerie|Guard|Constabulary)\\b))${QN}\\s+members\\b`,
        STAT_FLAGS
      ),
      // "1,500 rangers, police and customs officers": officers listed with other professions
      new RegExp(
        `${QN}\\s+(?!\\s)${PROFESSION}(?:,\\s+${PROFESSION}){0,4},?\\s+(?:and|or)\\s+(?:[a-z-]+\\s+){0,2}?(?:officers|officials|personnel|agents|investigators|inspectors)\\b`,
        STAT_FLAGS
      ),
    ],
    // (or a key-figure line that is the figure and its officers alone: "• 14,000 officers", "- Officers: about 410")
    sentence:
      /^[-•\u0095*–\u0096]\s*(?:(?:some|about|around|more than|over|nearly|almost)\s)?\d[\d,.]*\s(?:[a-z-]+\s)?(?:officers|personnel|officials|agents|police)\s*$|^[-•\u0095*–\u0096]\s*(?:police\s+)?(?:officers|personnel)\s*:|\b(?:participat\w*|took part|tak(?:e|es|en|ing) part|sent\s+(?:in|into|to)|sending|(?:were|was|are|is)\s+assigned\s+to|drew\s+on|deploy\w*|fielded|mobili[sz]\w*|involv\w*|committed\s+to|brings\s+together|bringing\s+together|join\w*|engag\w*|contribut\w*|on duty|on the ground|hit the streets|took turns|alongside|brought\s+together|boarded|served\s+(?:in|on|with|aboard)|(?:executed|served)\s+(?:[\w-]+\s+){0,3}?(?:warrants|orders)|moved\s+(?:in\s+|on\s+|before\s+dawn|at\s+dawn|against)|(?:were|was)\s+at\s+the\s+doors?|knocked\s+on|set\s+out\s+to|fanned\s+out|descended\s+on|swooped\s+on|worked|working|carried out|conduct\w*|supported|raided|inspected|searched|patrolled|an? (?:force|contingent) of|by\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?[\d,]+\s+(?:[a-z-]+\s+)?(?:officers|police|officials|agents|investigators|personnel)|(?:officers|officials|personnel|agents|investigators|police) (?:detected|seized|intercepted|rescued|dismantled))\b/i,
    // ("a week of training in Rome for 40 border officers": people trained)
    // "250 police and customs officers, accompanied by 60 inspectors of the medicines agencies": a group joined to the
    // officers counted, not all of them (and "More than 2,100 officers were deployed …, alongside some 430 labour
    // inspectors").
    refuseBefore:
      /(?<=\b(?:officers|officials|police|agents|investigators|personnel|staff|customs|gendarmes|rangers|guards)\b[^.;]{0,60}?\b(?:accompanied|joined|assisted|supported|backed|reinforced|flanked)\s+by\s+|\b(?:officers|officials|police|agents|investigators|personnel|customs|gendarmes|rangers|guards)\b[^.;]{0,160}?\balongside\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?|\b(?:training|courses?|workshops?|seminars?)\b[^.;]{0,40}?\bfor\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?|\b(?:trained|trains|training|taught|teaches|coached|mentored)\s+(?:(?:to|for)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?)/iy,
    refuseAfter:
      // "120 investigators … took part in a week of training": people trained, not deployed; "Some 425 match
      // officials, players and criminals … are suspected of involvement": people suspected; "Some 140 officers … had
      // completed the courses": people trained; "30 guest officers … worked in mixed teams with national officers": a part
      // of the officers; "More than 85,000 police and military personnel will be on duty for the Games": an event's.
      /^\s+(?:were\s+|was\s+|have been\s+)?(?:injured|wounded|killed|hurt|attacked|arrested|suspended|trained|died|lost\s+their\s+lives)\b|^[^.;]{0,80}\bwill\s+be\s+(?:on\s+duty|deployed|mobili[sz]ed)\s+(?:for|during)\s+the\s+(?:Games|Olympics|World\s+Cup|tournament|championships?|summit|festival|carnival|elections?|visit)\b|^[^.;]{0,160}\b(?:in\s+mixed\s+teams\s+with|alongside|together\s+with)\s+(?:their\s+)?(?:national|local|host)\s+(?:officers|colleagues|border\s+guards)\b|^[^.;]{0,120}\b(?:training|trained|seminars?|webinars?|capacity-building|(?:completed|attended|finished)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:courses?|workshops?|programmes?)|(?:are|were|being)\s+(?:suspected|accused|charged|convicted)\s+of|(?:each|every)\s+(?:year|summer|winter|spring|autumn|month|week|season))\b/i,
    // "14 liaison officers from the participating countries worked alongside AFRIPOL staff": a group beside the officers
    // deployed (as "officiers de liaison", "oficiales de enlace").
    // "14 municipal police services", "236 police, customs and health regulatory agencies": forces, not officers.
    refuseMatch: (text, index, match) =>
      LIAISON_OFFICERS.test(match) ||
      (ENDS_ON_POLICE.test(match) && POLICE_BODIES.test(text.slice(index + match.length, index + match.length + 120))),
  },
  countries: {
    refuseSentence: EN_GATHERING,
    words: /countr|nation|jurisdiction|states/i,
    patterns: [
      new RegExp(
        // (not "nine of the participating countries": some of them)
        // (nor "17 cities in six states": a country's states, the word before "states" being the figure, the `i` flag
        // letting [A-Z] read any word)
        `${QN}\\s+(?!\\s|of\\s+(?:the|these|those|its|their)\\s)(?:[A-Z][\\p{L}-]*\\s+){0,2}?(?:different\\s+|participating\\s+|member\\s+|partner\\s+)?(?:countries|nations|jurisdictions|member states|member countries|(?<=(?:[A-Z][\\p{L}-]*|member|participating|partner|different)\\s+)(?<!\\b(?:U\\.S\\.|US|United|American|Australian|Mexican|Brazilian|Indian|German|Austrian|Nigerian)\\s+)(?<![\\d,]\\s|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\\s)states|countries and territories)\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:participating|partner)\\s+(?:countries|nations|jurisdictions)\\s+(?:numbered|totall?ed|reached|stood at|came to)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
      new RegExp(
        `\\b(?:countries|nations|jurisdictions)\\s+(?:taking part|participating|involved)\\s+(?:was|were|numbered|totall?ed|reached|stood at)\\s+${QN}\\b`,
        STAT_FLAGS
      ),
      // "bringing the number of countries involved to nine"
      new RegExp(
        `\\b${BROUGHT_TO}\\s+the\\s+(?:total\\s+)?number\\s+of\\s+(?:participating\\s+)?(?:countries|nations|jurisdictions)(?:\\s+(?:involved|taking\\s+part|participating))?\\s+to\\s+${QN}\\b`,
        STAT_FLAGS
      ),
      // "bringing to five the number of countries involved"
      new RegExp(
        `\\b${BROUGHT_TO}\\s+to\\s+${QN}\\s+the\\s+(?:total\\s+)?number\\s+of\\s+(?:participating\\s+)?(?:countries|nations|jurisdictions)\\b`,
        STAT_FLAGS
      ),
      // (without the `i` flag: the name's capital is one)
      new RegExp(NAMED_AND_OTHERS, 'gdu'),
      // "a 40-country operation", "the 12-nation crackdown"
      new RegExp(
        `${QN}-(?:country|nation)\\s+(?:[\\w-]+\\s+){0,2}?(?:operation|crackdown|action|effort|sweep|initiative|campaign|investigation)\\b`,
        STAT_FLAGS
      ),
      // A list of figures: "Participating countries: 23"
      new RegExp(
        `^${LIST_BULLET}?\\s*(?:participating\\s+)?(?:countries|nations)(?:\\s+(?:taking part|participating|involved))?${LIST_SEP}${QN}${LIST_TAIL}`,
        STAT_FLAGS
      ),
    ],
    refuseBefore: NOT_WHERE_IT_ACTED,
    // "18 African states and the United Kingdom", "all 27 EU Member States plus eight partners": a part of the
    // countries, named with the rest (not "24 Member States and Schengen associated countries took part": all of them).
    refuseAfter:
      /^\s+(?:(?:and|plus)\s+(?:the\s+)?(?!INTERPOL|Europol|Frontex|Eurojust|EU\b|European\b|Schengen\s+associated\s+countries\s+(?:took\s+part|participated|joined|were\s+involved)\b)[A-Z]|plus\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\b))/,
    refuseMatch: refuseCountries,
  },
  irregularMigrants: IRREGULAR_MIGRANTS,
  investigationsOpened: INVESTIGATIONS_OPENED,
};

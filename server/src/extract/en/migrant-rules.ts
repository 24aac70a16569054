import type { FieldRule } from '../languages/types';
import { LIST_BULLET, LIST_SEP, LIST_TAIL } from '../languages/list-lines';
import { ADJ, BE, QN, STAT_FLAGS } from './figure-patterns';

/** How an English release states its irregular migrants (stat-rules.ts holds the other five stats). */
export const IRREGULAR_MIGRANTS: FieldRule = {
  words:
    /irregular|undocumented|illegal|unlawful|without|no right|overstay|immigration offenders|smuggled migrants|apprehensions|rescu|intercept|apprehended/i,
  patterns: [
    // "380 migrants who had crossed the border illegally", "64 migrants without valid documents", "133 migrants
    // attempting to enter the country irregularly", "1,037 Chinese nationals attempting to enter or transit the
    // European Union irregularly", "47 people with no right to stay"
    new RegExp(
      `${QN}\\s+(?!\\s)${ADJ}(?:migrants|people|persons|individuals|foreigners|(?:foreign|third-country) nationals|nationals)\\s+(?:who\\s+had\\s+(?:crossed|entered)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:irregularly|illegally|unlawfully)|(?:attempting|trying|seeking)\\s+to\\s+(?:enter|cross)(?:\\s+or\\s+(?:transit|cross|enter))?\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:irregularly|illegally|unlawfully)|without\\s+(?:valid\\s+)?(?:papers|documents|travel\\s+documents|permits|visas|authori[sz]ation)|with\\s+no\\s+right\\s+to\\s+(?:stay|remain|reside))\\b`,
      STAT_FLAGS
    ),
    new RegExp(
      `${QN}\\s+(?!\\s)${ADJ}(?:(?:irregular|undocumented|illegal)\\s+(?:migrants|immigrants|border crossers|aliens|entrants)|undocumented\\s+(?:persons|people|foreigners|(?:foreign\\s+)?nationals)|overstayers|immigration offenders)\\b`,
      STAT_FLAGS
    ),
    new RegExp(`${QN}\\s+(?!\\s)(?:irregular|undocumented)\\s+(?:migrants|immigrants)\\b`, STAT_FLAGS),
    new RegExp(`${QN}\\s+(?!\\s)(?:migrants|people|persons)\\s+in an irregular (?:situation|status)\\b`, STAT_FLAGS),
    new RegExp(
      `${QN}\\s+(?!\\s)(?:people|individuals|persons|migrants)\\s+(?:[\\w,-]+\\s+){0,7}?irregular migration\\b`,
      STAT_FLAGS
    ),
    // "8,600 people were found to be staying irregularly", "40 foreign nationals residing illegally"
    new RegExp(
      `${QN}\\s+(?!\\s)${ADJ}(?:people|persons|individuals|migrants|foreigners|(?:foreign|third-country) nationals)\\s+${BE}(?:(?:found|detected|discovered|identified|caught)\\s+(?:to be\\s+)?)?(?:staying|residing|living|present|entering|crossing\\s+(?:the\\s+)?borders?)\\s+(?:irregularly|illegally|unlawfully|without (?:valid\\s+)?(?:papers|documents|permits|authori[sz]ation))\\b`,
      STAT_FLAGS
    ),
    new RegExp(
      `${QN}\\s+(?!\\s)(?:irregularly|illegally|unlawfully)[\\s-](?:staying|residing|present)\\s+(?:people|persons|individuals|migrants|foreigners|(?:foreign|third-country) nationals)\\b`,
      STAT_FLAGS
    ),
    // "507,300 migrant apprehensions", "12,400 apprehensions of undocumented migrants" (the United States' word)
    new RegExp(
      `${QN}\\s+(?!\\s)(?:(?:(?:illegal|irregular|undocumented)\\s+)?(?:migrant|immigrant|alien)\\s+apprehensions|apprehensions\\s+of\\s+(?:(?:illegal|irregular|undocumented)\\s+)?(?:migrants|immigrants|aliens))\\b`,
      STAT_FLAGS
    ),
    // "crews rescued 150,810 migrants", "2,400 migrants were rescued at sea", "The 5,969 migrants intercepted": people
    // rescued or stopped on a crossing
    new RegExp(
      `\\b(?:rescued|intercepted|apprehended)\\s+${QN}\\s+(?!\\s)${ADJ}(?:migrants|asylum[\\s-]seekers)\\b`,
      STAT_FLAGS
    ),
    new RegExp(
      `${QN}\\s+(?!\\s)${ADJ}(?:migrants|asylum[\\s-]seekers)\\s+${BE}(?:rescued|intercepted|apprehended)\\b`,
      STAT_FLAGS
    ),
    // "175 minors were detected as irregular migrants"
    new RegExp(
      `${QN}\\s+(?:minors|children|people|persons|migrants|nationals|foreigners)\\s+${BE}(?:detected|identified|found|intercepted|registered)\\s+as\\s+(?:irregular|illegal|undocumented)\\s+(?:migrants|immigrants)\\b`,
      STAT_FLAGS
    ),
    // A list of figures: "Irregular migrants detected: 412"
    new RegExp(
      `^${LIST_BULLET}?\\s*(?:irregular|undocumented|smuggled)\\s+(?:migrants|immigrants|persons|foreigners|(?:foreign\\s+)?nationals)(?:\\s+(?:detected|intercepted|found|apprehended|arrested|identified|located))?${LIST_SEP}${QN}${LIST_TAIL}`,
      STAT_FLAGS
    ),
    new RegExp(
      `\\birregular migrants\\s+(?:\\w+\\s+){0,2}(?:totall?ed|numbered|reached|stood at|came to)\\s+${QN}\\b`,
      STAT_FLAGS
    ),
  ],
};

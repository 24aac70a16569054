import type { FieldRule } from '../languages/types';
import { LIST_BULLET, LIST_SEP, LIST_TAIL } from '../languages/list-lines';
import { ADJ, BE, QN, STAT_FLAGS } from './figure-patterns';

/** How an English release states the investigations its operation opened (stat-rules.ts holds the other stats). */
export const INVESTIGATIONS_OPENED: FieldRule = {
  words: /investigation|inquir|probe|case|proceeding|\bFIRs\b/i,
  patterns: [
    // ("38 FIRs have been registered")
    new RegExp(
      `${QN}\\s+(?!\\s)(?:new\\s+)?${ADJ}(?:investigations|inquiries|probes|cases|case files|case dockets|investigation files|proceedings|FIRs)\\s+${BE}(?:opened|launched|initiated|started|begun|commenced|instigated|registered)\\b`,
      STAT_FLAGS
    ),
    new RegExp(
      `\\b(?:open(?:ed|ing)?|launch(?:ed|ing)?|initiat(?:ed|ing)?|start(?:ed|ing)?|commenc(?:ed|ing)|instigat(?:ed|ing)?|trigger(?:ed|ing)?|generat(?:ed|ing))\\s+(?:of\\s+)?${QN}\\s+(?!\\s)(?:new\\s+|fresh\\s+)?${ADJ}(?:investigations|inquiries|probes|cases|case dockets|investigation files|investigation papers|proceedings)\\b`,
      STAT_FLAGS
    ),
    // "Police registered 40 FIRs" (first information reports: the opening of a criminal case in South Asia)
    new RegExp(
      `\\b(?:register(?:ed|ing)?|lodg(?:ed|ing)|filed)\\s+${QN}\\s+(?!\\s)(?:(?:new|separate|fresh)\\s+)?(?:(?<=(?:register(?:ed|ing)?|lodg(?:ed|ing))\\s[^\\n]{1,40})criminal\\s+)?(?:FIRs|cases)\\b`,
      STAT_FLAGS
    ),
    new RegExp(`${QN}\\s+(?!\\s)new\\s+${ADJ}(?:investigations|inquiries|probes|cases)\\b`, STAT_FLAGS),
    // ("Investigations have been opened in 21 cases")
    new RegExp(
      `\\binvestigations\\s+(?:have\\s+been|had\\s+been|were)\\s+opened\\s+in(?:to)?\\s+${QN}\\s+(?:cases|companies|suspects)\\b`,
      STAT_FLAGS
    ),
    // "we now have 41 criminal investigations open": open as a state ("open to the public" is something else)
    new RegExp(
      `${QN}\\s+(?!\\s)${ADJ}(?:investigations|inquiries|probes|cases|proceedings)\\s+(?:(?:are|remain)\\s+)?(?:now\\s+)?open\\b(?!\\s+to\\b)`,
      STAT_FLAGS
    ),
    // A list of figures: "Investigations opened: 45", "Fresh cases registered: 1,674"
    new RegExp(
      `^${LIST_BULLET}?\\s*(?:(?:(?:new|fresh)\\s+)?(?:criminal\\s+)?(?:investigations|inquiries|probes|cases|investigation\\s+papers)\\s+(?:opened|launched|initiated|registered)(?:\\s+(?:against|with|for)\\s[^:\\n]{1,60})?|new\\s+(?:criminal\\s+)?(?:investigations|inquiries|probes))${LIST_SEP}${QN}${LIST_TAIL}`,
      STAT_FLAGS
    ),
  ],
};

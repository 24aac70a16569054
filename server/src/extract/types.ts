import type { StatName, StatQualifier } from '../../../shared/stats';

/** What the extractor found: each field with the exact span of the release it read. */
export type ExtractedStat = { value: number; qualifier: StatQualifier; evidence: string };
export type ExtractedText = { value: string; evidence: string };
export type ExtractedFields = Partial<Record<StatName, ExtractedStat>> & {
  startDate?: ExtractedText;
  endDate?: ExtractedText;
  agency?: ExtractedText;
  codename?: ExtractedText;
  headquarters?: ExtractedText;
};

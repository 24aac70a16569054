/** What the extractor found: each field with the exact span of the release it read (declared once in shared/types.ts). */
export type {
  ExtractedFields,
  ExtractedMetric,
  ExtractedStat,
  ExtractedText,
  ReleaseExtraction,
  ReleaseLanguage,
  ReleaseLanguageSource,
} from '../../../shared/types';

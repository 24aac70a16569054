import { RELEASE_LANGUAGES } from '../../../shared/words';
import { isLetter } from './text';
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

// The marker words by length, to be compared with a word of the text where it stands: a 100 KB text has some
// 20,000 words, and a match and a lower-cased copy of each were half of what a reading allocated (a pattern of
// the markers with the `i` flag, which allocates nothing, took 8 ms on a two-byte text).
const MARKERS_BY_LENGTH = new Map<number, { word: string; language: ReleaseLanguage }[]>();
for (const language of RELEASE_LANGUAGES) {
  for (const word of MARKERS[language]) {
    const same = MARKERS_BY_LENGTH.get(word.length) ?? [];
    same.push({ word, language });
    MARKERS_BY_LENGTH.set(word.length, same);
  }
}
const LONGEST_MARKER = Math.max(...MARKERS_BY_LENGTH.keys());

/** A character code in lower case, as `toLowerCase` gives it for the markers' letters (ASCII, and "À" to "Þ"). */
const lower = (c: number) => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

/** The language of the marker word `text` holds at `[start, end)`, if it is one (case aside). */
function markerAt(text: string, start: number, end: number): ReleaseLanguage | undefined {
  const same = MARKERS_BY_LENGTH.get(end - start);
  if (!same) return undefined;
  for (const { word, language } of same) {
    let i = 0;
    while (i < word.length && lower(text.charCodeAt(start + i)) === word.charCodeAt(i)) i += 1;
    if (i === word.length) return language;
  }
  return undefined;
}

/** Fewer marker words than this, or a lead smaller than LEAD over the next language: the text alone does not decide. */
const ENOUGH = 3;
const LEAD = 1.5;

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
  // Each run of letters (a word, as \p{L}+ reads it) no longer than the longest marker is looked up.
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isLetter(text.charCodeAt(i), text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST_MARKER) {
      const language = markerAt(text, start, i);
      if (language) counts[language] += 1;
    }
    start = -1;
  }
  const [first, second] = [...RELEASE_LANGUAGES].sort((a, b) => counts[b] - counts[a]);
  if (counts[first] >= ENOUGH && counts[first] >= counts[second] * LEAD) return { language: first, source: 'text' };
  const hinted = languageOfLocale(locale);
  if (hinted) return { language: hinted, source: 'hint' };
  if (counts[first] > counts[second]) return { language: first, source: 'text' };
  return { language: 'en', source: 'default' };
}

import type { ReleaseLanguage } from '../types';
import { ENGLISH } from '../en';
import { FRENCH } from '../fr';
import type { LanguageRules } from './types';

/** The languages the extractor reads, by code. */
export const LANGUAGES: Record<ReleaseLanguage, LanguageRules> = {
  en: ENGLISH,
  fr: FRENCH,
  es: ENGLISH,
};

export type { LanguageRules } from './types';

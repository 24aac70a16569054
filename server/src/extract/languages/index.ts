import type { ReleaseLanguage } from '../types';
import { ENGLISH } from '../en';
import { FRENCH } from '../fr';
import { SPANISH } from '../es';
import type { LanguageRules } from './types';

/** The languages the extractor reads, by code. */
export const LANGUAGES: Record<ReleaseLanguage, LanguageRules> = {
  en: ENGLISH,
  fr: FRENCH,
  es: SPANISH,
};

export type { LanguageRules } from './types';

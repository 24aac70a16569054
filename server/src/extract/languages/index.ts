import type { ReleaseLanguage } from '../types';
import { ENGLISH } from '../en';
import { SPANISH } from '../es';
import type { LanguageRules } from './types';

/** The languages the extractor reads, by code. */
export const LANGUAGES: Record<ReleaseLanguage, LanguageRules> = {
  en: ENGLISH,
  fr: ENGLISH,
  es: SPANISH,
};

export type { LanguageRules } from './types';

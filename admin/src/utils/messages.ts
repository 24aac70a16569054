import en from '../translations/en.json';
import fr from '../translations/fr.json';

export type Messages = Record<string, string>;

/** The plugin's English messages: every key, the fallback of every other language. */
export const ENGLISH_MESSAGES: Messages = en;

const BY_LOCALE: Record<string, Messages> = { en, fr };

/**
 * The plugin's messages in `locale` (`fr-FR` reads `fr`), English where the
 * language lacks a key or the plugin has no words in it: for code that runs
 * outside react-intl's provider (the Content Manager's hooks, the store).
 */
const merged = new Map<string, Messages>();
export function messagesIn(locale: string): Messages {
  let messages = merged.get(locale);
  if (!messages) {
    messages = { ...en, ...(BY_LOCALE[locale] ?? BY_LOCALE[locale.split('-')[0]] ?? {}) };
    merged.set(locale, messages);
  }
  return messages;
}

import en from '../translations/en.json';

export type Messages = Record<string, string>;

/** The plugin's English messages: every key, the fallback of every other language. */
export const ENGLISH_MESSAGES: Messages = en;

/**
 * Other languages arrive with the admin's own translations (`registerTrads`,
 * at boot, before any view renders): kept out of the eager chunk, which every
 * admin page loads.
 */
const BY_LOCALE: Record<string, Messages> = { en };
const merged = new Map<string, Messages>();

/** Keeps the plugin's messages in `locale` for `messagesIn`; `registerTrads` calls it as each language loads. */
export function rememberMessages(locale: string, messages: Messages): void {
  BY_LOCALE[locale] = messages;
  merged.clear();
}

/**
 * The plugin's messages in `locale` (`fr-FR` reads `fr`), English where the
 * language lacks a key or the plugin has no words in it: for code that runs
 * outside react-intl's provider (the Content Manager's hooks, the store).
 */
export function messagesIn(locale: string): Messages {
  let messages = merged.get(locale);
  if (!messages) {
    messages = { ...en, ...(BY_LOCALE[locale] ?? BY_LOCALE[locale.split('-')[0]] ?? {}) };
    merged.set(locale, messages);
  }
  return messages;
}

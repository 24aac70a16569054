import { getTranslation } from './getTranslation';
import { ENGLISH_MESSAGES, messagesIn } from './messages';

/** The translation key of a field's label: `operation-reports.label.<content type or component uid>.<field>`. */
export const labelKey = (owner: string, field: string) => getTranslation(`label.${owner}.${field}`);

/**
 * The label a field shows in `locale`: the plugin's words for it when `current`
 * is still the plugin's English label (what the install wrote into the Content
 * Manager's metadata), otherwise `current` as the editor left it. A language
 * the plugin has no words in shows the English.
 */
export function labelIn(locale: string, owner: string, field: string, current: string | undefined): string | undefined {
  const key = labelKey(owner, field);
  if (current === undefined || ENGLISH_MESSAGES[key] !== current) return current;
  return messagesIn(locale)[key] ?? current;
}

import { createIntl, createIntlCache } from 'react-intl';
import { ENGLISH_MESSAGES, messagesIn } from '../utils/messages';
import { localValues, sayRefusal, type Say } from '../utils/refusal';
import { adminLocale } from './adminLanguage';

type Action = { type?: unknown; payload?: unknown; meta?: { requestStatus?: unknown } };
type Store = { getState(): unknown };

const cache = createIntlCache();

/** Says a reason with the plugin's translations in `locale`, English where a translation is missing. */
export function sayIn(locale: string): Say {
  const intl = createIntl({ locale, defaultLocale: 'en', messages: messagesIn(locale), onError: () => {} }, cache);
  return ({ id, values, message }) =>
    intl.formatMessage({ id, defaultMessage: ENGLISH_MESSAGES[id] ?? message }, localValues(values, locale));
}

/**
 * A redux middleware (`app.addMiddlewares`) that words the plugin's refusals in
 * the editor's language before the Content Manager reads them. The edit view
 * puts each `details.errors[].message` under its field (its
 * `formatValidationErrors` reads only `path` and `message`) and the 400's
 * `message` in the notification, so those are the strings re-worded. The
 * rejected action's payload is replaced on the action itself: the mutation's
 * caller reads the payload of the very action that was dispatched.
 */
export const refusalWords = () => (store: Store) => (next: (action: unknown) => unknown) => (action: unknown) => {
  const rejected = action as Action;
  if (rejected?.meta?.requestStatus === 'rejected' && rejected.payload !== undefined) {
    const worded = sayRefusal(rejected.payload, sayIn(adminLocale(store.getState())));
    if (worded) rejected.payload = worded;
  }
  return next(action);
};

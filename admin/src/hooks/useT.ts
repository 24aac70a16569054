import * as React from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

export type TranslationValues = Record<string, string | number>;

/** `t(key, defaultMessage, values)`: the plugin's message `key` (prefixed with the plugin id) in the admin's locale. */
export type Translate = (key: string, defaultMessage: string, values?: TranslationValues) => string;

/** The one translate function of the plugin's components. */
export function useT(): Translate {
  const { formatMessage } = useIntl();
  return React.useCallback<Translate>(
    (key, defaultMessage, values) => formatMessage({ id: getTranslation(key), defaultMessage }, values),
    [formatMessage]
  );
}

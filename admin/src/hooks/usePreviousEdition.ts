import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PreviousEditionResponse } from '../../../shared/types';
import { PREVIOUS_EDITION_URL } from '../utils/urls';
import { useEditViewLocale } from './useEditViewLocale';

export type PreviousEditionState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | ({ kind: 'ready' } & PreviousEditionResponse['data']);

/** What the edit form says about which edition it is: the question the admin route answers. */
export interface EditionQuestion {
  series?: unknown;
  codename?: unknown;
  startDate?: unknown;
  locale?: unknown;
  documentId?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : '');
/** Long enough not to ask at every keystroke of a code name, short enough to follow the editor. */
const DEBOUNCE_MS = 300;

/**
 * The previous published edition of the series of the report being edited,
 * asked again when the form's series, code name, start date or locale change
 * (not its figures: the panel compares the live figures itself). A form
 * without a start date, or without a series or code name, asks nothing.
 */
export function usePreviousEdition(question: EditionQuestion): PreviousEditionState {
  const { get } = useFetchClient();
  // The edit view names its locale in the URL; a form value, when there is one, says the same.
  const editViewLocale = useEditViewLocale();
  const [state, setState] = React.useState<PreviousEditionState>({ kind: 'idle' });
  const params = {
    series: text(question.series),
    codename: text(question.codename),
    startDate: text(question.startDate).slice(0, 10),
    locale: text(question.locale) || editViewLocale,
    documentId: text(question.documentId),
  };
  const key = JSON.stringify(params);

  React.useEffect(() => {
    const asked = JSON.parse(key) as typeof params;
    if (!asked.startDate || !(asked.series || asked.codename)) {
      setState({ kind: 'idle' });
      return undefined;
    }
    let live = true;
    setState({ kind: 'loading' });
    const query = Object.fromEntries(Object.entries(asked).filter(([, value]) => value !== ''));
    const timer = setTimeout(async () => {
      try {
        const response = await get<PreviousEditionResponse>(PREVIOUS_EDITION_URL, { params: query });
        if (live) setState({ kind: 'ready', ...response.data.data });
      } catch {
        if (live) setState({ kind: 'error' });
      }
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` holds every value the request reads.
  }, [get, key]);

  return state;
}

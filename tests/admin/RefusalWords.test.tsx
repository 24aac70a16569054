import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { configureStore } from '@reduxjs/toolkit';
import { createApi } from '@reduxjs/toolkit/query/react';
import { Provider } from 'react-redux';
import { useAPIErrorHandler, useField, useForm } from '@strapi/strapi/admin';
import { refusalWords } from '../../admin/src/hooks/refusalWords';
import { renderInForm } from './render';
import { endBeforeStartError } from '../helpers/refusals';

/**
 * A refused save as the server answers it (server/src/rules/report-rules.ts;
 * tests/api/slugs-and-dates.test.ts asserts this entry on a real Strapi), and a
 * title refused beside it.
 */
const REFUSAL = {
  status: 400,
  name: 'ValidationError',
  message:
    '2 errors occurred: endDate (2023-10-01) must be on or after startDate (2023-10-03); title must be at most 255 characters (got 300)',
  details: {
    errors: [
      endBeforeStartError('2023-10-01', '2023-10-03'),
      {
        path: ['title'],
        message: 'title must be at most 255 characters (got 300)',
        name: 'ValidationError',
        id: 'operation-reports.error.maxLength',
        values: { max: 255, length: 300 },
      },
    ],
  },
};

/** Strapi's own refusal (no plugin id): passes untouched. */
const CORE_REFUSAL = {
  status: 400,
  name: 'ValidationError',
  message: 'This attribute must be unique',
  details: { errors: [{ path: ['title'], message: 'This attribute must be unique', name: 'ValidationError' }] },
};

/** The admin's store as Strapi builds it: the API's middleware, then the plugins' (app.addMiddlewares). */
function adminStore(locale: string, answer: unknown) {
  const api = createApi({
    reducerPath: 'adminApi',
    baseQuery: async () => ({ error: answer }),
    endpoints: (builder) => ({ updateDocument: builder.mutation<unknown, void>({ query: () => ({}) }) }),
  });
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer, admin_app: () => ({ language: { locale } }) },
    middleware: (getDefault) => [...getDefault(), api.middleware, refusalWords() as never],
  });
  return { api, store };
}

type Api = ReturnType<typeof adminStore>['api'];

/** Saves as the edit view's UpdateAction does: a refusal goes through Strapi's formatValidationErrors into the form. */
function SaveLikeTheEditView({ api, onToast }: { api: Api; onToast: (message: string) => void }) {
  const [update] = api.useUpdateDocumentMutation();
  const setErrors = useForm('Save', (state) => state.setErrors);
  const { _unstableFormatValidationErrors: formatValidationErrors, _unstableFormatAPIError: formatAPIError } =
    useAPIErrorHandler();
  const save = async () => {
    const res = await update();
    if ('error' in res) {
      onToast(formatAPIError(res.error as never));
      setErrors(formatValidationErrors(res.error as never));
    }
  };
  return <button onClick={save}>Save</button>;
}

/** What a Content Manager input shows under itself: useField's error. */
function FieldError({ name }: { name: string }) {
  const { error } = useField(name);
  return <p data-testid={`error-${name}`}>{error ?? ''}</p>;
}

async function refuse(locale: string, answer: unknown = REFUSAL) {
  const { api, store } = adminStore(locale, answer);
  const toasts: string[] = [];
  renderInForm(
    <Provider store={store}>
      <SaveLikeTheEditView api={api} onToast={(message) => toasts.push(message)} />
      <FieldError name="endDate" />
      <FieldError name="title" />
    </Provider>,
    { locale, values: { endDate: '2023-10-01', startDate: '2023-10-03', title: 'x'.repeat(300) } }
  );
  await act(async () => {
    fireEvent.click(screen.getByText('Save'));
  });
  await waitFor(() => expect(screen.getByTestId('error-endDate').textContent).not.toBe(''));
  return {
    toasts,
    endDate: screen.getByTestId('error-endDate').textContent,
    title: screen.getByTestId('error-title').textContent,
  };
}

describe('a refused save in the editor’s words', () => {
  const day = (iso: string, locale: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`)
    );

  it('shows the end date refusal under the field in English, with dates in the admin’s locale', async () => {
    const { endDate, title, toasts } = await refuse('en');
    expect(endDate).toBe('The end date (Oct 1, 2023) must be on or after the start date (Oct 3, 2023).');
    expect(endDate).toBe(
      `The end date (${day('2023-10-01', 'en')}) must be on or after the start date (${day('2023-10-03', 'en')}).`
    );
    expect(title).toBe('Keep it to 255 characters: this one has 300.');
    // The notification says the same, one line per field.
    expect(toasts).toEqual([`${endDate}\n${title}`]);
  });

  it('says it in French when the admin is in French', async () => {
    const { endDate, title } = await refuse('fr');
    expect(endDate).toBe(
      `La date de fin (${day('2023-10-01', 'fr')}) doit être égale ou postérieure à la date de début (${day('2023-10-03', 'fr')}).`
    );
    expect(endDate).toContain('(1 oct. 2023)');
    expect(title).toBe('255 caractères au plus : ce texte en compte 300.');
  });

  it('says it in Spanish when the admin is in Spanish', async () => {
    const { endDate, title } = await refuse('es');
    expect(endDate).toBe(
      `La fecha de fin (${day('2023-10-01', 'es')}) debe ser igual o posterior a la fecha de inicio (${day('2023-10-03', 'es')}).`
    );
    expect(endDate).toContain('(1 oct 2023)');
    expect(title).toBe('Como máximo 255 caracteres: este texto tiene 300.');
  });

  it('falls back to English in an admin language the plugin is not translated into', async () => {
    const { endDate } = await refuse('de');
    expect(endDate).toBe(
      `The end date (${day('2023-10-01', 'de')}) must be on or after the start date (${day('2023-10-03', 'de')}).`
    );
  });

  it('leaves Strapi’s own refusals as they are', async () => {
    const { api, store } = adminStore('fr', CORE_REFUSAL);
    const result = (await store.dispatch(api.endpoints.updateDocument.initiate() as never)) as { error: unknown };
    expect(result.error).toEqual(CORE_REFUSAL);
  });
});

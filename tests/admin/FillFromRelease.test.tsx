import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FetchError } from '@strapi/strapi/admin';
import { renderInForm } from './render';

const post = jest.fn();
const toggleNotification = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ post }),
  useNotification: () => ({ toggleNotification }),
}));

// Imported after the mock so the dialog sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { findFigures as findText, formValues, HeaderActionHarness, openDialog, REPORT } from './fill-harness';
// eslint-disable-next-line import/first
import { evidenceInContext, readExtractAnswer } from '../../admin/src/utils/release';

const RELEASE = [
  'Human trafficking: 3,744 arrests in global INTERPOL operation',
  '',
  'LYON, France – A global operation coordinated by INTERPOL has led to 3,744 arrests and the identification of 4,414 potential victims of human trafficking.',
  'Operation Liberterra III ran from 10 to 21 November 2025 across 119 countries, with approximately 14,000 officers taking part.',
  'Officers also detected 12,992 irregular migrants, and at least 720 new investigations were opened.',
].join('\n');

const span = (evidence: string) => {
  if (!RELEASE.includes(evidence)) throw new Error(`not in the release: ${evidence}`);
  return evidence;
};

/** What the server answers for RELEASE, with a key this version of the admin does not know. */
const ANSWER = {
  data: {
    fields: {
      codename: { value: 'Liberterra III', evidence: span('Operation Liberterra III') },
      agency: { value: 'INTERPOL', evidence: span('coordinated by INTERPOL') },
      headquarters: { value: 'Lyon', evidence: span('LYON, France') },
      startDate: { value: '2025-11-10', evidence: span('from 10 to 21 November 2025') },
      endDate: { value: '2025-11-21', evidence: span('from 10 to 21 November 2025') },
      countries: { value: 119, qualifier: 'exact', evidence: span('119 countries') },
      officers: {
        value: 14000,
        qualifier: 'approximately',
        evidence: span('approximately 14,000 officers taking part'),
      },
      arrests: { value: 3744, qualifier: 'exact', evidence: span('led to 3,744 arrests') },
      victimsIdentified: {
        value: 4414,
        qualifier: 'exact',
        evidence: span('identification of 4,414 potential victims'),
      },
      irregularMigrants: { value: 12992, qualifier: 'exact', evidence: span('12,992 irregular migrants') },
      investigationsOpened: {
        value: 720,
        qualifier: 'atLeast',
        evidence: span('at least 720 new investigations were opened'),
      },
      seizures: { value: 12, evidence: 'twelve' },
    },
    warnings: [],
  },
};

/** Pastes `text` (the release by default) and presses "Find figures", letting the answer land. */
const findFigures = (text = RELEASE) => findText(text);

describe('Fill from press release', () => {
  beforeEach(() => {
    post.mockReset();
    toggleNotification.mockReset();
  });

  it('opens a labelled dialog from the header action', async () => {
    const dialog = await openDialog();
    expect(within(dialog).getByRole('heading', { name: 'Fill from press release' })).toBeTruthy();
    expect(screen.getByRole('alertdialog', { name: 'Fill from press release' })).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'Press release text' })).toBe(
      screen.getByTestId('fill-release-text')
    );
    // Ready to paste: the text area has the focus.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('fill-release-text')));
    // Nothing to send yet, nothing to apply.
    expect((screen.getByTestId('fill-release-find') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('fill-release-apply') as HTMLButtonElement).disabled).toBe(true);
  });

  it('finds the fields and lists each with its value and the words it was read from', async () => {
    post.mockResolvedValue({ data: ANSWER });
    await openDialog();
    await findFigures();
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    expect(post).toHaveBeenCalledWith('/operation-reports/extract', { text: RELEASE });

    expect(screen.getByTestId('fill-release-count').textContent).toBe('11 of 11 selected');
    // The busy button gave up the focus; the results took it.
    expect(document.activeElement?.textContent).toBe('Found in the release');
    // Listed in the edit view's order; the unknown `seizures` is left out.
    const rows = screen.getAllByTestId(/^fill-release-row-/).map((row) => row.dataset.testid);
    expect(rows).toEqual([
      'fill-release-row-codename',
      'fill-release-row-agency',
      'fill-release-row-headquarters',
      'fill-release-row-startDate',
      'fill-release-row-endDate',
      'fill-release-row-countries',
      'fill-release-row-officers',
      'fill-release-row-arrests',
      'fill-release-row-victimsIdentified',
      'fill-release-row-irregularMigrants',
      'fill-release-row-investigationsOpened',
    ]);

    const officers = screen.getByTestId('fill-release-row-officers');
    expect(within(officers).getByRole('checkbox', { name: 'Officers' }).getAttribute('aria-checked')).toBe('true');
    expect(within(officers).getByTestId('fill-release-value-officers').textContent).toBe('~14,000');
    // The span is highlighted inside its sentence.
    const evidence = within(officers).getByTestId('fill-release-evidence-officers');
    expect(evidence.querySelector('mark')?.textContent).toBe('approximately 14,000 officers taking part');
    expect(evidence.textContent).toContain(
      'Operation Liberterra III ran from 10 to 21 November 2025 across 119 countries, with approximately 14,000 officers taking part.'
    );
    expect(evidence.textContent).not.toContain('LYON');

    expect(screen.getByTestId('fill-release-value-investigationsOpened').textContent).toBe('720+');
    expect(screen.getByTestId('fill-release-value-startDate').textContent).toBe('Nov 10, 2025');
    expect(screen.getByTestId('fill-release-value-codename').textContent).toBe('Liberterra III');
    expect(screen.getByTestId('fill-release-row-headquarters').querySelector('mark')?.textContent).toBe('LYON, France');
  });

  it('applies only the ticked fields to the form, qualifiers included, and saves nothing', async () => {
    post.mockResolvedValue({ data: ANSWER });
    await openDialog({ title: 'Liberterra III', arrests: 100, arrestsQualifier: 'exact', officers: null });
    await findFigures();
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    // The form already holds 100 arrests: the row says what it would replace, and waits unticked.
    expect(screen.getByTestId('fill-release-row-arrests').textContent).toContain('Replaces 100');
    expect(screen.getByTestId('fill-release-count').textContent).toBe('10 of 11 selected');

    fireEvent.click(within(screen.getByTestId('fill-release-row-agency')).getByRole('checkbox'));
    expect(screen.getByTestId('fill-release-count').textContent).toBe('9 of 11 selected');

    fireEvent.click(screen.getByTestId('fill-release-apply'));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const values = formValues();
    expect(values).toMatchObject({
      title: 'Liberterra III',
      codename: 'Liberterra III',
      headquarters: 'Lyon',
      startDate: '2025-11-10',
      endDate: '2025-11-21',
      countries: 119,
      countriesQualifier: 'exact',
      officers: 14000,
      officersQualifier: 'approximately',
      victimsIdentified: 4414,
      victimsIdentifiedQualifier: 'exact',
      irregularMigrants: 12992,
      irregularMigrantsQualifier: 'exact',
      investigationsOpened: 720,
      investigationsOpenedQualifier: 'atLeast',
      // Unticked: left as they were.
      arrests: 100,
      arrestsQualifier: 'exact',
    });
    expect(values).not.toHaveProperty('agency');
    expect(values).not.toHaveProperty('seizures');
    expect(toggleNotification).toHaveBeenCalledWith({
      type: 'success',
      message: '9 fields filled — review and save',
    });
    expect(post).toHaveBeenCalledTimes(1);
  });

  describe('a proposal that would replace a different value in the form', () => {
    const FORM = {
      arrests: 3700,
      arrestsQualifier: 'exact',
      officers: 14000,
      officersQualifier: 'approximately',
      countries: 119,
      countriesQualifier: 'upTo',
      agency: 'INTERPOL',
      headquarters: '',
      startDate: '2025-11-10',
      endDate: '2025-11-20',
    };
    const checkbox = (name: string) =>
      within(screen.getByTestId(`fill-release-row-${name}`))
        .getByRole('checkbox')
        .getAttribute('aria-checked');

    it('is marked with the value it replaces and left unticked; empty fields and same values stay ticked', async () => {
      post.mockResolvedValue({ data: ANSWER });
      await openDialog(FORM);
      await findFigures();
      await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());

      expect(screen.getByTestId('fill-release-replaces-arrests').textContent).toBe(
        'Replaces 3,700 · left unticked: tick it to replace'
      );
      // The same figure under another qualifier is another value.
      expect(screen.getByTestId('fill-release-replaces-countries').textContent).toBe(
        'Replaces ≤119 · left unticked: tick it to replace'
      );
      expect(screen.getByTestId('fill-release-replaces-endDate').textContent).toBe(
        'Replaces Nov 20, 2025 · left unticked: tick it to replace'
      );
      expect([checkbox('arrests'), checkbox('countries'), checkbox('endDate')]).toEqual(['false', 'false', 'false']);

      // The same value: said so, ticked as before.
      for (const name of ['officers', 'agency', 'startDate']) {
        expect(screen.getByTestId(`fill-release-same-${name}`).textContent).toBe('Already in the form');
        expect(screen.queryByTestId(`fill-release-replaces-${name}`)).toBeNull();
        expect(checkbox(name)).toBe('true');
      }
      // Empty in the form: no mark, ticked.
      for (const name of ['headquarters', 'codename', 'victimsIdentified']) {
        expect(screen.queryByTestId(`fill-release-replaces-${name}`)).toBeNull();
        expect(screen.queryByTestId(`fill-release-same-${name}`)).toBeNull();
        expect(checkbox(name)).toBe('true');
      }
      expect(screen.getByTestId('fill-release-count').textContent).toBe('8 of 11 selected');

      // Applying leaves the replaced values alone, until the editor ticks one.
      fireEvent.click(within(screen.getByTestId('fill-release-row-arrests')).getByRole('checkbox'));
      expect(checkbox('arrests')).toBe('true');
      fireEvent.click(screen.getByTestId('fill-release-apply'));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(formValues()).toMatchObject({
        arrests: 3744,
        countries: 119,
        countriesQualifier: 'upTo',
        endDate: '2025-11-20',
        headquarters: 'Lyon',
      });
    });

    it('is marked in French too', async () => {
      post.mockResolvedValue({ data: ANSWER });
      await openDialog(FORM, 'fr');
      await findFigures();
      await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
      expect(screen.getByTestId('fill-release-replaces-arrests').textContent).toBe(
        'Remplace 3\u202f700 · laissé décoché : cochez pour remplacer'
      );
      expect(checkbox('arrests')).toBe('false');
      expect(screen.getByTestId('fill-release-same-officers').textContent).toBe('Déjà dans le formulaire');
    });
  });

  it('shows the server error inline, and a network failure as a plain message', async () => {
    const message = 'text is 102401 bytes; the limit is 102400 (100 KB)';
    const error = new FetchError(message, {
      data: {
        data: null,
        error: { status: 400, name: 'ValidationError', message, details: { errors: [{ path: ['text'] }] } },
      },
    } as never);
    error.status = 400;
    post.mockRejectedValueOnce(error);
    await openDialog();
    await findFigures('x'.repeat(102401));
    // The design system's Alert: the panel takes focus, its message is the role="alert" region.
    const panel = await screen.findByTestId('fill-release-error');
    const alert = within(panel).getByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(document.activeElement).toBe(panel);
    expect(screen.queryByTestId(/^fill-release-row-/)).toBeNull();
    expect((screen.getByTestId('fill-release-apply') as HTMLButtonElement).disabled).toBe(true);

    post.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('fill-release-find'));
    });
    await waitFor(() =>
      expect(within(screen.getByTestId('fill-release-error')).getByRole('alert').textContent).toBe(
        'The release could not be read. Check your connection and try again.'
      )
    );
  });

  it('closes the error alert from its close button and gives focus back to the text', async () => {
    post.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await openDialog();
    await findFigures('x');
    const panel = await screen.findByTestId('fill-release-error');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('fill-release-error')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('fill-release-text'));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });

  it('says so when nothing was found', async () => {
    post.mockResolvedValue({ data: { data: { fields: {} } } });
    await openDialog();
    await findFigures('A quiet week at headquarters.');
    await waitFor(() => expect(screen.getByTestId('fill-release-empty')).toBeTruthy());
    expect(screen.getByTestId('fill-release-empty').textContent).toContain(
      'No figures, dates or names were found in this text.'
    );
    expect((screen.getByTestId('fill-release-apply') as HTMLButtonElement).disabled).toBe(true);
  });

  it('disables Apply when every field is unticked, and Select all ticks them back', async () => {
    post.mockResolvedValue({
      data: {
        data: {
          fields: {
            arrests: ANSWER.data.fields.arrests,
            countries: ANSWER.data.fields.countries,
          },
        },
      },
    });
    await openDialog();
    await findFigures();
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    const apply = screen.getByTestId('fill-release-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Arrests' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Countries' }));
    expect(screen.getByTestId('fill-release-count').textContent).toBe('0 of 2 selected');
    expect(apply.disabled).toBe(true);
    fireEvent.click(apply);
    expect(toggleNotification).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    expect(screen.getByTestId('fill-release-count').textContent).toBe('2 of 2 selected');
    expect(apply.disabled).toBe(false);
  });

  it('finds with Ctrl+Enter from the text area', async () => {
    post.mockResolvedValue({ data: ANSWER });
    await openDialog();
    const textarea = screen.getByTestId('fill-release-text');
    fireEvent.change(textarea, { target: { value: RELEASE } });
    await act(async () => {
      fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    });
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
  });

  it('closes on Cancel without touching the form', async () => {
    post.mockResolvedValue({ data: ANSWER });
    await openDialog({ arrests: 5 });
    await findFigures();
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(formValues()).toEqual({ arrests: 5 });
  });

  it('speaks French in a French admin', async () => {
    post.mockResolvedValue({ data: ANSWER });
    await openDialog({}, 'fr');
    expect(screen.getByRole('textbox', { name: 'Texte du communiqué' })).toBeTruthy();
    await findFigures();
    await waitFor(() => expect(screen.getByTestId('fill-release-row-officers')).toBeTruthy());
    expect(screen.getByTestId('fill-release-value-officers').textContent).toMatch(/^~14\s000$/);
    expect(screen.getByTestId('fill-release-count').textContent).toBe('11 sélectionnés sur 11');
    expect(screen.getByRole('button', { name: 'Appliquer' })).toBeTruthy();
  });

  it('only appears on operation reports, and is disabled on the published tab', () => {
    renderInForm(<HeaderActionHarness model="api::article.article" />);
    expect(screen.getByText('no action')).toBeTruthy();
    renderInForm(<HeaderActionHarness model={REPORT} activeTab="published" />);
    expect((screen.getByRole('button', { name: 'Fill from press release' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('drops an answer that arrives after the dialog closed', async () => {
    let answer: (value: unknown) => void = () => undefined;
    post.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    await openDialog();
    await findFigures();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await act(async () => answer({ data: ANSWER }));
    expect(formValues()).toEqual({});
  });
});

describe('reading the extract answer', () => {
  it('keeps well-formed fields only', () => {
    const fields = readExtractAnswer({
      data: {
        fields: {
          arrests: { value: 3744, qualifier: 'exact', evidence: '3,744 arrests' },
          officers: { value: 14000.5, qualifier: 'approximately', evidence: 'about 14,000.5' },
          countries: { value: -1, evidence: '' },
          victimsIdentified: { value: 10, qualifier: 'roughly', evidence: '10 victims' },
          startDate: { value: '2025-02-30', evidence: '30 February 2025' },
          endDate: { value: '2025-11-21', evidence: '21 November 2025' },
          agency: { value: '  ', evidence: '' },
          codename: { value: 'Liberterra III', evidence: 'Operation Liberterra III', extra: true },
        },
        meta: { version: 2 },
      },
    });
    expect(fields).toEqual([
      { name: 'codename', kind: 'text', value: 'Liberterra III', evidence: 'Operation Liberterra III' },
      { name: 'endDate', kind: 'date', value: '2025-11-21', evidence: '21 November 2025' },
      { name: 'arrests', kind: 'stat', value: 3744, qualifier: 'exact', evidence: '3,744 arrests' },
      // An unknown qualifier falls back to exact rather than dropping the figure.
      { name: 'victimsIdentified', kind: 'stat', value: 10, qualifier: 'exact', evidence: '10 victims' },
    ]);
    expect(readExtractAnswer({ data: null, error: { status: 400 } })).toEqual([]);
    expect(readExtractAnswer(null)).toEqual([]);
  });

  it('places the evidence in its sentence', () => {
    expect(evidenceInContext(RELEASE, 'at least 720 new investigations were opened')).toEqual({
      before: 'Officers also detected 12,992 irregular migrants, and ',
      match: 'at least 720 new investigations were opened',
      after: '.',
    });
    expect(evidenceInContext('Short. Then 3.7 million people were helped. End.', '3.7 million people')).toEqual({
      before: 'Then ',
      match: '3.7 million people',
      after: ' were helped.',
    });
    expect(evidenceInContext('Edited text', 'not there')).toEqual({ before: '', match: 'not there', after: '' });
    const long = `${'word '.repeat(100)}found 12 arrests ${'more '.repeat(100)}`;
    const context = evidenceInContext(long, '12 arrests');
    expect(context.before.startsWith('…')).toBe(true);
    expect(context.after.endsWith('…')).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(141);
  });
});

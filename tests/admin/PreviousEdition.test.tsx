import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useForm } from '@strapi/strapi/admin';
import { renderInForm } from './render';
import { LIBERTERRA_FORM_VALUES } from '../helpers/liberterra-form';

const get = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ get }),
}));

// Imported after the mock so the panel sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { GlanceContent } from '../../admin/src/components/GlancePanel';

/** Liberterra II as the admin route answers it (figures from tests/fixtures/operation-series.ts). */
const LIBERTERRA_II = {
  documentId: 'liberterra-ii',
  title: 'Operation Liberterra II',
  codename: 'Liberterra II',
  series: 'Liberterra',
  startDate: '2024-09-29',
  endDate: '2024-10-04',
  locale: 'en',
  countries: 116,
  countriesQualifier: 'exact',
  officers: null,
  officersQualifier: 'exact',
  arrests: 2517,
  arrestsQualifier: 'exact',
  victimsIdentified: 3222,
  victimsIdentifiedQualifier: 'exact',
  irregularMigrants: 17793,
  irregularMigrantsQualifier: 'exact',
  investigationsOpened: 0,
  investigationsOpenedQualifier: 'exact',
};
const FORM = { ...LIBERTERRA_FORM_VALUES, codename: 'Liberterra III', series: null };

/** Types into the form as the stat input would: sets one value. */
function SetValue({ name, value }: { name: string; value: unknown }) {
  const onChange = useForm('SetValue', (state) => state.onChange);
  return (
    <button type="button" onClick={() => onChange(name, value)}>
      set {name}
    </button>
  );
}

const lines = () =>
  [...screen.getByTestId('glance-previous-changes').querySelectorAll('li')].map((li) => li.textContent);

describe('At a glance: the previous edition', () => {
  beforeEach(() => {
    get.mockReset();
    get.mockResolvedValue({ data: { data: { series: 'Liberterra', previous: LIBERTERRA_II } } });
  });

  it('compares the form with the previous edition: "vs Liberterra II (2024)", "Arrests 2,517 → 3,744 (+49%)"', async () => {
    renderInForm(<GlanceContent />, { values: FORM });
    await waitFor(() => expect(screen.getByTestId('glance-previous-edition')).toBeTruthy());
    expect(screen.getByTestId('glance-previous-edition').textContent).toBe('vs Liberterra II (2024)');
    // One line per figure both give: officers (II gives none) is left out; 0 → 720+ has no percent.
    expect(lines()).toEqual([
      'Countries 116 → 119 (+3%)',
      'Arrests 2,517 → 3,744 (+49%)',
      'Victims identified 3,222 → 4,414 (+37%)',
      'Irregular migrants 17,793 → 12,992 (-27%)',
      'Investigations opened 0 → 720+',
    ]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0][0]).toBe('/operation-reports/previous-edition');
    expect(get.mock.calls[0][1]).toEqual({ params: { codename: 'Liberterra III', startDate: '2025-11-10' } });
  });

  it("follows the editor's typing without asking the server again", async () => {
    renderInForm(
      <>
        <GlanceContent />
        <SetValue name="arrests" value={5034} />
      </>,
      { values: FORM }
    );
    await waitFor(() => expect(screen.getByTestId('glance-previous-changes')).toBeTruthy());
    act(() => {
      fireEvent.click(screen.getByText('set arrests'));
    });
    expect(lines()).toContain('Arrests 2,517 → 5,034 (+100%)');
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('asks again when the start date changes, and says when there is no earlier edition', async () => {
    renderInForm(
      <>
        <GlanceContent />
        <SetValue name="startDate" value="2023-01-01" />
      </>,
      { values: FORM }
    );
    await waitFor(() => expect(screen.getByTestId('glance-previous-changes')).toBeTruthy());
    get.mockResolvedValue({ data: { data: { series: 'Liberterra', previous: null } } });
    act(() => {
      fireEvent.click(screen.getByText('set startDate'));
    });
    await waitFor(() => expect(screen.getByTestId('glance-previous-none')).toBeTruthy());
    expect(screen.getByTestId('glance-previous-none').textContent).toBe('No earlier published edition of Liberterra.');
    expect(get).toHaveBeenCalledTimes(2);
    expect(get.mock.calls[1][1].params.startDate).toBe('2023-01-01');
  });

  it('asks nothing, and shows nothing, without a code name or series', async () => {
    renderInForm(<GlanceContent />, { values: LIBERTERRA_FORM_VALUES });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(get).not.toHaveBeenCalled();
    expect(screen.queryByText('Previous edition')).toBeNull();
  });

  it('speaks French: grouped figures, French words and percent', async () => {
    renderInForm(<GlanceContent />, { values: { ...FORM, series: 'Liberterra' }, locale: 'fr' });
    await waitFor(() => expect(screen.getByTestId('glance-previous-edition')).toBeTruthy());
    expect(screen.getByText('Édition précédente')).toBeTruthy();
    expect(screen.getByTestId('glance-previous-edition').textContent).toBe('par rapport à Liberterra II (2024)');
    // Intl's French percent: the sign, then a no-break space before "%" (a rise "+49 %", a fall "-27 %").
    expect(lines()).toEqual([
      'Pays 116 → 119 (+3\u00A0%)',
      'Arrestations 2\u202F517 → 3\u202F744 (+49\u00A0%)',
      'Victimes identifiées 3\u202F222 → 4\u202F414 (+37\u00A0%)',
      'Migrants irréguliers 17\u202F793 → 12\u202F992 (-27\u00A0%)',
      'Enquêtes ouvertes 0 → 720+',
    ]);
    expect(get.mock.calls[0][1].params.series).toBe('Liberterra');
  });
});

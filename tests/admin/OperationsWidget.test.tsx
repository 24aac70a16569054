import * as React from 'react';
import { screen, waitFor } from '@testing-library/react';
import { renderInForm } from './render';

const get = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ get }),
}));

// Imported after the mock so the widget sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { OperationsWidget } from '../../admin/src/components/OperationsWidget';

const total = (value: number | null, qualifier = 'exact', reported = 1, max = value) => ({
  value,
  qualifier,
  reported,
  min: value === null ? null : 0,
  max,
  avg: value === null ? null : value / reported,
});
const stats = {
  count: 2,
  totals: {
    // Two operations of 119 and 89 countries: they share countries, the sum (208) means nothing.
    countries: total(208, 'exact', 2, 119),
    officers: total(15000, 'approximately', 2),
    arrests: total(3744),
    victimsIdentified: total(null, 'exact', 0),
    irregularMigrants: total(12992),
    investigationsOpened: total(720, 'atLeast'),
  },
  byYear: [],
};

describe('Operations homepage widget', () => {
  beforeEach(() => get.mockReset());

  const answer = (results: unknown[], data: unknown = stats) =>
    get.mockImplementation(async (url: string) =>
      url.startsWith('/operation-reports/stats') ? { data: { data } } : { data: { results } }
    );
  const LIBERTERRA = [{ documentId: 'abc', title: 'Operation Liberterra III', locale: 'en', status: 'published' }];
  const row = (stat: string) =>
    screen.getByTestId('operations-totals').querySelector(`[data-stat="${stat}"]`)?.textContent;

  it('shows totals over published reports and links the latest reports to their edit views', async () => {
    answer(LIBERTERRA);
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByTestId('operations-totals')).toBeTruthy());
    expect(screen.getByText('Totals over 2 published reports')).toBeTruthy();
    expect(row('officers')).toBe('~15,000');
    expect(row('investigationsOpened')).toBe('720+');
    expect(row('irregularMigrants')).toBe('12,992');
    expect(row('victimsIdentified')).toBe('—');
    const link = screen.getByRole('link', { name: 'Operation Liberterra III' });
    expect(link.getAttribute('href')).toBe(
      '/content-manager/collection-types/plugin::operation-reports.operation-report/abc?plugins[i18n][locale]=en'
    );
    expect(get).toHaveBeenCalledWith('/operation-reports/stats');
  });

  it("shows countries as the largest operation's, never as a sum", async () => {
    answer(LIBERTERRA);
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByTestId('operations-totals')).toBeTruthy());
    expect(row('countries')).toBe('up to 119 countries');
    expect(screen.queryByText(/208/)).toBeNull();
    answer(LIBERTERRA, { ...stats, totals: { ...stats.totals, countries: total(1, 'exact', 1) } });
    const { unmount } = renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByText('up to 1 country')).toBeTruthy());
    unmount();
    answer(LIBERTERRA, { ...stats, totals: { ...stats.totals, countries: total(null, 'exact', 0) } });
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getAllByTestId('operations-totals')).toHaveLength(2));
    const last = screen.getAllByTestId('operations-totals')[1];
    expect(last.querySelector('[data-stat="countries"]')?.textContent).toBe('—');
  });

  it('explains the qualifier marks in a legend', async () => {
    answer(LIBERTERRA);
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByTestId('operations-legend')).toBeTruthy());
    expect(screen.getByTestId('operations-legend').textContent).toBe(
      '~ approximately · + at least or more than · ≤ up to'
    );
  });

  it('lists published reports only, with drafts one click away in the list view', async () => {
    answer(LIBERTERRA);
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByText('Latest published reports')).toBeTruthy());
    const latestUrl = get.mock.calls.map(([url]) => url).find((url: string) => url.startsWith('/content-manager'));
    expect(new URL(latestUrl, 'http://admin').searchParams.get('status')).toBe('published');
    const drafts = screen.getByRole('link', { name: 'See drafts in the list view' });
    expect(drafts.getAttribute('href')).toBe(
      '/content-manager/collection-types/plugin::operation-reports.operation-report'
    );
  });

  it('speaks French: numbers grouped the French way, words and legend translated', async () => {
    answer(LIBERTERRA);
    renderInForm(<OperationsWidget />, { locale: 'fr' });
    await waitFor(() => expect(screen.getByTestId('operations-totals')).toBeTruthy());
    expect(screen.getByText('Totaux sur 2 rapports publiés')).toBeTruthy();
    expect(row('officers')).toBe('~15\u202f000');
    expect(row('irregularMigrants')).toBe('12\u202f992');
    expect(row('investigationsOpened')).toBe('720+');
    expect(row('countries')).toBe("jusqu'à 119 pays");
    expect(screen.getByTestId('operations-legend').textContent).toBe("~ environ · + au moins ou plus de · ≤ jusqu'à");
    expect(screen.getByText('Derniers rapports publiés')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir les brouillons dans la liste' })).toBeTruthy();
  });

  it('shows a loading state first', () => {
    get.mockImplementation(() => new Promise(() => undefined));
    renderInForm(<OperationsWidget />);
    expect(screen.getByText('Loading operations…')).toBeTruthy();
  });

  it('shows an empty state', async () => {
    get.mockImplementation(async (url: string) =>
      url.startsWith('/operation-reports/stats')
        ? { data: { data: { ...stats, count: 0 } } }
        : { data: { results: [] } }
    );
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByText('No published operation reports yet.')).toBeTruthy());
    expect(screen.getByRole('link', { name: 'See drafts in the list view' })).toBeTruthy();
  });

  it('shows a no-permission state on 403 and an error state otherwise', async () => {
    get.mockRejectedValue({ status: 403 });
    const { unmount } = renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByText('You do not have access to operation reports.')).toBeTruthy());
    unmount();
    get.mockRejectedValue(new Error('network'));
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByText('The operations could not be loaded.')).toBeTruthy());
  });
});

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

  const renderWidget = async (locale = 'en') => {
    const view = renderInForm(<OperationsWidget />, { locale });
    await waitFor(() => expect(screen.getByTestId('operations-totals')).toBeTruthy());
    return view;
  };

  it.each([
    [
      'en',
      {
        heading: 'Totals over 2 published reports',
        rows: {
          countries: 'up to 119 countries',
          officers: '~15,000',
          arrests: '3,744',
          victimsIdentified: '—',
          irregularMigrants: '12,992',
          investigationsOpened: '720+',
        },
        legend: '~ approximately · + at least or more than · ≤ up to',
        latest: 'Latest published reports',
        drafts: 'See drafts in the list view',
      },
    ],
    [
      'fr',
      {
        heading: 'Totaux sur 2 rapports publiés',
        rows: {
          countries: "jusqu'à 119 pays",
          officers: '~15\u202f000',
          arrests: '3\u202f744',
          victimsIdentified: '—',
          irregularMigrants: '12\u202f992',
          investigationsOpened: '720+',
        },
        legend: "~ environ · + au moins ou plus de · ≤ jusqu'à",
        latest: 'Derniers rapports publiés',
        drafts: 'Voir les brouillons dans la liste',
      },
    ],
  ])(
    'in %s: sums with their marks, countries as the largest operation, a legend, drafts one click away',
    async (locale, expected) => {
      answer(LIBERTERRA);
      await renderWidget(locale);
      expect(screen.getByText(expected.heading)).toBeTruthy();
      expect(Object.fromEntries(Object.keys(expected.rows).map((stat) => [stat, row(stat)]))).toEqual(expected.rows);
      // Two operations of 119 and 89 countries: never their sum.
      expect(screen.queryByText(/208/)).toBeNull();
      expect(screen.getByTestId('operations-legend').textContent).toBe(expected.legend);
      expect(screen.getByText(expected.latest)).toBeTruthy();
      expect(screen.getByRole('link', { name: expected.drafts }).getAttribute('href')).toBe(
        '/content-manager/collection-types/plugin::operation-reports.operation-report'
      );
    }
  );

  it('asks the Content Manager for published reports only, and links each to its edit view', async () => {
    answer(LIBERTERRA);
    await renderWidget();
    const latestUrl = get.mock.calls.map(([url]) => url).find((url: string) => url.startsWith('/content-manager'));
    expect(new URL(latestUrl, 'http://admin').searchParams.get('status')).toBe('published');
    expect(get).toHaveBeenCalledWith('/operation-reports/stats');
    const link = screen.getByRole('link', { name: 'Operation Liberterra III' });
    expect(link.getAttribute('href')).toBe(
      '/content-manager/collection-types/plugin::operation-reports.operation-report/abc?plugins[i18n][locale]=en'
    );
  });

  it.each([
    [total(1, 'exact', 1), 'up to 1 country'],
    [total(null, 'exact', 0), '—'],
  ])('shows countries %j as %p', async (countries, text) => {
    answer(LIBERTERRA, { ...stats, totals: { ...stats.totals, countries } });
    await renderWidget();
    expect(row('countries')).toBe(text);
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

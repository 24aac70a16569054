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

const total = (value: number | null, qualifier = 'exact', reported = 1) => ({ value, qualifier, reported });
const stats = {
  count: 2,
  totals: {
    countries: total(119),
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

  it('shows totals over published reports and links the latest reports to their edit views', async () => {
    get.mockImplementation(async (url: string) =>
      url.startsWith('/operation-reports/stats')
        ? { data: { data: stats } }
        : { data: { results: [{ documentId: 'abc', title: 'Operation Liberterra III', locale: 'en' }] } }
    );
    renderInForm(<OperationsWidget />);
    await waitFor(() => expect(screen.getByTestId('operations-totals')).toBeTruthy());
    const totals = screen.getByTestId('operations-totals');
    expect(totals.querySelector('[data-stat="officers"]')?.textContent).toBe('~15,000');
    expect(totals.querySelector('[data-stat="investigationsOpened"]')?.textContent).toBe('720+');
    expect(totals.querySelector('[data-stat="victimsIdentified"]')?.textContent).toBe('—');
    const link = screen.getByRole('link', { name: 'Operation Liberterra III' });
    expect(link.getAttribute('href')).toBe(
      '/content-manager/collection-types/plugin::operation-reports.operation-report/abc?plugins[i18n][locale]=en'
    );
    expect(get).toHaveBeenCalledWith('/operation-reports/stats');
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
    await waitFor(() => expect(screen.getByText('No operation reports yet.')).toBeTruthy());
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

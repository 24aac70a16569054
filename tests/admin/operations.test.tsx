import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInForm } from './render';

const get = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ get }),
}));

// Imported after the mock so the page sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { OperationsPage } from '../../admin/src/pages/Operations';

/* Answers shaped like the stats route's `groupBy` contract (shared/types.ts OperationReportStatsGroup). */
type Total = {
  value: number | null;
  qualifier: string;
  reported: number;
  min: number | null;
  max: number | null;
  avg: number | null;
};
const none: Total = { value: null, qualifier: 'exact', reported: 0, min: null, max: null, avg: null };
const total = (value: number, qualifier = 'exact', reported = 1, extra: Partial<Total> = {}): Total => ({
  value,
  qualifier,
  reported,
  min: value,
  max: value,
  avg: value,
  ...extra,
});
const totals = (arrests: Total, officers: Total = none, countries: Total = none) => ({
  countries,
  officers,
  arrests,
  victimsIdentified: none,
  irregularMigrants: none,
  investigationsOpened: none,
});

const GROUPS: Record<string, unknown[]> = {
  year: [
    { key: 2024, count: 1, totals: totals(total(2517), total(14000, 'approximately')) },
    { key: 2025, count: 2, totals: totals(total(4464, 'atLeast', 2, { min: 720, max: 3744, avg: 2232 })) },
  ],
  month: [
    { key: '2024-03', count: 1, totals: totals(total(2517)) },
    { key: '2025-06', count: 2, totals: totals(total(4464, 'atLeast', 2)) },
  ],
  crimeArea: [
    { key: 'human-trafficking', count: 3, totals: totals(total(6981, 'atLeast', 3)) },
    { key: null, count: 1, totals: totals(none) },
  ],
  agency: [
    { key: 'INTERPOL', count: 2, totals: totals(total(6261)) },
    { key: '=HYPERLINK("http://x","y")', count: 1, totals: totals(total(720, 'atLeast')) },
  ],
  series: [
    { key: 'Liberterra', count: 2, totals: totals(total(6261)) },
    { key: 'Global Chain', count: 1, totals: totals(total(720)) },
  ],
};
const EDITIONS = [
  {
    documentId: 'l2',
    codename: 'Liberterra II',
    title: 'Operation Liberterra II',
    startDate: '2024-03-01',
    arrests: 2517,
    arrestsQualifier: 'exact',
  },
  {
    documentId: 'l3',
    codename: 'Liberterra III',
    title: 'Operation Liberterra III',
    startDate: '2025-06-01',
    arrests: 3744,
    arrestsQualifier: 'approximately',
  },
];

const statsAnswer = (groupBy: string, count = 3) => ({
  data: { data: { count, totals: totals(none), byYear: [], groupBy, groups: GROUPS[groupBy] } },
});

function answerAll({ count = 3, crimeAreas = true } = {}) {
  get.mockImplementation(async (url: string) => {
    const parsed = new URL(url, 'http://admin');
    if (parsed.pathname === '/operation-reports/stats') return statsAnswer(parsed.searchParams.get('groupBy')!, count);
    if (parsed.pathname.endsWith('plugin::operation-reports.crime-area')) {
      if (!crimeAreas) throw { status: 403 };
      return { data: { results: [{ slug: 'human-trafficking', name: 'Human trafficking' }] } };
    }
    if (parsed.pathname.endsWith('plugin::operation-reports.operation-report')) return { data: { results: EDITIONS } };
    throw new Error(`unexpected ${url}`);
  });
}

const statsCalls = () =>
  get.mock.calls
    .map(([url]) => new URL(url, 'http://admin'))
    .filter((url) => url.pathname === '/operation-reports/stats');

const chart = (id: string) => screen.getByTestId(`operations-chart-${id}`);
const bars = (id: string) =>
  within(chart(id))
    .queryAllByRole('img')
    .map((bar) => bar.getAttribute('aria-label'));

async function renderPage(locale = 'en') {
  const view = renderInForm(<OperationsPage />, { locale });
  await waitFor(() => expect(screen.getByTestId('operations-chart-year')).toBeTruthy());
  return view;
}

/** Opens a design-system select with the keyboard and picks an option (Radix selects on Enter). */
async function choose(label: string, option: string) {
  const trigger = screen.getByRole('combobox', { name: label });
  fireEvent.keyDown(trigger, { key: 'ArrowDown' });
  const item = await screen.findByRole('option', { name: option });
  fireEvent.keyDown(item, { key: 'Enter' });
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}

/** Types a day into a design-system date picker, as the reader would, and leaves the field (the picker commits on blur). */
async function typeDate(label: string, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
  await waitFor(() => expect(input.value).toBe(text));
}

/** The stats filters of the last request for one grouping. */
const lastFilters = (groupBy: string) => {
  const last = statsCalls()
    .filter((url) => url.searchParams.get('groupBy') === groupBy)
    .pop()!;
  return Object.fromEntries([...last.searchParams].filter(([key]) => key !== 'groupBy'));
};

// The design system's selects are slow to open in jsdom on a busy machine; nothing here measures time.
jest.setTimeout(30_000);

describe('Operations page', () => {
  // The admin's page header reads Strapi's global flags (its documentation links) and watches its own visibility.
  beforeAll(() =>
    Object.assign(window, {
      strapi: { flags: { docLinks: false } },
      IntersectionObserver: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    })
  );

  beforeEach(() => {
    get.mockReset();
    answerAll();
  });

  it('charts arrests by year, month, crime area and agency, with qualifiers as the reader sees them', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { name: 'Operations' })).toBeTruthy();
    expect(bars('year')).toEqual(['2024: 2,517 (1 report)', '2025: 4,464+ (2 reports)']);
    expect(bars('month')).toEqual(['March 2024: 2,517 (1 report)', 'June 2025: 4,464+ (2 reports)']);
    expect(bars('crimeArea')).toEqual(['Human trafficking: 6,981+ (3 reports)', 'Not given: no figure (1 report)']);
    expect(bars('agency')[0]).toBe('INTERPOL: 6,261 (2 reports)');
    // Every chart is a named group of focusable bars, each with its <title>.
    const year = within(chart('year')).getByRole('group', { name: 'Arrests by year: 2 bars' });
    const first = within(year).getAllByRole('img')[0];
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.querySelector('title')?.textContent).toBe('2024: 2,517 (1 report)');
    // One request per grouping, with no filters yet.
    const asked = statsCalls().map((url) => url.searchParams.get('groupBy'));
    expect(asked.sort()).toEqual(['agency', 'crimeArea', 'crimeArea', 'month', 'series', 'year', 'agency'].sort());
    expect(statsCalls().every((url) => [...url.searchParams.keys()].every((key) => key === 'groupBy'))).toBe(true);
  });

  it('charts another figure when one is chosen, labelled as in the editor', async () => {
    await renderPage();
    await choose('Figure', 'Officers');
    expect(bars('year')[0]).toBe('2024: ~14,000 (1 report)');
    expect(within(chart('year')).getByRole('heading').textContent).toBe('Officers by year');
  });

  it('shows countries as the largest operation, never their sum', async () => {
    GROUPS.year = [
      { key: 2025, count: 2, totals: totals(total(1), none, total(208, 'exact', 2, { min: 89, max: 119, avg: 104 })) },
    ];
    try {
      await renderPage();
      await choose('Figure', 'Countries');
      expect(bars('year')).toEqual(['2025: ≤119 (2 reports)']);
      expect(screen.getByTestId('operations-legend').textContent).toContain('never a sum');
    } finally {
      GROUPS.year = [
        { key: 2024, count: 1, totals: totals(total(2517), total(14000, 'approximately')) },
        { key: 2025, count: 2, totals: totals(total(4464, 'atLeast', 2, { min: 720, max: 3744, avg: 2232 })) },
      ];
    }
  });

  it('sends the date range, agency, crime area and figures status as stats filters', async () => {
    await renderPage();
    // The design system's date pickers take the day as the admin's locale writes it (month first in English).
    await typeDate('Start date from', '01/02/2024');
    await typeDate('Start date to', '12/31/2025');
    await choose('Agency', 'INTERPOL');
    await choose('Crime area', 'Human trafficking');
    await choose('Figures status', 'Final');
    await waitFor(() => expect(screen.getByTestId('operations-chart-year')).toBeTruthy());
    const last = statsCalls()
      .filter((url) => url.searchParams.get('groupBy') === 'month')
      .pop()!;
    expect(Object.fromEntries(last.searchParams)).toEqual({
      groupBy: 'month',
      'filters[startDate][$gte]': '2024-01-02',
      'filters[startDate][$lte]': '2025-12-31',
      'filters[agency][$eq]': 'INTERPOL',
      'filters[crimeAreas][slug][$eq]': 'human-trafficking',
      'filters[figuresStatus][$eq]': 'final',
    });
    // The filters' choices stay those of every published report.
    const choices = statsCalls().filter((url) => url.searchParams.get('groupBy') === 'series');
    expect(choices).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect([...statsCalls().pop()!.searchParams.keys()]).toEqual(['groupBy']));
  });

  // The picker reads its value as a UTC day and gives a local one. Jest cannot change the time zone of a
  // running test, so run this file with TZ=Europe/Paris and TZ=America/New_York too: a day shifted either way fails.
  it("writes and reads the start dates in the admin's locale, and clears each one", async () => {
    await renderPage('fr');
    const from = screen.getByLabelText('Début à partir du') as HTMLInputElement;
    // A text field in the day/month/year order of French, not the browser's native date input.
    expect(from.type).toBe('text');
    expect(from.placeholder).toBe('DD/MM/YYYY');
    await typeDate('Début à partir du', '02/01/2024');
    await typeDate("Début jusqu'au", '31/12/2025');
    await waitFor(() =>
      expect(lastFilters('year')).toEqual({
        'filters[startDate][$gte]': '2024-01-02',
        'filters[startDate][$lte]': '2025-12-31',
      })
    );
    fireEvent.click(screen.getByRole('button', { name: 'Effacer « Début à partir du »' }));
    await waitFor(() => expect(lastFilters('year')).toEqual({ 'filters[startDate][$lte]': '2025-12-31' }));
    expect(from.value).toBe('');
    // Clear filters empties the pickers too.
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(lastFilters('year')).toEqual({}));
    expect((screen.getByLabelText("Début jusqu'au") as HTMLInputElement).value).toBe('');
  });

  it('agrees "any" with each filter in French: Toutes for the agency, Tous for the others', async () => {
    await renderPage('fr');
    expect(screen.getByRole('combobox', { name: 'Agence' }).textContent).toBe('Toutes');
    expect(screen.getByRole('combobox', { name: 'Domaine criminel' }).textContent).toBe('Tous');
    expect(screen.getByRole('combobox', { name: 'Statut des chiffres' }).textContent).toBe('Tous');
  });

  it('has a table view of each chart: a real table with a caption and every part of the total', async () => {
    await renderPage();
    fireEvent.click(within(chart('year')).getByRole('button', { name: 'Table' }));
    const table = within(chart('year')).getByRole('table', { name: 'Arrests by year' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Year', 'Reports', 'Total', 'Reports giving it', 'Smallest', 'Largest', 'Average'],
      ['2024', '1', '2,517', '1', '2,517', '2,517', '2,517'],
      ['2025', '2', '4,464+', '2', '720', '3,744', '2,232'],
    ]);
    expect(within(chart('year')).getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it("charts a series' editions in start-date order, read from the Content Manager's published list", async () => {
    await renderPage();
    expect(within(chart('series')).getByText('Choose a series to compare its editions.')).toBeTruthy();
    // The series to choose from arrive with the filters' choices.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Series' }).hasAttribute('data-disabled')).toBe(false)
    );
    await choose('Series', 'Liberterra');
    await waitFor(() => expect(bars('series')).toHaveLength(2));
    expect(bars('series')).toEqual([
      'Liberterra II (2024): 2,517 (1 report)',
      'Liberterra III (2025): ~3,744 (1 report)',
    ]);
    const listCall = get.mock.calls
      .map(([url]) => new URL(url, 'http://admin'))
      .find((url) => url.pathname.endsWith('plugin::operation-reports.operation-report'))!;
    expect(listCall.searchParams.get('filters[series][$eq]')).toBe('Liberterra');
    expect(listCall.searchParams.get('status')).toBe('published');
    expect(listCall.searchParams.get('sort')).toBe('startDate:ASC');
  });

  it('shows crime areas by slug when the role may not read them', async () => {
    answerAll({ crimeAreas: false });
    await renderPage();
    await waitFor(() => expect(bars('crimeArea')[0]).toBe('human-trafficking: 6,981+ (3 reports)'));
  });

  it('speaks French in a French admin', async () => {
    await renderPage('fr');
    expect(within(chart('year')).getByRole('heading').textContent).toBe('Arrestations par année');
    expect(bars('year')).toEqual(['2024 : 2\u202f517 (1 rapport)', '2025 : 4\u202f464+ (2 rapports)']);
    expect(bars('month')[0]).toBe('mars 2024 : 2\u202f517 (1 rapport)');
    expect(within(chart('year')).getByRole('button', { name: 'Télécharger le CSV' })).toBeTruthy();
  });

  it('shows a loading state, then an empty state when no published report matches', async () => {
    get.mockImplementation(() => new Promise(() => undefined));
    const { unmount } = renderInForm(<OperationsPage />);
    expect(screen.getAllByText('Loading the figures…').length).toBeGreaterThan(0);
    unmount();
    answerAll({ count: 0 });
    renderInForm(<OperationsPage />);
    await waitFor(() =>
      expect(screen.getByTestId('operations-empty').textContent).toBe('No published report matches these filters.')
    );
  });

  it('shows an error alert when the stats cannot be loaded, and a no-access message on 403', async () => {
    get.mockRejectedValue(new Error('network'));
    const { unmount } = renderInForm(<OperationsPage />);
    await waitFor(() => expect(screen.getByTestId('operations-error')).toBeTruthy());
    expect(within(screen.getByTestId('operations-error')).getByRole('alert').textContent).toContain(
      'The figures could not be loaded.'
    );
    unmount();
    get.mockRejectedValue({ status: 403 });
    renderInForm(<OperationsPage />);
    await waitFor(() => expect(screen.getByText('You do not have access to operation reports.')).toBeTruthy());
  });

  it('downloads the numbers of a chart as CSV', async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:operations';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      expect(this.download).toBe('operations-arrests-by-agency.csv');
    });
    await renderPage();
    await act(async () => {
      fireEvent.click(within(chart('agency')).getByRole('button', { name: 'Download CSV' }));
    });
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(text).toBe(
      'figure,key,count,value,qualifier,reported,min,max,avg\r\n' +
        'arrests,INTERPOL,2,6261,exact,1,6261,6261,6261\r\n' +
        // A key a spreadsheet would run as a formula stays text; its quotes and comma are quoted the RFC 4180 way.
        'arrests,"\'=HYPERLINK(""http://x"",""y"")",1,720,atLeast,1,720,720,720\r\n'
    );
    click.mockRestore();
  });
});

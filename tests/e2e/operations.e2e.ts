import fs from 'fs';
import type { Browser, Locator, Page } from 'playwright-core';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';
import { formatStat } from '../../shared/format-stat';
import { TOTAL_QUALIFIER_RULES, type StatQualifier } from '../../shared/stats';
import { SERIES_REPORTS, type SeriesReportFixture } from '../fixtures/operation-series';
import {
  apiToken,
  dismissMediaLibraryBanner,
  launch,
  logIn,
  SCREEN_SIZES,
  screenshotScreen,
  sessionJwt,
} from './browser';
import { E2E_URL } from './playground-server';

type Language = 'en' | 'fr';
const MESSAGES: Record<Language, Record<string, string>> = { en, fr };
const message = (language: Language, key: string): string => {
  const text = MESSAGES[language][`operation-reports.${key}`];
  if (text === undefined) throw new Error(`${language}.json has no ${key}`);
  return text;
};

const PAGE_URL = `${E2E_URL}/admin/plugins/operation-reports`;

/** A published report as the REST list gives it: what the expected groups are computed from. */
interface PublishedRow {
  documentId: string;
  startDate: string;
  agency: string | null;
  arrests: number | null;
  arrestsQualifier: StatQualifier;
}

/**
 * The Operations page (issue 13, item 3) in the production admin, headless
 * Chromium: reached from the main menu, charting arrests by year from the
 * published reports (expected sums computed here from the rows), filtered by
 * agency, a series' editions in start-date order, a table view, a CSV
 * download, and screenshots in English and French at both sizes. The reports
 * it needs are created through the REST API and deleted afterwards; the
 * seeded Liberterra III is read, never changed.
 */
describe('the Operations page', () => {
  let browser: Browser;
  let page: Page;
  let token: string;
  const created: string[] = [];

  const api = async (route: string, method = 'GET', body?: unknown) => {
    const response = await fetch(`${E2E_URL}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status >= 400) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };

  /** The admin API with the page's session (a new log-in would count against the admin's rate limit). */
  const adminApi = async (route: string, init: { method?: string; body?: unknown } = {}) => {
    const jwt = await sessionJwt(page);
    const response = await fetch(`${E2E_URL}${route}`, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return response.json();
  };

  const createReport = async (fixture: SeriesReportFixture, areaIds: Record<string, string>) => {
    const { crimeAreaSlugs, expectedSeries: _series, ...fields } = fixture;
    const answer = await api('/api/operation-reports', 'POST', {
      data: { ...fields, crimeAreas: crimeAreaSlugs.map((slug) => areaIds[slug]).filter(Boolean) },
    });
    created.push(answer.data.documentId);
  };

  const published = async (): Promise<PublishedRow[]> =>
    (
      await api(
        '/api/operation-reports?pagination[pageSize]=100&fields[0]=startDate&fields[1]=agency&fields[2]=arrests&fields[3]=arrestsQualifier'
      )
    ).data;

  const chart = (id: string) => page.getByTestId(`operations-chart-${id}`);
  const barNames = async (id: string) =>
    chart(id)
      .locator('g[role="img"]')
      .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label')));

  /** Arrests by start year, as the page should chart them: summed here from the rows, with the total's qualifier. */
  const expectedYearBars = (rows: PublishedRow[]) => {
    const years = new Map<string, { sum: number | null; count: number; qualifiers: StatQualifier[] }>();
    for (const row of rows) {
      const year = row.startDate.slice(0, 4);
      const group = years.get(year) ?? { sum: null, count: 0, qualifiers: [] };
      group.count += 1;
      if (row.arrests !== null) {
        group.sum = (group.sum ?? 0) + row.arrests;
        group.qualifiers.push(row.arrestsQualifier);
      }
      years.set(year, group);
    }
    const totalQualifier = (qualifiers: StatQualifier[]) =>
      TOTAL_QUALIFIER_RULES.find((rule) => qualifiers.some((q) => rule.from.includes(q)))?.total ?? 'exact';
    return [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, { sum, count, qualifiers }]) => {
        const value = sum === null ? 'no figure' : formatStat(sum, totalQualifier(qualifiers), 'en');
        return `${year}: ${value} (${count} report${count === 1 ? '' : 's'})`;
      });
  };

  const openPage = async () => {
    await page.goto(PAGE_URL);
    await chart('year').locator('g[role="img"]').first().waitFor({ timeout: 60_000 });
  };

  /** A design-system select on the page, by its label. */
  const choose = async (scope: Page | Locator, label: string, option: string) => {
    await scope.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: SCREEN_SIZES[1], locale: 'en-GB', acceptDownloads: true });
    await logIn(page);
    await dismissMediaLibraryBanner(page);
    token = await apiToken(page);
    const areas = (await api('/api/crime-areas?pagination[pageSize]=100')).data as {
      slug: string;
      documentId: string;
    }[];
    const areaIds = Object.fromEntries(areas.map((area) => [area.slug, area.documentId]));
    // Every edition the playground has not seeded (it seeds Liberterra II and III and Global Chain 2023/2024;
    // the other e2e files read them as seeded, so they are never changed here).
    const seeded = new Set(
      (
        (await api('/api/operation-reports?pagination[pageSize]=100&fields[0]=codename')).data as { codename: string }[]
      ).map((report) => report.codename)
    );
    for (const fixture of SERIES_REPORTS.filter((report) => !seeded.has(report.codename))) {
      await createReport(fixture, areaIds);
    }
  });

  afterAll(async () => {
    for (const documentId of created) await api(`/api/operation-reports/${documentId}`, 'DELETE').catch(() => null);
    if (page) await adminApi('/admin/users/me', { method: 'PUT', body: { preferedLanguage: 'en' } }).catch(() => null);
    await browser?.close();
  });

  it('is a main-menu link that opens the page, charting arrests by year from the published reports', async () => {
    await page.goto(`${E2E_URL}/admin`);
    await page.getByRole('link', { name: message('en', 'operations.title'), exact: true }).click();
    await page.waitForURL(/\/admin\/plugins\/operation-reports/);
    await chart('year').locator('g[role="img"]').first().waitFor({ timeout: 60_000 });
    expect(await barNames('year')).toEqual(expectedYearBars(await published()));
    // A bar is reachable with the keyboard and says its value.
    const bar = chart('year').locator('g[role="img"]').first();
    await bar.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      (await barNames('year'))[0]
    );
  });

  it('filters by agency: the groups hold only that agency’s reports', async () => {
    await openPage();
    await choose(page, 'Agency', 'Europol');
    const europol = (await published()).filter((row) => row.agency === 'Europol');
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid="operations-chart-year"] g[role="img"]')]
          .map((bar) => bar.getAttribute('aria-label'))
          .join('|') === expected,
      expectedYearBars(europol).join('|'),
      { timeout: 30_000 }
    );
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it("charts a series' editions side by side in start-date order", async () => {
    await openPage();
    await choose(chart('series'), 'Series', 'Liberterra');
    await chart('series').locator('g[role="img"]').nth(2).waitFor({ timeout: 30_000 });
    expect(await barNames('series')).toEqual([
      'Liberterra (2023): 219 (1 report)',
      'Liberterra II (2024): 2,517 (1 report)',
      'Liberterra III (2025): 3,744 (1 report)',
    ]);
  });

  it('shows a table view and downloads the numbers as CSV', async () => {
    await openPage();
    await chart('year').getByRole('button', { name: 'Table' }).click();
    const table = chart('year').getByRole('table', { name: 'Arrests by year' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(expectedYearBars(await published()).length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart('year').getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('operations-arrests-by-year.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('figure,key,count,value,qualifier,reported,min,max,avg');
    expect(csv).toContain('\r\narrests,2024,');
  });

  it('captures the page in English and in French at both sizes', async () => {
    for (const language of ['en', 'fr'] as const) {
      await adminApi('/admin/users/me', { method: 'PUT', body: { preferedLanguage: language } });
      await page.evaluate((code) => localStorage.setItem('strapi-admin-language', code), language);
      try {
        for (const size of SCREEN_SIZES) {
          await page.setViewportSize(size);
          await openPage();
          await page.getByRole('heading', { name: message(language, 'operations.title'), exact: true }).waitFor();
          await screenshotScreen(page, 'operations', language);
        }
      } finally {
        await page.setViewportSize(SCREEN_SIZES[1]);
      }
    }
  });
});

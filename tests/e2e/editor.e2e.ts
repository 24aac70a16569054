import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { apiToken, launch, logIn, REPORT_UID, screenshotAround } from './browser';
import { E2E_URL } from './playground-server';
import { ARTIFACTS as ARTIFACT_DIR } from '../helpers/paths';

/** The editor's path through the real admin panel, in headless Chromium. */
describe('editor in the admin panel', () => {
  let browser: Browser;
  let page: Page;
  let token: string;
  let documentId: string;

  const api = async (path: string) => {
    const response = await fetch(`${E2E_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return response.json();
  };

  const openLiberterra = async () => {
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/${documentId}`);
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
  };

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
    await logIn(page);
    token = await apiToken(page);
    const list = await api('/api/operation-reports?filters[slug][$eq]=operation-liberterra-iii');
    documentId = list.data[0].documentId;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens Liberterra III with its figures grouped, their reader rendering and 12 days at a glance', async () => {
    await openLiberterra();
    expect(await page.inputValue('input[name="arrests"]')).toBe('3,744');
    expect(await page.inputValue('input[name="officers"]')).toBe('14,000');
    await expect(page.getByTestId('officers-preview').textContent()).resolves.toBe('~14,000');
    await expect(page.getByTestId('investigationsOpened-preview').textContent()).resolves.toBe('720+');
    const duration = page.getByTestId('glance-duration');
    await duration.waitFor();
    expect(await duration.textContent()).toContain('12 days');
    expect(await page.getByTestId('glance-headline').textContent()).toBe('3,744 arrests across 119 countries');

    await page.locator('input[name="arrests"]').scrollIntoViewIfNeeded();
    await screenshotAround(page, 'stat-input.png', [
      page.locator('label', { hasText: /^Countries$/ }),
      page.getByTestId('officers-preview'),
      page.getByTestId('victimsIdentified-preview'),
    ]);
    await page.getByText('At a glance').scrollIntoViewIfNeeded();
    await screenshotAround(
      page,
      'side-panel.png',
      [page.getByText('At a glance'), page.getByText('No problems found')],
      20
    );
  });

  it('stores 1,234 typed into arrests as the integer 1234', async () => {
    await openLiberterra();
    await page.fill('input[name="arrests"]', '1,234');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/saved/i).first().waitFor({ timeout: 15_000 });
    const draft = await api(`/api/operation-reports/${documentId}?status=draft`);
    expect(draft.data.arrests).toBe(1234);
  });

  it('shows an inline error for an end date before the start, and saves nothing', async () => {
    await openLiberterra();
    const before = await api(`/api/operation-reports/${documentId}?status=draft`);
    const endDate = page.locator('input[name="endDate"]');
    // Pick 1 November 2025 in the date picker's calendar (the month of the current end date).
    await endDate.click();
    const days = page.getByRole('dialog').getByRole('gridcell');
    await days.filter({ hasText: /^1$/ }).first().click();
    await expect(page.getByTestId('glance-warnings').textContent()).resolves.toContain(
      'end date is before the start date'
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/must be on or after the start date/)
      .first()
      .waitFor({ timeout: 15_000 });
    const after = await api(`/api/operation-reports/${documentId}?status=draft`);
    expect(after.data.endDate).toBe(before.data.endDate);
    expect(after.data.updatedAt).toBe(before.data.updatedAt);
  });

  it('fills a new report from a pasted press release; after Save the API serves the figures', async () => {
    const release = fs.readFileSync(
      path.join(__dirname, '..', 'fixtures', 'releases', 'en', '00-liberterra-iii-own-words.txt'),
      'utf8'
    );
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/create`);
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Fill from press release' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Fill from press release' });
    await dialog.getByTestId('fill-release-text').fill(release);
    await dialog.getByTestId('fill-release-find').click();
    await dialog.getByTestId('fill-release-row-arrests').waitFor({ timeout: 15_000 });
    await expect(dialog.getByTestId('fill-release-value-officers').textContent()).resolves.toBe('~14,000');
    await expect(dialog.getByTestId('fill-release-count').textContent()).resolves.toContain('11 of 11');
    // Leave the headquarters out: unticked rows are not applied.
    await dialog.getByTestId('fill-release-row-headquarters').getByRole('checkbox').click();
    await screenshotAround(page, 'fill-from-release.png', [dialog], 0);
    await dialog.getByTestId('fill-release-apply').click();
    await dialog.waitFor({ state: 'hidden' });

    expect(await page.inputValue('input[name="arrests"]')).toBe('3,744');
    await expect(page.getByTestId('investigationsOpened-preview').textContent()).resolves.toBe('720+');
    expect(await page.inputValue('input[name="headquarters"]')).toBe('');
    await page.fill('input[name="title"]', 'Liberterra III, from the release');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/saved/i).first().waitFor({ timeout: 15_000 });

    const saved = await api(
      `/api/operation-reports?status=draft&filters[title][$eq]=${encodeURIComponent('Liberterra III, from the release')}`
    );
    expect(saved.data).toHaveLength(1);
    expect(saved.data[0]).toMatchObject({
      countries: 119,
      countriesQualifier: 'exact',
      officers: 14000,
      officersQualifier: 'approximately',
      arrests: 3744,
      arrestsQualifier: 'exact',
      victimsIdentified: 4414,
      irregularMigrants: 12992,
      investigationsOpened: 720,
      investigationsOpenedQualifier: 'atLeast',
      startDate: '2025-11-10',
      endDate: '2025-11-21',
      durationDays: 12,
      agency: 'INTERPOL',
      codename: 'Liberterra III',
      headquarters: null,
    });
  });

  it('exports the list as JSON from the list view and checks it back in with a dry run', async () => {
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}`);
    await page.getByTestId('report-export').waitFor({ timeout: 60_000 });
    await page.getByTestId('report-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /JSON/ }).click(),
    ]);
    const file = path.join(ARTIFACT_DIR, 'e2e-export.json');
    await download.saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ version: 1, plugin: 'operation-reports' });
    expect(exported.reports.map((r: { slug: string }) => r.slug)).toContain('operation-liberterra-iii');

    await page.getByTestId('report-import').click();
    await page.getByTestId('import-file').setInputFiles(file);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 15_000 });
    // Nothing changed since the export: every report is unchanged, none refused.
    expect(await summary.textContent()).toMatch(
      new RegExp(`0 to create, 0 to update, ${exported.reports.length} unchanged, 0 refused`)
    );
  });

  it('shows homepage widget totals equal to what the stats endpoint answers', async () => {
    await page.goto(`${E2E_URL}/admin`);
    const totals = page.getByTestId('operations-totals');
    await totals.waitFor({ timeout: 60_000 });
    const stats = await api('/api/operation-reports/stats');
    const grouped = (n: number) => new Intl.NumberFormat('en-GB').format(n);
    // Operations share countries: the widget gives the largest, never a sum.
    expect(await totals.locator('[data-stat="countries"]').textContent()).toBe(
      `up to ${grouped(stats.data.totals.countries.max)} countries`
    );
    expect(await totals.locator('[data-stat="arrests"]').textContent()).toBe(grouped(stats.data.totals.arrests.value));
    expect(await totals.locator('[data-stat="officers"]').textContent()).toBe(
      `~${grouped(stats.data.totals.officers.value)}`
    );
    expect(await totals.locator('[data-stat="investigationsOpened"]').textContent()).toBe(
      `${grouped(stats.data.totals.investigationsOpened.value)}+`
    );
    await expect(page.getByTestId('operations-latest').textContent()).resolves.toContain('Operation Liberterra III');
    await screenshotAround(
      page,
      'homepage-widget.png',
      [page.getByRole('heading', { name: 'Operations', exact: true }), page.getByTestId('operations-latest')],
      20
    );
  });
});

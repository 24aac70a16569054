import fs from 'fs';
import path from 'path';
import type { Browser, Page, Request } from 'playwright-core';
import { apiToken, launch, logIn, REPORT_UID, screenshotAround } from './browser';
import { E2E_URL } from './playground-server';

/**
 * What an editor types is what gets stored, or nothing is: the stat input
 * (issue 10, item 5), the keys of "Fill from press release" (item 6), and a
 * refused save in the editor's words that keeps what was typed (issue 12,
 * item 2), in the production admin, headless Chromium.
 */
describe('the editor types, nothing else is saved', () => {
  let browser: Browser;
  let page: Page;
  let token: string;
  let documentId: string;
  /** Every write the Content Manager sends for an operation report: a save, a create, a publish. */
  let writes: string[];

  const api = async (route: string, method = 'GET', body?: unknown) => {
    const response = await fetch(`${E2E_URL}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status >= 400) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };
  const draftsTitled = async (title: string) =>
    (await api(`/api/operation-reports?status=draft&filters[title][$eq]=${encodeURIComponent(title)}`)).data as {
      documentId: string;
    }[];
  const draftCount = async () =>
    (await api('/api/operation-reports?status=draft&pagination[pageSize]=1')).meta.pagination.total as number;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
    await logIn(page);
    token = await apiToken(page);
    // A draft of its own, copied from the seeded Liberterra III: the other e2e files read the seed as seeded,
    // whatever order jest runs them in.
    const list = await api('/api/operation-reports?filters[slug][$eq]=operation-liberterra-iii');
    const {
      id: _id,
      documentId: _documentId,
      slug: _slug,
      durationDays: _d,
      createdAt: _c,
      updatedAt: _u,
      publishedAt: _p,
      locale: _l,
      ...fields
    } = list.data[0];
    const own = await api('/api/operation-reports?status=draft', 'POST', {
      data: { ...fields, title: `${fields.title} (typing ${Date.now()})`, codename: `${fields.codename} typing` },
    });
    documentId = own.data.documentId;
    page.on('request', (request: Request) => {
      if (request.method() !== 'GET' && request.url().includes(`/content-manager/collection-types/${REPORT_UID}`)) {
        writes.push(`${request.method()} ${request.url()}`);
      }
    });
  });

  beforeEach(() => {
    writes = [];
  });

  afterAll(async () => {
    if (documentId) await api(`/api/operation-reports/${documentId}`, 'DELETE');
    await browser?.close();
  });

  it('refuses 1 234,5 in English inline and saves nothing; stores 1,234,567 as 1234567', async () => {
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/${documentId}`);
    const arrests = page.locator('input[name="arrests"]');
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
    const before = (await api(`/api/operation-reports/${documentId}?status=draft`)).data;

    await arrests.fill('1 234,5');
    const error = page.getByText(
      'This does not read as one whole number: check the separators and write 1,234,567 or 1234567.'
    );
    await error.waitFor();
    await arrests.scrollIntoViewIfNeeded();
    await screenshotAround(page, 'stat-input-refused.png', [page.locator('label', { hasText: /^Arrests$/ }), error]);

    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/There are validation errors in your document/)
      .first()
      .waitFor({ timeout: 15_000 });
    // The text stays as typed, the error stays in the editor's words, and no request left the page.
    expect(await arrests.inputValue()).toBe('1 234,5');
    expect(await error.isVisible()).toBe(true);
    expect(writes).toEqual([]);
    const after = (await api(`/api/operation-reports/${documentId}?status=draft`)).data;
    expect(after.arrests).toBe(before.arrests);
    expect(after.updatedAt).toBe(before.updatedAt);

    await arrests.fill('1,234,567');
    await expect(error.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/saved/i).first().waitFor({ timeout: 15_000 });
    const saved = (await api(`/api/operation-reports/${documentId}?status=draft`)).data;
    expect(saved.arrests).toBe(1234567);
  });

  it('a refused save says why in the editor’s words under the field, and keeps the typed end date', async () => {
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/${documentId}`);
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
    const before = (await api(`/api/operation-reports/${documentId}?status=draft`)).data;
    expect(before).toMatchObject({ startDate: '2025-11-10', endDate: '2025-11-21' });
    const endDate = page.locator('input[name="endDate"]');
    const stored = await endDate.inputValue();

    // Pick 1 November 2025 in the date picker's calendar (the month of the stored end date).
    await endDate.click();
    await page.getByRole('dialog').getByRole('gridcell').filter({ hasText: /^1$/ }).first().click();
    const typed = await endDate.inputValue();
    expect(typed).not.toBe(stored);

    await page.getByRole('button', { name: 'Save' }).click();
    // The admin's language is English ('en'): its dates, as the admin formats them.
    const day = (iso: string) =>
      new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`)
      );
    const message = `The end date (${day('2025-11-01')}) must be on or after the start date (${day('2025-11-10')}).`;
    expect(message).toBe('The end date (Nov 1, 2025) must be on or after the start date (Nov 10, 2025).');
    // Under the field: the design system's field error, just below the date input.
    const fieldError = page.locator('[data-strapi-field-error]', { hasText: message });
    await fieldError.waitFor({ timeout: 15_000 });
    const input = (await endDate.boundingBox())!;
    const below = (await fieldError.boundingBox())!;
    expect(below.y).toBeGreaterThanOrEqual(input.y + input.height);
    expect(below.y - (input.y + input.height)).toBeLessThan(80);
    expect(below.x).toBeLessThan(input.x + input.width);
    expect(below.x + below.width).toBeGreaterThan(input.x);
    // No developer words anywhere on the page: no camelCase field name, no ISO date.
    expect(await page.getByText(/must be on or after startDate|2025-11-01/).count()).toBe(0);

    // The form keeps what the editor typed, and Save stays armed to try again.
    expect(await endDate.inputValue()).toBe(typed);
    expect(await page.getByRole('button', { name: 'Save' }).isEnabled()).toBe(true);
    await endDate.scrollIntoViewIfNeeded();
    await screenshotAround(page, 'refused-save.png', [
      page.locator('label', { hasText: /end ?date/i }).first(),
      fieldError,
    ]);

    // Nothing was stored.
    const after = (await api(`/api/operation-reports/${documentId}?status=draft`)).data;
    expect(after.endDate).toBe(before.endDate);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('Ctrl+Enter in "Fill from press release" finds the figures and saves nothing; Escape closes, saving nothing', async () => {
    const title = `Typed, never saved ${Date.now()}`;
    const release = fs.readFileSync(
      path.join(__dirname, '..', 'fixtures', 'releases', 'en', '00-liberterra-iii-own-words.txt'),
      'utf8'
    );
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/create`);
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
    const draftsBefore = await draftCount();
    // A modified form: the edit view's save is armed, as it was when the bug was seen.
    await page.fill('input[name="title"]', title);

    await page.getByRole('button', { name: 'Fill from press release' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Fill from press release' });
    const text = dialog.getByTestId('fill-release-text');
    await text.fill(release);
    await text.press('Control+Enter');
    await dialog.getByTestId('fill-release-row-arrests').waitFor({ timeout: 15_000 });
    await expect(dialog.getByTestId('fill-release-value-arrests').textContent()).resolves.toBe('3,744');
    expect(await dialog.isVisible()).toBe(true);
    await screenshotAround(page, 'fill-from-release-keys.png', [dialog], 0);
    // The other edit-view shortcuts stay in the dialog too: publish and the Ctrl+S alias of save.
    await dialog.getByRole('checkbox', { name: 'Arrests' }).press('Control+Shift+Enter');
    await dialog.getByTestId('fill-release-apply').press('Control+s');
    expect(await dialog.isVisible()).toBe(true);
    expect(writes).toEqual([]);
    expect(await draftsTitled(title)).toEqual([]);
    expect(await draftCount()).toBe(draftsBefore);
    expect(new URL(page.url()).pathname).toMatch(/\/create$/);

    await text.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Closed without applying: the form holds what the editor typed, and nothing went to the server.
    expect(await page.inputValue('input[name="arrests"]')).toBe('');
    expect(await page.inputValue('input[name="title"]')).toBe(title);
    expect(writes).toEqual([]);
    expect(await draftsTitled(title)).toEqual([]);
    expect(await draftCount()).toBe(draftsBefore);

    // Outside the dialog the edit view keeps its shortcut: the same check sees a save when there is one.
    await page.locator('input[name="title"]').press('Control+Enter');
    await page.getByText(/saved/i).first().waitFor({ timeout: 15_000 });
    const created = await draftsTitled(title);
    expect(created).toHaveLength(1);
    expect(writes.length).toBeGreaterThan(0);
    await api(`/api/operation-reports/${created[0].documentId}`, 'DELETE');
  });
});

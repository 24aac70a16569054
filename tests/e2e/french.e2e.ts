import fs from 'fs';
import path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';
import {
  adminApi as adminApiOf,
  apiToken,
  chooseInterfaceLanguage as chooseLanguageOf,
  dismissMediaLibraryBanner,
  launch,
  logIn,
  REPORT_UID,
  SCREEN_SIZES,
  screenshotScreen,
} from './browser';
import { E2E_URL } from './playground-server';

type Language = 'en' | 'fr';
const MESSAGES: Record<Language, Record<string, string>> = { en, fr };
/** The plugin's text for `key` in `language`, read from the translation file the admin loads. */
const message = (language: Language, key: string): string => {
  const text = MESSAGES[language][`operation-reports.${key}`];
  if (text === undefined) throw new Error(`${language}.json has no ${key}`);
  return text;
};
/** Numbers as the admin writes them: `3,744` in English, `3 744` (U+202F) in French. */
const grouped = (language: Language, n: number) => new Intl.NumberFormat(language).format(n);

/** Below 1080 px the Content Manager keeps the side panels in a drawer under the form. */
const OPEN_DRAWER = /^(Open more actions|Ouvrir plus d'actions)$/;

/**
 * French, chosen as an editor chooses it (Profile → Interface language), then
 * the edit view, At a glance, Fill from press release and the homepage widget
 * in French; and the screenshots of those screens in English and French at
 * 1024×768 and 1440×1000 (tests/.artifacts/screenshots, or docs/ with
 * UPDATE_SCREENSHOTS=1).
 */
describe('the admin in English and in French', () => {
  let browser: Browser;
  let page: Page;
  let token: string;
  let documentId: string;
  const release = fs.readFileSync(
    path.join(__dirname, '..', 'fixtures', 'releases', 'en', '00-liberterra-iii-own-words.txt'),
    'utf8'
  );

  const api = async (route: string) => {
    const response = await fetch(`${E2E_URL}${route}`, { headers: { Authorization: `Bearer ${token}` } });
    return response.json();
  };
  const draft = async () => (await api(`/api/operation-reports/${documentId}?status=draft`)).data;

  const openEditView = async () => {
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/${documentId}`);
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
    await page.getByTestId('glance-panel').waitFor();
  };

  /** A new report's edit view, the dialog opened, the release pasted and read. */
  const openFillDialog = async (language: Language): Promise<Locator> => {
    await page.goto(`${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/create`);
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
    await page.getByRole('button', { name: message(language, 'fill.action') }).click();
    const dialog = page.getByRole('alertdialog', { name: message(language, 'fill.title') });
    await dialog.getByTestId('fill-release-text').fill(release);
    await dialog.getByTestId('fill-release-find').click();
    await dialog.getByTestId('fill-release-row-arrests').waitFor({ timeout: 15_000 });
    return dialog;
  };

  const openHomepage = async () => {
    await page.goto(`${E2E_URL}/admin`);
    await page.getByTestId('operations-latest').waitFor({ timeout: 60_000 });
  };

  /** Profile → Interface language, through the profile page as an editor does it. */
  const chooseInterfaceLanguage = (option: 'Français' | 'English') => chooseLanguageOf(page, option);

  /** The four screens of issue 12 in `language`, at both sizes; the viewport is 1440×1000 again afterwards. */
  const captureScreens = async (language: Language) => {
    try {
      for (const size of SCREEN_SIZES) {
        await page.setViewportSize(size);
        await openEditView();
        await page.locator('input[name="countries"]').evaluate((input) => input.scrollIntoView({ block: 'center' }));
        await screenshotScreen(page, 'edit-view', language);
        const drawer = page.getByRole('button', { name: OPEN_DRAWER });
        if (await drawer.isVisible()) await drawer.click();
        const title = page.getByText(message(language, 'glance.title'), { exact: true });
        await title.waitFor();
        await screenshotScreen(page, 'side-panel', language, [title, page.getByTestId('glance-panel')], 20);

        const dialog = await openFillDialog(language);
        await screenshotScreen(page, 'fill-from-release', language, [dialog], 0);
        await dialog.getByRole('button', { name: message(language, 'fill.cancel') }).click();
        await dialog.waitFor({ state: 'hidden' });

        await openHomepage();
        // The widget's card: the innermost box holding its title and its list.
        const widget = page
          .locator('div')
          .filter({ has: page.getByRole('heading', { name: message(language, 'widget.title'), exact: true }) })
          .filter({ has: page.getByTestId('operations-latest') })
          .last();
        await screenshotScreen(page, 'homepage-widget', language, [widget], 8);
      }
    } finally {
      await page.setViewportSize(SCREEN_SIZES[1]);
    }
  };

  /** The admin API with the page's session (a new log-in would count against the admin's rate limit). */
  const adminApi = (route: string, init: { method?: string; body?: unknown } = {}) => adminApiOf(page, route, init);

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: SCREEN_SIZES[1], locale: 'en-GB' });
    // Leaving an edited form is fine here: nothing is meant to be saved.
    page.on('dialog', (dialog) => void dialog.accept());
    await logIn(page);
    await dismissMediaLibraryBanner(page);
    token = await apiToken(page);
    const list = await api('/api/operation-reports?filters[slug][$eq]=operation-liberterra-iii');
    documentId = list.data[0].documentId;
  });

  afterAll(async () => {
    // Whatever happened above, the shared e2e admin speaks English again for the other files.
    await adminApi('/admin/users/me', { method: 'PUT', body: { preferedLanguage: 'en' } });
    await browser?.close();
  });

  it('captures the edit view, At a glance, the dialog and the widget in English at both sizes', async () => {
    await captureScreens('en');
    await expect(page.getByTestId('operations-latest').textContent()).resolves.toContain('Operation Liberterra III');
  });

  it('offers Français as the interface language in the profile, and switches the admin to it', async () => {
    await chooseInterfaceLanguage('Français');
    await page.getByText("Langue de l'interface", { exact: true }).waitFor({ timeout: 15_000 });
    // Stored on the user, as Strapi stores it: the next log-in opens in French too.
    expect((await adminApi('/admin/users/me')).data.preferedLanguage).toBe('fr');
  });

  it('shows the edit view in French: figures grouped with U+202F, French previews, the stat input in French', async () => {
    await openEditView();
    const { officers, arrests } = await draft();
    expect(await page.inputValue('input[name="officers"]')).toBe(grouped('fr', officers));
    expect(grouped('fr', 14000)).toBe('14\u202F000');
    await expect(page.getByTestId('officers-preview').textContent()).resolves.toBe(`~${grouped('fr', officers)}`);
    await expect(page.getByTestId('investigationsOpened-preview').textContent()).resolves.toBe('720+');

    // At a glance, in French.
    await page.getByText(message('fr', 'glance.title'), { exact: true }).waitFor();
    expect(await page.getByTestId('glance-headline').textContent()).toBe(
      message('fr', 'glance.headline.both')
        .replace('{arrests}', grouped('fr', arrests))
        .replace('{countries}', grouped('fr', 119))
    );
    expect(await page.getByTestId('glance-duration').textContent()).toMatch(/^12 jours · 10–21 nov\. 2025$/);

    // "1,5" is a decimal in French: the stat input refuses it in French.
    await page.fill('input[name="arrests"]', '1,5');
    await page.getByText(message('fr', 'stat.error.fraction'), { exact: true }).waitFor();
  });

  it('reads a press release in French in Fill from press release', async () => {
    const dialog = await openFillDialog('fr');
    await expect(dialog.getByTestId('fill-release-find').textContent()).resolves.toBe(message('fr', 'fill.find'));
    await expect(dialog.getByTestId('fill-release-value-officers').textContent()).resolves.toBe(
      `~${grouped('fr', 14000)}`
    );
    await dialog.getByRole('button', { name: message('fr', 'fill.cancel') }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the homepage widget in French, its totals grouped the French way', async () => {
    await openHomepage();
    // The widget's heading (the main menu's Operations link has the same word).
    await page.getByRole('heading', { name: message('fr', 'widget.title'), exact: true }).waitFor();
    await page.getByText(message('fr', 'widget.latest'), { exact: true }).waitFor();
    const stats = await api('/api/operation-reports/stats');
    expect(await page.getByTestId('operations-totals').locator('[data-stat="arrests"]').textContent()).toBe(
      grouped('fr', stats.data.totals.arrests.value)
    );
  });

  it('captures the same screens in French at both sizes', async () => {
    await captureScreens('fr');
  });

  it('switches back to English through the profile page', async () => {
    await chooseInterfaceLanguage('English');
    await page.getByText('Interface language', { exact: true }).waitFor({ timeout: 15_000 });
    expect((await adminApi('/admin/users/me')).data.preferedLanguage).toBe('en');
    await openHomepage();
    await page.getByText(message('en', 'widget.latest'), { exact: true }).waitFor();
  });
});

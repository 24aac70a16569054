import fs from 'fs';
import path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import en from '../../admin/src/translations/en.json';
import es from '../../admin/src/translations/es.json';
import fr from '../../admin/src/translations/fr.json';
import { sameMetric, type ExpectedMetric, type FoundMetric } from '../helpers/corpus';
import {
  adminApi,
  apiToken,
  chooseInterfaceLanguage,
  dismissMediaLibraryBanner,
  launch,
  logIn,
  REPORT_UID,
  SCREEN_SIZES,
  screenshotScreen,
} from './browser';
import { E2E_URL } from './playground-server';

type Language = 'en' | 'fr' | 'es';
const MESSAGES: Record<Language, Record<string, string>> = { en, fr, es };
/** The plugin's text for `key` in the admin language `language`, `{language}` filled in with `values`. */
const message = (language: Language, key: string, values: Record<string, string> = {}): string => {
  const text = MESSAGES[language][`operation-reports.${key}`];
  if (text === undefined) throw new Error(`${language}.json has no ${key}`);
  return Object.entries(values).reduce((out, [name, value]) => out.replace(`{${name}}`, value), text);
};
/** "Read as French" / "Lu en français" / "Leído en francés": what the dialog says of a release in `read`. */
const readAs = (admin: Language, read: Language, source: 'text' | 'hint' = 'text') =>
  message(admin, `fill.language.${source}`, { language: message(admin, `fill.language.${read}`) });

const RELEASES = path.join(__dirname, '..', 'fixtures', 'releases');

/** The corpus's release `01-…` in `language`, with the fields and other figures an editor would fill from it. */
function release(language: 'fr' | 'es') {
  const dir = path.join(RELEASES, language);
  const name = fs.readdirSync(dir).find((file) => file.startsWith('01-') && file.endsWith('.txt'));
  if (!name) throw new Error(`no release 01 in ${dir}`);
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const { additionalStats, ...fields } = JSON.parse(
    fs.readFileSync(path.join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')
  ) as Record<string, { value: string | number; qualifier?: string }> & { additionalStats?: ExpectedMetric[] };
  return { text, fields, metrics: additionalStats ?? [] };
}

const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];
const TEXTS = ['codename', 'agency', 'headquarters'];

/**
 * Fill from press release with releases in French and Spanish (issue 14): a
 * report's French content reads a French release (the edit view's locale goes
 * with the text), the dialog says which language it read, and applying fills
 * the six, the dates and names, and adds the other figures as new rows; then
 * the dialog in a French and a Spanish admin, pictured at 1440×1000.
 */
describe('Fill from press release in French and Spanish', () => {
  let browser: Browser;
  let page: Page;
  let token: string;
  const french = release('fr');
  const spanish = release('es');

  const editView = async (documentId: string | 'create', locale: string) => {
    await page.goto(
      `${E2E_URL}/admin/content-manager/collection-types/${REPORT_UID}/${documentId}?plugins[i18n][locale]=${locale}`
    );
    await page.waitForSelector('input[name="arrests"]:not([disabled])', { timeout: 60_000 });
  };

  /** The dialog opened in the admin language `admin`, `text` pasted and read; the request it sent. */
  const readInDialog = async (admin: Language, text: string): Promise<{ dialog: Locator; sent: unknown }> => {
    await page.getByRole('button', { name: message(admin, 'fill.action') }).click();
    const dialog = page.getByRole('alertdialog', { name: message(admin, 'fill.title') });
    await dialog.getByTestId('fill-release-text').fill(text);
    const request = page.waitForRequest(
      (candidate) => candidate.method() === 'POST' && candidate.url().endsWith('/operation-reports/extract')
    );
    await dialog.getByTestId('fill-release-find').click();
    const sent = (await request).postDataJSON() as unknown;
    await dialog.getByTestId('fill-release-language').waitFor({ timeout: 15_000 });
    return { dialog, sent };
  };

  /**
   * The dialog at 1440×1000 in admin language `admin`: scrolled to what it found (`fill-from-release-languages`),
   * then, when the release has other figures, to them (`fill-from-release-other-figures`).
   */
  const picture = async (dialog: Locator, admin: Language, withOthers: boolean) => {
    const scrollTo = (testId: string) =>
      dialog.getByTestId(testId).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // The outcome's top: the results' heading row (with the count), or the box saying nothing was found.
    await scrollTo(
      (await dialog.getByTestId('fill-release-count').count()) > 0 ? 'fill-release-count' : 'fill-release-empty'
    );
    await screenshotScreen(page, 'fill-from-release-languages', admin, [dialog], 0);
    if (!withOthers) return;
    await scrollTo('fill-release-others');
    await screenshotScreen(page, 'fill-from-release-other-figures', admin, [dialog], 0);
  };

  /** The report's draft in `locale`, through the content API, once it exists. */
  const draftIn = async (documentId: string, locale: string) => {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const response = await fetch(
        `${E2E_URL}/api/operation-reports/${documentId}?locale=${locale}&status=draft&populate=additionalStats`,
        { headers: { Authorization: `Bearer ${token}` } }
      );
      const body = (await response.json()) as { data?: Record<string, unknown> | null };
      if (body.data) return body.data;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the ${locale} draft of ${documentId} was not saved`);
  };

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: SCREEN_SIZES[1], locale: 'en-GB' });
    // Leaving an unsaved form is fine here.
    page.on('dialog', (dialog) => void dialog.accept());
    await logIn(page);
    await dismissMediaLibraryBanner(page);
    token = await apiToken(page);
    // The reports' content in French and Spanish, as an owner adds locales in Settings → Internationalization.
    for (const [code, name] of [
      ['fr', 'French (fr)'],
      ['es', 'Spanish (es)'],
    ]) {
      await adminApi(page, '/i18n/locales', { method: 'POST', body: { code, name, isDefault: false } });
    }
    const locales = (await adminApi(page, '/i18n/locales')) as { code: string }[];
    expect(locales.map((locale) => locale.code)).toEqual(expect.arrayContaining(['en', 'fr', 'es']));
  });

  afterAll(async () => {
    // Whatever happened above, the shared e2e admin speaks English again for the other files.
    if (page) await adminApi(page, '/admin/users/me', { method: 'PUT', body: { preferedLanguage: 'en' } });
    await browser?.close();
  });

  it("reads a French release in a report's French content and fills the form with its figures", async () => {
    // A report written in English first, as the seed's are.
    const created = (await adminApi(page, `/content-manager/collection-types/${REPORT_UID}`, {
      method: 'POST',
      body: { title: 'Pangea XVI (e2e)' },
    })) as { data: { documentId: string } };
    const { documentId } = created.data;
    await editView(documentId, 'fr');

    const { dialog, sent } = await readInDialog('en', french.text);
    expect(sent).toEqual({ text: french.text, locale: 'fr' });
    await expect(dialog.getByTestId('fill-release-language').textContent()).resolves.toBe(readAs('en', 'fr'));

    // Every field the release states is proposed, and each other figure in the Other figures section.
    for (const field of Object.keys(french.fields)) {
      await dialog.getByTestId(`fill-release-row-${field}`).waitFor({ timeout: 15_000 });
    }
    const others = dialog.getByTestId('fill-release-others').locator('li');
    expect(await others.count()).toBeGreaterThanOrEqual(french.metrics.length);
    await dialog.getByTestId('fill-release-apply').click();
    await dialog.waitFor({ state: 'hidden' });

    // The form holds them, unsaved.
    for (const [field, { value }] of Object.entries(french.fields)) {
      if (STATS.includes(field)) {
        expect(await page.inputValue(`input[name="${field}"]`)).toBe(new Intl.NumberFormat('en').format(Number(value)));
      } else if (TEXTS.includes(field)) {
        expect(await page.inputValue(`input[name="${field}"]`)).toBe(value);
      }
    }

    // Saved as the editor saves it: the French draft holds every figure, the other figures as rows.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const draft = await draftIn(documentId, 'fr');
    for (const [field, expected] of Object.entries(french.fields)) {
      expect([field, draft[field]]).toEqual([field, expected.value]);
      if (STATS.includes(field)) expect(draft[`${field}Qualifier`]).toBe(expected.qualifier ?? 'exact');
    }
    const rows = draft.additionalStats as (FoundMetric & { value: number | string })[];
    for (const want of french.metrics) {
      const found = rows.some((row) => sameMetric(want, { ...row, value: Number(row.value), evidence: '' }));
      expect([want, found]).toEqual([want, true]);
    }
  });

  it('says which language it read in a French admin, and pictures the dialog at 1440×1000', async () => {
    await chooseInterfaceLanguage(page, 'Français');
    await page.getByText("Langue de l'interface", { exact: true }).waitFor({ timeout: 15_000 });
    await editView('create', 'fr');
    const inFrench = await readInDialog('fr', french.text);
    await expect(inFrench.dialog.getByTestId('fill-release-language').textContent()).resolves.toBe(readAs('fr', 'fr'));
    // Pictured as it is, then held to what the release states, and pictured with its other figures.
    await picture(inFrench.dialog, 'fr', false);
    await inFrench.dialog.getByTestId('fill-release-row-arrests').waitFor({ timeout: 15_000 });
    await picture(inFrench.dialog, 'fr', french.metrics.length > 0);
    await inFrench.dialog.getByRole('button', { name: message('fr', 'fill.cancel') }).click();
  });

  it('says which language it read in a Spanish admin, from the locale too, and pictures the dialog', async () => {
    await chooseInterfaceLanguage(page, 'Español');
    await page.getByText('Idioma de interfaz', { exact: true }).waitFor({ timeout: 15_000 });
    await editView('create', 'es');
    // A text whose words say no language is read in the locale's, and the dialog says so.
    const { dialog, sent } = await readInDialog('es', 'INTERPOL: 219 / 2024');
    expect(sent).toEqual({ text: 'INTERPOL: 219 / 2024', locale: 'es' });
    await expect(dialog.getByTestId('fill-release-language').textContent()).resolves.toBe(readAs('es', 'es', 'hint'));

    await dialog.getByTestId('fill-release-text').fill(spanish.text);
    await dialog.getByTestId('fill-release-find').click();
    await dialog.getByText(readAs('es', 'es'), { exact: true }).waitFor({ timeout: 15_000 });
    await picture(dialog, 'es', false);
    await dialog.getByTestId('fill-release-row-arrests').waitFor({ timeout: 15_000 });
    await picture(dialog, 'es', spanish.metrics.length > 0);
    await dialog.getByRole('button', { name: message('es', 'fill.cancel') }).click();
  });
});

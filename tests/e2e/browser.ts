import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/paths';
import { E2E_ADMIN, E2E_URL } from './playground-server';

export const REPORT_UID = 'plugin::operation-reports.operation-report';
/** UPDATE_SCREENSHOTS=1 refreshes the README's pictures in docs/; otherwise they go to tests/.artifacts/screenshots. */
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs')
    : path.join(ROOT, 'tests', '.artifacts', 'screenshots');

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere (Playwright cannot download one here). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function logIn(page: Page): Promise<void> {
  await page.goto(`${E2E_URL}/admin/auth/login`);
  await page.fill('input[name="email"]', E2E_ADMIN.email);
  await page.fill('input[name="password"]', E2E_ADMIN.password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/, { timeout: 60_000 });
}

/** Screenshot of the smallest box around `parts`, padded: a picture of one feature. */
export async function screenshotAround(
  page: Page,
  name: string,
  parts: ReturnType<Page['locator']>[],
  pad = 16
): Promise<void> {
  // The last part on screen, then the first: both are seen when they fit together.
  await parts[parts.length - 1]?.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
  await parts[0]?.scrollIntoViewIfNeeded();
  const boxes = [];
  for (const part of parts) {
    const box = await part.boundingBox();
    if (box) boxes.push(box);
  }
  if (boxes.length === 0) throw new Error(`nothing to capture for ${name}`);
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  // What is outside the viewport is cut: a picture shows what a person sees on that screen.
  const viewport = page.viewportSize() ?? { width: Infinity, height: Infinity };
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), clip: { x, y, width: right - x, height: bottom - y } });
}

/** Closes Strapi's "Introducing the new Media Library" banner (remembered by the browser), so pictures show the admin. */
export async function dismissMediaLibraryBanner(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: /^Close the banner/ });
  // It renders a moment after the admin: wait for it a little, and go on without it when it never comes.
  const shown = await close.waitFor({ timeout: 10_000 }).then(
    () => true,
    () => false
  );
  if (shown) await close.click();
}

/** The two screens the admin is checked on: a small laptop and a desktop. */
export const SCREEN_SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 1000 },
] as const;
export type ScreenSize = (typeof SCREEN_SIZES)[number];

/** `edit-view.fr.1024.png`: what is shown, in which admin language, at which viewport width. */
export const screenshotName = (view: string, language: string, size: { width: number }) =>
  `${view}.${language}.${size.width}.png`;

/**
 * One picture of `view` in `language` at the page's current viewport, named by
 * `screenshotName`: the smallest padded box around `parts`, or the whole
 * viewport when no part is given.
 */
export async function screenshotScreen(
  page: Page,
  view: string,
  language: string,
  parts: ReturnType<Page['locator']>[] = [],
  pad = 16
): Promise<string> {
  const size = page.viewportSize();
  if (!size) throw new Error('the page has no viewport to name its screenshot by');
  const name = screenshotName(view, language, size);
  if (parts.length > 0) {
    await screenshotAround(page, name, parts, pad);
  } else {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, name) });
  }
  return path.join(SCREENSHOTS, name);
}

/**
 * The admin JWT of the page's session, where Strapi keeps it (localStorage, or
 * the `jwtToken` cookie): no second log-in, which the admin's log-in rate
 * limit (5 per window, shared by every e2e file on one server) would count.
 */
export async function sessionJwt(page: Page): Promise<string> {
  const stored = await page.evaluate(() => localStorage.getItem('jwtToken'));
  if (stored) return JSON.parse(stored) as string;
  const cookie = (await page.context().cookies()).find((entry) => entry.name === 'jwtToken');
  if (!cookie) throw new Error('the page has no admin session: log in first');
  return decodeURIComponent(cookie.value);
}

/** A full-access API token, made through the admin API as an owner would, with the page's session. */
export async function apiToken(page: Page): Promise<string> {
  const jwt = await sessionJwt(page);
  const response = await fetch(`${E2E_URL}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ name: `e2e-${Date.now()}`, type: 'full-access', lifespan: null }),
  });
  const token = (await response.json()) as { data: { accessKey: string } };
  return token.data.accessKey;
}

/** The admin API with the page's session (a new log-in would count against the admin's rate limit). */
export async function adminApi(
  page: Page,
  route: string,
  init: { method?: string; body?: unknown } = {}
  // The answer's JSON, untyped, as fetch gives it.
): ReturnType<Response['json']> {
  const jwt = await sessionJwt(page);
  const response = await fetch(`${E2E_URL}${route}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return response.json();
}

/** The profile page's own labels (Strapi's admin translations), in English, French or Spanish. */
const INTERFACE_LANGUAGE = /^(Interface language|Langue de l'interface|Idioma de interfaz)$/;
const SAVE = /^(Save|Enregistrer|Guardar)$/;

/** Profile → Interface language, through the profile page as an editor does it. */
export async function chooseInterfaceLanguage(page: Page, option: 'English' | 'Français' | 'Español'): Promise<void> {
  await page.goto(`${E2E_URL}/admin/me`);
  const select = page.getByRole('combobox', { name: INTERFACE_LANGUAGE });
  await select.waitFor({ timeout: 60_000 });
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('button', { name: SAVE }).click();
}

import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/paths';
import { E2E_ADMIN, E2E_URL } from './playground-server';

export const REPORT_UID = 'plugin::operation-reports.operation-report';
export const DOCS = path.join(ROOT, 'docs');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
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

export async function screenshot(page: Page, name: string, locator?: ReturnType<Page['locator']>): Promise<void> {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, name);
  if (locator) await locator.screenshot({ path: file });
  else await page.screenshot({ path: file });
}

/** A full-access API token, made through the admin API as an owner would. */
export async function apiToken(page: Page): Promise<string> {
  return page.evaluate(async (url) => {
    const login = await fetch(`${url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'e2e@example.com', password: 'E2eAdmin1!' }),
    }).then((r) => r.json());
    const jwt = login.data.accessToken ?? login.data.token;
    const token = await fetch(`${url}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ name: `e2e-${Date.now()}`, type: 'full-access', lifespan: null }),
    }).then((r) => r.json());
    return token.data.accessKey as string;
  }, E2E_URL);
}

const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
(async () => {
  require('fs').rmSync('/tmp/e2edebug.db', { force: true });
  const env = { ...process.env, NODE_ENV: 'production', PORT: '1339', HOST: '127.0.0.1', DATABASE_FILENAME: '/tmp/e2edebug.db', LOG_LEVEL: 'warn' };
  const server = spawn(process.execPath, ['/work/main/node_modules/@strapi/strapi/bin/strapi.js', 'start'], { cwd: '/work/main/playground', env, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) { try { const r = await fetch('http://127.0.0.1:1339/_health'); if (r.status < 400) break; } catch {} await new Promise(r => setTimeout(r, 500)); }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto('http://127.0.0.1:1339/admin/auth/login');
  await page.fill('input[name="email"]', 'admin@example.com'); await page.fill('input[name="password"]', 'OperationReports1!'); await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/);
  const list = await (await fetch('http://127.0.0.1:1339/api/operation-reports')).json();
  await page.goto('http://127.0.0.1:1339/admin/content-manager/collection-types/plugin::operation-reports.operation-report/' + list.data[0].documentId);
  await page.waitForSelector('input[name="arrests"]:not([disabled])');
  const end = page.locator('input[name="endDate"]');
  await end.click();
  await page.waitForTimeout(500);
  const dialog = page.getByRole('dialog');
  console.log('dialog visible', await dialog.isVisible());
  const cells = dialog.getByRole('gridcell');
  console.log('cells', await cells.count(), (await cells.allTextContents()).slice(0, 10).join('|'));
  await cells.filter({ hasText: /^1$/ }).first().click();
  await page.waitForTimeout(500);
  console.log('after click value', await end.inputValue());
  await page.screenshot({ path: '/tmp/shots/enddate.png' });
  await browser.close(); process.kill(-server.pid); process.exit(0);
})();

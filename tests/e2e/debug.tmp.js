const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
(async () => {
  const env = { ...process.env, NODE_ENV: 'production', PORT: '1339', HOST: '127.0.0.1', DATABASE_FILENAME: '/tmp/e2edebug.db', LOG_LEVEL: 'warn' };
  const server = spawn(process.execPath, ['/work/main/node_modules/@strapi/strapi/bin/strapi.js', 'start'], { cwd: '/work/main/playground', env, stdio: 'inherit', detached: true });
  for (let i = 0; i < 120; i++) { try { const r = await fetch('http://127.0.0.1:1339/_health'); if (r.status < 400) break; } catch {} await new Promise(r => setTimeout(r, 500)); }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
  const page = await browser.newPage();
  page.on('pageerror', e => console.log('PAGEERROR', e.message));
  page.on('console', m => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
  await page.goto('http://127.0.0.1:1339/admin/auth/login');
  await page.waitForTimeout(8000);
  await page.screenshot({ path: '/tmp/shots/login.png' });
  console.log((await page.content()).slice(0, 500));
  await browser.close(); process.kill(-server.pid); process.exit(0);
})();

#!/usr/bin/env node
/**
 * The import's effect on everyone else: while an admin imports a 3,000-report
 * file, how long does a `/_health` request wait? Strapi runs in a child process
 * (as in production, its own event loop); this process sends the import and,
 * meanwhile and for a few seconds after the answer (post-commit work), a
 * `/_health` request every 25 ms, one at a time. Prints one line per database:
 *   import/health   longest /_health wait during and after the import   (target ≤ 200 ms)
 *   import time     the import request's total time
 * Used by tests/bench/run.js; alone: node tests/bench/import-health.js
 * BENCH_IMPORT_REPORTS (3000) and BENCH_DATABASES (sqlite,postgres) change the size and the databases.
 */
const { provisionBenchDatabase } = require('./databases');
const path = require('path');
const { spawn } = require('child_process');

const APP = path.join(__dirname, 'app');
const REPORTS = Number(process.env.BENCH_IMPORT_REPORTS || 3000);
const AFTER_MS = 8000;
const ADMIN = { email: 'bench@example.com', password: 'BenchAdmin1!' };

/** An export file of `count` reports: half published, half drafts, a few figures each (~300 bytes a report). */
function exportFile(count) {
  const reports = [];
  for (let i = 0; i < count; i += 1) {
    const version = {
      title: `Operation ${i}`,
      agency: ['INTERPOL', 'Europol', 'AFRIPOL'][i % 3],
      startDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-01`,
      endDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      countries: i % 120,
      arrests: i * 7,
      arrestsQualifier: i % 5 === 0 ? 'approximately' : 'exact',
    };
    reports.push({ slug: `operation-${i}`, locales: { en: { draft: version, published: i % 2 ? version : null } } });
  }
  return { version: 1, plugin: 'operation-reports', exportedAt: new Date().toISOString(), crimeAreas: [], reports };
}

/** The child: boots Strapi, creates an admin, prints its port and a JWT, then serves until killed. */
async function serve() {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP, distDir: APP, autoReload: false, serveAdminPanel: false }).load();
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    ...ADMIN,
    firstname: 'Bench',
    lastname: 'Admin',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.server.mount();
  const server = strapi.server.httpServer.listen(0, '127.0.0.1');
  server.keepAliveTimeout = 120000;
  server.requestTimeout = 0;
  await new Promise((resolve) => server.once('listening', resolve));
  process.stdout.write(`IMPORT_BENCH_READY ${server.address().port}\n`);
}

async function measure(kind) {
  const database = await provisionBenchDatabase(kind, 'import');
  const child = spawn(process.execPath, [__filename], {
    env: { ...process.env, ...database.env, NODE_ENV: 'production', IMPORT_BENCH_CHILD: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /IMPORT_BENCH_READY (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`Strapi exited (${code}) before it was ready`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const login = await (
      await fetch(`${base}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
    ).json();
    const headers = {
      Authorization: `Bearer ${login.data.accessToken ?? login.data.token}`,
      'Content-Type': 'application/json',
    };
    const body = JSON.stringify(exportFile(REPORTS));

    let running = true;
    const waits = { during: 0, after: 0 };
    let phase = 'during';
    const failures = [];
    const pinger = (async () => {
      while (running) {
        // A wait counts for the phase it started in: one held through the import is the import's.
        const started = phase;
        const start = performance.now();
        try {
          const response = await fetch(`${base}/_health`);
          await response.arrayBuffer();
        } catch (error) {
          failures.push(`${started}: ${error.cause?.code ?? error.message}`);
        }
        waits[started] = Math.max(waits[started], performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const start = performance.now();
    const response = await fetch(`${base}/operation-reports/import`, { method: 'POST', headers, body });
    const answer = await response.json();
    const importMs = performance.now() - start;
    phase = 'after';
    await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
    running = false;
    await pinger;
    if (failures.length > 0) throw new Error(`/_health failed: ${failures.join(', ')}`);
    if (response.status !== 200 || answer.data.summary.create !== REPORTS) {
      throw new Error(`import failed: ${response.status} ${JSON.stringify(answer).slice(0, 500)}`);
    }
    return { kind, reports: REPORTS, bytes: body.length, importMs, duringMs: waits.during, afterMs: waits.after };
  } finally {
    child.kill();
    await database.drop();
  }
}

/** Measures every database in turn; returns the rows for run.js to print. */
async function benchImportHealth(databases) {
  const rows = [];
  for (const kind of databases) {
    process.stdout.write(`bench: ${kind}, importing ${REPORTS.toLocaleString('en')} reports…\n`);
    rows.push(await measure(kind));
  }
  return rows;
}

function printImportHealth(rows) {
  console.log(
    '\n| database | reports (file) | import time | longest /_health wait during | after the answer | ≤ 200 ms |'
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const worst = Math.max(r.duringMs, r.afterMs);
    console.log(
      `| ${r.kind} | ${r.reports.toLocaleString('en')} (${Math.round(r.bytes / 1024)} KB) | ${(r.importMs / 1000).toFixed(1)} s | ${Math.round(r.duringMs)} ms | ${Math.round(r.afterMs)} ms | ${worst <= 200 ? 'yes' : 'no'} |`
    );
  }
  const worst = Math.max(...rows.map((r) => Math.max(r.duringMs, r.afterMs)));
  const slowest = Math.max(...rows.map((r) => r.importMs));
  console.log(`bench: import/health=${Math.round(worst)}ms import=${(slowest / 1000).toFixed(1)}s`);
}

module.exports = { benchImportHealth, printImportHealth };

if (require.main === module) {
  if (process.env.IMPORT_BENCH_CHILD) {
    serve().catch((error) => {
      console.error(error);
      process.exit(1);
    });
  } else {
    const databases = (process.env.BENCH_DATABASES || 'sqlite,postgres').split(',');
    benchImportHealth(databases)
      .then((rows) => {
        printImportHealth(rows);
        process.exit(0);
      })
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  }
}

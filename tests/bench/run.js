#!/usr/bin/env node
/**
 * npm run bench: the plugin measured side by side with what it replaces, in one
 * run, on the same data. Seeds 100,000 reports (a draft and a published row
 * each, as Strapi stores them) by batch insert into a fresh SQLite database and
 * a fresh PostgreSQL schema, then prints ratios:
 *   stats/sql   GET /api/operation-reports/stats vs the raw SQL aggregate       (target ≤ 1.5)
 *   stats/node  loading the published reports into Node (Document Service) and summing,
 *               divided by the endpoint's time                                  (target ≥ 10)
 *               (also shown: the leanest loading, twelve columns from the query engine)
 *   list/core   GET /api/operation-reports?pageSize=25 vs a plain core type    (target ≤ 1.10)
 *   create/core POST /api/operation-reports vs a plain core type               (target ≤ 1.15)
 *   304/stats   a 304 revalidation of stats vs its full answer (./http-cache.js) (target ≤ 0.2)
 *   boot        boot after 150,000 rows written around the plugin vs a synced boot
 *               (tests/bench/boot-after-import.js, its own databases)         (target ≤ 30 s)
 *   import/health longest /_health wait during a 3,000-report import, and the import's time
 *               (target ≤ 200 ms; tests/bench/import-health.js, BENCH_IMPORT_REPORTS changes the size)
 *   compare/findOne GET …/:documentId/compare vs core findOne (target ≤ 1.2; tests/bench/compare.js)
 * Then the hostile-text lines of tests/bench/extraction.js: the worst extraction at
 * 100 KB (target ≤ 100 ms) and the longest /_health wait meanwhile (target ≤ 200 ms).
 * The plain type (tests/bench/app) has the plugin's exact schema, components and relation
 * included, with none of its logic: the ratios measure what the plugin adds.
 * BENCH_REPORTS and BENCH_DATABASES (sqlite,postgres) change the size and the databases.
 */
const { provisionBenchDatabase } = require('./databases');
const path = require('path');
const crypto = require('crypto');
const { createStrapi } = require('@strapi/strapi');
const { benchImportHealth, printImportHealth } = require('./import-health');

const APP = path.join(__dirname, 'app');
const REPORTS = Number(process.env.BENCH_REPORTS || 100000);
const DATABASES = (process.env.BENCH_DATABASES || 'sqlite,postgres').split(',');
const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];
const QUALIFIERS = ['exact', 'approximately', 'atLeast', 'moreThan', 'upTo'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Deterministic pseudo-random numbers, so every run seeds the same data. */
function rng(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Rows for both tables: the same values, a draft and a published row per document. */
function* seedRows(count) {
  const random = rng(42);
  const now = new Date();
  for (let i = 0; i < count; i += 1) {
    const year = 2010 + Math.floor(random() * 16);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const row = {
      document_id: crypto.randomBytes(12).toString('hex'),
      title: `Operation ${i}`,
      slug: `operation-${i}`,
      agency: ['INTERPOL', 'Europol', 'AFRIPOL', 'AMERIPOL'][i % 4],
      start_date: `${year}-${month}-01`,
      end_date: `${year}-${month}-10`,
      duration_days: 10,
      figures_status: i % 7 === 0 ? 'preliminary' : 'final',
      locale: 'en',
      created_at: now,
      updated_at: now,
    };
    for (const stat of STATS) {
      row[snake(stat)] = random() < 0.1 ? null : Math.floor(random() * 5000);
      row[`${snake(stat)}_qualifier`] = QUALIFIERS[Math.floor(random() * 100) % 10 < 7 ? 0 : Math.floor(random() * 5)];
    }
    yield { ...row, published_at: null };
    yield { ...row, published_at: now };
  }
}

async function seed(strapi, table) {
  const knex = strapi.db.connection;
  let batch = [];
  for (const row of seedRows(REPORTS)) {
    batch.push(row);
    if (batch.length === 500) {
      await knex(table).insert(batch);
      batch = [];
    }
  }
  if (batch.length) await knex(table).insert(batch);
}

/** Times `a` and `b` alternately, so drift affects both alike; returns medians in ms. */
async function sideBySide(iterations, a, b) {
  const times = { a: [], b: [] };
  for (let i = 0; i < 3; i += 1) {
    await a(i);
    await b(i);
  }
  for (let i = 0; i < iterations; i += 1) {
    for (const [key, fn] of i % 2 === 0
      ? [
          ['a', a],
          ['b', b],
        ]
      : [
          ['b', b],
          ['a', a],
        ]) {
      const start = process.hrtime.bigint();
      await fn(i);
      times[key].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return { a: median(times.a), b: median(times.b) };
}

async function benchDatabase(kind) {
  const database = await provisionBenchDatabase(kind, 'bench');
  Object.assign(process.env, database.env, { NODE_ENV: 'production' });
  const strapi = await createStrapi({ appDir: APP, distDir: APP, autoReload: false, serveAdminPanel: false }).load();
  try {
    const seedStart = Date.now();
    await seed(strapi, 'operation_reports');
    await seed(strapi, 'plain_reports');
    const seedSeconds = (Date.now() - seedStart) / 1000;

    const token = (
      await strapi.service('admin::api-token').create({ name: 'bench', type: 'full-access', lifespan: null })
    ).accessKey;
    strapi.server.mount();
    const server = strapi.server.httpServer.listen(0, '127.0.0.1');
    // Loading 100,000 documents into Node takes longer than Node's 5 s keep-alive:
    // keep the client's pooled connection open across it.
    server.keepAliveTimeout = 120000;
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const get = async (url) => {
      const response = await fetch(base + url, { headers });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const post = async (url, data) => {
      const response = await fetch(base + url, { method: 'POST', headers, body: JSON.stringify({ data }) });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json();
    };

    const knex = strapi.db.connection;
    const client = String(strapi.db.dialect.client);
    const year =
      client === 'postgres'
        ? 'CAST(EXTRACT(YEAR FROM start_date) AS INTEGER)'
        : "CAST(strftime('%Y', start_date) AS INTEGER)";
    // Hand-written SQL for the same answer: sums, counts and each total's qualifier.
    const aggregates = STATS.map((s) => {
      const v = snake(s);
      const q = `${v}_qualifier`;
      return `SUM(${v}), COUNT(${v}), CASE MAX(CASE WHEN ${v} IS NULL THEN 0 WHEN ${q} = 'approximately' THEN 3 WHEN ${q} IN ('atLeast', 'moreThan') THEN 2 WHEN ${q} = 'upTo' THEN 1 ELSE 0 END) WHEN 3 THEN 'approximately' WHEN 2 THEN 'atLeast' WHEN 1 THEN 'upTo' ELSE 'exact' END`;
    }).join(', ');
    const published = "published_at IS NOT NULL AND locale = 'en'";
    const rawSql = async () => {
      const totals = await knex.raw(`SELECT COUNT(*), ${aggregates} FROM operation_reports WHERE ${published}`);
      await knex.raw(
        `SELECT ${year} AS year, COUNT(*), ${aggregates} FROM operation_reports WHERE ${published} AND start_date IS NOT NULL GROUP BY ${year} ORDER BY year`
      );
      return totals;
    };
    const sumInNode = (rows) => {
      const totals = {};
      for (const s of STATS) totals[s] = rows.reduce((sum, row) => sum + (row[s] ?? 0), 0);
      return totals;
    };
    // What a project without an aggregate API writes: load the published reports, sum in Node.
    const inNode = async () =>
      sumInNode(
        await strapi
          .documents('plugin::operation-reports.operation-report')
          .findMany({ status: 'published', locale: 'en' })
      );
    // The leanest variant of it: only the twelve columns, straight from the query engine.
    const inNodeLean = async () =>
      sumInNode(
        await strapi.db.query('plugin::operation-reports.operation-report').findMany({
          where: { publishedAt: { $notNull: true }, locale: 'en' },
          select: STATS.flatMap((s) => [s, `${s}Qualifier`]),
        })
      );
    const stats = () => get('/api/operation-reports/stats');

    // Same answer first: the comparison is only fair if all three agree.
    const fromEndpoint = (await stats()).data.totals;
    const fromNode = await inNode();
    const fromLean = await inNodeLean();
    for (const s of STATS) {
      if (fromEndpoint[s].value !== fromNode[s] || fromLean[s] !== fromNode[s]) {
        throw new Error(
          `totals disagree for ${s}: endpoint ${fromEndpoint[s].value}, node ${fromNode[s]}, lean ${fromLean[s]}`
        );
      }
    }

    const statsVsSql = await sideBySide(15, stats, rawSql);
    const statsVsNode = await sideBySide(3, stats, inNode);
    const statsVsLean = await sideBySide(5, stats, inNodeLean);
    const groups = await require('./stats-groups').benchStatsGroups({ strapi, get, sideBySide }); // issue 13
    const list = await sideBySide(
      40,
      () => get('/api/operation-reports?pagination[pageSize]=25&sort=startDate:desc'),
      () => get('/api/plain-reports?pagination[pageSize]=25&sort=startDate:desc')
    );
    const body = (i) => ({
      title: `Bench create ${i}`,
      startDate: '2025-11-10',
      endDate: '2025-11-21',
      arrests: i,
      officers: 14000,
      officersQualifier: 'approximately',
    });
    const create = await sideBySide(
      60,
      (i) => post('/api/operation-reports', body(i)),
      (i) => post('/api/plain-reports', body(i))
    );
    const httpCache = await require('./http-cache').benchHttpCache({ strapi, base, sideBySide });
    server.close();
    return {
      httpCache,
      kind,
      seedSeconds,
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
      statsMs: statsVsSql.a,
      sqlMs: statsVsSql.b,
      nodeMs: statsVsNode.b,
      statsMs2: statsVsNode.a,
      leanMs: statsVsLean.b,
      statsMs3: statsVsLean.a,
      listMs: list.a,
      coreListMs: list.b,
      createMs: create.a,
      coreCreateMs: create.b,
      groups,
    };
  } catch (error) {
    console.error(`bench on ${kind} failed:`, error);
    throw error;
  } finally {
    // The process ends right after; dropping the database is the cleanup that matters.
    await database.drop();
  }
}

// Strapi's pool rejects still-pending connection requests, unobserved, when it is
// destroyed between two databases; that is not a bench failure.
/**
 * Each database is measured in a child process of its own: one Strapi per
 * process, as in production, and no pool torn down under another's feet.
 */
async function runChild(kind) {
  const { execFileSync } = require('child_process');
  let output = '';
  try {
    output = execFileSync(process.execPath, [__filename], {
      env: { ...process.env, BENCH_CHILD: kind },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    output = String(error.stdout ?? '');
  }
  const line = output.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`bench on ${kind} produced no result`);
  return JSON.parse(line.slice('BENCH_RESULT '.length));
}

async function main() {
  const results = [];
  for (const kind of DATABASES) {
    process.stdout.write(`bench: ${kind}, seeding ${REPORTS.toLocaleString('en')} reports…\n`);
    results.push(await runChild(kind));
  }
  const fmt = (n) => n.toFixed(2);
  const rows = results.map((r) => ({
    ...r,
    statsSql: r.statsMs / r.sqlMs,
    statsNode: r.nodeMs / r.statsMs2,
    statsLean: r.leanMs / r.statsMs3,
    listCore: r.listMs / r.coreListMs,
    createCore: r.createMs / r.coreCreateMs,
  }));
  console.log(
    '\n| database | stats endpoint | raw SQL | stats/sql (≤1.5) | documents into Node | node÷stats (≥10) | 12 columns into Node | lean÷stats | list | core list | list/core (≤1.10) | create | core create | create/core (≤1.15) | RSS |'
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.kind} | ${fmt(r.statsMs)} ms | ${fmt(r.sqlMs)} ms | ${fmt(r.statsSql)} | ${fmt(r.nodeMs)} ms | ${fmt(r.statsNode)} | ${fmt(r.leanMs)} ms | ${fmt(r.statsLean)} | ${fmt(r.listMs)} ms | ${fmt(r.coreListMs)} ms | ${fmt(r.listCore)} | ${fmt(r.createMs)} ms | ${fmt(r.coreCreateMs)} ms | ${fmt(r.createCore)} | ${r.rssMb} MB |`
    );
  }
  const worst = {
    statsSql: Math.max(...rows.map((r) => r.statsSql)),
    statsNode: Math.min(...rows.map((r) => r.statsNode)),
    listCore: Math.max(...rows.map((r) => r.listCore)),
    createCore: Math.max(...rows.map((r) => r.createCore)),
  };
  console.log(
    `\n(${REPORTS.toLocaleString('en')} reports; medians of alternating runs; seeding took ${rows.map((r) => `${r.kind} ${r.seedSeconds.toFixed(0)} s`).join(', ')})`
  );
  console.log(
    `bench: stats/sql=${fmt(worst.statsSql)} stats/node=${fmt(worst.statsNode)} list/core=${fmt(worst.listCore)} create/core=${fmt(worst.createCore)}`
  );
  require('./http-cache').printHttpCache(rows);
  require('./stats-groups').printStatsGroups(results); // issue 13: stats/floor, groupBy=crimeArea|month/sql
  await require('./boot-after-import').benchBootAfterRowsWrittenAround(DATABASES);
  printImportHealth(await benchImportHealth(DATABASES));
  // Issue 10: hostile text through the extract route, /_health polled meanwhile.
  const { benchExtraction, printExtraction } = require('./extraction');
  printExtraction(await benchExtraction());
  // Issue 13: compare with the previous edition vs findOne (tests/bench/compare.js).
  const { benchCompare, printCompare } = require('./compare');
  printCompare(await benchCompare(DATABASES));
}

const entry = process.env.BENCH_CHILD
  ? benchDatabase(process.env.BENCH_CHILD).then((result) => {
      process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
      process.exit(0);
    })
  : main().then(() => process.exit(0));
entry.catch((error) => {
  console.error(error);
  process.exit(1);
});

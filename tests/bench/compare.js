#!/usr/bin/env node
'use strict';
/**
 * compare/findOne: GET /api/operation-reports/:documentId/compare against core
 * findOne GET /api/operation-reports/:documentId of the same documents, on
 * BENCH_REPORTS reports (a draft and a published row each, batch-inserted)
 * grouped in series of ten editions. Target ≤ 1.2: comparing with the previous
 * edition costs about one more indexed lookup than reading the report.
 * Each database runs in a child process of its own, as in tests/bench/run.js.
 * Alone: `node tests/bench/compare.js` (BENCH_REPORTS, BENCH_DATABASES apply).
 */
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { provisionBenchDatabase } = require('./databases');

const APP = path.join(__dirname, 'app');
const REPORTS = Number(process.env.BENCH_REPORTS || 100000);
const EDITIONS_PER_SERIES = 10;
const SAMPLE = 50;
const ITERATIONS = 60;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Rows of `count` documents: series of ten editions a year apart, figures on every edition. */
function* seedRows(count) {
  const now = new Date();
  for (let i = 0; i < count; i += 1) {
    const series = `Series ${Math.floor(i / EDITIONS_PER_SERIES)}`;
    const edition = (i % EDITIONS_PER_SERIES) + 1;
    const year = 2010 + edition;
    const row = {
      document_id: crypto.randomBytes(12).toString('hex'),
      title: `Operation ${series} ${edition}`,
      slug: `operation-compare-${i}`,
      codename: `${series} ${edition}`,
      series,
      start_date: `${year}-0${1 + (i % 9)}-01`,
      end_date: `${year}-0${1 + (i % 9)}-10`,
      duration_days: 10,
      figures_status: 'final',
      locale: 'en',
      arrests: (i * 37) % 5000,
      countries: 1 + (i % 190),
      created_at: now,
      updated_at: now,
    };
    yield { ...row, published_at: null };
    yield { ...row, published_at: now };
  }
}

async function benchDatabase(kind) {
  const database = await provisionBenchDatabase(kind, 'compare');
  Object.assign(process.env, database.env, { NODE_ENV: 'production' });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP, distDir: APP, autoReload: false, serveAdminPanel: false }).load();
  try {
    const knex = strapi.db.connection;
    let batch = [];
    for (const row of seedRows(REPORTS)) {
      batch.push(row);
      if (batch.length === 500) {
        await knex('operation_reports').insert(batch);
        batch = [];
      }
    }
    if (batch.length) await knex('operation_reports').insert(batch);

    const token = (
      await strapi.service('admin::api-token').create({ name: 'bench-compare', type: 'full-access', lifespan: null })
    ).accessKey;
    strapi.server.mount();
    const server = strapi.server.httpServer.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    const get = async (url) => {
      const response = await fetch(base + url, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json();
    };

    // Later editions (they have a previous one), spread over the table.
    const sample = (
      await knex('operation_reports')
        .whereNotNull('published_at')
        .whereNot('codename', 'like', '% 1')
        .orderBy('id')
        .select('document_id')
    )
      .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / SAMPLE)) === 0)
      .slice(0, SAMPLE)
      .map((row) => row.document_id);
    const compare = (i) => get(`/api/operation-reports/${sample[i % sample.length]}/compare`);
    const findOne = (i) => get(`/api/operation-reports/${sample[i % sample.length]}`);

    // The comparison must be a real one, or the ratio says nothing.
    const first = await compare(0);
    if (!first.data.previous || first.data.stats.arrests.to === null) {
      throw new Error(`compare found no previous edition: ${JSON.stringify(first.data)}`);
    }

    const times = { compare: [], findOne: [] };
    for (let i = 0; i < 5; i += 1) await Promise.all([compare(i), findOne(i)]).catch(() => undefined);
    for (let i = 0; i < ITERATIONS; i += 1) {
      const order = i % 2 === 0 ? ['compare', 'findOne'] : ['findOne', 'compare'];
      for (const name of order) {
        const start = process.hrtime.bigint();
        await (name === 'compare' ? compare(i) : findOne(i));
        times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    server.close();
    return { kind, compareMs: median(times.compare), findOneMs: median(times.findOne) };
  } finally {
    await strapi.destroy().catch(() => undefined);
    await database.drop();
  }
}

function runChild(kind) {
  let output = '';
  try {
    output = execFileSync(process.execPath, [__filename], {
      env: { ...process.env, BENCH_COMPARE_CHILD: kind },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    output = String(error.stdout ?? '');
  }
  const line = output.split('\n').find((l) => l.startsWith('BENCH_COMPARE '));
  if (!line) throw new Error(`compare bench on ${kind} produced no result`);
  return JSON.parse(line.slice('BENCH_COMPARE '.length));
}

/** Measures every database, each in its own process; returns one row per database. */
async function benchCompare(databases) {
  const rows = [];
  for (const kind of databases) {
    process.stdout.write(`bench: compare on ${kind}, seeding ${REPORTS.toLocaleString('en')} reports…\n`);
    rows.push(runChild(kind));
  }
  return rows;
}

function printCompare(rows) {
  const fmt = (n) => n.toFixed(2);
  console.log('\n| database | compare | findOne | compare/findOne (≤1.2) |');
  console.log('|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.kind} | ${fmt(r.compareMs)} ms | ${fmt(r.findOneMs)} ms | ${fmt(r.compareMs / r.findOneMs)} |`);
  }
  const worst = Math.max(...rows.map((r) => r.compareMs / r.findOneMs));
  console.log(`bench: compare/findOne=${fmt(worst)}`);
}

module.exports = { benchCompare, printCompare };

if (require.main === module) {
  const child = process.env.BENCH_COMPARE_CHILD;
  const run = child
    ? benchDatabase(child).then((result) => process.stdout.write(`BENCH_COMPARE ${JSON.stringify(result)}\n`))
    : benchCompare((process.env.BENCH_DATABASES || 'sqlite,postgres').split(',')).then(printCompare);
  run.then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}

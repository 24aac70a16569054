#!/usr/bin/env node
/**
 * Bench line: boot after rows were written around the plugin (an upgrade,
 * `strapi import`, `strapi transfer`), next to a boot of the same app once
 * synced. Per database, in processes of their own (one Strapi per process,
 * as in production):
 *   1. boot the bench app on a fresh database (creates the schema) and write
 *      BENCH_BOOT_ROWS rows straight into the report table (default 150,000:
 *      a draft and a published row per document; new fields and durationDays
 *      NULL, 1 document in 50 without a slug, 1 in 100 sharing its
 *      neighbour's slug), none of them in the slug registry;
 *   2. time `createStrapi().load()` ("Loading Strapi"): the plugin's boot
 *      registers every slug, settles the clashes, fills what is missing;
 *   3. time it again, BENCH_BOOT_SYNCED_RUNS times (default 3), once synced.
 * Prints seconds and the ratio of (2) to the median of (3). Target: (2) ≤ 30 s.
 * Run alone: `node tests/bench/boot-after-import.js` (after `npm run build`);
 * BENCH_DATABASES (sqlite,postgres,mysql) picks the databases.
 */
const { provisionBenchDatabase } = require('./databases');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const APP = path.join(__dirname, 'app');
const ROWS = Number(process.env.BENCH_BOOT_ROWS || 150000);
const SYNCED_RUNS = Number(process.env.BENCH_BOOT_SYNCED_RUNS || 3);
const TARGET_SECONDS = 30;

const createApp = () =>
  require('@strapi/strapi').createStrapi({ appDir: APP, distDir: APP, autoReload: false, serveAdminPanel: false });

/** Rows as an older version or an import leaves them: nothing the plugin's boot fills is there yet. */
function* rowsWrittenAround(documents) {
  const now = new Date();
  for (let i = 0; i < documents; i += 1) {
    let slug = `operation-${i}`;
    if (i % 50 === 7) slug = null;
    else if (i % 100 === 1) slug = `operation-${i - 1}`;
    const row = {
      document_id: crypto.randomBytes(12).toString('hex'),
      title: `Operation ${i}`,
      slug,
      start_date: '2025-11-10',
      end_date: '2025-11-21',
      duration_days: null,
      figures_status: null,
      arrests: i % 5000,
      arrests_qualifier: null,
      locale: 'en',
      created_at: now,
      updated_at: now,
    };
    yield { ...row, published_at: null };
    yield { ...row, published_at: now };
  }
}

async function prepare() {
  const strapi = await createApp().load();
  const knex = strapi.db.connection;
  const start = Date.now();
  await knex.transaction(async (trx) => {
    let batch = [];
    for (const row of rowsWrittenAround(Math.ceil(ROWS / 2))) {
      batch.push(row);
      if (batch.length === 500) {
        await trx('operation_reports').insert(batch);
        batch = [];
      }
    }
    if (batch.length) await trx('operation_reports').insert(batch);
  });
  const [{ count }] = await knex('operation_reports').count({ count: '*' });
  await knex('operation_reports_slug_registry').where({ scope: 'operation-report' }).delete();
  await strapi.destroy();
  return { rows: Number(count), writeSeconds: (Date.now() - start) / 1000 };
}

async function timeBoot() {
  const start = process.hrtime.bigint();
  const strapi = await createApp().load();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const knex = strapi.db.connection;
  const [{ count }] = await knex('operation_reports_slug_registry')
    .where({ scope: 'operation-report' })
    .count({ count: '*' });
  await strapi.destroy();
  return { seconds, registered: Number(count) };
}

function child(phase, env) {
  const output = execFileSync(process.execPath, [__filename], {
    env: { ...process.env, ...env, NODE_ENV: 'production', BENCH_BOOT_PHASE: phase },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = output.split('\n').find((l) => l.startsWith('BOOT_RESULT '));
  if (!line) throw new Error(`boot bench ${phase} produced no result`);
  return JSON.parse(line.slice('BOOT_RESULT '.length));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchBoot(kind) {
  const database = await provisionBenchDatabase(kind, 'boot');
  try {
    const written = child('prepare', database.env);
    const cold = child('boot', database.env);
    const synced = [];
    for (let i = 0; i < SYNCED_RUNS; i += 1) synced.push(child('boot', database.env).seconds);
    return { kind, ...written, registered: cold.registered, coldSeconds: cold.seconds, syncedSeconds: median(synced) };
  } finally {
    await database.drop();
  }
}

/** Runs the line on each database and prints it, in the same shape as run.js's table. */
async function benchBootAfterRowsWrittenAround(databases) {
  const results = [];
  for (const kind of databases) {
    process.stdout.write(`bench: ${kind}, boot after ${ROWS.toLocaleString('en')} rows written around the plugin…\n`);
    try {
      results.push(await benchBoot(kind));
    } catch (error) {
      // One database failing must not hide the others' numbers.
      console.error(`boot bench on ${kind} failed:`, error.message);
    }
  }
  if (results.length === 0) throw new Error('boot bench: no database gave a result');
  console.log(
    `\n| database | rows written around | slugs registered | boot after them (≤${TARGET_SECONDS} s) | boot once synced | after/synced |`
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.kind} | ${r.rows.toLocaleString('en')} | ${r.registered.toLocaleString('en')} | ${r.coldSeconds.toFixed(1)} s | ${r.syncedSeconds.toFixed(1)} s | ${(r.coldSeconds / r.syncedSeconds).toFixed(2)} |`
    );
  }
  const worst = results.reduce((a, b) => (b.coldSeconds > a.coldSeconds ? b : a));
  console.log(
    `bench: boot-after-rows-written-around=${worst.coldSeconds.toFixed(1)}s (${worst.kind}, target ≤ ${TARGET_SECONDS} s) after/synced=${(worst.coldSeconds / worst.syncedSeconds).toFixed(2)}`
  );
  return results;
}

module.exports = { benchBootAfterRowsWrittenAround };

if (require.main === module) {
  const phase = process.env.BENCH_BOOT_PHASE;
  const run = phase
    ? (phase === 'prepare' ? prepare() : timeBoot()).then((result) =>
        process.stdout.write(`BOOT_RESULT ${JSON.stringify(result)}\n`)
      )
    : benchBootAfterRowsWrittenAround((process.env.BENCH_DATABASES || 'sqlite,postgres').split(','));
  run.then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}

#!/usr/bin/env node
/**
 * npm run load: the plugin under sustained read load, and beside its core twin.
 *
 * Boots the bench app (tests/bench/app: the plugin, and the plugin's schema as
 * a plain core type, `plain-reports`) in production mode in a child process on
 * 127.0.0.1 (tests/load/twin-child.js), on a fresh SQLite database, seeds
 * LOAD_REPORTS (500) published reports with figures, qualifiers and crime
 * areas through the REST API (with an API token), the same bodies into both
 * types, then drives the plugin with autocannon: LOAD_CONNECTIONS (50) connections for
 * LOAD_DURATION (30) seconds, as the Public role (publicRead), on a mix of
 *   find            /api/operation-reports?pagination[page]=…
 *   findOne         /api/operation-reports/<random existing documentId>
 *   filter arrests  /api/operation-reports?filters[arrests][$gte]=…&sort=arrests:desc
 *   filter area     /api/operation-reports?filters[crimeAreas][slug][$eq]=…
 *   stats           /api/operation-reports/stats
 *   stats filtered  /api/operation-reports/stats?filters[…]
 * Prints requests/s, p50/p99/max latency, errors, timeouts, non-2xx (per kind too),
 * the five slowest requests with when they were sent, and the server's RSS
 * before and after. Exits 1 on any error, timeout or non-2xx, or when any
 * request waited over LOAD_MAX_LATENCY_MS (2000). The last line is
 * `load: <json>` for scripts.
 *
 * Then the core twin (tests/load/twin.js): the mix's kinds core has too (find,
 * findOne, both filters; stats has no core twin) against each type in turn,
 * plugin, core, core, plugin, LOAD_DURATION/2 s each, printing requests/s and
 * p99 for each and their ratio (target ≥ 0.95×).
 *
 * Runs `npm run build` first when the plugin's dist is missing.
 */
const { spawn, spawnSync } = require('child_process');
const { twinComparison } = require('./twin');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const BENCH_APP = path.join(ROOT, 'tests', 'bench', 'app');
const ARTIFACTS = path.join(ROOT, 'tests', '.artifacts');
const CHILD = path.join(__dirname, 'twin-child.js');

const DURATION = Number(process.env.LOAD_DURATION || 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS || 50);
const REPORTS = Number(process.env.LOAD_REPORTS || 500);
// Issue 10: no request may wait longer than this under the load (ms).
const MAX_LATENCY_MS = Number(process.env.LOAD_MAX_LATENCY_MS || 2000);
const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];
const QUALIFIERS = ['exact', 'exact', 'exact', 'approximately', 'atLeast', 'moreThan', 'upTo'];
const AGENCIES = ['INTERPOL', 'Europol', 'AFRIPOL', 'AMERIPOL', 'ASEANAPOL'];
const CODENAMES = ['Liberterra', 'Turquesa', 'Global Chain', 'Weka', 'Storm Makers', 'Flash-Weka', 'Pangea', 'Jackal'];

/** Deterministic pseudo-random numbers: every run seeds the same reports and asks the same mix. */
function rng(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const log = (...args) => console.log(...args);
const fmt = (n, digits = 0) =>
  Number(n).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function rssKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
const mb = (kb) => (kb === null ? 'n/a' : `${fmt(kb / 1024, 1)} MB`);

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function prepare() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'server', 'index.js'))) {
    log('load: the plugin is not built, running npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
}

async function startServer(database) {
  const port = await freePort();
  // LOAD_CPU_PROF=<dir> writes the server's CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.LOAD_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.LOAD_CPU_PROF)}`] : [];
  const child = spawn(process.execPath, [...profile, CHILD], {
    cwd: BENCH_APP,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'error',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const token = await new Promise((resolve, reject) => {
    let out = '';
    let found;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = /^TOKEN (\S+)$/m.exec(out);
      if (line) found = line[1];
      if (/^READY$/m.test(out)) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`Strapi exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    token,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      });
    },
  };
}

function reportData(i, random, areas) {
  const year = 2019 + Math.floor(random() * 7);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 20);
  const length = Math.floor(random() * 20);
  const start = new Date(Date.UTC(year, month - 1, day));
  const end = new Date(start.getTime() + length * 86_400_000);
  const data = {
    title: `Operation ${CODENAMES[i % CODENAMES.length]} ${i + 1}`,
    codename: `${CODENAMES[i % CODENAMES.length]} ${i + 1}`,
    agency: AGENCIES[Math.floor(random() * AGENCIES.length)],
    startDate: start.toISOString().slice(0, 10),
    endDate: end.toISOString().slice(0, 10),
    figuresStatus: random() < 0.2 ? 'preliminary' : 'final',
    summary: 'A coordinated operation against trafficking and smuggling networks, with the figures reported.',
    crimeAreas: areas.filter(() => random() < 0.4).map((area) => area.documentId),
    sources: [{ title: 'Press release', publisher: 'Agency', url: `https://example.org/releases/${i + 1}` }],
  };
  for (const stat of STATS) {
    if (random() < 0.15) continue; // not reported
    data[stat] = Math.floor(random() * (stat === 'officers' ? 20000 : 5000));
    data[`${stat}Qualifier`] = QUALIFIERS[Math.floor(random() * QUALIFIERS.length)];
  }
  return data;
}

const twinSlug = (title) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

async function seed(server) {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` };
  const areasResponse = await fetch(`${server.url}/api/crime-areas`, { headers });
  const areas = (await areasResponse.json()).data;
  if (!areas || areas.length === 0) throw new Error('no crime areas seeded');
  const random = rng(42);
  const bodies = Array.from({ length: REPORTS }, (_, i) => reportData(i, random, areas));
  const documentIds = [];
  const twinIds = [];
  let next = 0;
  const create = async (type, data) => {
    const response = await fetch(`${server.url}/api/${type}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ data }),
    });
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`seeding ${type} failed: ${response.status} ${await response.text()}`);
    }
    return (await response.json()).data.documentId;
  };
  const worker = async () => {
    while (next < bodies.length) {
      const data = bodies[next++];
      documentIds.push(await create('operation-reports', data));
      // The core twin gets the same report; its slug is given, as core does not make one.
      twinIds.push(await create('plain-reports', { ...data, slug: twinSlug(data.title) }));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { documentIds, twinIds, areaSlugs: areas.map((area) => area.slug) };
}

/**
 * The request mix, by weight, on `type` (the plugin's, or the core twin's
 * `plain-reports`); `coreKinds` keeps only the kinds core has (no stats).
 */
function mix(documentIds, areaSlugs, type = 'operation-reports', { coreKinds = false } = {}) {
  const pick = (list, random) => list[Math.floor(random() * list.length)];
  const all = [
    { name: 'find', weight: 20, path: (r) => `/api/${type}?pagination[page]=${1 + Math.floor(r() * 20)}` },
    { name: 'findOne', weight: 25, path: (r) => `/api/${type}/${pick(documentIds, r)}` },
    {
      name: 'find arrests>=',
      weight: 15,
      path: (r) => `/api/${type}?filters[arrests][$gte]=${Math.floor(r() * 4000)}&sort=arrests:desc`,
    },
    {
      name: 'find crimeArea',
      weight: 15,
      path: (r) => `/api/${type}?filters[crimeAreas][slug][$eq]=${pick(areaSlugs, r)}`,
    },
    { name: 'stats', weight: 10, path: () => '/api/operation-reports/stats' },
    {
      name: 'stats filtered',
      weight: 15,
      path: (r) =>
        r() < 0.5
          ? `/api/operation-reports/stats?filters[crimeAreas][slug][$eq]=${pick(areaSlugs, r)}`
          : `/api/operation-reports/stats?filters[startDate][$gte]=${2019 + Math.floor(r() * 7)}-01-01&filters[agency][$eq]=INTERPOL`,
    },
  ];
  const kinds = coreKinds ? all.filter((kind) => !kind.name.startsWith('stats')) : all;
  const total = kinds.reduce((sum, kind) => sum + kind.weight, 0);
  return {
    kinds,
    choose(random) {
      let roll = random() * total;
      for (const kind of kinds) {
        roll -= kind.weight;
        if (roll < 0) return kind;
      }
      return kinds[kinds.length - 1];
    },
  };
}

async function drive(server, { kinds, choose }, duration = DURATION) {
  const autocannon = require('autocannon');
  const counts = Object.fromEntries(kinds.map((kind) => [kind.name, { sent: 0, non2xx: 0 }]));
  const random = rng(7);
  // The slowest requests, with when they started: a stall shows as a cluster in time or in one kind.
  const started = Date.now();
  const slowest = [];
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        setupRequest(request, context) {
          const kind = choose(random);
          context.kind = kind.name;
          context.path = encodeURI(kind.path(random)).replace(/\$/g, '%24');
          context.sentAt = Date.now();
          counts[kind.name].sent += 1;
          return { ...request, path: context.path };
        },
        onResponse(status, body, context) {
          if (status < 200 || status >= 300) counts[context.kind].non2xx += 1;
          const ms = Date.now() - context.sentAt;
          if (slowest.length < 5 || ms > slowest[slowest.length - 1].ms) {
            slowest.push({ ms, atSecond: (context.sentAt - started) / 1000, kind: context.kind, path: context.path });
            slowest.sort((a, b) => b.ms - a.ms);
            slowest.length = Math.min(slowest.length, 5);
          }
        },
      },
    ],
  });
  return { result, counts, slowest };
}

async function main() {
  prepare();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const database = path.join(ARTIFACTS, `load-${crypto.randomBytes(4).toString('hex')}.db`);
  const removeDatabase = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${database}${suffix}`, { force: true });
  };
  let server;
  try {
    const bootStarted = Date.now();
    server = await startServer(database);
    log(
      `load: Strapi (NODE_ENV=production, SQLite) listening on ${server.url} after ${fmt((Date.now() - bootStarted) / 1000, 1)} s`
    );
    const seedStarted = Date.now();
    const { documentIds, twinIds, areaSlugs } = await seed(server);
    log(
      `load: seeded ${documentIds.length} published reports, and as many into the core twin, in ${fmt((Date.now() - seedStarted) / 1000, 1)} s`
    );

    const rssBefore = rssKb(server.child.pid);
    log(`load: ${CONNECTIONS} connections for ${DURATION} s …`);
    const { result, counts, slowest } = await drive(server, mix(documentIds, areaSlugs));
    const rssAfter = rssKb(server.child.pid);

    const summary = {
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      reports: documentIds.length,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssMb: {
        before: rssBefore === null ? null : Math.round(rssBefore / 1024),
        after: rssAfter === null ? null : Math.round(rssAfter / 1024),
      },
      byKind: counts,
    };
    log('');
    log(`requests      ${fmt(summary.requests)} in ${DURATION} s`);
    log(`requests/s    ${fmt(summary.requestsPerSecond)}`);
    log(
      `latency       p50 ${summary.latencyMs.p50} ms   p99 ${summary.latencyMs.p99} ms   max ${summary.latencyMs.max} ms`
    );
    log(`errors        ${summary.errors}   timeouts ${summary.timeouts}   non-2xx ${summary.non2xx}`);
    log(`server RSS    before ${mb(rssBefore)}   after ${mb(rssAfter)}`);
    log(
      'by kind       ' +
        Object.entries(counts)
          .map(([name, c]) => `${name} ${fmt(c.sent)}${c.non2xx ? ` (${c.non2xx} non-2xx)` : ''}`)
          .join(' · ')
    );
    log('slowest       ' + slowest.map((r) => `${fmt(r.ms)} ms ${r.kind} at ${fmt(r.atSecond, 1)} s`).join(' · '));
    // The plugin beside core on the kinds both have, same data, same process.
    summary.twin = await twinComparison({
      drive: (type, duration) =>
        drive(
          server,
          type === 'plugin'
            ? mix(documentIds, areaSlugs, 'operation-reports', { coreKinds: true })
            : mix(twinIds, areaSlugs, 'plain-reports', { coreKinds: true }),
          duration
        ),
      duration: DURATION,
      log,
    });
    log('');
    log(`load: ${JSON.stringify(summary)}`);

    log(
      `max latency   ${fmt(summary.latencyMs.max)} ms (limit ${fmt(MAX_LATENCY_MS)} ms)   timeouts ${summary.timeouts} (limit 0)`
    );
    if (summary.errors > 0 || summary.timeouts > 0 || summary.non2xx > 0 || summary.twin.failed) {
      console.error('load: FAILED: errors, timeouts or non-2xx answers');
      process.exitCode = 1;
    }
    if (summary.latencyMs.max > MAX_LATENCY_MS) {
      console.error(`load: FAILED: a request waited ${summary.latencyMs.max} ms, over ${MAX_LATENCY_MS} ms`);
      process.exitCode = 1;
    }
  } finally {
    if (server) await server.stop();
    removeDatabase();
  }
}

module.exports = { startServer, seed, mix, rng };

if (require.main === module) {
  main().catch((error) => {
    console.error(`load: ${error.stack || error}`);
    process.exit(1);
  });
}

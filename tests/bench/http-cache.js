/**
 * `npm run bench`, issue 13: a 304 revalidation against a full stats answer,
 * both as the Public role on the same 100k reports.
 *   304/stats  GET /api/operation-reports/stats with If-None-Match naming the
 *              current tag (the content version read, nothing else) vs the
 *              same request answered in full                     (target ≤ 0.2)
 */
const STATS_PATH = '/api/operation-reports/stats';
const TARGET = 0.2;

/** The bench app does not set publicRead: grant the Public role the stats route here, as publicRead would. */
async function grantPublicStats(strapi) {
  await strapi.plugin('users-permissions').service('users-permissions').initialize();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const action = 'plugin::operation-reports.operation-report.stats';
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
    await permissions.create({ data: { action, role: role.id } });
  }
}

/** Medians in ms of a full stats answer and of its 304 revalidation, timed alternately by `sideBySide`. */
async function benchHttpCache({ strapi, base, sideBySide }) {
  await grantPublicStats(strapi);
  const full = async () => {
    const response = await fetch(base + STATS_PATH);
    if (response.status !== 200) throw new Error(`${STATS_PATH}: ${response.status} ${await response.text()}`);
    await response.text();
    return response.headers.get('etag');
  };
  const tag = await full();
  if (!tag) throw new Error(`${STATS_PATH} answered the Public role without an ETag`);
  const revalidate = async () => {
    const response = await fetch(base + STATS_PATH, { headers: { 'If-None-Match': tag } });
    if (response.status !== 304) throw new Error(`revalidation answered ${response.status}, not 304`);
    await response.text();
  };
  const times = await sideBySide(15, revalidate, full);
  return { revalidateMs: times.a, fullMs: times.b };
}

function printHttpCache(results) {
  const fmt = (n) => n.toFixed(2);
  console.log('\n| database | stats, full answer | stats, 304 revalidation | 304/stats (≤0.2) |');
  console.log('|---|---|---|---|');
  const ratios = results.map((r) => {
    const ratio = r.httpCache.revalidateMs / r.httpCache.fullMs;
    console.log(
      `| ${r.kind} | ${fmt(r.httpCache.fullMs)} ms | ${fmt(r.httpCache.revalidateMs)} ms | ${fmt(ratio)}${ratio > TARGET ? ' (misses)' : ''} |`
    );
    return ratio;
  });
  console.log(`bench: 304/stats=${fmt(Math.max(...ratios))}`);
}

module.exports = { benchHttpCache, printHttpCache };

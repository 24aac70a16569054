/**
 * `npm run load`, second part: the plugin beside its core twin. The same kinds
 * of request (find, a page of it, findOne, the two filters; stats has no core
 * twin), the same pseudo-random sequence and the same data, as the Public
 * role, against the plugin's type and against `plain-reports` (the plugin's
 * schema as a plain core type) in one Strapi process. Run plugin, core, core,
 * plugin, half the duration each, so that warm-up and drift fall on both
 * sides alike. Prints requests/s and p99 of each and their ratio; the target
 * is plugin ≥ 0.95× core in requests/s.
 */
const TARGET = 0.95;

const fmt = (n, digits = 0) =>
  Number(n).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** One side over its rounds: requests over the time they took, the worse p99, every failure. */
function sideOf(results) {
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  const seconds = results.reduce((sum, r) => sum + r.duration, 0);
  return {
    requests,
    requestsPerSecond: Math.round(requests / seconds),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

/**
 * `drive(side, seconds)` runs the core kinds of the mix on 'plugin' or 'core'
 * and resolves to autocannon's result (in `.result`).
 */
async function twinComparison({ drive, duration, log }) {
  const half = Math.max(1, Math.round(duration / 2));
  const rounds = { plugin: [], core: [] };
  log(`load: core twin, plugin then core then core then plugin, ${half} s each …`);
  for (const side of ['plugin', 'core', 'core', 'plugin']) {
    rounds[side].push((await drive(side, half)).result);
  }
  const plugin = sideOf(rounds.plugin);
  const core = sideOf(rounds.core);
  const ratio = {
    requestsPerSecond: Number((plugin.requestsPerSecond / core.requestsPerSecond).toFixed(3)),
    p99: core.p99 > 0 ? Number((plugin.p99 / core.p99).toFixed(3)) : null,
  };
  const failed = [plugin, core].some((side) => side.errors > 0 || side.timeouts > 0 || side.non2xx > 0);
  log('');
  log('vs core twin  (find, findOne, filters; same data, Public role)');
  log(`  plugin      ${fmt(plugin.requestsPerSecond)} requests/s   p99 ${plugin.p99} ms   non-2xx ${plugin.non2xx}`);
  log(`  core twin   ${fmt(core.requestsPerSecond)} requests/s   p99 ${core.p99} ms   non-2xx ${core.non2xx}`);
  log(
    `  plugin/core ${fmt(ratio.requestsPerSecond, 2)}× requests/s (target ≥ ${TARGET}×)   ` +
      `p99 ${ratio.p99 === null ? 'n/a' : `${fmt(ratio.p99, 2)}×`}` +
      (ratio.requestsPerSecond < TARGET ? '   BELOW TARGET' : '')
  );
  return { plugin, core, ratio, target: TARGET, failed };
}

module.exports = { twinComparison };

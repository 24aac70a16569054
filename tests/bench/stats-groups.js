/**
 * Issue 13's stats lines of `npm run bench`, run inside run.js's bench child on
 * its seeded database and HTTP server:
 *   stats/floor            GET …/stats vs the bare SQL floor: count(*) and a SUM per stat
 *                          over the published rows, plus the same GROUP BY year, no
 *                          qualifier work                                        (target ≤ 1.5)
 *   groupBy=crimeArea/sql  GET …/stats?groupBy=crimeArea vs hand-written SQL giving the
 *                          same answer (GROUP BY year + GROUP BY crime area)    (target ≤ 1.5)
 *   groupBy=month/sql      GET …/stats?groupBy=month vs hand-written SQL giving the same
 *                          answer (one GROUP BY month, years added up from it)  (target ≤ 1.5)
 * Also timed, to choose between them: the SQL of the old two scans (totals, then
 * years, qualifier rank by CASE … IN) against the one scan the plugin runs now
 * (GROUP BY year only, rank by one simple CASE).
 */
const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];
const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Links each published report to two of the five seeded crime areas (one in ten to none), in one statement. */
async function linkCrimeAreas(strapi) {
  const knex = strapi.db.connection;
  const meta = strapi.db.metadata.get('plugin::operation-reports.operation-report');
  const { joinTable } = meta.attributes.crimeAreas;
  const areas = strapi.db.metadata.get('plugin::operation-reports.crime-area').tableName;
  await knex.raw(
    `INSERT INTO ?? (??, ??) SELECT r.id, a.id FROM ?? r CROSS JOIN ?? a
     WHERE r.published_at IS NOT NULL AND r.id % 10 <> 0 AND (r.id * 7 + a.id) % 5 < 2`,
    [joinTable.name, joinTable.joinColumn.name, joinTable.inverseJoinColumn.name, meta.tableName, areas]
  );
  const { count } = (await knex(joinTable.name).count({ count: '*' }))[0];
  return { link: joinTable, areas, links: Number(count) };
}

/** Same totals as the endpoint from its raw rows, so a wrong answer cannot look fast. */
function checkSameCount(endpoint, sqlCount, what) {
  if (endpoint.data.count !== sqlCount)
    throw new Error(`${what}: endpoint count ${endpoint.data.count}, SQL ${sqlCount}`);
}

/**
 * @param {{ strapi: any, get: (url: string) => Promise<any>, sideBySide: Function }} bench
 */
async function benchStatsGroups({ strapi, get, sideBySide }) {
  const knex = strapi.db.connection;
  const client = String(strapi.db.dialect.client);
  const { link, areas } = await linkCrimeAreas(strapi);
  const year =
    client === 'postgres'
      ? 'CAST(EXTRACT(YEAR FROM r.start_date) AS INTEGER)'
      : "CAST(strftime('%Y', r.start_date) AS INTEGER)";
  const month = client === 'postgres' ? "to_char(r.start_date, 'YYYY-MM')" : "strftime('%Y-%m', r.start_date)";
  const published = "r.published_at IS NOT NULL AND r.locale = 'en'";
  const sums = STATS.map((s) => `SUM(r.${snake(s)})`).join(', ');
  const full = STATS.map((s) => {
    const v = `r.${snake(s)}`;
    const q = `${v}_qualifier`;
    return `SUM(${v}), COUNT(${v}), MIN(${v}), MAX(${v}), MAX(CASE WHEN ${v} IS NULL THEN 0 ELSE CASE ${q} WHEN 'approximately' THEN 3 WHEN 'atLeast' THEN 2 WHEN 'moreThan' THEN 2 WHEN 'upTo' THEN 1 ELSE 0 END END)`;
  }).join(', ');
  const oldRank = STATS.map((s) => {
    const v = `r.${snake(s)}`;
    const q = `${v}_qualifier`;
    return `SUM(${v}), COUNT(${v}), MIN(${v}), MAX(${v}), CASE MAX(CASE WHEN ${v} IS NULL THEN 0 WHEN ${q} IN ('approximately') THEN 3 WHEN ${q} IN ('atLeast', 'moreThan') THEN 2 WHEN ${q} IN ('upTo') THEN 1 ELSE 0 END) WHEN 3 THEN 'approximately' WHEN 2 THEN 'atLeast' WHEN 1 THEN 'upTo' ELSE 'exact' END`;
  }).join(', ');
  const rows = async (sql) => {
    const result = await knex.raw(sql);
    return Array.isArray(result) ? result : result.rows;
  };
  const from = 'FROM operation_reports r';
  const floor = async () => {
    const [totals] = await rows(`SELECT COUNT(*) AS n, ${sums} ${from} WHERE ${published}`);
    await rows(`SELECT ${year} AS y, COUNT(*), ${sums} ${from} WHERE ${published} GROUP BY ${year}`);
    return Number(totals.n);
  };
  const twoScans = async () => {
    await rows(`SELECT COUNT(*), ${oldRank} ${from} WHERE ${published}`);
    await rows(`SELECT ${year} AS y, COUNT(*), ${oldRank} ${from} WHERE ${published} GROUP BY ${year}`);
  };
  const oneScan = () => rows(`SELECT ${year} AS y, COUNT(*), ${full} ${from} WHERE ${published} GROUP BY ${year}`);
  const byArea = async () => {
    await oneScan();
    return rows(
      `SELECT a.slug AS k, COUNT(*) AS n, ${full} ${from}
       LEFT JOIN ${link.name} l ON l.${link.joinColumn.name} = r.id LEFT JOIN ${areas} a ON a.id = l.${link.inverseJoinColumn.name}
       WHERE ${published} GROUP BY a.slug`
    );
  };
  const byMonth = () =>
    rows(`SELECT ${month} AS k, COUNT(*) AS n, ${full} ${from} WHERE ${published} GROUP BY ${month}`);

  const count = await floor();
  checkSameCount(await get('/api/operation-reports/stats'), count, 'stats');
  const areaGroups = await get('/api/operation-reports/stats?groupBy=crimeArea');
  const areaCounts = (await byArea()).reduce((sum, row) => sum + Number(row.n), 0);
  const endpointAreaCounts = areaGroups.data.groups.reduce((sum, group) => sum + group.count, 0);
  if (areaCounts !== endpointAreaCounts)
    throw new Error(`groupBy=crimeArea: ${endpointAreaCounts} vs SQL ${areaCounts}`);
  const monthGroups = await get('/api/operation-reports/stats?groupBy=month');
  if (monthGroups.data.groups.length !== (await byMonth()).length)
    throw new Error('groupBy=month: group counts differ');

  const stats = await sideBySide(15, () => get('/api/operation-reports/stats'), floor);
  const scans = await sideBySide(15, twoScans, oneScan);
  const area = await sideBySide(15, () => get('/api/operation-reports/stats?groupBy=crimeArea'), byArea);
  const months = await sideBySide(15, () => get('/api/operation-reports/stats?groupBy=month'), byMonth);
  return {
    statsMs: stats.a,
    floorMs: stats.b,
    twoScansMs: scans.a,
    oneScanMs: scans.b,
    areaMs: area.a,
    areaSqlMs: area.b,
    monthMs: months.a,
    monthSqlMs: months.b,
  };
}

/** Prints the table and the `bench:` line of these measurements (worst database on the line). */
function printStatsGroups(results) {
  const rows = results.filter((r) => r.groups).map((r) => ({ kind: r.kind, ...r.groups }));
  if (rows.length === 0) return;
  const fmt = (n) => n.toFixed(2);
  console.log(
    '\n| database | stats | SQL floor | stats/floor (≤1.5) | two scans SQL | one scan SQL | groupBy=crimeArea | its SQL | crimeArea/sql (≤1.5) | groupBy=month | its SQL | month/sql (≤1.5) |'
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.kind} | ${fmt(r.statsMs)} ms | ${fmt(r.floorMs)} ms | ${fmt(r.statsMs / r.floorMs)} | ${fmt(r.twoScansMs)} ms | ${fmt(r.oneScanMs)} ms | ${fmt(r.areaMs)} ms | ${fmt(r.areaSqlMs)} ms | ${fmt(r.areaMs / r.areaSqlMs)} | ${fmt(r.monthMs)} ms | ${fmt(r.monthSqlMs)} ms | ${fmt(r.monthMs / r.monthSqlMs)} |`
    );
  }
  const worst = (ratio) => fmt(Math.max(...rows.map(ratio)));
  console.log(
    `bench: stats/floor=${worst((r) => r.statsMs / r.floorMs)} groupBy=crimeArea/sql=${worst((r) => r.areaMs / r.areaSqlMs)} groupBy=month/sql=${worst((r) => r.monthMs / r.monthSqlMs)} two-scans/one-scan=${fmt(Math.min(...rows.map((r) => r.twoScansMs / r.oneScanMs)))}`
  );
}

module.exports = { benchStatsGroups, printStatsGroups };

import { adminToken, countReportRows, CRIME_AREA_UID, describeEachDatabase, REPORT_UID } from '../helpers/strapi';
import { expectedGroups, expectedStats, expectedTotals, type GroupKey, type Row } from '../helpers/expected-stats';
import { limitedAdmin } from '../helpers/admin-roles';
import { SERIES_REPORTS } from '../fixtures/operation-series';

const MAX = 2147483647;
const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];

/** A report to publish: its fields, plus the slugs of its crime areas (`areas`). */
type Report = Row & { areas: string[] };

// The series fixture, `series` sent explicitly (deriving it from the codename is not what this file tests).
const SERIES: Report[] = SERIES_REPORTS.map(({ expectedSeries, crimeAreaSlugs, ...report }) => ({
  ...report,
  series: expectedSeries,
  areas: crimeAreaSlugs,
}));

// Edge rows: no agency (null and empty), no series, no crime area, no figures,
// ties in count to check the order, two reports in one month.
const EDGES: Report[] = [
  {
    title: 'Unattributed sweep',
    agency: null,
    startDate: '2024-06-20',
    endDate: '2024-06-25',
    figuresStatus: 'preliminary',
    countries: 3,
    countriesQualifier: 'upTo',
    arrests: 5,
    areas: [],
  },
  {
    title: 'Blank agency',
    agency: '',
    series: 'Pangea',
    startDate: '2023-06-12',
    endDate: '2023-06-13',
    arrests: 10,
    arrestsQualifier: 'approximately',
    victimsIdentified: 2,
    areas: ['document-fraud'],
  },
  {
    title: 'Figureless',
    agency: 'AFRIPOL',
    series: 'Flash',
    startDate: '2022-02-01',
    endDate: '2022-02-03',
    areas: [],
  },
  {
    title: 'Border week',
    agency: 'AMERIPOL',
    startDate: '2022-02-14',
    endDate: '2022-02-20',
    arrests: 0,
    investigationsOpened: 4,
    investigationsOpenedQualifier: 'moreThan',
    areas: ['migrant-smuggling'],
  },
];

/** A report as stored: every stat and qualifier present, defaults applied. */
const stored = ({ areas, ...report }: Report): Row => {
  const row: Row = { ...report, areas };
  for (const stat of STATS) {
    row[stat] = report[stat] ?? null;
    row[`${stat}Qualifier`] = report[`${stat}Qualifier`] ?? 'exact';
  }
  row.figuresStatus = report.figuresStatus ?? 'final';
  return row;
};

const blankToNull = (value: unknown): GroupKey => (value === undefined || value === '' ? null : (value as GroupKey));

/** Each key's groups of a row, computed from what the test sent, not from the plugin. */
const KEYS: Record<string, { keysOf: (row: Row) => GroupKey[]; time: boolean }> = {
  year: { keysOf: (row) => [Number(String(row.startDate).slice(0, 4))], time: true },
  month: { keysOf: (row) => [String(row.startDate).slice(0, 7)], time: true },
  agency: { keysOf: (row) => [blankToNull(row.agency)], time: false },
  crimeArea: { keysOf: (row) => (row.areas.length > 0 ? row.areas : [null]), time: false },
  series: { keysOf: (row) => [blankToNull(row.series)], time: false },
  figuresStatus: { keysOf: (row) => [row.figuresStatus], time: false },
};
const expected = (rows: Row[], key: string) => expectedGroups(rows, KEYS[key].keysOf, KEYS[key].time);

describeEachDatabase('stats groups', (app) => {
  const rows = [...SERIES, ...EDGES].map(stored);
  const stats = (query: string) => app().http().get(`/api/operation-reports/stats?${query}`);
  const adminStats = async (query: string, token?: string) =>
    app()
      .http()
      .get(`/operation-reports/stats?${query}`)
      .set('Authorization', `Bearer ${token ?? (await adminToken(app()))}`);

  beforeAll(async () => {
    const { strapi } = app();
    const areas = await strapi.documents(CRIME_AREA_UID).findMany({});
    const areaId = (slug: string) => areas.find((area) => area.slug === slug)!.documentId;
    const reports = strapi.documents(REPORT_UID);
    const publish = ({ areas: slugs, ...report }: Report) =>
      reports.create({ data: { ...report, crimeAreas: slugs.map(areaId) } as never, status: 'published' });
    for (const report of [...SERIES, ...EDGES]) await publish(report);

    // None of these may count: a draft, the newer draft of a published report, an unpublished report.
    await reports.create({
      data: {
        title: 'Draft only',
        agency: 'Draft agency',
        series: 'Draft series',
        startDate: '2021-01-01',
        endDate: '2021-01-02',
        arrests: MAX,
        crimeAreas: [areaId('forced-labour')],
      } as never,
    });
    const [border] = await reports.findMany({ filters: { title: 'Border week' } });
    await reports.update({
      documentId: border.documentId,
      data: { agency: 'Changed agency', series: 'Changed', arrests: MAX, startDate: '2020-03-03' } as never,
    });
    const withdrawn = await publish({
      title: 'Withdrawn',
      agency: 'Withdrawn agency',
      startDate: '2020-05-05',
      endDate: '2020-05-06',
      arrests: 999,
      areas: ['sexual-exploitation'],
    });
    await reports.unpublish({ documentId: withdrawn.documentId });

    // Another locale: Liberterra III in French, published.
    if (!(await strapi.plugin('i18n').service('locales').findByCode('fr'))) {
      await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    }
    const [liberterra] = await reports.findMany({ filters: { codename: 'Liberterra III' } });
    await reports.update({
      documentId: liberterra.documentId,
      locale: 'fr',
      data: { title: 'Opération Liberterra III' } as never,
      status: 'published',
    });
  });

  it.each(Object.keys(KEYS))('groupBy=%s answers groups equal to a hand computation', async (key) => {
    const response = await stats(`groupBy=${key}`);
    expect(response.status).toBe(200);
    const { groups, groupBy, ...overall } = response.body.data;
    expect(groupBy).toBe(key);
    expect(groups).toEqual(expected(rows, key));
    // The rest of the answer is unchanged by groupBy.
    expect(overall).toEqual(expectedStats(rows));
  });

  it('answers keys of the documented types: a year is a number, a month "YYYY-MM", the rest strings or null', async () => {
    const keys = async (key: string) =>
      (await stats(`groupBy=${key}`)).body.data.groups.map((group: { key: GroupKey }) => group.key);
    expect(await keys('year')).toEqual([2022, 2023, 2024, 2025]);
    expect(await keys('month')).toEqual(['2022-02', '2023-06', '2023-10', '2024-06', '2024-09', '2025-11']);
    // Ties in count run by key, the null group last among its equals.
    expect(await keys('agency')).toEqual(['INTERPOL', 'Europol', null, 'AFRIPOL', 'AMERIPOL']);
    expect(await keys('series')).toEqual(['Liberterra', 'Global Chain', null, 'Flash', 'Pangea']);
    expect(await keys('figuresStatus')).toEqual(['final', 'preliminary']);
  });

  it('counts a report with several crime areas in each of them, and reports with none in the null group', async () => {
    const { data } = (await stats('groupBy=crimeArea')).body;
    const humanTrafficking = data.groups.find((group: { key: GroupKey }) => group.key === 'human-trafficking');
    // Every report of both series names human trafficking; Liberterra III's 3,744 arrests count here too.
    expect(humanTrafficking.count).toBe(5);
    expect(humanTrafficking.totals.arrests.value).toBe(212 + 219 + 219 + 2517 + 3744);
    const none = data.groups.find((group: { key: GroupKey }) => group.key === null);
    expect(none.count).toBe(2);
    const sum = data.groups.reduce((total: number, group: { count: number }) => total + group.count, 0);
    expect(sum).toBeGreaterThan(data.count);
  });

  describe('with filters', () => {
    const cases: [string, string, (row: Row) => boolean][] = [
      ['a column filter', 'filters[agency][$eq]=INTERPOL', (row) => row.agency === 'INTERPOL'],
      [
        'a crime-area filter (ids, not joined rows)',
        'filters[crimeAreas][slug][$in][0]=forced-labour&filters[crimeAreas][slug][$in][1]=human-trafficking',
        (row) => row.areas.includes('forced-labour') || row.areas.includes('human-trafficking'),
      ],
      [
        'a crime-area filter inside $or',
        'filters[$or][0][crimeAreas][slug][$eq]=document-fraud&filters[$or][1][startDate][$lt]=2023-01-01',
        (row) => row.areas.includes('document-fraud') || row.startDate < '2023-01-01',
      ],
    ];
    for (const [name, filters, predicate] of cases) {
      it.each(Object.keys(KEYS))(`${name}, groupBy=%s`, async (key) => {
        const response = await stats(`${filters}&groupBy=${key}`);
        expect(response.status).toBe(200);
        const matching = rows.filter(predicate);
        expect(response.body.data.groups).toEqual(expected(matching, key));
        expect(response.body.data.count).toBe(matching.length);
        expect(response.body.data.totals).toEqual(expectedTotals(matching));
      });
    }
  });

  it('groups the requested locale only', async () => {
    const fr = await stats('locale=fr&groupBy=year');
    expect(fr.status).toBe(200);
    const liberterra = rows.filter((row) => row.codename === 'Liberterra III');
    expect(fr.body.data.groups).toEqual(expected(liberterra, 'year'));
    expect(fr.body.data.count).toBe(1);
  });

  describe('hostile groupBy', () => {
    const long = 'y'.repeat(5000);
    const refused: [string, string][] = [
      ['an unknown key', 'groupBy=day'],
      ['another case', 'groupBy=YEAR'],
      ['a list', 'groupBy[]=year'],
      ['an indexed list', 'groupBy[0]=year'],
      ['a repeated parameter', 'groupBy=year&groupBy=month'],
      ['a nested value', 'groupBy[a]=b'],
      ['an empty value', 'groupBy='],
      ['a very long value', `groupBy=${long}`],
      ['__proto__', 'groupBy=__proto__'],
      ['constructor', 'groupBy=constructor'],
      ['a column name', 'groupBy=start_date'],
      ['SQL', `groupBy=${encodeURIComponent('year; DROP TABLE operation_reports')}`],
    ];
    let rowsBefore = 0;
    beforeAll(async () => {
      rowsBefore = await countReportRows(app().strapi);
    });

    it.each(refused)('refuses %s with 400 naming groupBy', async (_name, query) => {
      for (const response of [await stats(query), await adminStats(query)]) {
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('ValidationError');
        expect(response.body.error.message).toMatch(/groupBy/);
        expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['groupBy']]);
        expect(response.body.error.message.length).toBeLessThan(300);
      }
    });

    it('still answers after the hostile values, and wrote nothing', async () => {
      const response = await stats('groupBy=series');
      expect(response.body.data.groups).toEqual(expected(rows, 'series'));
      expect(await countReportRows(app().strapi)).toBe(rowsBefore);
    });
  });

  describe('GraphQL', () => {
    const total = '{ value qualifier reported min max avg }';
    const totals = `totals { ${STATS.map((stat) => `${stat} ${total}`).join(' ')} }`;
    const query = `query($filters: OperationReportsOperationReportFiltersInput, $groupBy: OperationReportStatsGroupKey) {
      operationReportStats(filters: $filters, groupBy: $groupBy) { count groupBy groups { key count ${totals} } }
    }`;
    const gql = (variables: Record<string, unknown>) => app().http().post('/graphql').send({ query, variables });

    it.each(Object.keys(KEYS))('answers groupBy: %s as REST does', async (key) => {
      const response = await gql({ groupBy: key });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.operationReportStats.groupBy).toBe(key);
      expect(response.body.data.operationReportStats.groups).toEqual(expected(rows, key));
    });

    it('groups with a crime-area filter', async () => {
      const response = await gql({ groupBy: 'agency', filters: { crimeAreas: { slug: { eq: 'forced-labour' } } } });
      expect(response.body.errors).toBeUndefined();
      const matching = rows.filter((row) => row.areas.includes('forced-labour'));
      expect(response.body.data.operationReportStats.groups).toEqual(expected(matching, 'agency'));
    });

    it('answers no groups without groupBy, and refuses a key outside the enum naming groupBy', async () => {
      const plain = await gql({});
      expect(plain.body.data.operationReportStats.groups).toBeNull();
      const refused = await gql({ groupBy: 'day' });
      expect(refused.body.errors[0].message).toMatch(/groupBy/);
    });
  });

  describe('admin route', () => {
    it.each(Object.keys(KEYS))('answers groupBy=%s as REST does', async (key) => {
      const response = await adminStats(`groupBy=${key}`);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual((await stats(`groupBy=${key}`)).body.data);
    });

    it("keeps the role's limits: its conditions, unreadable figures blanked, no grouping on an unreadable field", async () => {
      const readable = ['title', 'startDate', 'endDate', 'agency', 'officers', 'officersQualifier'];
      const editor = await limitedAdmin(app(), 'Group reader', [{ action: 'read', fields: readable }]);
      const byAgency = await adminStats('groupBy=agency', editor.token);
      expect(byAgency.status).toBe(200);
      const groups = expected(rows, 'agency');
      expect(byAgency.body.data.groups.map((group: { key: GroupKey }) => group.key)).toEqual(
        groups.map((group) => group.key)
      );
      for (const [index, group] of byAgency.body.data.groups.entries()) {
        expect(group.totals.officers).toEqual(groups[index].totals.officers);
        expect(group.totals.arrests).toEqual({
          value: null,
          qualifier: 'exact',
          reported: 0,
          min: null,
          max: null,
          avg: null,
        });
      }
      for (const key of ['series', 'crimeArea', 'figuresStatus']) {
        const refused = await adminStats(`groupBy=${key}`, editor.token);
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toContain(key);
      }
      // A role limited to its own reports groups none of the seeded ones.
      const own = await limitedAdmin(app(), 'Own group reader', [
        { action: 'read', conditions: ['admin::is-creator'] },
      ]);
      const mine = await adminStats('groupBy=year', own.token);
      expect(mine.status).toBe(200);
      expect(mine.body.data.groups).toEqual([]);
      expect(mine.body.data.count).toBe(0);
    });
  });
});

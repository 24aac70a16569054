import { adminToken, createApiToken, CRIME_AREA_UID, describeEachDatabase, REPORT_UID } from '../helpers/strapi';
import { expectedStats, NOT_REPORTED, ONE_REPORT, type Row } from '../helpers/expected-stats';
import { LATEST_PUBLISHED_URL } from '../../admin/src/utils/urls';

const MAX = 2147483647;

// Published reports, as stored. Every qualifier appears; nulls too.
const PUBLISHED: Row[] = [
  {
    title: 'Alpha',
    agency: 'INTERPOL',
    startDate: '2023-03-01',
    endDate: '2023-03-05',
    figuresStatus: 'final',
    countries: 10,
    countriesQualifier: 'exact',
    officers: 1000,
    officersQualifier: 'approximately',
    arrests: 100,
    arrestsQualifier: 'exact',
    victimsIdentified: null,
    irregularMigrants: 50,
    irregularMigrantsQualifier: 'upTo',
    investigationsOpened: 5,
    investigationsOpenedQualifier: 'atLeast',
    areas: ['human-trafficking'],
  },
  {
    title: 'Bravo',
    agency: 'Europol',
    startDate: '2024-06-10',
    endDate: '2024-06-20',
    figuresStatus: 'preliminary',
    countries: 20,
    officers: 2000,
    arrests: 200,
    arrestsQualifier: 'moreThan',
    victimsIdentified: 30,
    irregularMigrants: null,
    investigationsOpened: 10,
    areas: ['forced-labour', 'human-trafficking'],
  },
  {
    title: 'Charlie',
    agency: 'INTERPOL',
    codename: 'Liberterra III',
    startDate: '2025-11-10',
    endDate: '2025-11-21',
    countries: 119,
    officers: 14000,
    officersQualifier: 'approximately',
    arrests: 3744,
    victimsIdentified: 4414,
    irregularMigrants: 12992,
    investigationsOpened: 720,
    investigationsOpenedQualifier: 'atLeast',
    areas: ['migrant-smuggling'],
  },
  {
    title: 'Delta',
    agency: 'AFRIPOL',
    startDate: '2025-01-01',
    endDate: '2025-01-02',
    countries: null,
    officers: null,
    arrests: null,
    victimsIdentified: null,
    irregularMigrants: null,
    investigationsOpened: null,
    areas: [],
  },
  {
    title: 'Echo',
    agency: null,
    startDate: '2024-12-31',
    endDate: '2025-01-03',
    countries: 3,
    countriesQualifier: 'upTo',
    arrests: 0,
    victimsIdentified: 7,
    victimsIdentifiedQualifier: 'upTo',
    areas: [],
  },
];

const normalise = (row: Row): Row => {
  const out: Row = { ...row };
  for (const stat of [
    'countries',
    'officers',
    'arrests',
    'victimsIdentified',
    'irregularMigrants',
    'investigationsOpened',
  ]) {
    out[stat] = row[stat] ?? null;
    out[`${stat}Qualifier`] = row[`${stat}Qualifier`] ?? 'exact';
  }
  out.agency = row.agency ?? null;
  out.figuresStatus = row.figuresStatus ?? 'final';
  return out;
};

describeEachDatabase('stats', (app) => {
  const rows = PUBLISHED.map(normalise);
  let token: string;
  const stats = (query = '', headers: Record<string, string> = {}) =>
    app()
      .http()
      .get(`/api/operation-reports/stats${query ? `?${query}` : ''}`)
      .set(headers);

  const publish = async (data: Row): Promise<string> =>
    (
      await app()
        .strapi.documents(REPORT_UID)
        .create({ data: data as never, status: 'published' })
    ).documentId;

  beforeAll(async () => {
    const { strapi } = app();
    token = await createApiToken(strapi);
    const areas = await strapi.documents(CRIME_AREA_UID).findMany({});
    const areaId = (slug: string) => areas.find((a) => a.slug === slug)!.documentId;
    const reports = strapi.documents(REPORT_UID);
    for (const { areas: slugs, ...row } of PUBLISHED) {
      await reports.create({ data: { ...row, crimeAreas: slugs.map(areaId) } as never, status: 'published' });
    }
    // Drafts with huge figures must never count, whoever asks.
    await reports.create({
      data: {
        title: 'Draft only',
        agency: 'INTERPOL',
        startDate: '2025-05-01',
        endDate: '2025-05-02',
        arrests: MAX,
        officers: MAX,
      } as never,
    });
    const withDraft = await reports.create({
      data: {
        title: 'Golf',
        agency: 'Golf agency',
        startDate: '2022-01-01',
        endDate: '2022-01-01',
        arrests: 7,
      } as never,
      status: 'published',
    });
    rows.push(normalise({ title: 'Golf', agency: 'Golf agency', startDate: '2022-01-01', arrests: 7 }));
    await reports.update({ documentId: withDraft.documentId, data: { arrests: MAX, officers: MAX } as never });
    // Deleted, and unpublished, reports do not count.
    const deleted = await reports.create({
      data: { title: 'Deleted', startDate: '2021-01-01', endDate: '2021-01-01', arrests: 999 } as never,
      status: 'published',
    });
    await reports.delete({ documentId: deleted.documentId });
    const unpublished = await reports.create({
      data: { title: 'Unpublished', startDate: '2021-02-01', endDate: '2021-02-01', arrests: 888 } as never,
      status: 'published',
    });
    await reports.unpublish({ documentId: unpublished.documentId });
  });

  it('answers count, totals and byYear over published reports, equal to a hand computation', async () => {
    const response = await stats();
    expect(response.status).toBe(200);
    expect(response.body.meta.status).toBe('published');
    expect(response.body.data).toEqual(expectedStats(rows));
    expect(response.body.data.byYear.map((y: { year: number }) => y.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(typeof response.body.data.totals.arrests.value).toBe('number');
    expect(typeof response.body.data.count).toBe('number');
  });

  it('never counts drafts, not even for a token that may read them', async () => {
    const withToken = await stats('', { Authorization: `Bearer ${token}` });
    expect(withToken.body.data).toEqual(expectedStats(rows));
    expect(withToken.body.data.totals.arrests.value).toBeLessThan(MAX);
    expect((await stats('status=draft', { Authorization: `Bearer ${token}` })).status).toBe(400);
  });

  it('counts a report again once it is published again, and stops when unpublished', async () => {
    const reports = app().strapi.documents(REPORT_UID);
    const doc = await reports.create({
      data: {
        title: 'Toggle',
        agency: 'Toggle agency',
        startDate: '2020-01-01',
        endDate: '2020-01-02',
        arrests: 5,
      } as never,
      status: 'published',
    });
    const count = async () => (await stats('filters[agency][$eq]=Toggle agency')).body.data.count;
    expect(await count()).toBe(1);
    await reports.unpublish({ documentId: doc.documentId });
    expect(await count()).toBe(0);
    await reports.publish({ documentId: doc.documentId });
    expect(await count()).toBe(1);
    await reports.delete({ documentId: doc.documentId });
    expect(await count()).toBe(0);
  });

  describe('qualifier of a total', () => {
    it.each([
      [['exact', 'exact'], 'exact'],
      [['exact', 'approximately'], 'approximately'],
      [['atLeast', 'exact'], 'atLeast'],
      [['moreThan'], 'atLeast'],
      [['upTo', 'exact'], 'upTo'],
      [['upTo', 'upTo'], 'upTo'],
      [['upTo', 'atLeast'], 'atLeast'],
      [['approximately', 'atLeast', 'upTo', 'moreThan'], 'approximately'],
    ])('%j sums to %s', async (qualifiers, expected) => {
      const agency = `Q ${qualifiers.join(' ')}`;
      const created: string[] = [];
      for (const [i, qualifier] of qualifiers.entries()) {
        created.push(
          await publish({
            title: `${agency} ${i}`,
            agency,
            startDate: '2019-01-01',
            endDate: '2019-01-01',
            arrests: 10 + i,
            arrestsQualifier: qualifier,
          })
        );
      }
      // A null stat with a qualifier set does not count towards the qualifier.
      created.push(
        await publish({
          title: `${agency} null`,
          agency,
          startDate: '2019-01-01',
          endDate: '2019-01-01',
          arrests: null,
          arrestsQualifier: 'approximately',
        })
      );
      const response = await stats(`filters[agency][$eq]=${encodeURIComponent(agency)}`);
      // arrests 10, 11, …: their mean is a whole or a half number.
      expect(response.body.data.totals.arrests).toEqual({
        value: qualifiers.reduce((sum, _q, i) => sum + 10 + i, 0),
        qualifier: expected,
        reported: qualifiers.length,
        min: 10,
        max: 9 + qualifiers.length,
        avg: 9.5 + qualifiers.length / 2,
      });
      expect(response.body.data.count).toBe(qualifiers.length + 1);
      for (const documentId of created) await app().strapi.documents(REPORT_UID).delete({ documentId });
    });
  });

  describe('filters', () => {
    const base = rows;
    const cases: [string, string, (row: Row) => boolean][] = [
      ['$eq', 'filters[agency][$eq]=INTERPOL', (r) => r.agency === 'INTERPOL'],
      ['implicit $eq', 'filters[agency]=INTERPOL', (r) => r.agency === 'INTERPOL'],
      ['$ne', 'filters[agency][$ne]=INTERPOL', (r) => r.agency !== null && r.agency !== 'INTERPOL'],
      ['$lt', 'filters[arrests][$lt]=200', (r) => r.arrests !== null && r.arrests < 200],
      ['$lte', 'filters[arrests][$lte]=200', (r) => r.arrests !== null && r.arrests <= 200],
      ['$gt', 'filters[arrests][$gt]=100', (r) => r.arrests !== null && r.arrests > 100],
      ['$gte on a date', 'filters[startDate][$gte]=2024-06-10', (r) => r.startDate >= '2024-06-10'],
      [
        '$in',
        'filters[agency][$in][0]=Europol&filters[agency][$in][1]=AFRIPOL',
        (r) => ['Europol', 'AFRIPOL'].includes(r.agency),
      ],
      [
        '$notIn',
        'filters[agency][$notIn][0]=Europol&filters[agency][$notIn][1]=AFRIPOL',
        (r) => r.agency !== null && !['Europol', 'AFRIPOL'].includes(r.agency),
      ],
      ['$null', 'filters[victimsIdentified][$null]=true', (r) => r.victimsIdentified === null],
      ['$notNull', 'filters[victimsIdentified][$notNull]=true', (r) => r.victimsIdentified !== null],
      [
        '$between',
        'filters[startDate][$between][0]=2024-01-01&filters[startDate][$between][1]=2024-12-31',
        (r) => r.startDate >= '2024-01-01' && r.startDate <= '2024-12-31',
      ],
      ['$contains', 'filters[title][$contains]=lph', (r) => r.title.includes('lph')],
      ['$containsi', 'filters[title][$containsi]=ALPH', (r) => r.title.toLowerCase().includes('alph')],
      ['$startsWith', 'filters[title][$startsWith]=Br', (r) => r.title.startsWith('Br')],
      ['a qualifier', 'filters[officersQualifier][$eq]=approximately', (r) => r.officersQualifier === 'approximately'],
      ['figuresStatus', 'filters[figuresStatus][$eq]=preliminary', (r) => r.figuresStatus === 'preliminary'],
      ['codename', 'filters[codename][$eq]=Liberterra III', (r) => r.codename === 'Liberterra III'],
      [
        '$and',
        'filters[$and][0][agency][$eq]=INTERPOL&filters[$and][1][arrests][$gt]=1000',
        (r) => r.agency === 'INTERPOL' && r.arrests > 1000,
      ],
      [
        '$or',
        'filters[$or][0][agency][$eq]=Europol&filters[$or][1][arrests][$eq]=0',
        (r) => r.agency === 'Europol' || r.arrests === 0,
      ],
      [
        'nested $or in $and',
        'filters[$and][0][$or][0][agency][$eq]=INTERPOL&filters[$and][0][$or][1][agency][$eq]=Europol&filters[$and][1][startDate][$lt]=2025-01-01',
        (r) => ['INTERPOL', 'Europol'].includes(r.agency) && r.startDate < '2025-01-01',
      ],
      [
        'crimeAreas by slug',
        'filters[crimeAreas][slug][$eq]=human-trafficking',
        (r) => (PUBLISHED.find((p) => p.title === r.title)?.areas ?? []).includes('human-trafficking'),
      ],
      [
        'crimeAreas $in, a report in both counted once',
        'filters[crimeAreas][slug][$in][0]=forced-labour&filters[crimeAreas][slug][$in][1]=human-trafficking',
        (r) =>
          (PUBLISHED.find((p) => p.title === r.title)?.areas ?? []).some((a: string) =>
            ['forced-labour', 'human-trafficking'].includes(a)
          ),
      ],
    ];

    it.each(cases)('%s', async (_name, query, predicate) => {
      const response = await stats(query);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual(expectedStats(base.filter(predicate)));
    });

    it('treats SQL in a value as a plain string', async () => {
      const response = await stats(`filters[agency][$eq]=${encodeURIComponent("' OR 1=1 --")}`);
      expect(response.status).toBe(200);
      expect(response.body.data.count).toBe(0);
    });

    const refused: [string, string][] = [
      ['filters[nope][$eq]=1', 'filters.nope'],
      ['filters[arrests][$regex]=1', 'filters.arrests.$regex'],
      ['filters[arrests][$notContains]=1', 'filters.arrests.$notContains'],
      ['filters[arrests][$gt]=abc', 'filters.arrests.$gt'],
      ['filters[arrests][$gt]=1.5', 'filters.arrests.$gt'],
      ['filters[startDate][$gte]=2025-02-30', 'filters.startDate.$gte'],
      ['filters[figuresStatus][$eq]=draft', 'filters.figuresStatus.$eq'],
      ['filters[arrestsQualifier][$eq]=roughly', 'filters.arrestsQualifier.$eq'],
      ['filters[agency][$lt]=a', 'filters.agency.$lt'],
      ['filters[title][$contains][$eq]=x', 'filters.title.$contains'],
      ['filters[$or]=x', 'filters.$or'],
      ['filters[$not][agency][$eq]=x', 'filters.$not'],
      ['filters[crimeAreas][nope][$eq]=1', 'filters.crimeAreas.nope'],
      ['filters[crimeAreas][slug][$regex]=x', 'filters.crimeAreas.slug.$regex'],
      ['filters[body][$contains]=x', 'filters.body'],
      ['filters[publishedAt][$null]=true', 'filters.publishedAt'],
      ['filters[locale][$eq]=fr', 'filters.locale'],
      ['filters[arrests][$between][0]=1', 'filters.arrests.$between'],
      ['filters[arrests][$null]=maybe', 'filters.arrests.$null'],
      ['filters[arrests]', 'filters.arrests'],
      ['filters=1', 'filters'],
      [`filters${'[$and][0]'.repeat(8)}[arrests][$eq]=1`, 'filters'],
      [Array.from({ length: 101 }, (_, i) => `filters[arrests][$in][${i}]=${i}`).join('&'), 'filters.arrests.$in'],
      ['sort=arrests:desc', 'sort'],
      ['pagination[pageSize]=1', 'pagination'],
      ['status=draft', 'status'],
      ['locale=!!', 'locale'],
    ];

    it.each(refused)('refuses %s with 400 naming %s', async (query, path) => {
      const response = await stats(query);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
      expect(paths.some((p: string) => p.startsWith(path))).toBe(true);
    });
  });

  describe('locales', () => {
    beforeAll(async () => {
      const { strapi } = app();
      if (!(await strapi.plugin('i18n').service('locales').findByCode('fr'))) {
        await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
      }
      const [charlie] = await strapi.documents(REPORT_UID).findMany({ filters: { title: 'Charlie' } });
      await strapi.documents(REPORT_UID).update({
        documentId: charlie.documentId,
        locale: 'fr',
        data: { title: 'Charlie FR' } as never,
        status: 'published',
      });
    });

    it('counts the default locale by default, and another locale on request', async () => {
      expect((await stats()).body.data).toEqual(expectedStats(rows));
      const fr = await stats('locale=fr');
      expect(fr.body.meta.locale).toBe('fr');
      expect(fr.body.data).toEqual(expectedStats(rows.filter((r) => r.title === 'Charlie')));
      expect((await stats('locale=de')).body.data.count).toBe(0);
    });
  });

  describe('min, max and avg', () => {
    const agency = 'Mean agency';
    // arrests 1, 0, 0 → avg 1/3 → 0.3; officers 2, 3 → 2.5; countries 119, 89 → max 119;
    // victimsIdentified 0, 0, 0, 1 over four reports → 0.25 → 0.3 (half up); irregularMigrants never given.
    const REPORTS: Row[] = [
      { arrests: 1, officers: 2, countries: 119, victimsIdentified: 0 },
      { arrests: 0, officers: 3, countries: 89, victimsIdentified: 0 },
      { arrests: 0, victimsIdentified: 0 },
      { victimsIdentified: 1, investigationsOpened: 7, investigationsOpenedQualifier: 'atLeast' },
    ];
    const created: string[] = [];

    beforeAll(async () => {
      for (const [i, figures] of REPORTS.entries()) {
        const dates = { startDate: `201${i}-05-01`, endDate: `201${i}-05-02` };
        created.push(await publish({ title: `${agency} ${i}`, agency, ...dates, ...figures }));
      }
    });
    afterAll(async () => {
      for (const documentId of created) await app().strapi.documents(REPORT_UID).delete({ documentId });
    });

    it('gives exact min, max and avg (one decimal, half up) over the reports that give the figure', async () => {
      const response = await stats(`filters[agency][$eq]=${encodeURIComponent(agency)}`);
      expect(response.status).toBe(200);
      const { totals, byYear } = response.body.data;
      expect(totals.arrests).toEqual({ value: 1, qualifier: 'exact', reported: 3, min: 0, max: 1, avg: 0.3 });
      expect(totals.officers).toEqual({ value: 5, qualifier: 'exact', reported: 2, min: 2, max: 3, avg: 2.5 });
      expect(totals.countries).toEqual({ value: 208, qualifier: 'exact', reported: 2, min: 89, max: 119, avg: 104 });
      expect(totals.victimsIdentified).toEqual({
        value: 1,
        qualifier: 'exact',
        reported: 4,
        min: 0,
        max: 1,
        avg: 0.3,
      });
      expect(totals.investigationsOpened).toEqual(ONE_REPORT(7, 'atLeast'));
      expect(totals.irregularMigrants).toEqual(NOT_REPORTED);
      // Per year: each year holds one report, so min = max = avg = its value, or null.
      expect(byYear.map((year: { year: number }) => year.year)).toEqual([2010, 2011, 2012, 2013]);
      expect(byYear[1].totals.countries).toEqual(ONE_REPORT(89));
      expect(byYear[2].totals.officers).toEqual(NOT_REPORTED);
    });

    it('answers the same min, max and avg over GraphQL and the admin route', async () => {
      const rest = await stats(`filters[agency][$eq]=${encodeURIComponent(agency)}`);
      const gql = await app()
        .http()
        .post('/graphql')
        .send({
          query: `{ operationReportStats(filters: { agency: { eq: "${agency}" } }) {
            totals { arrests { min max avg } officers { min max avg } irregularMigrants { min max avg } }
            byYear { totals { countries { min max avg } } } } }`,
        });
      expect(gql.body.errors).toBeUndefined();
      const { totals, byYear } = gql.body.data.operationReportStats;
      expect(totals).toEqual({
        arrests: { min: 0, max: 1, avg: 0.3 },
        officers: { min: 2, max: 3, avg: 2.5 },
        irregularMigrants: { min: null, max: null, avg: null },
      });
      expect(byYear.map((y: { totals: { countries: unknown } }) => y.totals.countries)).toEqual([
        { min: 119, max: 119, avg: 119 },
        { min: 89, max: 89, avg: 89 },
        { min: null, max: null, avg: null },
        { min: null, max: null, avg: null },
      ]);
      const admin = await app()
        .http()
        .get(`/operation-reports/stats?filters[agency][$eq]=${encodeURIComponent(agency)}`)
        .set('Authorization', `Bearer ${await adminToken(app())}`);
      expect(admin.status).toBe(200);
      expect(admin.body.data).toEqual(rest.body.data);
    });
  });

  describe('GraphQL', () => {
    const total = '{ value qualifier reported min max avg }';
    const totals = `totals { countries ${total} officers ${total} arrests ${total}
                 victimsIdentified ${total} irregularMigrants ${total} investigationsOpened ${total} }`;
    const query = `query($filters: OperationReportsOperationReportFiltersInput, $locale: String) {
      operationReportStats(filters: $filters, locale: $locale) { count ${totals} byYear { year count ${totals} } }
    }`;

    it('answers operationReportStats with the same shape and numbers as REST', async () => {
      const variables = {
        filters: {
          agency: { eq: 'INTERPOL' },
          crimeAreas: { slug: { in: ['human-trafficking', 'migrant-smuggling'] } },
        },
      };
      const gql = await app().http().post('/graphql').send({ query, variables });
      expect(gql.body.errors).toBeUndefined();
      const rest = await stats(
        'filters[agency][$eq]=INTERPOL&filters[crimeAreas][slug][$in][0]=human-trafficking&filters[crimeAreas][slug][$in][1]=migrant-smuggling'
      );
      expect(gql.body.data.operationReportStats).toEqual(rest.body.data);
      expect(rest.body.data).toEqual(expectedStats(rows.filter((r) => r.agency === 'INTERPOL')));
    });

    it('refuses bad input with an error naming it', async () => {
      const gql = await app()
        .http()
        .post('/graphql')
        .send({ query, variables: { locale: '!!' } });
      expect(gql.body.errors[0].message).toContain('locale');
    });
  });

  describe('permissions', () => {
    it('is a Users & Permissions action, granted to Public by publicRead', async () => {
      const role = await app()
        .strapi.db.query('plugin::users-permissions.role')
        .findOne({ where: { type: 'public' } });
      const permission = await app()
        .strapi.db.query('plugin::users-permissions.permission')
        .findOne({ where: { role: role.id, action: 'plugin::operation-reports.operation-report.stats' } });
      expect(permission).not.toBeNull();
    });

    it('is served to the admin panel by an admin route, with the same data', async () => {
      const jwt = await adminToken(app());
      const admin = await app().http().get('/operation-reports/stats').set('Authorization', `Bearer ${jwt}`);
      expect(admin.status).toBe(200);
      expect(admin.body.data).toEqual((await stats()).body.data);
      expect((await app().http().get('/operation-reports/stats')).status).toBe(401);
    });

    it("serves the homepage widget's latest reports from the Content Manager's list, published versions only", async () => {
      const jwt = await adminToken(app());
      const latest = await app().http().get(LATEST_PUBLISHED_URL).set('Authorization', `Bearer ${jwt}`);
      expect(latest.status).toBe(200);
      const results = latest.body.results as { title: string; publishedAt: string | null; startDate: string | null }[];
      expect(results).toHaveLength(5);
      // The newest operations first, whichever was edited last.
      const starts = results.map((report) => report.startDate ?? '');
      expect(starts).toEqual([...starts].sort().reverse());
      expect(results.filter((report) => report.publishedAt === null)).toEqual([]);
      // "Draft only" was never published; Golf's draft holds other figures than its published version.
      expect(results.map((report) => report.title)).not.toContain('Draft only');
    });
  });
});

describeEachDatabase(
  'stats without publicRead',
  (app) => {
    it('answers 403 to the Public role, over REST and GraphQL', async () => {
      expect((await app().http().get('/api/operation-reports/stats')).status).toBe(403);
      const gql = await app().http().post('/graphql').send({ query: '{ operationReportStats { count } }' });
      expect(gql.body.errors[0].message).toMatch(/forbidden/i);
    });
  },
  { pluginConfig: { publicRead: false } }
);

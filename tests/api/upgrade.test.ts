import path from 'path';
import { CRIME_AREA_UID, REPORT_UID, startStrapi, type TestApp } from '../helpers/strapi';
import { requestedDatabases, type ProvisionedDatabase } from '../helpers/databases';
import { NOT_REPORTED, ONE_REPORT } from '../helpers/expected-stats';

/**
 * Upgrade safety: a database written by an older content model (no
 * figuresStatus, no quotes component, no investigationsOpened figure, no
 * series) is
 * opened by the current plugin. Every report must come through intact, new
 * fields take their defaults, and the old reports keep working.
 */
const OLD_PLUGIN = path.join(__dirname, '..', 'upgrade', 'plugin-v0');

const OLD_REPORTS = [
  {
    title: 'Operation Old Harbour',
    slug: 'operation-old-harbour',
    codename: 'Old Harbour',
    agency: 'INTERPOL',
    headquarters: 'Lyon, France',
    startDate: '2023-04-03',
    endDate: '2023-04-09',
    durationDays: 7,
    countries: 44,
    countriesQualifier: 'exact',
    officers: 5000,
    officersQualifier: 'approximately',
    arrests: 212,
    arrestsQualifier: 'moreThan',
    victimsIdentified: 97,
    victimsIdentifiedQualifier: 'exact',
    irregularMigrants: null,
    irregularMigrantsQualifier: 'exact',
    summary: 'Port checks in 44 countries.',
    additionalStats: [{ label: 'Firearms seized', value: 61, unit: 'firearms', qualifier: 'exact' }],
    sources: [{ title: 'Results', publisher: 'INTERPOL', url: 'https://example.org/old-harbour' }],
    routes: [{ origin: 'West Africa', destination: 'Southern Europe', note: 'by sea' }],
    publish: true,
  },
  {
    title: 'Operation Numbers Only',
    slug: 'operation-numbers-only',
    codename: '2022',
    startDate: '2022-05-02',
    endDate: '2022-05-03',
    durationDays: 2,
    publish: false,
  },
  {
    title: 'Operation Quiet Border',
    slug: 'operation-quiet-border',
    codename: 'Quiet Border IV',
    agency: 'Europol',
    startDate: '2024-09-29',
    endDate: '2024-10-04',
    durationDays: 6,
    arrests: 40,
    arrestsQualifier: 'atLeast',
    publish: false,
  },
];

type Row = Record<string, unknown>;

const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k]]));
const OLD_KEYS = [
  'title',
  'slug',
  'codename',
  'agency',
  'headquarters',
  'startDate',
  'endDate',
  'durationDays',
  'countries',
  'countriesQualifier',
  'officers',
  'officersQualifier',
  'arrests',
  'arrestsQualifier',
  'victimsIdentified',
  'victimsIdentifiedQualifier',
  'irregularMigrants',
  'summary',
  'documentId',
  'publishedAt',
  'createdAt',
];
const stripIds = (items: Row[] = []) => items.map(({ id: _id, __component: _c, ...rest }) => rest);

for (const kind of requestedDatabases()) {
  describe(`upgrade from an older content model [${kind}]`, () => {
    let database: ProvisionedDatabase;
    let app: TestApp | undefined;
    const before: Row[] = [];

    beforeAll(async () => {
      const old = await startStrapi(kind, 'upgrade', { env: { OPERATION_REPORTS_PLUGIN_DIR: OLD_PLUGIN } });
      database = old.database;
      try {
        const { strapi } = old;
        expect(strapi.contentType(REPORT_UID).attributes).not.toHaveProperty('figuresStatus');
        const area = await strapi
          .documents(CRIME_AREA_UID)
          .create({ data: { name: 'Migrant smuggling', slug: 'migrant-smuggling' } });
        for (const { publish, ...data } of OLD_REPORTS) {
          const created = await strapi.documents(REPORT_UID).create({
            data: { ...data, crimeAreas: [area.documentId] } as never,
          });
          if (publish) await strapi.documents(REPORT_UID).publish({ documentId: created.documentId });
        }
        const rows = await strapi.documents(REPORT_UID).findMany({
          status: 'draft',
          populate: ['additionalStats', 'sources', 'routes', 'crimeAreas'],
          sort: 'startDate:asc',
        });
        before.push(...(rows as Row[]));
      } finally {
        await old.stop({ drop: false });
      }
      app = await startStrapi(kind, 'upgrade', { database });
    });

    afterAll(async () => {
      await app?.stop();
    });

    it('boots the current plugin on the old database, with the new fields', () => {
      expect(app!.strapi.plugin('operation-reports')).toBeDefined();
      expect(app!.strapi.contentType(REPORT_UID).attributes).toHaveProperty('figuresStatus');
    });

    it('keeps every report, field and component as the old model wrote it', async () => {
      const after = (await app!.strapi.documents(REPORT_UID).findMany({
        status: 'draft',
        populate: ['additionalStats', 'sources', 'routes', 'crimeAreas'],
        sort: 'startDate:asc',
      })) as Row[];
      expect(after).toHaveLength(OLD_REPORTS.length);
      after.forEach((report, i) => {
        expect(pick(report, OLD_KEYS)).toEqual(pick(before[i], OLD_KEYS));
        expect(stripIds(report.additionalStats as Row[])).toEqual(stripIds(before[i].additionalStats as Row[]));
        expect(stripIds(report.sources as Row[])).toEqual(stripIds(before[i].sources as Row[]));
        expect(stripIds(report.routes as Row[])).toEqual(stripIds(before[i].routes as Row[]));
        expect((report.crimeAreas as Row[]).map((a) => a.slug)).toEqual(['migrant-smuggling']);
      });
      const published = await app!.strapi.documents(REPORT_UID).findMany({ status: 'published' });
      expect(published.map((r) => r.slug)).toEqual(['operation-old-harbour']);
    });

    it('gives the new fields their defaults on the old reports', async () => {
      const after = (await app!.strapi
        .documents(REPORT_UID)
        .findMany({ status: 'draft', populate: ['quotes'] })) as Row[];
      for (const report of after) {
        expect(report.figuresStatus).toBe('final');
        expect(report.investigationsOpened).toBeNull();
        expect(report.investigationsOpenedQualifier).toBe('exact');
        expect(report.quotes).toEqual([]);
      }
    });

    it('derives the series of old reports from their codename, published rows included', async () => {
      const rows = (await app!.strapi.db
        .query(REPORT_UID)
        .findMany({ select: ['slug', 'series', 'publishedAt'] })) as Row[];
      const seriesOf = (slug: string) => [...new Set(rows.filter((r) => r.slug === slug).map((r) => r.series))];
      expect(rows.filter((r) => r.slug === 'operation-old-harbour')).toHaveLength(2);
      expect(seriesOf('operation-old-harbour')).toEqual(['Old Harbour']);
      expect(seriesOf('operation-quiet-border')).toEqual(['Quiet Border']);
      // A codename that is only a year names no series.
      expect(seriesOf('operation-numbers-only')).toEqual([null]);
    });

    it('serves the old reports through the API and stats', async () => {
      const list = await app!.http().get('/api/operation-reports?sort=startDate:asc');
      expect(list.status).toBe(200);
      expect(list.body.data.map((r: Row) => r.slug)).toEqual(['operation-old-harbour']);
      expect(list.body.data[0].figuresStatus).toBe('final');
      const stats = await app!.http().get('/api/operation-reports/stats');
      expect(stats.body.data.count).toBe(1);
      expect(stats.body.data.totals.arrests).toEqual(ONE_REPORT(212, 'atLeast'));
      expect(stats.body.data.totals.investigationsOpened).toEqual(NOT_REPORTED);
    });

    it('keeps old slugs taken: a new report with an old title gets -2', async () => {
      const created = await app!.strapi.documents(REPORT_UID).create({
        data: { title: 'Operation Old Harbour', startDate: '2025-01-01', endDate: '2025-01-02' } as never,
      });
      expect(created.slug).toBe('operation-old-harbour-2');
      await app!.strapi.documents(REPORT_UID).delete({ documentId: created.documentId });
    });

    it('lets editors update an old report under the current rules', async () => {
      const [old] = (await app!.strapi.documents(REPORT_UID).findMany({
        status: 'draft',
        filters: { slug: 'operation-quiet-border' },
      })) as Row[];
      const updated = await app!.strapi.documents(REPORT_UID).update({
        documentId: old.documentId as string,
        data: { investigationsOpened: 12, figuresStatus: 'preliminary' } as never,
      });
      expect(updated).toMatchObject({
        investigationsOpened: 12,
        figuresStatus: 'preliminary',
        slug: 'operation-quiet-border',
      });
      await expect(
        app!.strapi.documents(REPORT_UID).update({
          documentId: old.documentId as string,
          data: { endDate: '2024-09-01' } as never,
        })
      ).rejects.toThrow(/endDate/);
    });
  });
}

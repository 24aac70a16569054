import { adminToken, createApiToken, describeEachDatabase, REPORT_UID } from '../helpers/strapi';
import { publishSeriesReport } from '../helpers/series-reports';
import { limitedAdmin, reportFieldPaths } from '../helpers/admin-roles';
import {
  GLOBAL_CHAIN_2023,
  GLOBAL_CHAIN_2024,
  LIBERTERRA_I,
  LIBERTERRA_II,
  LIBERTERRA_III,
  SERIES_REPORTS,
  type SeriesReportFixture,
} from '../fixtures/operation-series';
import { STAT_NAMES } from '../../shared/stats';

const MAX = 2147483647;

/** The comparison a test expects, computed here from the two fixtures' figures. */
function expectedStats(from: SeriesReportFixture, to: SeriesReportFixture) {
  return Object.fromEntries(
    STAT_NAMES.map((name) => {
      const a = from[name];
      const b = to[name];
      const qualifier = (f: SeriesReportFixture) =>
        (f as unknown as Record<string, string | undefined>)[`${name}Qualifier`] ?? 'exact';
      return [
        name,
        {
          from: a,
          fromQualifier: qualifier(from),
          to: b,
          toQualifier: qualifier(to),
          delta: a === null || b === null ? null : b - a,
          percent: a === null || b === null || a === 0 ? null : Math.round(((b - a) / a) * 1000) / 10,
        },
      ];
    })
  );
}

describeEachDatabase('compare', (app) => {
  const ids = new Map<SeriesReportFixture, string>();
  let token: string;
  const compare = (documentId: string, query = '', headers: Record<string, string> = {}) =>
    app()
      .http()
      .get(`/api/operation-reports/${documentId}/compare${query ? `?${query}` : ''}`)
      .set(headers);

  beforeAll(async () => {
    const { strapi } = app();
    token = await createApiToken(strapi);
    await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    for (const fixture of SERIES_REPORTS) ids.set(fixture, await publishSeriesReport(app(), fixture));
  });

  it('compares Liberterra III with Liberterra II: 2,517 → 3,744 arrests, +48.7% (1,227 / 2,517 = 48.75%)', async () => {
    const response = await compare(ids.get(LIBERTERRA_III)!);
    expect(response.status).toBe(200);
    const { data } = response.body;
    expect(data.report).toMatchObject({ codename: 'Liberterra III', series: 'Liberterra', startDate: '2025-11-10' });
    expect(data.previous).toEqual({
      documentId: ids.get(LIBERTERRA_II),
      title: 'Operation Liberterra II',
      codename: 'Liberterra II',
      series: 'Liberterra',
      startDate: '2024-09-29',
      endDate: '2024-10-04',
      locale: 'en',
    });
    expect(data.stats.arrests).toEqual({
      from: 2517,
      fromQualifier: 'exact',
      to: 3744,
      toQualifier: 'exact',
      delta: 1227,
      percent: 48.7,
    });
    expect(data.stats).toEqual(expectedStats(LIBERTERRA_II, LIBERTERRA_III));
    expect(response.body.meta).toEqual({ locale: 'en' });
  });

  it('gives missing figures null deltas and percents, with both qualifiers', async () => {
    const { stats } = (await compare(ids.get(LIBERTERRA_III)!)).body.data;
    // Liberterra II gives no officers; III gives ~14,000.
    expect(stats.officers).toEqual({
      from: null,
      fromQualifier: 'exact',
      to: 14000,
      toQualifier: 'approximately',
      delta: null,
      percent: null,
    });
    expect(stats.investigationsOpened).toMatchObject({ from: null, to: 720, toQualifier: 'atLeast', delta: null });
  });

  it('gives a null percent, but a delta, when the previous figure is 0', async () => {
    const first = await publishSeriesReport(app(), {
      ...LIBERTERRA_I,
      title: 'Operation Zeroland',
      codename: 'Zeroland 1',
      expectedSeries: 'Zeroland',
      arrests: 0,
      countries: 0,
    });
    const second = await publishSeriesReport(app(), {
      ...LIBERTERRA_II,
      title: 'Operation Zeroland 2',
      codename: 'Zeroland 2',
      expectedSeries: 'Zeroland',
      arrests: 12,
      countries: 0,
    });
    const { data } = (await compare(second)).body;
    expect(data.previous.documentId).toBe(first);
    expect(data.stats.arrests).toMatchObject({ from: 0, to: 12, delta: 12, percent: null });
    expect(data.stats.countries).toMatchObject({ from: 0, to: 0, delta: 0, percent: null });
  });

  it('answers previous null and no stats for a first edition', async () => {
    const response = await compare(ids.get(LIBERTERRA_I)!);
    expect(response.status).toBe(200);
    expect(response.body.data.report.series).toBe('Liberterra');
    expect(response.body.data.previous).toBeNull();
    expect(response.body.data.stats).toEqual({});
  });

  it('answers previous null for a report without a series', async () => {
    const doc = await app()
      .strapi.documents(REPORT_UID)
      .create({
        data: { title: 'No codename', startDate: '2026-01-01', endDate: '2026-01-02', arrests: 5 } as never,
        status: 'published',
      });
    const { data } = (await compare(doc.documentId)).body;
    expect(data.report.series).toBeNull();
    expect(data).toMatchObject({ previous: null, stats: {} });
  });

  it('compares Global Chain 2024 with 2023, another series, with their qualifiers', async () => {
    const { data } = (await compare(ids.get(GLOBAL_CHAIN_2024)!)).body;
    expect(data.previous.documentId).toBe(ids.get(GLOBAL_CHAIN_2023));
    expect(data.stats).toEqual(expectedStats(GLOBAL_CHAIN_2023, GLOBAL_CHAIN_2024));
    expect(data.stats.arrests).toMatchObject({ from: 212, to: 219, delta: 7, percent: 3.3 });
    expect(data.stats.victimsIdentified).toMatchObject({
      fromQualifier: 'approximately',
      toQualifier: 'exact',
      delta: -26,
      percent: -1.9,
    });
  });

  it('never uses a draft, on either side, whoever asks', async () => {
    const reports = app().strapi.documents(REPORT_UID);
    // A draft-only edition between II and III, and a draft of II with other figures.
    const draftOnly = await reports.create({
      data: {
        title: 'Liberterra draft',
        codename: 'Liberterra IIb',
        series: 'Liberterra',
        startDate: '2025-03-01',
        endDate: '2025-03-02',
        arrests: MAX,
      } as never,
    });
    await reports.update({ documentId: ids.get(LIBERTERRA_II)!, data: { arrests: MAX } as never });
    for (const headers of [{}, { Authorization: `Bearer ${token}` }]) {
      const { data } = (await compare(ids.get(LIBERTERRA_III)!, '', headers)).body;
      expect(data.previous.documentId).toBe(ids.get(LIBERTERRA_II));
      expect(data.stats.arrests.from).toBe(2517);
      // A document with no published version is not found, as core findOne answers.
      expect((await compare(draftOnly.documentId, '', headers)).status).toBe(404);
      expect((await compare(draftOnly.documentId, 'status=published', headers)).status).toBe(404);
    }
    // Its draft figures do not reach the comparison's "to" side either.
    await reports.update({ documentId: ids.get(LIBERTERRA_III)!, data: { arrests: 1 } as never });
    expect((await compare(ids.get(LIBERTERRA_III)!)).body.data.stats.arrests.to).toBe(3744);
  });

  it("compares within the locale asked for, never with another locale's edition", async () => {
    const reports = app().strapi.documents(REPORT_UID);
    // A French-only edition, published, between II and III.
    const frOnly = await reports.create({
      locale: 'fr',
      data: {
        title: 'Opération Liberterra II bis',
        codename: 'Liberterra',
        startDate: '2025-06-01',
        endDate: '2025-06-03',
        arrests: 100,
      } as never,
      status: 'published',
    });
    await reports.update({
      documentId: ids.get(LIBERTERRA_III)!,
      locale: 'fr',
      // Its figures given: a new locale copies shared fields from a row core picks by `publishedAt desc`,
      // which is the draft (arrests 1, above) where NULLs sort first (PostgreSQL), the published row elsewhere.
      data: { title: 'Opération Liberterra III', codename: 'Liberterra III', arrests: LIBERTERRA_III.arrests } as never,
    });
    await reports.publish({ documentId: ids.get(LIBERTERRA_III)!, locale: 'fr' });

    const en = (await compare(ids.get(LIBERTERRA_III)!)).body;
    expect(en.data.previous.documentId).toBe(ids.get(LIBERTERRA_II));
    const fr = (await compare(ids.get(LIBERTERRA_III)!, 'locale=fr')).body;
    expect(fr.meta.locale).toBe('fr');
    expect(fr.data.report.locale).toBe('fr');
    expect(fr.data.previous).toMatchObject({ documentId: frOnly.documentId, locale: 'fr' });
    expect(fr.data.stats.arrests).toMatchObject({ from: 100, to: 3744 });
    // Liberterra II has no French version: not found in French.
    expect((await compare(ids.get(LIBERTERRA_II)!, 'locale=fr')).status).toBe(404);
  });

  describe('bad requests', () => {
    it('answers 404 for an unknown document', async () => {
      const response = await compare('abcdefghijklmnopqrstuvwx');
      expect(response.status).toBe(404);
      expect(response.body.data).toBeNull();
    });

    it.each([
      ['a%20b', 'documentId'],
      ['x'.repeat(65), 'documentId'],
      ['%E2%80%8Bid', 'documentId'],
    ])('answers 400 naming documentId for %j', async (documentId, name) => {
      const response = await compare(documentId);
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual([name]);
    });

    it.each([
      ['sort=arrests', 'sort'],
      ['populate=*', 'populate'],
      ['status=draft', 'status'],
      ['locale=!!', 'locale'],
      ['locale[0]=en', 'locale'],
    ])('answers 400 naming the parameter for %s', async (query, name) => {
      const response = await compare(ids.get(LIBERTERRA_III)!, query);
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual([name]);
      expect(response.body.error.message).toContain(name);
    });
  });

  describe('permissions', () => {
    const action = 'plugin::operation-reports.operation-report.compare';
    const publicPermission = async () => {
      const { strapi } = app();
      const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      return {
        role,
        row: await strapi.db
          .query('plugin::users-permissions.permission')
          .findOne({ where: { role: role.id, action } }),
      };
    };

    it('is a Users & Permissions action granted to Public by publicRead', async () => {
      expect((await publicPermission()).row).not.toBeNull();
    });

    it('answers 403 to the Public role without the grant', async () => {
      const { strapi } = app();
      const { role, row } = await publicPermission();
      await strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: row.id } });
      try {
        expect((await compare(ids.get(LIBERTERRA_III)!)).status).toBe(403);
        // A token still reads it.
        expect((await compare(ids.get(LIBERTERRA_III)!, '', { Authorization: `Bearer ${token}` })).status).toBe(200);
      } finally {
        await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
      }
      expect((await compare(ids.get(LIBERTERRA_III)!)).status).toBe(200);
    });
  });

  describe('the admin route behind the side panel', () => {
    const previous = async (query: Record<string, string>) => {
      const jwt = await adminToken(app());
      return app().http().get('/operation-reports/previous-edition').query(query).set('Authorization', `Bearer ${jwt}`);
    };

    it("answers the previous published edition with its figures, for the form's codename and start date", async () => {
      const response = await previous({ codename: 'Liberterra III', startDate: '2025-11-10' });
      expect(response.status).toBe(200);
      expect(response.body.data.series).toBe('Liberterra');
      expect(response.body.data.previous).toMatchObject({
        documentId: ids.get(LIBERTERRA_II),
        codename: 'Liberterra II',
        startDate: '2024-09-29',
        arrests: 2517,
        arrestsQualifier: 'exact',
        officers: null,
        irregularMigrants: 17793,
      });
    });

    it('prefers the series the form gives, and never answers the document being edited', async () => {
      const bySeries = await previous({ series: 'Global Chain', codename: 'Whatever', startDate: '2030-01-01' });
      expect(bySeries.body.data.previous.documentId).toBe(ids.get(GLOBAL_CHAIN_2024));
      const except = await previous({
        series: 'Global Chain',
        startDate: '2030-01-01',
        documentId: ids.get(GLOBAL_CHAIN_2024)!,
      });
      expect(except.body.data.previous.documentId).toBe(ids.get(GLOBAL_CHAIN_2023));
    });

    it('answers no edition when the form has no start date or no series yet', async () => {
      expect((await previous({ codename: 'Liberterra III' })).body.data).toEqual({
        series: 'Liberterra',
        previous: null,
      });
      expect((await previous({ startDate: '2025-11-10' })).body.data).toEqual({ series: null, previous: null });
      expect((await previous({ codename: 'Liberterra', startDate: '2020-01-01' })).body.data.previous).toBeNull();
    });

    it("applies the Content Manager's read permission: locales, fields, none at all", async () => {
      const ask = (token: string) =>
        app()
          .http()
          .get('/operation-reports/previous-edition')
          .query({ codename: 'Liberterra III', startDate: '2025-11-10' })
          .set('Authorization', `Bearer ${token}`);
      const writer = await limitedAdmin(app(), 'Compare creator only', [{ action: 'create' }]);
      expect((await ask(writer.token)).status).toBe(403);
      const french = await limitedAdmin(app(), 'Compare French reader', [{ action: 'read', locales: ['fr'] }]);
      expect((await ask(french.token)).body.data.previous).toBeNull();
      const fields = reportFieldPaths(app().strapi).filter((field) => field !== 'arrests');
      const noArrests = await limitedAdmin(app(), 'Compare without arrests', [{ action: 'read', fields }]);
      const answer = (await ask(noArrests.token)).body.data.previous;
      expect(answer).toMatchObject({ documentId: ids.get(LIBERTERRA_II), arrests: null, countries: 116 });
    });

    it('refuses bad parameters, naming them, and anonymous requests', async () => {
      for (const [query, name] of [
        [{ startDate: 'soon', codename: 'Liberterra III' }, 'startDate'],
        [{ startDate: '2025-11-10', series: 'x'.repeat(121) }, 'series'],
        [{ startDate: '2025-11-10', locale: '!!' }, 'locale'],
        [{ startDate: '2025-11-10', sort: 'arrests' }, 'sort'],
      ] as [Record<string, string>, string][]) {
        const response = await previous(query);
        expect(response.status).toBe(400);
        expect(response.body.error.details.errors[0].path).toEqual([name]);
      }
      expect((await app().http().get('/operation-reports/previous-edition')).status).toBe(401);
    });
  });
});

import { createApiToken, describeEachDatabase, minimalReport, REPORT_UID, startStrapi } from '../helpers/strapi';
import { requestedDatabases } from '../helpers/databases';

const gql = (query: string, variables: Record<string, unknown> = {}) => ({ query, variables });

describeEachDatabase('drafts are private (publicRead: true)', (app) => {
  let token: string;
  let draftOnly: string;
  let publishedWithNewerDraft: string;

  beforeAll(async () => {
    const { strapi } = app();
    token = await createApiToken(strapi);
    const reports = strapi.documents(REPORT_UID);
    draftOnly = (await reports.create({ data: minimalReport({ title: 'Secret draft', arrests: 999999 }) as never }))
      .documentId;
    const published = await reports.create({
      data: minimalReport({ title: 'Public title', arrests: 10 }) as never,
      status: 'published',
    });
    publishedWithNewerDraft = published.documentId;
    await reports.update({ documentId: publishedWithNewerDraft, data: { title: 'Unreleased new title' } as never });
  });

  it('gives the Public role find and findOne, and only published versions', async () => {
    const list = await app().http().get('/api/operation-reports');
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: { title: string }) => r.title)).toEqual(['Public title']);
    const one = await app().http().get(`/api/operation-reports/${publishedWithNewerDraft}`);
    expect(one.body.data.title).toBe('Public title');
    expect((await app().http().get(`/api/operation-reports/${draftOnly}`)).status).toBe(404);
  });

  it('answers 403 to status=draft without a token, on find and findOne', async () => {
    const list = await app().http().get('/api/operation-reports?status=draft');
    expect(list.status).toBe(403);
    expect(list.body.error.name).toBe('ForbiddenError');
    expect((await app().http().get(`/api/operation-reports/${draftOnly}?status=draft`)).status).toBe(403);
  });

  it('never leaks a draft through filters, sort or pagination meta', async () => {
    const filtered = await app().http().get('/api/operation-reports?filters[arrests][$gt]=1000');
    expect(filtered.body.data).toEqual([]);
    expect(filtered.body.meta.pagination.total).toBe(0);
    const byTitle = await app().http().get('/api/operation-reports?filters[title][$eq]=Unreleased%20new%20title');
    expect(byTitle.body.data).toEqual([]);
  });

  it('never leaks a draft through GraphQL', async () => {
    const published = await app()
      .http()
      .post('/graphql')
      .send(gql('{ operationReportsOperationReports { title arrests } }'));
    expect(published.status).toBe(200);
    expect(published.body.data.operationReportsOperationReports).toEqual([{ title: 'Public title', arrests: 10 }]);

    const drafts = await app()
      .http()
      .post('/graphql')
      .send(gql('{ operationReportsOperationReports(status: DRAFT) { title } }'));
    expect(drafts.body.data?.operationReportsOperationReports ?? null).toBeNull();
    expect(drafts.body.errors[0].message).toMatch(/draft/i);

    const one = await app()
      .http()
      .post('/graphql')
      .send(gql('query($id: ID!) { operationReportsOperationReport(documentId: $id) { title } }', { id: draftOnly }));
    expect(one.body.data.operationReportsOperationReport).toBeNull();
  });

  it('serves drafts to a request with a token', async () => {
    const list = await app()
      .http()
      .get('/api/operation-reports?status=draft&sort=title:asc')
      .set('Authorization', `Bearer ${token}`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: { title: string }) => r.title)).toEqual(['Secret draft', 'Unreleased new title']);
  });

  it('keeps writes closed to the Public role', async () => {
    const response = await app().http().post('/api/operation-reports').send({ data: minimalReport() });
    expect(response.status).toBe(403);
    const mutation = await app()
      .http()
      .post('/graphql')
      .send(
        gql(
          'mutation { createOperationReportsOperationReport(data: { title: "x", startDate: "2025-01-01", endDate: "2025-01-02" }) { documentId } }'
        )
      );
    expect(mutation.body.errors[0].message).toMatch(/forbidden/i);
  });
});

describeEachDatabase(
  'publicRead: false',
  (app) => {
    it('leaves the Public role without access, over REST and GraphQL', async () => {
      expect((await app().http().get('/api/operation-reports')).status).toBe(403);
      expect((await app().http().get('/api/crime-areas')).status).toBe(403);
      const response = await app().http().post('/graphql').send(gql('{ operationReportsOperationReports { title } }'));
      expect(response.body.errors[0].message).toMatch(/forbidden/i);
    });
  },
  { pluginConfig: { publicRead: false } }
);

describe.each(requestedDatabases())('publicRead grants once [%s]', (kind) => {
  it('grants find/findOne/stats/compare at boot, and respects an owner who revokes one afterwards', async () => {
    const first = await startStrapi(kind, 'public-read-once', { pluginConfig: { publicRead: true } });
    try {
      const role = await first.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      const actions = async (strapi = first.strapi) =>
        (await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } }))
          .map((p: { action: string }) => p.action)
          .filter((a: string) => a.startsWith('plugin::operation-reports'))
          .sort();
      expect(await actions()).toEqual([
        'plugin::operation-reports.crime-area.find',
        'plugin::operation-reports.crime-area.findOne',
        'plugin::operation-reports.operation-report.compare',
        'plugin::operation-reports.operation-report.find',
        'plugin::operation-reports.operation-report.findOne',
        'plugin::operation-reports.operation-report.jsonld',
        'plugin::operation-reports.operation-report.stats',
      ]);
      // Users & Permissions kept its own defaults for the Public role.
      const all = await first.strapi.db
        .query('plugin::users-permissions.permission')
        .findMany({ where: { role: role.id } });
      expect(all.some((p: { action: string }) => p.action === 'plugin::users-permissions.auth.callback')).toBe(true);

      await first.strapi.db
        .query('plugin::users-permissions.permission')
        .delete({ where: { action: 'plugin::operation-reports.crime-area.find', role: role.id } });
      await first.stop({ drop: false });

      const second = await startStrapi(kind, 'public-read-once', {
        pluginConfig: { publicRead: true },
        database: first.database,
      });
      try {
        expect(await actions(second.strapi)).toEqual([
          'plugin::operation-reports.crime-area.findOne',
          'plugin::operation-reports.operation-report.compare',
          'plugin::operation-reports.operation-report.find',
          'plugin::operation-reports.operation-report.findOne',
          'plugin::operation-reports.operation-report.jsonld',
          'plugin::operation-reports.operation-report.stats',
        ]);
      } finally {
        await second.stop();
      }
    } catch (error) {
      await first.database.drop();
      throw error;
    }
  });
});

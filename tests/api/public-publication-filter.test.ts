import { createApiToken, describeEachDatabase, minimalReport, REPORT_UID } from '../helpers/strapi';

const gql = (query: string) => ({ query, variables: {} });
const titles = (list: { title: string }[]) => list.map((report) => report.title).sort();

/**
 * `publicationFilter` sorts published reports by what their drafts hold
 * (`modified`: published reports with unpublished edits). Drafts are private,
 * so the Public role gets a 400 for it, whatever its value, as it gets a 403
 * for `status=draft`; a request with a token keeps Strapi's behaviour.
 */
describeEachDatabase('publicationFilter is not for the Public role', (app) => {
  let token: string;
  let modified: string;

  beforeAll(async () => {
    const { strapi } = app();
    token = await createApiToken(strapi);
    const reports = strapi.documents(REPORT_UID);
    const edited = await reports.create({ data: minimalReport({ title: 'Edited after publish' }) as never });
    modified = edited.documentId;
    await reports.publish({ documentId: modified });
    // The draft is saved a moment later than the published row, as an editor's edit would be.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await reports.update({ documentId: modified, data: { summary: 'Unreleased edit' } as never });
    const untouched = await reports.create({ data: minimalReport({ title: 'Untouched' }) as never });
    await reports.publish({ documentId: untouched.documentId });
  });

  const VALUES = ['modified', 'unmodified', 'never-published', 'published-with-draft', 'not-a-mode'];

  it.each(VALUES)('answers 400 naming publicationFilter to find and findOne without a token (%s)', async (value) => {
    for (const path of ['/api/operation-reports', `/api/operation-reports/${modified}`]) {
      const response = await app().http().get(`${path}?publicationFilter=${value}`);
      expect(response.status).toBe(400);
      expect(response.body.data).toBeNull();
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.message).toMatch(/publicationFilter/);
    }
  });

  it('answers 400 to the deprecated hasPublishedVersion too, and 403 to status=draft as before', async () => {
    const legacy = await app().http().get('/api/operation-reports?hasPublishedVersion=true');
    expect(legacy.status).toBe(400);
    expect(legacy.body.error.message).toMatch(/hasPublishedVersion|publicationFilter/);
    expect((await app().http().get('/api/operation-reports?status=draft')).status).toBe(403);
    const plain = await app().http().get('/api/operation-reports');
    expect(plain.status).toBe(200);
    expect(titles(plain.body.data)).toEqual(['Edited after publish', 'Untouched']);
  });

  it('keeps publicationFilter for a request with a token', async () => {
    const response = await app()
      .http()
      .get('/api/operation-reports?publicationFilter=modified')
      .set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(titles(response.body.data)).toEqual(['Edited after publish']);
  });

  it('refuses it in GraphQL without a token, and answers it with one', async () => {
    const query = gql('{ operationReportsOperationReports(publicationFilter: MODIFIED) { title } }');
    const anonymous = await app().http().post('/graphql').send(query);
    expect(anonymous.body.data?.operationReportsOperationReports ?? null).toBeNull();
    expect(anonymous.body.errors[0].message).toMatch(/publicationFilter/);
    const legacy = await app()
      .http()
      .post('/graphql')
      .send(gql('{ operationReportsOperationReports(hasPublishedVersion: true) { title } }'));
    expect(legacy.body.errors[0].message).toMatch(/publicationFilter/);

    const withToken = await app().http().post('/graphql').set('Authorization', `Bearer ${token}`).send(query);
    expect(withToken.body.errors).toBeUndefined();
    expect(titles(withToken.body.data.operationReportsOperationReports)).toEqual(['Edited after publish']);
  });
});

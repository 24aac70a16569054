import { countReportRows, createApiToken, CRIME_AREA_UID, describeEachDatabase } from '../helpers/strapi';

describeEachDatabase('GraphQL', (app) => {
  let token: string;
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    app().http().post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
  });

  const CREATE = `mutation Create($data: OperationReportsOperationReportInput!) {
    createOperationReportsOperationReport(data: $data, status: PUBLISHED) {
      documentId title slug arrests arrestsQualifier officersQualifier durationDays
      routes { origin destination } crimeAreas { slug }
    }
  }`;

  it('creates a report through a mutation, with the same rules as REST', async () => {
    const [area] = await app()
      .strapi.documents(CRIME_AREA_UID)
      .findMany({ filters: { slug: 'migrant-smuggling' } });
    const response = await gql(CREATE, {
      data: {
        title: 'Operation Via GraphQL',
        startDate: '2025-11-10',
        endDate: '2025-11-21',
        arrests: 3744,
        officers: 14000,
        officersQualifier: 'approximately',
        routes: [{ origin: 'Asia', destination: 'Europe' }],
        crimeAreas: [area.documentId],
      },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createOperationReportsOperationReport).toMatchObject({
      title: 'Operation Via GraphQL',
      slug: 'operation-via-graphql',
      arrests: 3744,
      arrestsQualifier: 'exact',
      officersQualifier: 'approximately',
      durationDays: 12,
      routes: [{ origin: 'Asia', destination: 'Europe' }],
      crimeAreas: [{ slug: 'migrant-smuggling' }],
    });
  });

  it('queries with filters and sort on a stat', async () => {
    for (const [title, arrests] of [
      ['GQL low', 5],
      ['GQL high', 500],
    ] as const) {
      await gql(CREATE, { data: { title, startDate: '2025-01-01', endDate: '2025-01-02', arrests } });
    }
    const response = await gql(`{
      operationReportsOperationReports(filters: { arrests: { gte: 5, lte: 500 } }, sort: "arrests:desc") { title arrests }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.operationReportsOperationReports).toEqual([
      { title: 'GQL high', arrests: 500 },
      { title: 'GQL low', arrests: 5 },
    ]);
    const crimeAreas = await gql('{ operationReportsCrimeAreas(sort: "name:asc") { name slug } }');
    expect(crimeAreas.body.data.operationReportsCrimeAreas).toHaveLength(5);
  });

  it('updates and deletes through mutations', async () => {
    const created = await gql(CREATE, {
      data: { title: 'GQL update', startDate: '2025-01-01', endDate: '2025-01-02' },
    });
    const { documentId } = created.body.data.createOperationReportsOperationReport;
    const updated = await gql(
      `mutation($id: ID!) { updateOperationReportsOperationReport(documentId: $id, data: { endDate: "2025-01-10", arrests: 12 }) { slug durationDays arrests } }`,
      { id: documentId }
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateOperationReportsOperationReport).toEqual({
      slug: 'gql-update',
      durationDays: 10,
      arrests: 12,
    });
    const deleted = await gql(
      `mutation($id: ID!) { deleteOperationReportsOperationReport(documentId: $id) { documentId } }`,
      { id: documentId }
    );
    expect(deleted.body.data.deleteOperationReportsOperationReport.documentId).toBe(documentId);
  });

  it('refuses a bad write with an error naming the field, and writes nothing', async () => {
    const before = await countReportRows(app().strapi);
    const response = await gql(CREATE, {
      data: { title: 'GQL bad', startDate: '2025-11-21', endDate: '2025-11-10', arrests: 1 },
    });
    expect(response.body.errors[0].message).toContain('endDate');
    expect(response.body.errors[0].extensions.error.name).toBe('ValidationError');
    expect(response.body.errors[0].extensions.error.details.errors[0].path).toEqual(['endDate']);
    const negative = await gql(CREATE, {
      data: { title: 'GQL neg', startDate: '2025-01-01', endDate: '2025-01-02', arrests: -3 },
    });
    expect(negative.body.errors[0].message).toContain('arrests');
    const badUrl = await gql(CREATE, {
      data: {
        title: 'GQL url',
        startDate: '2025-01-01',
        endDate: '2025-01-02',
        sources: [{ url: 'javascript:alert(1)' }],
      },
    });
    expect(badUrl.body.errors[0].message).toContain('sources.0.url');
    expect(await countReportRows(app().strapi)).toBe(before);
  });
});

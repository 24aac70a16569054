import { createApiToken, CRIME_AREA_UID, describeEachDatabase, minimalReport } from '../helpers/strapi';

const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];

describeEachDatabase('REST API', (app) => {
  let token: string;
  const get = (path: string) => app().http().get(path).set('Authorization', `Bearer ${token}`);
  const post = (body: unknown, query = '') =>
    app().http().post(`/api/operation-reports${query}`).set('Authorization', `Bearer ${token}`).send({ data: body });

  // Three published reports whose stats differ: small (1…), medium (100…), large (10,000…)
  const values = (base: number) => Object.fromEntries(STATS.map((stat, i) => [stat, base + i]));
  let small: string;
  let medium: string;
  let large: string;

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
    const areas = await app().strapi.documents(CRIME_AREA_UID).findMany({});
    const area = (slug: string) => areas.find((a) => a.slug === slug)!.documentId;
    small = (
      await post(
        minimalReport({
          title: 'Small',
          ...values(1),
          startDate: '2023-05-01',
          endDate: '2023-05-03',
          crimeAreas: [area('document-fraud')],
        })
      )
    ).body.data.documentId;
    medium = (
      await post(
        minimalReport({
          title: 'Medium',
          ...values(100),
          officersQualifier: 'approximately',
          crimeAreas: [area('forced-labour'), area('human-trafficking')],
          routes: [{ origin: 'Asia', destination: 'Europe', note: 'By air' }],
          quotes: [{ speaker: 'A. Speaker', role: 'Director', text: 'A few words' }],
          sources: [{ title: 'Release', publisher: 'Agency', url: 'https://example.org/r', publishedOn: '2025-11-25' }],
          additionalStats: [{ label: 'Cash seized', value: 2500000, unit: 'USD', qualifier: 'moreThan' }],
        })
      )
    ).body.data.documentId;
    large = (
      await post(minimalReport({ title: 'Large', ...values(10000), startDate: '2024-01-01', endDate: '2024-01-31' }))
    ).body.data.documentId;
  });

  it('creates, reads, updates and deletes a report', async () => {
    const created = await post(minimalReport({ title: 'CRUD', arrests: 7 }));
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const read = await get(`/api/operation-reports/${documentId}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ title: 'CRUD', arrests: 7, arrestsQualifier: 'exact', durationDays: 12 });
    const updated = await app()
      .http()
      .put(`/api/operation-reports/${documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { arrests: 8, arrestsQualifier: 'atLeast' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ arrests: 8, arrestsQualifier: 'atLeast', title: 'CRUD' });
    const removed = await app()
      .http()
      .delete(`/api/operation-reports/${documentId}`)
      .set('Authorization', `Bearer ${token}`);
    expect(removed.status).toBe(204);
    expect((await get(`/api/operation-reports/${documentId}`)).status).toBe(404);
  });

  it.each(STATS)('filters and sorts on %s', async (stat) => {
    const gte = await get(`/api/operation-reports?filters[${stat}][$gte]=100&sort=${stat}:asc&fields[0]=title`);
    expect(gte.status).toBe(200);
    expect(gte.body.data.map((r: { title: string }) => r.title)).toEqual(['Medium', 'Large']);
    const desc = await get(
      `/api/operation-reports?filters[title][$in][0]=Small&filters[title][$in][1]=Medium&filters[title][$in][2]=Large&sort=${stat}:desc`
    );
    expect(desc.body.data.map((r: { title: string }) => r.title)).toEqual(['Large', 'Medium', 'Small']);
    const between = await get(
      `/api/operation-reports?filters[${stat}][$between][0]=50&filters[${stat}][$between][1]=5000`
    );
    expect(between.body.data.map((r: { title: string }) => r.title)).toEqual(['Medium']);
    const qualifier = await get(`/api/operation-reports?filters[${stat}Qualifier][$eq]=exact&filters[${stat}][$lt]=50`);
    expect(qualifier.body.data.map((r: { title: string }) => r.title)).toEqual(['Small']);
  });

  it('filters on dates and on qualifiers', async () => {
    const since = await get(
      '/api/operation-reports?filters[startDate][$gte]=2024-01-01&filters[title][$in][0]=Small&filters[title][$in][1]=Large&sort=startDate:asc'
    );
    expect(since.body.data.map((r: { title: string }) => r.title)).toEqual(['Large']);
    const approx = await get('/api/operation-reports?filters[officersQualifier][$eq]=approximately');
    expect(approx.body.data.map((r: { documentId: string }) => r.documentId)).toEqual([medium]);
  });

  it('filters on crime areas by slug', async () => {
    const response = await get('/api/operation-reports?filters[crimeAreas][slug][$eq]=forced-labour');
    expect(response.body.data.map((r: { documentId: string }) => r.documentId)).toEqual([medium]);
    const either = await get(
      '/api/operation-reports?filters[crimeAreas][slug][$in][0]=forced-labour&filters[crimeAreas][slug][$in][1]=document-fraud&sort=title:asc'
    );
    expect(either.body.data.map((r: { documentId: string }) => r.documentId)).toEqual([medium, small]);
  });

  it('populates components and crime areas', async () => {
    const response = await get(`/api/operation-reports/${medium}?populate=*`);
    expect(response.status).toBe(200);
    const data = response.body.data;
    expect(data.crimeAreas.map((a: { slug: string }) => a.slug).sort()).toEqual(['forced-labour', 'human-trafficking']);
    expect(data.routes).toEqual([expect.objectContaining({ origin: 'Asia', destination: 'Europe', note: 'By air' })]);
    expect(data.quotes).toEqual([
      expect.objectContaining({ speaker: 'A. Speaker', role: 'Director', text: 'A few words' }),
    ]);
    expect(data.sources).toEqual([
      expect.objectContaining({
        title: 'Release',
        publisher: 'Agency',
        url: 'https://example.org/r',
        publishedOn: '2025-11-25',
      }),
    ]);
    expect(data.additionalStats).toEqual([
      expect.objectContaining({ label: 'Cash seized', value: 2500000, unit: 'USD', qualifier: 'moreThan' }),
    ]);
    const picked = await get(`/api/operation-reports/${medium}?populate[crimeAreas][fields][0]=slug`);
    expect(picked.body.data.crimeAreas.every((a: Record<string, unknown>) => 'slug' in a && !('name' in a))).toBe(true);
  });

  it('lists crime areas', async () => {
    const response = await get('/api/crime-areas?sort=name:asc');
    expect(response.status).toBe(200);
    expect(response.body.data.map((a: { name: string }) => a.name)).toEqual([
      'Document fraud',
      'Forced labour',
      'Human trafficking',
      'Migrant smuggling',
      'Sexual exploitation',
    ]);
  });

  it('paginates', async () => {
    const response = await get('/api/operation-reports?pagination[pageSize]=2&pagination[page]=1&sort=title:asc');
    expect(response.body.data).toHaveLength(2);
    expect(response.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(response.body.meta.pagination.total).toBeGreaterThanOrEqual(3);
  });

  it('refuses unknown filter fields and operators with 400', async () => {
    expect((await get('/api/operation-reports?filters[nope][$eq]=1')).status).toBe(400);
    expect((await get('/api/operation-reports?filters[arrests][$regex]=1')).status).toBe(400);
    expect((await get('/api/operation-reports?sort=nope:asc')).status).toBe(400);
    void large;
  });
});

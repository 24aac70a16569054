import { createApiToken, CRIME_AREA_UID, describeEachDatabase, minimalReport } from '../helpers/strapi';

describeEachDatabase('locales', (app) => {
  let token: string;
  const send = (method: 'post' | 'put' | 'get', path: string, data?: unknown) => {
    const request = app().http()[method](path).set('Authorization', `Bearer ${token}`);
    return data === undefined ? request : request.send({ data });
  };

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
    await app().strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  });

  it('localizes text and shares numbers, dates, qualifiers, slug and relations across locales', async () => {
    const en = await send(
      'post',
      '/api/operation-reports',
      minimalReport({ title: 'Operation Shared', arrests: 10, agency: 'INTERPOL' })
    );
    const { documentId } = en.body.data;
    const fr = await send('put', `/api/operation-reports/${documentId}?locale=fr`, {
      title: 'Opération partagée',
      summary: 'Résumé en français',
    });
    expect(fr.status).toBe(200);
    expect(fr.body.data).toMatchObject({
      locale: 'fr',
      title: 'Opération partagée',
      slug: 'operation-shared',
      arrests: 10,
      startDate: '2025-11-10',
      durationDays: 12,
    });

    await send('put', `/api/operation-reports/${documentId}?locale=en`, {
      arrests: 11,
      arrestsQualifier: 'atLeast',
      endDate: '2025-11-30',
    });
    const frAfter = await send('get', `/api/operation-reports/${documentId}?locale=fr`);
    expect(frAfter.body.data).toMatchObject({
      title: 'Opération partagée',
      arrests: 11,
      arrestsQualifier: 'atLeast',
      endDate: '2025-11-30',
      durationDays: 21,
    });
    const enAfter = await send('get', `/api/operation-reports/${documentId}?locale=en`);
    expect(enAfter.body.data.summary).toBeNull();
  });

  it('shares crime areas across locales', async () => {
    const areas = await app().strapi.documents(CRIME_AREA_UID).findMany({ sort: 'slug:asc' });
    const [fraud, labour] = areas.map((a) => a.documentId);
    const en = await send(
      'post',
      '/api/operation-reports',
      minimalReport({ title: 'Operation Areas', crimeAreas: [fraud] })
    );
    const { documentId } = en.body.data;
    await send('put', `/api/operation-reports/${documentId}?locale=fr`, { title: 'Zones' });
    const slugsOf = async (locale: string) =>
      (
        await send('get', `/api/operation-reports/${documentId}?locale=${locale}&populate=crimeAreas`)
      ).body.data.crimeAreas
        .map((a: { slug: string }) => a.slug)
        .sort();
    expect(await slugsOf('fr')).toEqual(['document-fraud']);
    await send('put', `/api/operation-reports/${documentId}?locale=fr`, { crimeAreas: [fraud, labour] });
    expect(await slugsOf('en')).toEqual(['document-fraud', 'forced-labour']);
  });

  it('checks a new locale against the dates it shares', async () => {
    const en = await send('post', '/api/operation-reports', minimalReport({ title: 'Operation Dates Shared' }));
    const fr = await send('put', `/api/operation-reports/${en.body.data.documentId}?locale=fr`, {
      title: 'Dates partagées',
      endDate: '2025-11-01',
    });
    expect(fr.status).toBe(400);
    expect(fr.body.error.details.errors[0].path).toEqual(['endDate']);
  });
});

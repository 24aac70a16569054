import { createApiToken, CRIME_AREA_UID, describeEachDatabase, minimalReport, REPORT_UID } from '../helpers/strapi';

/*
 * Issue 10, bugs 1 and 2: a draft edit must stay in drafts until a publish,
 * and a partial draft update is checked against the draft of its own locale.
 */
describeEachDatabase('draft & publish regressions', (app) => {
  let token: string;
  const send = (method: 'post' | 'put' | 'get', path: string, data?: unknown) => {
    const request = app().http()[method](path).set('Authorization', `Bearer ${token}`);
    return data === undefined ? request : request.send({ data });
  };
  const anonymousBySlug = async (slug: string, locale = 'en') =>
    (await app().http().get(`/api/operation-reports?filters[slug][$eq]=${slug}&locale=${locale}`)).body.data.map(
      (report: { documentId: string }) => report.documentId
    );
  const rowsOf = async (documentId: string) =>
    (await app()
      .strapi.db.query(REPORT_UID)
      .findMany({ where: { documentId }, populate: { crimeAreas: true } })) as {
      locale: string;
      publishedAt: string | null;
      slug: string | null;
      startDate: string | null;
      endDate: string | null;
      durationDays: number | null;
      crimeAreas: { slug: string }[];
    }[];
  const row = async (documentId: string, locale: string, status: 'draft' | 'published') =>
    (await rowsOf(documentId)).find((r) => r.locale === locale && Boolean(r.publishedAt) === (status === 'published'));

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
    await app().strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  });

  it('keeps a slug renamed in the draft off the published rows until a publish', async () => {
    const created = await send('post', '/api/operation-reports', minimalReport({ title: 'Operation Quiet Rename' }));
    const { documentId } = created.body.data;
    expect((await send('put', `/api/operation-reports/${documentId}?locale=fr`, { title: 'Renommage' })).status).toBe(
      200
    );

    const renamed = await send('put', `/api/operation-reports/${documentId}?status=draft`, {
      slug: 'renamed-in-draft',
      endDate: '2025-11-25',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.slug).toBe('renamed-in-draft');
    expect(await anonymousBySlug('renamed-in-draft')).toEqual([]);
    expect(await anonymousBySlug('renamed-in-draft', 'fr')).toEqual([]);
    expect(await anonymousBySlug('operation-quiet-rename')).toEqual([documentId]);
    expect(await row(documentId, 'fr', 'published')).toMatchObject({
      slug: 'operation-quiet-rename',
      endDate: '2025-11-21',
    });
    // The other locale's draft follows, as Strapi's i18n syncs a draft write to drafts.
    expect(await row(documentId, 'fr', 'draft')).toMatchObject({ slug: 'renamed-in-draft', endDate: '2025-11-25' });

    // The live slug stays reserved for this report while the draft carries another.
    const clash = await send('post', '/api/operation-reports', minimalReport({ slug: 'operation-quiet-rename' }));
    expect(clash.status).toBe(400);
    expect(clash.body.error.details.errors[0].path).toEqual(['slug']);

    expect((await send('put', `/api/operation-reports/${documentId}`, {})).status).toBe(200);
    expect(await anonymousBySlug('renamed-in-draft')).toEqual([documentId]);
    // Publishing en reaches the published fr row exactly when Strapi's i18n
    // carries en's own non-localized fields (endDate) there: slug goes with them.
    const frPublished = await row(documentId, 'fr', 'published');
    expect(frPublished?.slug === 'renamed-in-draft').toBe(frPublished?.endDate === '2025-11-25');

    expect((await send('put', `/api/operation-reports/${documentId}?locale=fr`, {})).status).toBe(200);
    expect(await anonymousBySlug('renamed-in-draft', 'fr')).toEqual([documentId]);
    // Every row now holds the new slug: the old one is free again.
    const reuse = await send('post', '/api/operation-reports', minimalReport({ slug: 'operation-quiet-rename' }));
    expect(reuse.status).toBe(201);
  });

  it('leaves the published fr row alone when the en draft changes crimeAreas', async () => {
    const areas = await app().strapi.documents(CRIME_AREA_UID).findMany({ sort: 'slug:asc' });
    const [fraud, labour] = areas.map((area) => area.documentId);
    const created = await send(
      'post',
      '/api/operation-reports',
      minimalReport({ title: 'Operation Area Draft', crimeAreas: [fraud] })
    );
    const { documentId } = created.body.data;
    await send('put', `/api/operation-reports/${documentId}?locale=fr`, { title: 'Zones en brouillon' });
    const edited = await send('put', `/api/operation-reports/${documentId}?status=draft`, {
      crimeAreas: [fraud, labour],
    });
    expect(edited.status).toBe(200);

    const slugs = (r: { crimeAreas: { slug: string }[] } | undefined) => r?.crimeAreas.map((a) => a.slug).sort();
    expect(slugs(await row(documentId, 'fr', 'published'))).toEqual(['document-fraud']);
    expect(slugs(await row(documentId, 'en', 'published'))).toEqual(['document-fraud']);
    expect(slugs(await row(documentId, 'fr', 'draft'))).toEqual(['document-fraud', 'forced-labour']);
    const anonymous = await app()
      .http()
      .get('/api/operation-reports?filters[crimeAreas][slug][$eq]=forced-labour&locale=fr');
    expect(anonymous.body.data).toEqual([]);
  });

  it('checks a partial draft update against the draft, not the published row', async () => {
    const created = await send(
      'post',
      '/api/operation-reports',
      minimalReport({ title: 'Operation Inverted', startDate: '2025-11-10', endDate: '2025-11-30' })
    );
    const { documentId } = created.body.data;
    const shortened = await send('put', `/api/operation-reports/${documentId}?status=draft`, {
      endDate: '2025-11-12',
    });
    expect(shortened.status).toBe(200);
    expect(shortened.body.data.durationDays).toBe(3);

    const inverted = await send('put', `/api/operation-reports/${documentId}?status=draft`, {
      startDate: '2025-11-20',
    });
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.details.errors[0].path).toEqual(['endDate']);
    expect(await row(documentId, 'en', 'draft')).toMatchObject({
      startDate: '2025-11-10',
      endDate: '2025-11-12',
      durationDays: 3,
    });
    expect(await row(documentId, 'en', 'published')).toMatchObject({
      startDate: '2025-11-10',
      endDate: '2025-11-30',
      durationDays: 21,
    });

    // A new fr draft with only a title is not refused over the en dates.
    const fr = await send('put', `/api/operation-reports/${documentId}?locale=fr&status=draft`, { title: 'Inversée' });
    expect(fr.status).toBe(200);

    for (const stored of await rowsOf(documentId)) {
      expect(stored.endDate! >= stored.startDate!).toBe(true);
      const days = Math.round((Date.parse(stored.endDate!) - Date.parse(stored.startDate!)) / 86_400_000) + 1;
      expect(stored.durationDays).toBe(days);
    }
  });

  it('checks a published row on its own values when a draft edit publishes', async () => {
    const created = await send(
      'post',
      '/api/operation-reports',
      minimalReport({ title: 'Operation Own Values', startDate: '2025-11-10', endDate: '2025-11-30' })
    );
    const { documentId } = created.body.data;
    await send('put', `/api/operation-reports/${documentId}?status=draft`, { endDate: '2025-11-12' });
    const refused = await send('put', `/api/operation-reports/${documentId}`, { startDate: '2025-11-20' });
    expect(refused.status).toBe(400);
    expect(await row(documentId, 'en', 'published')).toMatchObject({ endDate: '2025-11-30', durationDays: 21 });
  });
});

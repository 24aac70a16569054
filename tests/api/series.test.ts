import { countReportRows, createApiToken, describeEachDatabase, minimalReport, REPORT_UID } from '../helpers/strapi';

/*
 * The `series` field on the write path: derived from the codename when a
 * write leaves it empty, an editor's value kept, its length checked on every
 * write, shared across locales. The derivation table itself is a unit test
 * (tests/unit/series.test.ts); here: that every write path applies it.
 */
describeEachDatabase('series', (app) => {
  let token: string;
  const send = (method: 'post' | 'put' | 'get', path: string, data?: unknown) => {
    const request = app().http()[method](path).set('Authorization', `Bearer ${token}`);
    return data === undefined ? request : request.send({ data });
  };
  const create = (fields: Record<string, unknown>) => send('post', '/api/operation-reports', minimalReport(fields));
  const draftOf = async (documentId: string, locale = 'en') =>
    app()
      .strapi.db.query(REPORT_UID)
      .findOne({ where: { documentId, locale, publishedAt: null } });

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
    await app().strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  });

  it('derives the series of a REST create that sends a codename only', async () => {
    for (const [codename, series] of [
      ['Liberterra III', 'Liberterra'],
      ['Pangea XVI', 'Pangea'],
      ['Global Chain 2024', 'Global Chain'],
      ['HAECHI III', 'HAECHI'],
      ['Liberterra', 'Liberterra'],
    ]) {
      const response = await create({ title: `Operation ${codename}`, codename });
      expect(response.status).toBe(201);
      expect(response.body.data.series).toBe(series);
    }
  });

  it('derives it for a null or blank series, and leaves it empty when the codename names none', async () => {
    expect((await create({ title: 'Null series', codename: 'Trigger IX', series: null })).body.data.series).toBe(
      'Trigger'
    );
    expect((await create({ title: 'Blank series', codename: 'Trigger IX', series: '' })).body.data.series).toBe(
      'Trigger'
    );
    expect((await create({ title: 'Only a year', codename: '2024' })).body.data.series).toBeNull();
    expect((await create({ title: 'No codename' })).body.data.series).toBeNull();
  });

  it("keeps an editor's series", async () => {
    const response = await create({ title: 'Explicit', codename: 'Liberterra III', series: 'Trafficking sweeps' });
    expect(response.body.data.series).toBe('Trafficking sweeps');
    const { documentId } = response.body.data;
    const updated = await send('put', `/api/operation-reports/${documentId}`, { codename: 'Pangea XVI' });
    expect(updated.body.data).toMatchObject({ codename: 'Pangea XVI', series: 'Trafficking sweeps' });
  });

  it('refuses a series over 120 characters with a 400 naming series, writing nothing', async () => {
    const before = await countReportRows(app().strapi);
    const response = await create({ title: 'Too long', codename: 'Liberterra III', series: 'x'.repeat(121) });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['series']]);
    expect(response.body.error.message).toContain('series');
    expect(await countReportRows(app().strapi)).toBe(before);
    expect((await create({ title: 'Just fits', series: 'x'.repeat(120) })).status).toBe(201);
  });

  it('on an update: keeps a stored series, derives one only where it is empty or cleared', async () => {
    const { documentId } = (await create({ title: 'Updates', codename: 'Liberterra II' })).body.data;
    // A stored series stays when the codename changes (a stored series may be an editor's choice).
    let data = (await send('put', `/api/operation-reports/${documentId}`, { codename: 'Pangea XVI' })).body.data;
    expect(data.series).toBe('Liberterra');
    // Clearing it derives it again, from the codename sent or stored.
    data = (await send('put', `/api/operation-reports/${documentId}`, { series: null })).body.data;
    expect(data.series).toBe('Pangea');
    data = (await send('put', `/api/operation-reports/${documentId}`, { series: '', codename: 'HAECHI III' })).body
      .data;
    expect(data.series).toBe('HAECHI');

    // A report saved before it had a codename gets its series with the first codename.
    const bare = (await create({ title: 'Codename later' })).body.data;
    expect(bare.series).toBeNull();
    data = (await send('put', `/api/operation-reports/${bare.documentId}`, { codename: 'Global Chain 2023' })).body
      .data;
    expect(data.series).toBe('Global Chain');
  });

  it('is derived by the document service too, and published as the draft holds it', async () => {
    const reports = app().strapi.documents(REPORT_UID);
    const doc = await reports.create({
      data: minimalReport({ title: 'Service', codename: 'Sentinel MMXXIV' }) as never,
      status: 'published',
    });
    expect(doc.series).toBe('Sentinel');
    const published = await reports.findOne({ documentId: doc.documentId, status: 'published' });
    expect(published?.series).toBe('Sentinel');
  });

  it('is shared across locales, derived from the codename of the locale written', async () => {
    const reports = app().strapi.documents(REPORT_UID);
    const { documentId } = await reports.create({ data: minimalReport({ title: 'Bilingual' }) as never });
    const fr = await reports.update({
      documentId,
      locale: 'fr',
      data: { title: 'Bilingue', codename: 'Pangée XVI' } as never,
    });
    expect(fr?.series).toBe('Pangée');
    // Shared: the English draft holds it too, as core i18n syncs non-localized fields to the same status.
    expect((await draftOf(documentId, 'en'))?.series).toBe('Pangée');
    // An English codename later does not change a series the document already has.
    await reports.update({ documentId, locale: 'en', data: { codename: 'Pangea XVII' } as never });
    expect((await draftOf(documentId, 'en'))?.series).toBe('Pangée');
    expect((await draftOf(documentId, 'fr'))?.series).toBe('Pangée');
    // An editor's series written in one locale reaches the other.
    await reports.update({ documentId, locale: 'en', data: { series: 'Pangea' } as never });
    expect((await draftOf(documentId, 'fr'))?.series).toBe('Pangea');
  });

  it('reaches the published rows of every locale through REST, which publishes', async () => {
    const { documentId } = (await create({ title: 'Bilingual REST' })).body.data;
    const fr = await send('put', `/api/operation-reports/${documentId}?locale=fr`, {
      title: 'Bilingue REST',
      codename: 'HAECHI IV',
    });
    expect(fr.body.data.series).toBe('HAECHI');
    const en = await send('get', `/api/operation-reports/${documentId}?locale=en`);
    expect(en.body.data.series).toBe('HAECHI');
  });
});

import { adminToken, countReportRows, describeEachDatabase, REPORT_UID } from '../helpers/strapi';

/** The Content Manager's own admin API: what the edit view calls when an editor saves. */
describeEachDatabase('Content Manager', (app) => {
  let token: string;
  const cm = `/content-manager/collection-types/${REPORT_UID}`;
  const call = (method: 'get' | 'post' | 'put', path: string, body?: unknown) => {
    const request = app().http()[method](path).set('Authorization', `Bearer ${token}`);
    return body === undefined ? request : request.send(body as object);
  };

  beforeAll(async () => {
    token = await adminToken(app());
  });

  it('loads the edit view configuration, with the stats as the stat custom field', async () => {
    const response = await call('get', `/content-manager/content-types/${REPORT_UID}/configuration`);
    expect(response.status).toBe(200);
    expect(response.body.data.contentType.metadatas.arrests.edit).toBeDefined();
    const init = await call('get', '/content-manager/init');
    const report = init.body.data.contentTypes.find((ct: { uid: string }) => ct.uid === REPORT_UID);
    expect(report.attributes.arrests).toMatchObject({ type: 'integer', customField: 'plugin::operation-reports.stat' });
  });

  it('sets the default layouts: sections, figures two to a row, qualifiers hidden, durationDays read-only', async () => {
    const response = await call('get', `/content-manager/content-types/${REPORT_UID}/configuration`);
    const { layouts, metadatas } = response.body.data.contentType;
    const rows = layouts.edit.map((row: { name: string }[]) => row.map((field) => field.name));
    expect(rows.slice(0, 4)).toEqual([
      ['title', 'slug'],
      ['codename', 'agency', 'headquarters'],
      ['startDate', 'endDate', 'durationDays'],
      ['announcedOn', 'figuresStatus'],
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['countries', 'officers'],
        ['arrests', 'victimsIdentified'],
        ['irregularMigrants', 'investigationsOpened'],
        ['summary'],
        ['body'],
        ['crimeAreas'],
      ])
    );
    expect(rows.flat()).not.toContain('arrestsQualifier');
    expect(metadatas.arrestsQualifier.edit.visible).toBe(false);
    expect(metadatas.durationDays.edit.editable).toBe(false);
    expect(layouts.list).toEqual(['title', 'codename', 'startDate', 'arrests']);
  });

  it('creates, edits, publishes and lists a report as the edit view does', async () => {
    const created = await call('post', cm, {
      title: 'Operation From Admin',
      startDate: '2025-11-10',
      endDate: '2025-11-21',
      arrests: 3744,
      officers: 14000,
      officersQualifier: 'approximately',
    });
    expect(created.status).toBe(201);
    const { documentId, slug, durationDays } = created.body.data;
    expect(slug).toBe('operation-from-admin');
    expect(durationDays).toBe(12);

    const edited = await call('put', `${cm}/${documentId}`, {
      ...created.body.data,
      title: 'Operation From Admin, edited',
      arrests: 1234,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ arrests: 1234, slug: 'operation-from-admin' });

    const published = await call('post', `${cm}/${documentId}/actions/publish`, edited.body.data);
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).not.toBeNull();

    const list = await call('get', `${cm}?page=1&pageSize=10&sort=title:ASC`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((r: { title: string }) => r.title)).toContain('Operation From Admin, edited');
  });

  it('answers a bad save with errors the form maps onto its fields, and writes nothing', async () => {
    const created = await call('post', cm, {
      title: 'Operation Admin Errors',
      startDate: '2025-11-10',
      endDate: '2025-11-21',
    });
    const before = await countReportRows(app().strapi);
    const response = await call('put', `${cm}/${created.body.data.documentId}`, {
      ...created.body.data,
      arrests: -1,
      endDate: '2025-11-01',
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path);
    expect(paths).toEqual(expect.arrayContaining([['arrests'], ['endDate']]));
    expect(await countReportRows(app().strapi)).toBe(before);
    const stored = await app().strapi.documents(REPORT_UID).findOne({ documentId: created.body.data.documentId });
    expect(stored).toMatchObject({ arrests: null, endDate: '2025-11-21' });
  });
});

import {
  adminToken,
  countReportRows,
  CRIME_AREA_UID,
  describeEachDatabase,
  REPORT_UID,
  TEST_ADMIN,
} from '../helpers/strapi';
import { limitedAdmin, reportFieldPaths, type LimitedAdmin } from '../helpers/admin-roles';

type Version = Record<string, unknown>;
type Entry = {
  documentId: string;
  slug: string;
  locales: Record<string, { draft: Version; published: Version | null }>;
};
type ExportFile = { reports: Entry[]; crimeAreas: { slug: string; name: string }[] } & Record<string, unknown>;

const cm = `/content-manager/collection-types/${REPORT_UID}`;
const LIBERTERRA = 'operation-liberterra-iii';
const dates = { startDate: '2025-11-10', endDate: '2025-11-21' };

/**
 * The plugin's admin routes (stats, extract, export, import) give each role
 * what the Content Manager gives it: each case asks the Content Manager's own
 * REST routes the same question for the same role and compares the answers.
 */
describeEachDatabase('admin routes apply the Content Manager permissions', (app) => {
  let superToken: string;
  let liberterra: string;
  let draftOnly: string;
  const roles = {} as Record<'readOnly' | 'editor' | 'frOnly' | 'creator' | 'noArrests' | 'noSlug', LimitedAdmin>;

  const as = (token: string) => ({
    get: (path: string) => app().http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: unknown = {}) =>
      app()
        .http()
        .post(path)
        .set('Authorization', `Bearer ${token}`)
        .send(body as object),
    put: (path: string, body: unknown) =>
      app()
        .http()
        .put(path)
        .set('Authorization', `Bearer ${token}`)
        .send(body as object),
  });
  const exportAs = async (token: string): Promise<ExportFile> => {
    const response = await as(token).get('/operation-reports/export');
    expect(response.status).toBe(200);
    return response.body;
  };
  const withReports = (file: ExportFile, reports: Entry[]) => ({ ...file, reports });
  const entry = (file: ExportFile, slug: string) => {
    const found = file.reports.find((report) => report.slug === slug);
    if (!found) throw new Error(`${slug} is not in the export`);
    return JSON.parse(JSON.stringify(found)) as Entry;
  };
  const cmDocumentIds = async (token: string, locale: string) => {
    const list = await as(token).get(`${cm}?page=1&pageSize=100&locale=${locale}`);
    expect(list.status).toBe(200);
    return (list.body.results as { documentId: string }[]).map((r) => r.documentId).sort();
  };
  const stored = (documentId: string, locale: string, status: 'draft' | 'published') =>
    app()
      .strapi.documents(REPORT_UID)
      .findOne({ documentId, locale, status } as never) as Promise<Version | null>;

  beforeAll(async () => {
    const { strapi } = app();
    await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    superToken = await adminToken(app());
    const superAdmin = await strapi.db.query('admin::user').findOne({ where: { email: TEST_ADMIN.email } });
    const by = { createdBy: superAdmin.id, updatedBy: superAdmin.id };
    const documents = strapi.documents(REPORT_UID);
    const created = await documents.create({
      data: { title: 'Operation Liberterra III', ...dates, arrests: 3744, ...by } as never,
      locale: 'en',
    });
    liberterra = created.documentId;
    await documents.update({
      documentId: liberterra,
      locale: 'fr',
      data: { title: 'Opération Liberterra III' } as never,
    });
    await documents.publish({ documentId: liberterra, locale: 'en' });
    await documents.publish({ documentId: liberterra, locale: 'fr' });
    draftOnly = (
      await documents.create({
        data: { title: 'Operation Draft Only', ...dates, arrests: 12, ...by } as never,
        locale: 'en',
      })
    ).documentId;

    const everyFieldButArrests = reportFieldPaths(strapi).filter((f) => f !== 'arrests' && f !== 'arrestsQualifier');
    roles.readOnly = await limitedAdmin(app(), 'Read only', [{ action: 'read', fields: everyFieldButArrests }]);
    roles.editor = await limitedAdmin(app(), 'Editor without publish', [
      { action: 'read' },
      { action: 'create' },
      { action: 'update' },
    ]);
    roles.noArrests = await limitedAdmin(app(), 'Editor without arrests', [
      { action: 'read' },
      { action: 'create', fields: everyFieldButArrests },
      { action: 'update', fields: everyFieldButArrests },
    ]);
    const everyFieldButSlug = reportFieldPaths(strapi).filter((f) => f !== 'slug');
    roles.noSlug = await limitedAdmin(app(), 'Editor without slug', [
      { action: 'read' },
      { action: 'create', fields: everyFieldButSlug },
      { action: 'update', fields: everyFieldButSlug },
      { action: 'publish' },
    ]);
    const full = ['read', 'create', 'update', 'publish'] as const;
    roles.frOnly = await limitedAdmin(
      app(),
      'French only',
      full.map((action) => ({ action, locales: ['fr'] }))
    );
    roles.creator = await limitedAdmin(
      app(),
      'Creator',
      full.map((action) => ({ action, conditions: ['admin::is-creator'] }))
    );
  });

  it('read-only: reads what the CM shows it (no arrests field), and may neither import nor extract', async () => {
    const { token } = roles.readOnly;
    const shown = await as(token).get(`${cm}/${liberterra}?locale=en`);
    expect(shown.status).toBe(200);
    expect(shown.body.data.title).toBe('Operation Liberterra III');
    expect(shown.body.data).not.toHaveProperty('arrests');

    const file = await exportAs(token);
    const published = entry(file, LIBERTERRA).locales.en.published as Version;
    expect(published.title).toBe('Operation Liberterra III');
    expect(published).not.toHaveProperty('arrests');
    expect(published).not.toHaveProperty('arrestsQualifier');
    const csv = await as(token).get('/operation-reports/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain('3744');

    const stats = await as(token).get('/operation-reports/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.data.totals.arrests).toMatchObject({ value: null, reported: 0, min: null, max: null, avg: null });
    const superStats = await as(superToken).get('/operation-reports/stats');
    expect(superStats.body.data.totals.arrests).toMatchObject({ value: 3744, reported: 1 });

    expect((await as(token).post(cm, { title: 'Nope', ...dates })).status).toBe(403);
    const full = await exportAs(superToken);
    expect((await as(token).post('/operation-reports/import?dryRun=true', full)).status).toBe(403);
    expect((await as(token).post('/operation-reports/extract', { text: '3,744 arrests' })).status).toBe(403);
  });

  it('create+update without publish: the import may not unpublish Liberterra III, as the CM may not; nothing is written', async () => {
    const { token } = roles.editor;
    const unpublish = await as(token).post(`${cm}/${liberterra}/actions/unpublish`, { locale: 'en' });
    expect(unpublish.status).toBe(403);

    const file = await exportAs(superToken);
    const report = entry(file, LIBERTERRA);
    report.locales.en.published = null;
    const rows = await countReportRows(app().strapi);
    for (const dryRun of ['true', 'false']) {
      const response = await as(token).post(`/operation-reports/import?dryRun=${dryRun}`, withReports(file, [report]));
      expect(response.status).toBe(403);
      expect(response.body.error.name).toBe('ForbiddenError');
      expect(response.body.error.message).toBe(
        `${LIBERTERRA}: unpublishing the en version needs the Publish permission`
      );
    }
    expect(await stored(liberterra, 'en', 'published')).not.toBeNull();
    expect(await countReportRows(app().strapi)).toBe(rows);

    // Publishing is refused the same way.
    const publish = await as(token).post(`${cm}/${draftOnly}/actions/publish`, { locale: 'en' });
    expect(publish.status).toBe(403);
    const draft = entry(file, 'operation-draft-only');
    draft.locales.en.published = { ...draft.locales.en.draft };
    const publishing = await as(token).post('/operation-reports/import', withReports(file, [draft]));
    expect(publishing.status).toBe(403);
    expect(publishing.body.error.message).toMatch(/^operation-draft-only: publishing the en version needs the Publish/);
    expect(await stored(draftOnly, 'en', 'published')).toBeNull();

    // A draft edit is what the role may do, in the CM and in an import.
    const edit = entry(file, 'operation-draft-only');
    edit.locales.en.draft.summary = 'Edited by import';
    const imported = await as(token).post('/operation-reports/import', withReports(file, [edit]));
    expect(imported.status).toBe(200);
    expect(imported.body.data.summary).toMatchObject({ update: 1 });
    const saved = await stored(draftOnly, 'en', 'draft');
    expect(saved?.summary).toBe('Edited by import');
    expect((await as(token).put(`${cm}/${draftOnly}?locale=en`, { ...saved, summary: 'Edited in CM' })).status).toBe(
      200
    );
  });

  it('fr-only: exports the fr rows only and may not import over an en title, as in the CM', async () => {
    const { token } = roles.frOnly;
    expect(await cmDocumentIds(token, 'en')).toEqual([]);
    const frInCm = await cmDocumentIds(token, 'fr');
    expect(frInCm).toEqual([liberterra]);

    const file = await exportAs(token);
    expect(file.reports.map((r) => r.documentId).sort()).toEqual(frInCm);
    for (const report of file.reports) expect(Object.keys(report.locales)).toEqual(['fr']);
    expect(JSON.stringify(file)).not.toContain('Operation Liberterra III');
    expect((await as(token).get('/operation-reports/export?format=csv')).text).not.toContain('Operation Draft Only');

    expect((await as(token).put(`${cm}/${liberterra}?locale=en`, { title: 'Hijacked' })).status).toBe(403);
    const full = await exportAs(superToken);
    const hijack = entry(full, LIBERTERRA);
    hijack.locales.en.draft.title = 'Hijacked';
    const refused = await as(token).post('/operation-reports/import?dryRun=true', withReports(full, [hijack]));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(
      new RegExp(`^${LIBERTERRA}: updating the en version needs the Update permission on it`)
    );
    expect((await stored(liberterra, 'en', 'draft'))?.title).toBe('Operation Liberterra III');

    // Its own locale it may edit and publish, here as in the CM.
    const own = entry(file, LIBERTERRA);
    own.locales.fr.draft.summary = 'Résumé importé';
    own.locales.fr.published = { ...own.locales.fr.draft };
    const imported = await as(token).post('/operation-reports/import', withReports(file, [own]));
    expect(imported.status).toBe(200);
    expect((await stored(liberterra, 'fr', 'published'))?.summary).toBe('Résumé importé');
    expect((await stored(liberterra, 'en', 'published'))?.title).toBe('Operation Liberterra III');
    expect((await as(token).put(`${cm}/${liberterra}?locale=fr`, { title: 'Opération L. III' })).status).toBe(200);

    const stats = await as(token).get('/operation-reports/stats?locale=en');
    expect(stats.body.data.count).toBe(0);
    expect((await as(token).get('/operation-reports/stats?locale=fr')).body.data.count).toBe(1);
    expect((await as(superToken).get('/operation-reports/stats?locale=en')).body.data.count).toBe(1);
  });

  it('is creator: exports and imports its own reports only, as the CM lets it read and edit them', async () => {
    const { token, id } = roles.creator;
    const mine = await as(token).post(cm, { title: 'Operation Mine', ...dates });
    expect(mine.status).toBe(201);
    const mineId = mine.body.data.documentId as string;
    expect(await cmDocumentIds(token, 'en')).toEqual([mineId]);
    const file = await exportAs(token);
    expect(file.reports.map((r) => r.slug)).toEqual(['operation-mine']);

    expect((await as(token).put(`${cm}/${liberterra}?locale=en`, { title: 'Not mine' })).status).toBe(403);
    const full = await exportAs(superToken);
    const other = entry(full, LIBERTERRA);
    other.locales.en.draft.title = 'Not mine';
    const refused = await as(token).post('/operation-reports/import', withReports(full, [other]));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(new RegExp(`^${LIBERTERRA}: updating the en version needs the Update`));

    const edited = entry(file, 'operation-mine');
    edited.locales.en.draft.codename = 'Mine I';
    const fresh: Entry = {
      documentId: 'x',
      slug: 'operation-new-by-creator',
      locales: { en: { draft: { title: 'Operation New By Creator', ...dates }, published: null } },
    };
    const imported = await as(token).post('/operation-reports/import', withReports(file, [edited, { ...fresh }]));
    expect(imported.status).toBe(200);
    expect(imported.body.data.summary).toMatchObject({ update: 1, create: 1 });
    const newRow = await app()
      .strapi.db.query(REPORT_UID)
      .findOne({ where: { slug: 'operation-new-by-creator' }, populate: { createdBy: true } });
    expect(newRow.createdBy.id).toBe(id);
    expect((await exportAs(token)).reports.map((r) => r.slug)).toEqual(['operation-mine', 'operation-new-by-creator']);
    expect((await as(token).put(`${cm}/${mineId}?locale=en`, { title: 'Operation Mine' })).status).toBe(200);
  });

  it('an import that would add a crime area needs Create on crime areas, as creating one in the CM does', async () => {
    const { token } = roles.editor;
    expect(
      (await as(token).post(`/content-manager/collection-types/${CRIME_AREA_UID}`, { name: 'Cyber' })).status
    ).toBe(403);
    const file = await exportAs(superToken);
    const report: Entry = {
      documentId: 'y',
      slug: 'operation-cyber',
      locales: { en: { draft: { title: 'Operation Cyber', ...dates, crimeAreas: ['cyber-crime'] }, published: null } },
    };
    const response = await as(token).post('/operation-reports/import?dryRun=true', {
      ...withReports(file, [report]),
      crimeAreas: [{ slug: 'cyber-crime', name: 'Cyber crime' }],
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'operation-cyber: creating the crime area "cyber-crime" needs the Create permission on Crime Area'
    );
  });

  it('field permissions: the CM drops a field the role may not update; the import refuses to change it', async () => {
    const { token } = roles.noArrests;
    const before = (await stored(draftOnly, 'en', 'draft')) as Version;
    const saved = await as(token).put(`${cm}/${draftOnly}?locale=en`, { ...before, arrests: 99 });
    expect(saved.status).toBe(200);
    expect((await stored(draftOnly, 'en', 'draft'))?.arrests).toBe(before.arrests);

    const file = await exportAs(superToken);
    const changed = entry(file, 'operation-draft-only');
    changed.locales.en.draft.arrests = 99;
    const refused = await as(token).post('/operation-reports/import?dryRun=true', withReports(file, [changed]));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'operation-draft-only: updating the en version needs the Update permission on the field arrests'
    );

    // The same file with arrests as stored changes a field the role may write: imported.
    const allowed = entry(file, 'operation-draft-only');
    allowed.locales.en.draft.codename = 'Field test';
    const imported = await as(token).post('/operation-reports/import', withReports(file, [allowed]));
    expect(imported.status).toBe(200);
    expect(await stored(draftOnly, 'en', 'draft')).toMatchObject({ codename: 'Field test', arrests: before.arrests });
  });

  it("field permissions: a version's own slug is the slug field, which the role may not change", async () => {
    const { token } = roles.noSlug;
    const file = await exportAs(superToken);
    const renamed = entry(file, LIBERTERRA);
    // Only the en published row would hold another slug.
    renamed.locales.en.published = { slug: 'liberterra-elsewhere', ...renamed.locales.en.published };
    const refused = await as(token).post('/operation-reports/import?dryRun=true', withReports(file, [renamed]));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      `${LIBERTERRA}: updating the en version needs the Update permission on the field slug`
    );
    // The file as exported changes nothing: nothing to refuse.
    const same = await as(token).post(
      '/operation-reports/import?dryRun=true',
      withReports(file, [entry(file, LIBERTERRA)])
    );
    expect(same.status).toBe(200);
    expect(same.body.data.summary).toMatchObject({ unchanged: 1, refuse: 0 });
  });
});

import {
  adminToken,
  countReportRows,
  CRIME_AREA_UID,
  describeEachDatabase,
  REPORT_UID,
  type TestApp,
} from '../helpers/strapi';
import { blocks, seedReports } from '../helpers/report-fixtures';

const REGISTRY = 'operation_reports_slug_registry';

async function limitedAdminToken(app: TestApp): Promise<string> {
  const { strapi } = app;
  const email = 'no-content@example.com';
  const password = 'NoContent1!';
  if (!(await strapi.db.query('admin::user').findOne({ where: { email } }))) {
    const role = await strapi.service('admin::role').create({ name: 'No content', description: 'no permissions' });
    await strapi.service('admin::user').create({
      email,
      password,
      firstname: 'No',
      lastname: 'Content',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
  const response = await app.http().post('/admin/login').send({ email, password });
  return response.body.data.token as string;
}

async function registryRows(app: TestApp) {
  return (await app.strapi.db.connection(REGISTRY).select('scope', 'slug', 'owner').orderBy(['scope', 'slug'])) as {
    scope: string;
    slug: string;
    owner: string;
  }[];
}

async function deleteAllReports(app: TestApp) {
  const rows = (await app.strapi.db.query(REPORT_UID).findMany({ select: ['documentId'] })) as { documentId: string }[];
  for (const documentId of new Set(rows.map((row) => row.documentId))) {
    await app.strapi.documents(REPORT_UID).delete({ documentId, locale: '*' } as never);
  }
}

const withoutDate = (body: Record<string, unknown>) => ({ ...body, exportedAt: '<date>' });

describeEachDatabase('export and import', (app) => {
  let jwt: string;
  let ids: Awaited<ReturnType<typeof seedReports>>;
  let first: Record<string, unknown> & { reports: any[]; crimeAreas: any[] };
  let firstText: string;

  const get = (path: string, token: string | null = jwt) => {
    const request = app().http().get(path);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };
  const post = (path: string, body: unknown, token: string | null = jwt) => {
    const request = app().http().post(path);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return request.send(body as object);
  };

  beforeAll(async () => {
    jwt = await adminToken(app());
    await app().strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    ids = await seedReports(app());
  });

  it('exports every report whole: locales, draft and published versions, components, crime areas by slug', async () => {
    const response = await get('/operation-reports/export');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="operation-reports-\d{4}-\d{2}-\d{2}\.json"$/
    );
    first = response.body;
    firstText = JSON.stringify(withoutDate(first));
    expect(first).toMatchObject({ version: 1, plugin: 'operation-reports' });
    expect(Date.parse(first.exportedAt as string)).not.toBeNaN();
    expect(first.crimeAreas).toEqual([
      { slug: 'forced-labour', name: 'Forced labour' },
      { slug: 'wildlife-crime', name: 'Wildlife crime' },
    ]);
    expect(first.reports.map((r) => [r.slug, r.documentId, Object.keys(r.locales)])).toEqual([
      ['operation-alpha', ids.alpha, ['en', 'fr']],
      ['operation-beta', ids.beta, ['en']],
      ['operation-gamma', ids.gamma, ['en']],
    ]);
    const [alpha, beta] = first.reports;
    expect(alpha.locales.en.published).toMatchObject({ title: 'Operation Alpha', summary: 'Published summary' });
    expect(alpha.locales.en.draft).toMatchObject({ summary: 'Draft summary, not yet published', durationDays: 12 });
    expect(alpha.locales.en.draft).toEqual({
      title: 'Operation Alpha',
      codename: 'Alpha',
      series: 'Alpha',
      agency: 'INTERPOL',
      headquarters: 'Lyon, France',
      startDate: '2025-11-10',
      endDate: '2025-11-21',
      durationDays: 12,
      announcedOn: '2025-12-01',
      figuresStatus: 'final',
      summary: 'Draft summary, not yet published',
      body: blocks('Body in English'),
      countries: 119,
      officers: 14000,
      arrests: 3744,
      victimsIdentified: 4414,
      irregularMigrants: 12992,
      investigationsOpened: 720,
      countriesQualifier: 'exact',
      officersQualifier: 'approximately',
      arrestsQualifier: 'exact',
      victimsIdentifiedQualifier: 'exact',
      irregularMigrantsQualifier: 'exact',
      investigationsOpenedQualifier: 'atLeast',
      additionalStats: [{ label: 'Cash seized', value: 1.5, unit: 'MUSD', qualifier: 'moreThan' }],
      crimeAreas: ['forced-labour', 'wildlife-crime'],
      routes: [{ origin: 'Lagos', destination: 'Madrid', note: 'by air' }],
      quotes: [{ speaker: 'Valdecy Urquiza', role: 'Secretary General', text: 'A "joint" effort, across borders.' }],
      sources: [
        {
          title: 'Press release',
          publisher: 'INTERPOL',
          url: 'https://www.interpol.int/en/News-and-Events',
          publishedOn: '2025-12-01',
        },
      ],
    });
    expect(alpha.locales.fr.published).toMatchObject({
      title: 'Opération Alpha',
      arrests: 3744,
      crimeAreas: ['forced-labour', 'wildlife-crime'],
      routes: [{ origin: 'Lagos', destination: 'Madrid', note: 'par avion' }],
    });
    expect(beta.locales.en.published).toBeNull();
    expect(beta.locales.en.draft).toMatchObject({ title: 'Operation Beta', arrests: 5, figuresStatus: 'preliminary' });
  });

  it('after deleting everything, a dry run writes nothing, and the import restores the export byte for byte', async () => {
    await deleteAllReports(app());
    await app().strapi.documents(CRIME_AREA_UID).delete({ documentId: ids.wildlife });
    expect(await countReportRows(app().strapi)).toBe(0);
    const registryBefore = await registryRows(app());
    expect(registryBefore.filter((row) => row.scope === 'operation-report')).toEqual([]);

    const dry = await post('/operation-reports/import?dryRun=true', first);
    expect(dry.status).toBe(200);
    expect(dry.body.data).toMatchObject({
      dryRun: true,
      applied: false,
      summary: { create: 3, update: 0, unchanged: 0, refuse: 0 },
    });
    expect(dry.body.data.reports.map((r: { slug: string; action: string }) => [r.slug, r.action])).toEqual([
      ['operation-alpha', 'create'],
      ['operation-beta', 'create'],
      ['operation-gamma', 'create'],
    ]);
    expect(dry.body.data.reports[0].crimeAreasCreated).toEqual(['wildlife-crime']);
    expect(await countReportRows(app().strapi)).toBe(0);
    expect(
      await app()
        .strapi.db.query(CRIME_AREA_UID)
        .count({ where: { slug: 'wildlife-crime' } })
    ).toBe(0);
    expect(await registryRows(app())).toEqual(registryBefore);

    const real = await post('/operation-reports/import', first);
    expect(real.status).toBe(200);
    expect(real.body.data).toMatchObject({ dryRun: false, applied: true, summary: { create: 3, refuse: 0 } });
    // documentIds were free, so they are kept.
    expect(real.body.data.reports.map((r: { documentId: string }) => r.documentId)).toEqual([
      ids.alpha,
      ids.beta,
      ids.gamma,
    ]);

    const again = await get('/operation-reports/export');
    expect(JSON.stringify(withoutDate(again.body))).toBe(firstText);
    // The slug registry holds exactly the imported slugs.
    expect((await registryRows(app())).filter((row) => row.scope === 'operation-report')).toEqual([
      { scope: 'operation-report', slug: 'operation-alpha', owner: ids.alpha },
      { scope: 'operation-report', slug: 'operation-beta', owner: ids.beta },
      { scope: 'operation-report', slug: 'operation-gamma', owner: ids.gamma },
    ]);
    // Publish state round-trips: the REST API (published only) sees alpha and gamma.
    const published = await app()
      .strapi.documents(REPORT_UID)
      .findMany({ status: 'published', locale: 'en' } as never);
    expect(published.map((r) => r.slug).sort()).toEqual(['operation-alpha', 'operation-gamma']);
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    const rows = await countReportRows(app().strapi);
    const response = await post('/operation-reports/import', first);
    expect(response.status).toBe(200);
    expect(response.body.data.summary).toEqual({ create: 0, update: 0, unchanged: 3, refuse: 0 });
    expect(await countReportRows(app().strapi)).toBe(rows);
    const again = await get('/operation-reports/export');
    expect(JSON.stringify(withoutDate(again.body))).toBe(firstText);
  });

  it('dry run tells create, update, unchanged and refuse apart, and writes nothing', async () => {
    const file = structuredClone(first);
    file.reports[0].locales.en.draft.arrests = 3800; // update
    file.reports[1].locales.en.published = { ...file.reports[1].locales.en.draft }; // update: publish beta
    file.reports.push({
      slug: 'operation-delta',
      locales: {
        en: { draft: { title: 'Operation Delta', startDate: '2025-01-01', endDate: '2025-01-02' }, published: null },
      },
    });
    file.reports.push({
      slug: 'operation-broken',
      locales: { en: { draft: { title: 'Broken', startDate: '2025-01-05', endDate: '2025-01-01' }, published: null } },
    });
    const rows = await countReportRows(app().strapi);
    const registry = await registryRows(app());
    const response = await post('/operation-reports/import?dryRun=true', file);
    expect(response.status).toBe(200);
    expect(response.body.data.reports.map((r: { slug: string; action: string }) => [r.slug, r.action])).toEqual([
      ['operation-alpha', 'update'],
      ['operation-beta', 'update'],
      ['operation-gamma', 'unchanged'],
      ['operation-delta', 'create'],
      ['operation-broken', 'refuse'],
    ]);
    // Each report is named by the title the file gives it, refused ones included.
    expect(response.body.data.reports.map((r: { title: string }) => r.title)).toEqual(
      file.reports.map((r: { locales: { en: { draft: { title: string } } } }) => r.locales.en.draft.title)
    );
    expect(response.body.data.reports[4]).toMatchObject({ slug: 'operation-broken', title: 'Broken' });
    expect(response.body.data.reports[4].errors).toEqual([
      {
        path: ['locales', 'en', 'draft', 'endDate'],
        message: 'endDate (2025-01-01) must be on or after startDate (2025-01-05)',
      },
    ]);
    expect(await countReportRows(app().strapi)).toBe(rows);
    expect(await registryRows(app())).toEqual(registry);
    const again = await get('/operation-reports/export');
    expect(JSON.stringify(withoutDate(again.body))).toBe(firstText);
  });

  it('refuses a whole import with one invalid report: 400 naming the report and its fields, nothing written', async () => {
    const file = structuredClone(first);
    file.reports[0].locales.en.draft.arrests = 3800;
    file.reports.push({
      slug: 'operation-new-and-fine',
      locales: { en: { draft: { title: 'Fine', startDate: '2025-01-01', endDate: '2025-01-02' }, published: null } },
    });
    file.reports.push({
      slug: 'operation-invalid',
      locales: {
        en: {
          draft: {
            title: 'Invalid',
            startDate: '2025-02-10',
            endDate: '2025-02-01',
            arrests: 2147483648,
            sources: [{ url: 'javascript:alert(1)' }],
          },
          published: null,
        },
      },
    });
    const rows = await countReportRows(app().strapi);
    const registry = await registryRows(app());
    const response = await post('/operation-reports/import', file);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeNull();
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toMatch(/^Nothing was imported: 1 of 5 reports refused: operation-invalid \(/);
    expect(response.body.error.message).toContain('locales.en.draft.endDate');
    expect(response.body.error.message).toContain('locales.en.draft.arrests');
    expect(response.body.error.message).toContain('locales.en.draft.sources.0.url');
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.')).sort();
    expect(paths).toEqual([
      'reports.4.locales.en.draft.arrests',
      'reports.4.locales.en.draft.endDate',
      'reports.4.locales.en.draft.sources.0.url',
    ]);
    // Refused by the write itself (not the structure check), it is still named by its title.
    expect(response.body.error.details.reports[4]).toMatchObject({ slug: 'operation-invalid', title: 'Invalid' });
    expect(response.body.error.details.reports.map((r: { action: string }) => r.action)).toEqual([
      'update',
      'unchanged',
      'unchanged',
      'create',
      'refuse',
    ]);
    expect(await countReportRows(app().strapi)).toBe(rows);
    expect(await registryRows(app())).toEqual(registry);
    const again = await get('/operation-reports/export');
    expect(JSON.stringify(withoutDate(again.body))).toBe(firstText);
  });

  it('refuses a report naming a crime area this Strapi lacks and the file does not describe', async () => {
    const file = structuredClone(first);
    file.crimeAreas = file.crimeAreas.filter((area) => area.slug !== 'wildlife-crime');
    file.reports[2].locales.en.draft.crimeAreas = ['no-such-area'];
    file.reports[2].locales.en.published.crimeAreas = ['no-such-area'];
    const response = await post('/operation-reports/import?dryRun=true', file);
    expect(response.status).toBe(200);
    expect(response.body.data.reports[2]).toMatchObject({
      slug: 'operation-gamma',
      action: 'refuse',
      errors: [
        { path: ['locales', 'en', 'published', 'crimeAreas'], message: expect.stringContaining('"no-such-area"') },
      ],
    });
  });

  it('updates an existing report found by slug and keeps its documentId', async () => {
    const file = structuredClone(first);
    file.reports = [file.reports[1]];
    file.reports[0].documentId = 'someotherdocumentid00000';
    file.reports[0].locales.en.draft.arrests = 6;
    const response = await post('/operation-reports/import', file);
    expect(response.status).toBe(200);
    expect(response.body.data.reports).toEqual([
      { slug: 'operation-beta', title: 'Operation Beta', action: 'update', documentId: ids.beta },
    ]);
    const beta = await app()
      .strapi.documents(REPORT_UID)
      .findOne({ documentId: ids.beta, locale: 'en' } as never);
    expect(beta).toMatchObject({ arrests: 6, slug: 'operation-beta' });
    // And back, so the other tests see the first export again.
    expect((await post('/operation-reports/import', first)).body.data.summary).toMatchObject({
      update: 1,
      unchanged: 2,
    });
  });

  it('exports CSV: one row per report and locale, RFC 4180 quoting, formulas neutralised', async () => {
    const response = await get('/operation-reports/export?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="operation-reports-\d{4}-\d{2}-\d{2}\.csv"$/
    );
    const text: string = response.text;
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'documentId,locale,status,title,slug,codename,series,agency,headquarters,startDate,endDate,durationDays,announcedOn,figuresStatus,' +
        'countries,countriesQualifier,officers,officersQualifier,arrests,arrestsQualifier,victimsIdentified,victimsIdentifiedQualifier,' +
        'irregularMigrants,irregularMigrantsQualifier,investigationsOpened,investigationsOpenedQualifier,crimeAreas'
    );
    expect(lines[1]).toBe(
      `${ids.alpha},en,published,Operation Alpha,operation-alpha,Alpha,Alpha,INTERPOL,"Lyon, France",2025-11-10,2025-11-21,12,2025-12-01,final,` +
        '119,exact,14000,approximately,3744,exact,4414,exact,12992,exact,720,atLeast,forced-labour;wildlife-crime'
    );
    expect(lines[2]).toMatch(new RegExp(`^${ids.alpha},fr,published,Opération Alpha,operation-alpha,`));
    expect(lines[3]).toBe(
      `${ids.beta},en,draft,Operation Beta,operation-beta,,,,,2024-03-01,2024-03-05,5,,preliminary,,exact,,exact,5,exact,,exact,,exact,,exact,`
    );
    // Gamma's headquarters holds a line break (LF), quoted inside the row; rows end with CRLF.
    expect(lines[4]).toBe(
      `${ids.gamma},en,published,Operation Gamma,operation-gamma,"'=HYPERLINK(""http://evil.example"")","'=HYPERLINK(""http://evil.example"")","Europol, ""EMPACT""",` +
        '"The Hague\nNetherlands",2023-01-10,2023-01-12,3,,final,,exact,,exact,12,upTo,,exact,,exact,,exact,forced-labour'
    );
    expect(lines.slice(5)).toEqual(['']);
  });

  it('neutralises a formula after blanks, control or invisible characters, and in full-width forms', async () => {
    const hostile = {
      title: ' =HYPERLINK("http://evil.example")',
      codename: '\u00a0+1+1',
      agency: '\n-2+3',
      headquarters: '\uff1dcmd|" /C calc"!A0',
      summary: 'not exported in CSV',
      startDate: '2025-01-01',
      endDate: '2025-01-02',
    };
    const created = await app()
      .strapi.documents(REPORT_UID)
      .create({ locale: 'en', data: { ...hostile, slug: 'operation-formulas' } } as never);
    const secondLocale = await app()
      .strapi.documents(REPORT_UID)
      .update({
        documentId: created.documentId,
        locale: 'fr',
        data: { title: '\u200b\uff0b1', codename: '\t\uff20SUM(A1)', agency: '\u3000\uff0d1' },
      } as never);
    expect(secondLocale).not.toBeNull();
    try {
      const csv = await get('/operation-reports/export?format=csv&filters[slug][$eq]=operation-formulas');
      expect(csv.status).toBe(200);
      // Split on the row ends only (CRLF outside quotes): cells here hold bare LFs.
      const [, en, fr, end] = csv.text.split('\r\n');
      expect(end).toBe('');
      expect(en).toBe(
        `${created.documentId},en,draft,"' =HYPERLINK(""http://evil.example"")",operation-formulas,'\u00a0+1+1,'+1+1,"'\n-2+3",` +
          `"'\uff1dcmd|"" /C calc""!A0",2025-01-01,2025-01-02,2,,final,,exact,,exact,,exact,,exact,,exact,,exact,`
      );
      expect(fr).toMatch(
        new RegExp(
          `^${created.documentId},fr,draft,'\u200b\uff0b1,operation-formulas,'\t\uff20SUM\\(A1\\),'\\+1\\+1,'\u3000\uff0d1,`
        )
      );
    } finally {
      await app()
        .strapi.documents(REPORT_UID)
        .delete({ documentId: created.documentId, locale: '*' } as never);
    }
  });

  it('exports only what the filters and locale select', async () => {
    const slugs = async (query: string) =>
      (await get(`/operation-reports/export?${query}`)).body.reports.map((r: { slug: string }) => r.slug);
    expect(await slugs('filters[slug][$eq]=operation-beta')).toEqual(['operation-beta']);
    expect(await slugs('filters[crimeAreas][slug][$eq]=wildlife-crime')).toEqual(['operation-alpha']);
    expect(await slugs('filters[arrests][$gt]=100')).toEqual(['operation-alpha']);
    expect(await slugs('filters[$or][0][arrests][$lt]=6&filters[$or][1][agency][$containsi]=europol')).toEqual([
      'operation-beta',
      'operation-gamma',
    ]);
    const fr = await get('/operation-reports/export?locale=fr');
    expect(fr.body.reports.map((r: { slug: string; locales: object }) => [r.slug, Object.keys(r.locales)])).toEqual([
      ['operation-alpha', ['fr']],
    ]);
    const csv = await get('/operation-reports/export?format=csv&filters[slug][$eq]=operation-gamma');
    expect(csv.text.split('\r\n')[1]).toMatch(new RegExp(`^${ids.gamma},en,published,`));
    expect(csv.text.split('\r\n')).toHaveLength(3); // header, one row, final CRLF
  });

  it.each([
    ['format=xml', ['format'], /format must be "json" or "csv"/],
    ['filters[bogus][$eq]=1', ['filters', 'bogus'], /Unknown filter field "bogus"/],
    ['filters[arrests][$regex]=1', ['filters', 'arrests', '$regex'], /Unknown filter operator/],
    ['filters[publishedAt][$null]=true', ['filters', 'publishedAt'], /Unknown filter field/],
    ['locale=%3Cscript%3E', ['locale'], /locale must be a locale code/],
    ['sort=title', ['sort'], /Unknown parameter "sort"/],
  ])('answers 400 to an export with %s', async (query, path, message) => {
    const response = await get(`/operation-reports/export?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toMatch(message);
    expect(response.body.error.details.errors[0].path).toEqual(path);
  });

  it.each([
    ['no body', undefined, [], /export file/],
    ['another plugin', { version: 1, plugin: 'other', reports: [] }, ['plugin'], /plugin must be "operation-reports"/],
    ['another version', { version: 2, plugin: 'operation-reports', reports: [] }, ['version'], /version must be 1/],
    ['no reports', { version: 1, plugin: 'operation-reports' }, ['reports'], /reports must be a list/],
    [
      'reports not a list',
      { version: 1, plugin: 'operation-reports', reports: {} },
      ['reports'],
      /reports must be a list/,
    ],
  ])('answers 400 to an import with %s', async (_label, body, path, message) => {
    const rows = await countReportRows(app().strapi);
    const response = await post('/operation-reports/import', body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(response.body.error.details.errors[0].path).toEqual(path);
    expect(await countReportRows(app().strapi)).toBe(rows);
  });

  it('refuses malformed reports inside a valid envelope, naming the report and what is wrong', async () => {
    const response = await post('/operation-reports/import?dryRun=true', {
      version: 1,
      plugin: 'operation-reports',
      reports: [
        { slug: 'bad slug!', locales: { en: { draft: {} } } },
        { slug: 'operation-x', locales: { de: { draft: { title: 'X' } } } },
        { slug: 'operation-y', locales: { en: { draft: { title: 'Y', colour: 'red' } } } },
        { slug: 'operation-z', locales: { en: { published: { title: 'Z' } } } },
      ],
    });
    expect(response.status).toBe(200);
    const errorsOf = (i: number) =>
      response.body.data.reports[i].errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(response.body.data.reports.map((r: { action: string }) => r.action)).toEqual([
      'refuse',
      'refuse',
      'refuse',
      'refuse',
    ]);
    // The title as the file gives it, even where the report is malformed: any locale, draft or published.
    expect(response.body.data.reports.map((r: { title: unknown }) => r.title)).toEqual([undefined, 'X', 'Y', 'Z']);
    expect(errorsOf(0)).toEqual(['slug']);
    expect(errorsOf(1)).toEqual(['locales.de']);
    expect(errorsOf(2)).toEqual(['locales.en.draft.colour']);
    expect(errorsOf(3)).toEqual(['locales.en.draft']);
    expect((await post('/operation-reports/import?dryRun=maybe', first)).status).toBe(400);
  });

  it('needs an admin session and the right to read (export) or create and update (import) reports', async () => {
    expect((await get('/operation-reports/export', null)).status).toBe(401);
    expect((await post('/operation-reports/import', first, null)).status).toBe(401);
    expect((await get('/operation-reports/export', 'not-a-jwt')).status).toBe(401);
    const limited = await limitedAdminToken(app());
    const exported = await get('/operation-reports/export', limited);
    expect(exported.status).toBe(403);
    expect(exported.body.error.name).toBe('ForbiddenError');
    const imported = await post('/operation-reports/import?dryRun=true', first, limited);
    expect(imported.status).toBe(403);
    expect([403, 404, 405]).toContain((await app().http().get('/api/operation-reports/export')).status);
  });
});

import {
  adminToken,
  countReportRows,
  CRIME_AREA_UID,
  describeEachDatabase,
  REPORT_UID,
  startStrapi,
  type TestApp,
} from '../helpers/strapi';
import { requestedDatabases } from '../helpers/databases';
import schema from '../../content-types/operation-report/schema';

const REPORT_ATTRIBUTES = schema.attributes;

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
    expect(rows.slice(0, 5)).toEqual([
      ['title', 'slug'],
      ['codename', 'series'],
      ['agency', 'headquarters'],
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

const CONFIG = `/content-manager/content-types/${REPORT_UID}/configuration`;
const LAYOUT_VERSION_KEY = 'content-manager-layout-version';

type Metadatas = Record<string, { edit: { label: string; description: string }; list: { label: string } }>;

async function configurationOf(app: TestApp, token: string, path = CONFIG) {
  const response = await app.http().get(path).set('Authorization', `Bearer ${token}`);
  expect(response.status).toBe(200);
  return response.body.data as {
    contentType: { metadatas: Metadatas; layouts: { edit: { name: string; size: number }[][]; list: string[] } };
    components: Record<string, { metadatas: Metadatas }>;
  };
}

describeEachDatabase('Content Manager words (fresh install)', (app) => {
  let token: string;
  beforeAll(async () => {
    token = await adminToken(app());
  });

  it("gives every report field an editor's label in the edit view and the list, and help where useful", async () => {
    const { contentType, components } = await configurationOf(app(), token);
    const { metadatas } = contentType;
    expect(metadatas.startDate.edit.label).toBe('Start date');
    expect(metadatas.startDate.list.label).toBe('Start date');
    expect(metadatas.victimsIdentified.edit.label).toBe('Victims identified');
    expect(metadatas.durationDays.edit).toMatchObject({
      label: 'Duration (days)',
      description: 'Counted from the dates, both days included',
    });
    expect(metadatas.figuresStatus.edit).toMatchObject({
      label: 'Figures status',
      description: 'Preliminary: the agency may revise them',
    });
    expect(metadatas.arrestsQualifier.list.label).toBe('Arrests: qualifier');
    // No field of the report, or of a component it shows, is labelled by its API name.
    const fields = Object.keys(REPORT_ATTRIBUTES);
    for (const field of fields) expect([field, metadatas[field].edit.label]).not.toEqual([field, field]);
    expect(components['operation-reports.source'].metadatas.publishedOn.edit.label).toBe('Published on');
    expect(components['operation-reports.metric'].metadatas.label.edit.label).toBe('What was counted');
  });

  it('labels the crime area fields too', async () => {
    const { contentType } = await configurationOf(
      app(),
      token,
      `/content-manager/content-types/${CRIME_AREA_UID}/configuration`
    );
    expect(contentType.metadatas.name.edit.label).toBe('Name');
    expect(contentType.metadatas.name.list.label).toBe('Name');
  });
});

describe.each(requestedDatabases())('Content Manager layout versions [%s]', (kind) => {
  it("gives an upgraded site the words once, keeping its editors' labels, help and layout, then keeps later changes", async () => {
    // 1. A site that had layout version 1: Strapi's own labels (the field names), an editor's
    //    label, help and rows of their own.
    let app = await startStrapi(kind, 'cm-layout-version');
    try {
      const contentTypes = app.strapi.plugin('content-manager').service('content-types');
      const report = contentTypes.findContentType(REPORT_UID);
      const current = await contentTypes.findConfiguration(report);
      const metadatas = structuredClone(current.metadatas) as Metadatas;
      for (const [field, metadata] of Object.entries(metadatas)) {
        metadata.edit = { ...metadata.edit, label: field, description: '' };
        metadata.list = { ...metadata.list, label: field };
      }
      metadatas.codename.edit.label = 'Operation name (house style)';
      metadatas.announcedOn.edit.description = 'Date of the press conference';
      const editorRows = [[{ name: 'title', size: 12 }], ...current.layouts.edit.slice(1)];
      await contentTypes.updateConfiguration(report, {
        settings: current.settings,
        metadatas,
        layouts: { ...current.layouts, edit: editorRows },
      });
      await app.strapi.store({ type: 'plugin', name: 'operation-reports' }).set({ key: LAYOUT_VERSION_KEY, value: 1 });
      await app.stop({ drop: false });

      // 2. The upgrade boots: the words come in where Strapi's defaults were, nothing else moves.
      app = await startStrapi(kind, 'cm-layout-version', { database: app.database });
      let token = await adminToken(app);
      let { contentType } = await configurationOf(app, token);
      expect(contentType.metadatas.startDate.edit.label).toBe('Start date');
      expect(contentType.metadatas.startDate.list.label).toBe('Start date');
      expect(contentType.metadatas.durationDays.edit.description).toBe('Counted from the dates, both days included');
      expect(contentType.metadatas.codename.edit.label).toBe('Operation name (house style)');
      expect(contentType.metadatas.announcedOn.edit.description).toBe('Date of the press conference');
      expect(contentType.layouts.edit[0]).toEqual([{ name: 'title', size: 12 }]);
      // Version 3: series moves beside the codename (the editor's identity row was the default one).
      const names = contentType.layouts.edit.map((r) => r.map((field) => field.name));
      expect(names[1]).toEqual(['codename', 'series']);
      expect(names.flat().filter((name) => name === 'series')).toHaveLength(1);
      expect(contentType.metadatas.series.edit.label).toBe('Series');
      expect(
        await app.strapi.store({ type: 'plugin', name: 'operation-reports' }).get({ key: LAYOUT_VERSION_KEY })
      ).toBe(3);

      // 3. An editor changes a label and a help text in "Configure the view"; a reboot keeps them.
      contentType.metadatas.startDate.edit.label = 'Began';
      contentType.metadatas.figuresStatus.edit.description = '';
      // As the settings page sends them: a relation's list mainField is read-only configuration.
      const sent = Object.fromEntries(
        Object.entries(contentType.metadatas).map(([field, { edit, list }]) => {
          const { mainField: _mainField, ...listed } = list as Record<string, unknown>;
          return [field, { edit, list: listed }];
        })
      );
      const saved = await app
        .http()
        .put(CONFIG)
        .set('Authorization', `Bearer ${token}`)
        .send({
          layouts: contentType.layouts,
          metadatas: sent,
          settings: (contentType as { settings?: unknown }).settings,
        });
      expect([saved.status, saved.body.error]).toEqual([200, undefined]);
      await app.stop({ drop: false });

      app = await startStrapi(kind, 'cm-layout-version', { database: app.database });
      token = await adminToken(app);
      ({ contentType } = await configurationOf(app, token));
      expect(contentType.metadatas.startDate.edit.label).toBe('Began');
      expect(contentType.metadatas.figuresStatus.edit.description).toBe('');
      expect(contentType.metadatas.victimsIdentified.edit.label).toBe('Victims identified');
    } finally {
      await app.stop();
    }
  });
});

import fc from 'fast-check';
import {
  adminToken,
  countReportRows,
  createApiToken,
  CRIME_AREA_UID,
  describeEachDatabase,
  minimalReport,
  REPORT_UID,
} from '../helpers/strapi';
import { reportPlan, type ReportPlan } from '../helpers/report-arbitraries';

/**
 * Export → import is lossless for whatever the plugin stores: fast-check
 * writes random reports through the Document Service (drafts without title,
 * slug or dates, empty figures and components, two locales, published
 * versions that differ from their drafts, drafts renamed to another slug
 * after publishing), then export → delete everything →
 * import → export must give the same file, byte for byte.
 *
 * The seed is printed; ROUNDTRIP_SEED=<seed> reruns the same cases,
 * ROUNDTRIP_RUNS=<n> changes how many (default 20 per database).
 */
const SEED = Number(process.env.ROUNDTRIP_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 20);

type Data = Record<string, unknown>;

/** Paths where two JSON values differ, with both values (the first few). */
function differences(actual: unknown, expected: unknown, path = '$', found: string[] = []): string[] {
  if (found.length >= 5) return found;
  if (JSON.stringify(actual) === JSON.stringify(expected)) return found;
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) {
      differences((actual as Data)[key], (expected as Data)[key], `${path}.${key}`, found);
    }
    return found;
  }
  found.push(`${path}: ${JSON.stringify(actual)} (expected ${JSON.stringify(expected)})`);
  return found;
}

describeEachDatabase('export → delete → import → export, on generated reports', (app, kind) => {
  let jwt: string;
  let apiToken: string;
  let areaIds: Map<string, string>;

  beforeAll(async () => {
    jwt = await adminToken(app());
    apiToken = await createApiToken(app().strapi);
    await app().strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    const areas = (await app().strapi.documents(CRIME_AREA_UID).findMany({})) as unknown as Data[];
    areaIds = new Map(areas.map((area) => [area.slug as string, area.documentId as string]));
  });

  const exportText = async () => {
    const response = await app().http().get('/operation-reports/export').set('Authorization', `Bearer ${jwt}`);
    expect(response.status).toBe(200);
    // The only part of the file that is not the data: when it was made.
    return response.text.replace(/"exportedAt":"[^"]*"/, '"exportedAt":"<date>"');
  };

  const deleteAll = async () => {
    const rows = (await app()
      .strapi.db.query(REPORT_UID)
      .findMany({ select: ['documentId'] })) as Data[];
    for (const documentId of new Set(rows.map((row) => row.documentId as string))) {
      await app()
        .strapi.documents(REPORT_UID)
        .delete({ documentId, locale: '*' } as never);
    }
  };

  const withAreas = (data: Data): Data => ({
    ...data,
    ...('crimeAreas' in data
      ? { crimeAreas: (data.crimeAreas as string[]).map((slug) => areaIds.get(slug) as string) }
      : {}),
  });

  /** Renames the drafts of a published report (the published rows keep the live slug). */
  const renameDraft = async (documentId: string, slug: string, via: 'rest' | 'documents') => {
    if (via === 'documents') {
      await app()
        .strapi.documents(REPORT_UID)
        .update({ documentId, locale: 'en', data: { slug } } as never);
      return;
    }
    const response = await app()
      .http()
      .put(`/api/operation-reports/${documentId}?status=draft&locale=en`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: { slug } });
    expect({ status: response.status, error: response.body.error }).toEqual({ status: 200, error: undefined });
  };

  const anonymousBySlug = async (slug: string) =>
    (await app().http().get(`/api/operation-reports?filters[slug][$eq]=${slug}&locale=en`)).body.data.map(
      (report: { documentId: string }) => report.documentId
    );

  /** Writes one planned report as an editor would: publish first, then edit the drafts. */
  async function write(plan: ReportPlan, index: number) {
    const docs = app().strapi.documents(REPORT_UID);
    const { en, fr } = plan;
    const first = en.published ?? en.draft;
    const { documentId } = await docs.create({
      locale: 'en',
      data: withAreas({ ...first.own, ...first.shared }),
    } as never);
    if (en.published) await docs.publish({ documentId, locale: 'en' } as never);
    if (fr) {
      // A locale can be published only when the shared fields (its dates) allow it.
      const datesSet = Boolean(first.shared.startDate && first.shared.endDate);
      const publishFr = fr.published !== null && datesSet;
      await docs.update({ documentId, locale: 'fr', data: (publishFr ? fr.published : fr.draft) as never } as never);
      if (publishFr) {
        await docs.publish({ documentId, locale: 'fr' } as never);
        await docs.update({ documentId, locale: 'fr', data: fr.draft as never } as never);
      }
    }
    if (en.published) {
      await docs.update({
        documentId,
        locale: 'en',
        data: withAreas({ ...en.draft.own, ...en.draft.shared }) as never,
      } as never);
      // "~" never comes out of a title, so the slug is no other report's.
      if (plan.renameDraft) await renameDraft(documentId, `r~${index}~${plan.renameDraft.base}`, plan.renameDraft.via);
    }
  }

  it('gives back a draft renamed after publishing, with the live slug still live', async () => {
    await deleteAll();
    const created = await app()
      .http()
      .post('/api/operation-reports')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: minimalReport({ title: 'Operation Live Slug' }) });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    await renameDraft(documentId, 'renamed-in-draft', 'rest');
    const before = await exportText();
    const [report] = JSON.parse(before).reports;
    // The report's slug is its drafts'; the published version carries the live one.
    expect(report.slug).toBe('renamed-in-draft');
    expect(report.locales.en.published.slug).toBe('operation-live-slug');
    expect('slug' in report.locales.en.draft).toBe(false);

    await deleteAll();
    const imported = await app()
      .http()
      .post('/operation-reports/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send(JSON.parse(before));
    expect({ status: imported.status, error: imported.body.error }).toEqual({ status: 200, error: undefined });
    expect(await exportText()).toBe(before);
    expect(await anonymousBySlug('operation-live-slug')).toEqual([documentId]);
    expect(await anonymousBySlug('renamed-in-draft')).toEqual([]);

    // The registry holds both slugs for this document: another may take neither.
    for (const slug of ['operation-live-slug', 'renamed-in-draft']) {
      const clash = await app()
        .http()
        .post('/api/operation-reports')
        .set('Authorization', `Bearer ${apiToken}`)
        .send({ data: minimalReport({ title: 'Another', slug }) });
      expect({ slug, status: clash.status }).toEqual({ slug, status: 400 });
    }
    // A second import of the same file changes nothing.
    const again = await app()
      .http()
      .post('/operation-reports/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send(JSON.parse(before));
    expect(again.body.data.summary).toEqual({ create: 0, update: 0, unchanged: 1, refuse: 0 });

    // Published: the renamed slug goes live, and the old one is free again.
    await app()
      .strapi.documents(REPORT_UID)
      .publish({ documentId, locale: 'en' } as never);
    expect(await anonymousBySlug('renamed-in-draft')).toEqual([documentId]);
    expect(await anonymousBySlug('operation-live-slug')).toEqual([]);
  });

  it("refuses a version's slug that another report holds, with a 400 naming slug, and writes nothing", async () => {
    await deleteAll();
    for (const title of ['Operation Holder', 'Operation Other']) {
      const created = await app()
        .http()
        .post('/api/operation-reports')
        .set('Authorization', `Bearer ${apiToken}`)
        .send({ data: minimalReport({ title }) });
      expect(created.status).toBe(201);
    }
    const before = await exportText();
    const file = JSON.parse(before);
    const other = file.reports.find((report: { slug: string }) => report.slug === 'operation-other');
    // The other report's published version would go live under the holder's slug.
    other.locales.en.published = { slug: 'operation-holder', ...other.locales.en.published };

    const dry = await app()
      .http()
      .post('/operation-reports/import?dryRun=true')
      .set('Authorization', `Bearer ${jwt}`)
      .send(file);
    expect(dry.status).toBe(200);
    const refused = dry.body.data.reports.find((report: { slug: string }) => report.slug === 'operation-other');
    expect(refused.action).toBe('refuse');
    expect(refused.errors.map((error: { path: string[] }) => error.path)).toEqual([
      ['locales', 'en', 'published', 'slug'],
    ]);

    const response = await app()
      .http()
      .post('/operation-reports/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send(file);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error.details)).toContain('"slug"');
    expect(await exportText()).toBe(before);
  });

  it("refuses a version's slug that breaks the slug rules, as the report's", async () => {
    await deleteAll();
    const created = await app()
      .http()
      .post('/api/operation-reports')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: minimalReport({ title: 'Operation Bad Slug' }) });
    expect(created.status).toBe(201);
    const file = JSON.parse(await exportText());
    const [report] = file.reports;
    for (const slug of ['has space', 'x'.repeat(201), '', 42]) {
      report.locales.en.published = { ...report.locales.en.published, slug };
      const dry = await app()
        .http()
        .post('/operation-reports/import?dryRun=true')
        .set('Authorization', `Bearer ${jwt}`)
        .send(file);
      expect(dry.status).toBe(200);
      expect(dry.body.data.reports[0]).toMatchObject({
        action: 'refuse',
        errors: [{ path: ['locales', 'en', 'published', 'slug'] }],
      });
    }
  });

  it('gives back a draft saved without a title (no slug), which a dry run used to refuse', async () => {
    await deleteAll();
    const docs = app().strapi.documents(REPORT_UID);
    const { documentId } = await docs.create({ locale: 'en', data: { arrests: 5 } } as never);
    const before = await exportText();
    expect(JSON.parse(before).reports).toMatchObject([{ documentId, slug: null }]);
    const dry = await app()
      .http()
      .post('/operation-reports/import?dryRun=true')
      .set('Authorization', `Bearer ${jwt}`)
      .send(JSON.parse(before));
    expect(dry.status).toBe(200);
    expect(dry.body.data.summary).toEqual({ create: 0, update: 0, unchanged: 1, refuse: 0 });
    await deleteAll();
    const imported = await app()
      .http()
      .post('/operation-reports/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send(JSON.parse(before));
    expect(imported.status).toBe(200);
    expect(imported.body.data.reports).toEqual([{ slug: null, action: 'create', documentId }]);
    expect(await exportText()).toBe(before);
    // Found again by its documentId: a second import changes nothing.
    const again = await app()
      .http()
      .post('/operation-reports/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send(JSON.parse(before));
    expect(again.body.data.summary).toEqual({ create: 0, update: 0, unchanged: 1, refuse: 0 });
  });

  it("gives back a published version without a series while the report's drafts hold one", async () => {
    await deleteAll();
    const docs = app().strapi.documents(REPORT_UID);
    const dates = { startDate: '2025-11-10', endDate: '2025-11-21' };
    const { documentId } = await docs.create({ locale: 'en', data: { title: 'Northern Lantern', ...dates } } as never);
    await docs.update({
      documentId,
      locale: 'fr',
      data: { title: 'Lanterne du Nord', series: null, ...dates },
    } as never);
    await docs.publish({ documentId, locale: 'fr' } as never);
    // The drafts get a series (shared by the locales' drafts); the published French row keeps none.
    await docs.update({ documentId, locale: 'en', data: { codename: 'Pangea XVI', series: null } } as never);
    const before = await exportText();
    const [report] = JSON.parse(before).reports;
    expect({ fr: report.locales.fr.published.series, en: report.locales.en.draft.series }).toEqual({
      fr: null,
      en: 'Pangea',
    });
    await deleteAll();
    const imported = await app()
      .http()
      .post('/operation-reports/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send(JSON.parse(before));
    expect(imported.status).toBe(200);
    expect(await exportText()).toBe(before);
  });

  it(`gives back the same file (seed ${SEED}, ${RUNS} runs)`, async () => {
    // eslint-disable-next-line no-console
    console.log(`round trip on ${kind}: seed ${SEED}, ${RUNS} runs (rerun with ROUNDTRIP_SEED=${SEED})`);
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(reportPlan, { minLength: 1, maxLength: 4 }), async (plans) => {
        await deleteAll();
        for (const [index, plan] of plans.entries()) await write(plan, index);
        const before = await exportText();
        expect(JSON.parse(before).reports).toHaveLength(plans.length);

        await deleteAll();
        expect(await countReportRows(app().strapi)).toBe(0);
        const imported = await app()
          .http()
          .post('/operation-reports/import')
          .set('Authorization', `Bearer ${jwt}`)
          .send(JSON.parse(before));
        expect({ status: imported.status, error: imported.body.error }).toEqual({ status: 200, error: undefined });
        expect(imported.body.data.summary).toEqual({ create: plans.length, update: 0, unchanged: 0, refuse: 0 });

        const after = await exportText();
        // Where the files differ first, readable; then the bytes themselves.
        expect(differences(JSON.parse(after), JSON.parse(before))).toEqual([]);
        expect(after).toBe(before);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true }
    );
    // eslint-disable-next-line no-console
    console.log(`round trip on ${kind}: ${RUNS} runs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Each run writes, exports, deletes and imports a few reports: minutes on a busy machine.
  }, 900_000);
});

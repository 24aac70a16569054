import fc from 'fast-check';
import { adminToken, countReportRows, CRIME_AREA_UID, describeEachDatabase, REPORT_UID } from '../helpers/strapi';
import { reportPlan, type ReportPlan } from '../helpers/report-arbitraries';

/**
 * Export → import is lossless for whatever the plugin stores: fast-check
 * writes random reports through the Document Service (drafts without title,
 * slug or dates, empty figures and components, two locales, published
 * versions that differ from their drafts), then export → delete everything →
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
  let areaIds: Map<string, string>;

  beforeAll(async () => {
    jwt = await adminToken(app());
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

  /** Writes one planned report as an editor would: publish first, then edit the drafts. */
  async function write(plan: ReportPlan) {
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
    }
  }

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

  it(`gives back the same file (seed ${SEED}, ${RUNS} runs)`, async () => {
    // eslint-disable-next-line no-console
    console.log(`round trip on ${kind}: seed ${SEED}, ${RUNS} runs (rerun with ROUNDTRIP_SEED=${SEED})`);
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(reportPlan, { minLength: 1, maxLength: 4 }), async (plans) => {
        await deleteAll();
        for (const plan of plans) await write(plan);
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

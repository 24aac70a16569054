import { adminToken, countReportRows, describeEachDatabase, REPORT_UID } from '../helpers/strapi';

/**
 * A large import (the 3,000-report bench file, smaller here) imports
 * correctly, lets other requests through while it runs, and emits each
 * Document Service event once, after its commit; a dry run emits none.
 * Timings are measured by `npm run bench` (import/health), not here.
 */
const REPORTS = Number(process.env.IMPORT_TEST_REPORTS ?? 300);

function exportFile(count: number, prefix: string) {
  const reports = Array.from({ length: count }, (_, i) => {
    const version = {
      title: `${prefix} ${i}`,
      startDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-01`,
      endDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      arrests: i * 7,
      arrestsQualifier: i % 5 === 0 ? 'approximately' : 'exact',
    };
    return {
      slug: `${prefix.toLowerCase()}-${i}`,
      locales: { en: { draft: version, published: i % 2 ? version : null } },
    };
  });
  return { version: 1, plugin: 'operation-reports', exportedAt: new Date().toISOString(), crimeAreas: [], reports };
}

describeEachDatabase('a large import', (app) => {
  let jwt: string;
  const events: string[] = [];
  const post = (path: string, body: unknown) =>
    app()
      .http()
      .post(path)
      .set('Authorization', `Bearer ${jwt}`)
      .send(body as object);

  beforeAll(async () => {
    jwt = await adminToken(app());
    app().strapi.eventHub.subscribe(async (name: string, payload: { uid?: string }) => {
      if (payload?.uid === REPORT_UID) events.push(name);
    });
  });

  /** Resolves once `count` events arrived (the events of an import follow its answer). */
  const eventsReach = async (count: number) => {
    while (events.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it('a dry run writes nothing and emits no event', async () => {
    const dry = await post('/operation-reports/import?dryRun=true', exportFile(REPORTS, 'Dry'));
    expect(dry.status).toBe(200);
    expect(dry.body.data.summary).toEqual({ create: REPORTS, update: 0, unchanged: 0, refuse: 0 });
    expect(await countReportRows(app().strapi)).toBe(0);
    // A committed write's event still comes through, after the dry run's would have.
    await app()
      .strapi.documents(REPORT_UID)
      .create({ data: { title: 'Marker' } } as never);
    await eventsReach(1);
    expect(events).toEqual(['entry.create']);
    events.length = 0;
  });

  it(`imports ${REPORTS} reports while other requests are served, then emits each event once`, async () => {
    const importing = post('/operation-reports/import', exportFile(REPORTS, 'Operation')).then((response) => ({
      response,
      at: process.hrtime.bigint(),
    }));
    // Other requests are answered while the import runs, not after it.
    let healthAt = 0n;
    const health = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const response = await app().http().get('/_health');
      healthAt = process.hrtime.bigint();
      return response.status;
    })();
    const [{ response, at: importAt }, healthStatus] = await Promise.all([importing, health]);
    expect(healthStatus).toBe(204);
    expect(healthAt).toBeLessThan(importAt);

    expect(response.status).toBe(200);
    expect(response.body.data.summary).toEqual({ create: REPORTS, update: 0, unchanged: 0, refuse: 0 });
    const published = REPORTS / 2;
    expect(
      await app()
        .strapi.documents(REPORT_UID)
        .count({ status: 'published' } as never)
    ).toBe(published);
    expect(await app().strapi.documents(REPORT_UID).count({})).toBe(REPORTS + 1);

    // One entry.create per report and one entry.publish per published one.
    await eventsReach(REPORTS + published);
    const counts = events.reduce<Record<string, number>>((all, name) => ({ ...all, [name]: (all[name] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 'entry.create': REPORTS, 'entry.publish': published });
  });
});

import { provisionDatabase, requestedDatabases, type ProvisionedDatabase } from '../helpers/databases';
import { startStrapiProcess, type StrapiProcess } from '../helpers/strapi-process';
import { ONE_REPORT } from '../helpers/expected-stats';

/**
 * Horizontal scale: two Strapi processes on one database, as behind a load
 * balancer. What one writes, the other reads at once (the plugin keeps no
 * state in a process), and concurrent creates of one title split across
 * both get distinct slugs, because uniqueness lives in the database.
 */
const KINDS = requestedDatabases().filter((kind) => kind !== 'sqlite');

const report = (title: string, extra: Record<string, unknown> = {}) => ({
  data: { title, startDate: '2025-11-10', endDate: '2025-11-21', arrests: 100, arrestsQualifier: 'exact', ...extra },
});

for (const kind of KINDS) {
  describe(`two Strapi instances on one ${kind} database`, () => {
    let database: ProvisionedDatabase;
    let a: StrapiProcess;
    let b: StrapiProcess;
    let token: string;

    const call = async (instance: StrapiProcess, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${instance.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    };

    beforeAll(async () => {
      database = await provisionDatabase(kind, 'two instances');
      // The first boot creates the schema; the second joins it, as in a rolling deploy.
      a = await startStrapiProcess(database, { createToken: true });
      b = await startStrapiProcess(database);
      token = a.token!;
    });

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await database?.drop();
    });

    it('serves on B what A writes: find, findOne, filters and stats', async () => {
      const created = await call(a, 'POST', '/api/operation-reports?status=published', report('Operation Shared Tide'));
      expect(created.status).toBe(201);
      const { documentId } = created.body.data;

      const one = await call(b, 'GET', `/api/operation-reports/${documentId}`);
      expect(one.status).toBe(200);
      expect(one.body.data).toMatchObject({
        title: 'Operation Shared Tide',
        slug: 'operation-shared-tide',
        durationDays: 12,
      });
      const filtered = await call(b, 'GET', '/api/operation-reports?filters[slug][$eq]=operation-shared-tide');
      expect(filtered.body.data).toHaveLength(1);
      const stats = await call(b, 'GET', '/api/operation-reports/stats?filters[slug][$eq]=operation-shared-tide');
      expect(stats.body.data.totals.arrests).toEqual(ONE_REPORT(100));
    });

    it('sees an update through B at once from A, rules applied on both', async () => {
      const created = await call(a, 'POST', '/api/operation-reports?status=published', report('Operation Two Sides'));
      const { documentId } = created.body.data;
      const updated = await call(b, 'PUT', `/api/operation-reports/${documentId}?status=published`, {
        data: { arrests: 250, endDate: '2025-11-30' },
      });
      expect(updated.status).toBe(200);
      const seen = await call(a, 'GET', `/api/operation-reports/${documentId}`);
      expect(seen.body.data).toMatchObject({ arrests: 250, durationDays: 21, slug: 'operation-two-sides' });
      const refused = await call(a, 'PUT', `/api/operation-reports/${documentId}`, { data: { endDate: '2025-01-01' } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/endDate/);
    });

    it('gives distinct slugs to concurrent creates of one title split across both instances', async () => {
      const count = 16;
      const responses = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          call(i % 2 ? b : a, 'POST', '/api/operation-reports', report('Operation Crowded Harbour'))
        )
      );
      for (const response of responses) expect(response.status).toBe(201);
      const slugs = responses.map((r) => r.body.data.slug as string);
      expect(new Set(slugs).size).toBe(count);
      expect(slugs.sort()).toEqual(
        [
          'operation-crowded-harbour',
          ...Array.from({ length: count - 1 }, (_, i) => `operation-crowded-harbour-${i + 2}`),
        ].sort()
      );
      // The database holds them apart too: each slug names one document.
      const drafts = await call(
        b,
        'GET',
        '/api/operation-reports?status=draft&filters[title][$eq]=Operation Crowded Harbour&pagination[pageSize]=100'
      );
      expect(new Set(drafts.body.data.map((r: { documentId: string }) => r.documentId)).size).toBe(count);
    });

    it('frees a deleted report on A for both: B no longer serves it or counts it', async () => {
      const created = await call(
        b,
        'POST',
        '/api/operation-reports?status=published',
        report('Operation Short Life', { arrests: 7 })
      );
      const { documentId } = created.body.data;
      expect((await call(a, 'DELETE', `/api/operation-reports/${documentId}`)).status).toBe(204);
      expect((await call(b, 'GET', `/api/operation-reports/${documentId}`)).status).toBe(404);
      const stats = await call(b, 'GET', '/api/operation-reports/stats?filters[slug][$eq]=operation-short-life');
      expect(stats.body.data.count).toBe(0);
      // Its slug is free again, whichever instance asks.
      const again = await call(b, 'POST', '/api/operation-reports', report('Operation Short Life'));
      expect(again.body.data.slug).toBe('operation-short-life');
    });

    it('keeps private drafts private on both', async () => {
      const draft = await call(a, 'POST', '/api/operation-reports?status=draft', report('Operation Hidden Draft'));
      expect(draft.body.data.publishedAt).toBeNull();
      for (const instance of [a, b]) {
        const anonymous = await fetch(`${instance.url}/api/operation-reports?status=draft`);
        expect(anonymous.status).toBe(403);
        const list = await (
          await fetch(`${instance.url}/api/operation-reports?filters[title][$eq]=Operation Hidden Draft`)
        ).json();
        expect(list.data).toEqual([]);
      }
    });
  });
}

if (KINDS.length === 0) {
  it.skip('two instances run on PostgreSQL and MySQL (TEST_DATABASES has neither)', () => undefined);
}

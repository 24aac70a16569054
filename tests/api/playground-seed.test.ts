import { CRIME_AREA_UID, REPORT_UID, startStrapi } from '../helpers/strapi';
import { requestedDatabases } from '../helpers/databases';

describe.each(requestedDatabases())('playground seed [%s]', (kind) => {
  it('seeds Liberterra III published with every figure, its sibling editions and the admin user, and nothing twice on restart', async () => {
    const env = { PLAYGROUND_ADMIN_EMAIL: 'seed-test@example.com', PLAYGROUND_ADMIN_PASSWORD: 'SeedTest1!' };
    const first = await startStrapi(kind, 'seed', { seed: true, env });
    let second;
    try {
      const response = await first.http().get('/api/operation-reports?populate=*&sort=startDate:asc');
      expect(response.status).toBe(200);
      // Liberterra III, and the editions that give the playground a comparison and two series.
      expect(response.body.data.map((r: { slug: string; series: string }) => [r.slug, r.series])).toEqual([
        ['operation-global-chain-2023', 'Global Chain'],
        ['operation-global-chain-2024', 'Global Chain'],
        ['operation-liberterra-ii', 'Liberterra'],
        ['operation-liberterra-iii', 'Liberterra'],
      ]);
      const report = response.body.data[3];
      expect(report).toMatchObject({
        slug: 'operation-liberterra-iii',
        codename: 'Liberterra III',
        agency: 'INTERPOL',
        headquarters: 'Lyon, France',
        startDate: '2025-11-10',
        endDate: '2025-11-21',
        durationDays: 12,
        figuresStatus: 'final',
        countries: 119,
        officers: 14000,
        officersQualifier: 'approximately',
        arrests: 3744,
        victimsIdentified: 4414,
        irregularMigrants: 12992,
        investigationsOpened: 720,
        investigationsOpenedQualifier: 'atLeast',
      });
      expect(report.summary.length).toBeGreaterThan(50);
      expect(report.body.length).toBeGreaterThan(0);
      expect(report.crimeAreas.length).toBeGreaterThan(0);
      expect(report.routes.length).toBeGreaterThan(0);
      expect(report.quotes[0]).toMatchObject({ speaker: 'Jürgen Stock' });
      expect(report.sources[0].url).toMatch(/^https:\/\//);

      const compare = await first.http().get(`/api/operation-reports/${report.documentId}/compare`);
      expect(compare.body.data.previous.codename).toBe('Liberterra II');
      expect(compare.body.data.stats.arrests).toMatchObject({ from: 2517, to: 3744, delta: 1227 });

      const login = await first
        .http()
        .post('/admin/login')
        .send({ email: env.PLAYGROUND_ADMIN_EMAIL, password: env.PLAYGROUND_ADMIN_PASSWORD });
      expect(login.status).toBe(200);
      await first.stop({ drop: false });

      second = await startStrapi(kind, 'seed', { seed: true, env, database: first.database });
      expect(await second.strapi.documents(REPORT_UID).count({})).toBe(4);
      expect(await second.strapi.db.query('admin::user').count({})).toBe(1);
      expect(await second.strapi.documents(CRIME_AREA_UID).count({})).toBe(5);
    } finally {
      if (second) await second.stop();
      else await first.database.drop();
    }
  });
});

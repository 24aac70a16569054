import { adminToken, REPORT_UID, startStrapi, type TestApp } from '../helpers/strapi';
import { requestedDatabases, type ProvisionedDatabase } from '../helpers/databases';
import { seedReports } from '../helpers/report-fixtures';

/**
 * The owner's way out and back in: export, disable the plugin (Strapi drops
 * its tables), enable it again, import, and every report is back byte for byte.
 */
for (const kind of requestedDatabases()) {
  describe(`export, disable, re-enable, import [${kind}]`, () => {
    let database: ProvisionedDatabase;
    let app: TestApp | undefined;

    // One admin login for the whole story: the session lives in the database, and
    // Strapi rate-limits logins per process.
    let jwt: string;
    const exportAll = async (running: TestApp) => {
      const response = await running.http().get('/operation-reports/export').set('Authorization', `Bearer ${jwt}`);
      expect(response.status).toBe(200);
      return { ...response.body, exportedAt: '<date>' } as Record<string, unknown> & { reports: unknown[] };
    };

    afterAll(async () => {
      await app?.stop();
    });

    it('gets every report back after the plugin was disabled and its tables dropped', async () => {
      // 1. A site with reports: locales, drafts, components, crime areas.
      app = await startStrapi(kind, 'disable');
      database = app.database;
      await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
      await seedReports(app);
      jwt = await adminToken(app);
      const before = await exportAll(app);
      expect(before.reports).toHaveLength(3);
      const file = JSON.stringify(before);
      await app.stop({ drop: false });

      // 2. Disabled: Strapi drops the plugin's tables.
      app = await startStrapi(kind, 'disable', { database, env: { OPERATION_REPORTS_ENABLED: 'false' } });
      expect(app.strapi.plugin('operation-reports')).toBeUndefined();
      expect(await app.strapi.db.connection.schema.hasTable('operation_reports')).toBe(false);
      await app.stop({ drop: false });

      // 3. Enabled again: the tables are back, empty.
      app = await startStrapi(kind, 'disable', { database });
      expect(await app.strapi.db.query(REPORT_UID).count({})).toBe(0);

      // 4. Import the export; the next export is the same file.
      const imported = await app
        .http()
        .post('/operation-reports/import?dryRun=false')
        .set('Authorization', `Bearer ${jwt}`)
        .send(JSON.parse(file));
      expect(imported.status).toBe(200);
      expect(imported.body.data.summary).toMatchObject({ create: 3, refuse: 0 });
      expect(JSON.stringify(await exportAll(app))).toBe(file);
    });
  });
}

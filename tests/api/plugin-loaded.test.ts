import { adminToken, CRIME_AREA_UID, describeEachDatabase, REPORT_UID } from '../helpers/strapi';

describeEachDatabase('plugin loaded', (app) => {
  it('given a built plugin, when Strapi boots, then the plugin and its content types are registered', () => {
    const { strapi } = app();
    expect(strapi.plugin('operation-reports')).toBeDefined();
    expect(strapi.contentType(REPORT_UID)).toBeDefined();
    expect(strapi.contentType(CRIME_AREA_UID)).toBeDefined();
    for (const name of ['metric', 'route', 'quote', 'source']) {
      expect(strapi.components[`operation-reports.${name}` as keyof typeof strapi.components]).toBeDefined();
    }
  });

  it('registers the stat custom field on the integer base type, and the six stats use it', () => {
    const { strapi } = app();
    const field = strapi.get('custom-fields').get('plugin::operation-reports.stat');
    expect(field).toMatchObject({ name: 'stat', plugin: 'operation-reports', type: 'integer' });
    const attributes = strapi.contentType(REPORT_UID).attributes as Record<
      string,
      { type: string; customField?: string }
    >;
    for (const stat of [
      'countries',
      'officers',
      'arrests',
      'victimsIdentified',
      'irregularMigrants',
      'investigationsOpened',
    ]) {
      expect(attributes[stat]).toMatchObject({ type: 'integer', customField: 'plugin::operation-reports.stat' });
    }
  });

  it('seeds the crime-area taxonomy on first boot', async () => {
    const { strapi } = app();
    const areas = await strapi.documents(CRIME_AREA_UID).findMany({ sort: 'name:asc' });
    expect(areas.map((a) => a.slug).sort()).toEqual(
      ['document-fraud', 'forced-labour', 'human-trafficking', 'migrant-smuggling', 'sexual-exploitation'].sort()
    );
  });

  it('serves the routes at /api/operation-reports and /api/crime-areas, with no doubled prefix', async () => {
    const http = app().http;
    expect((await http().get('/api/operation-reports')).status).toBe(200);
    expect((await http().get('/api/crime-areas')).status).toBe(200);
    expect((await http().get('/api/operation-reports/operation-reports')).status).toBe(404);
  });

  it('lists its actions in Users & Permissions', async () => {
    const token = await adminToken(app());
    const response = await app().http().get('/users-permissions/permissions').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    const plugin = response.body.permissions['plugin::operation-reports'];
    expect(Object.keys(plugin.controllers).sort()).toEqual(['crime-area', 'operation-report']);
    expect(Object.keys(plugin.controllers['operation-report']).sort()).toEqual(
      ['compare', 'create', 'delete', 'find', 'findOne', 'jsonld', 'stats', 'update'].sort()
    );
  });
});

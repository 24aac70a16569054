import { contentVersionModel } from '../../server/src/model/content-version';
import { slugRegistryModel } from '../../server/src/slugs/slug-registry';

// These tables are live on users' databases: Strapi alters them on boot to match
// the model, so any change of name, column or index here would drop or rebuild them.
describe('the plugin tables keep their exact models', () => {
  it('content version', () => {
    expect(contentVersionModel).toEqual({
      uid: 'plugin::operation-reports.content-version',
      singularName: 'operation-reports-content-version',
      tableName: 'operation_reports_content_version',
      attributes: { id: { type: 'increments' }, name: { type: 'string' }, version: { type: 'string' } },
      indexes: [{ name: 'operation_reports_content_version_uq', columns: ['name'], type: 'unique' }],
    });
  });

  it('slug registry', () => {
    expect(slugRegistryModel).toEqual({
      uid: 'plugin::operation-reports.slug-registry',
      singularName: 'operation-reports-slug-registry',
      tableName: 'operation_reports_slug_registry',
      attributes: {
        id: { type: 'increments' },
        scope: { type: 'string' },
        slug: { type: 'string' },
        owner: { type: 'string' },
      },
      indexes: [
        { name: 'operation_reports_slug_registry_uq', columns: ['scope', 'slug'], type: 'unique' },
        { name: 'operation_reports_slug_registry_owner', columns: ['owner'] },
      ],
    });
    // Attribute order is the column order of a table created afresh.
    expect(Object.keys(slugRegistryModel.attributes)).toEqual(['id', 'scope', 'slug', 'owner']);
  });
});

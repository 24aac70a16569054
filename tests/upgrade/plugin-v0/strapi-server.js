'use strict';

/**
 * An older version of the plugin's server, for the upgrade test: the content
 * model as it stood before figuresStatus, the quotes component, the
 * investigationsOpened figure and the series field were added. It has no middleware and no admin,
 * only the schema, derived from today's files minus what was added since.
 */
const path = require('path');

const ROOT = path.join(__dirname, '..', '..', '..');
const clone = (schema) => JSON.parse(JSON.stringify(schema));
const load = (file) => clone(require(path.join(ROOT, 'content-types', file)));
// The report schema is TypeScript (content-types/operation-report/schema.ts): read it as
// the built plugin registers it (the tests run after `npm run build`).
const { contentTypes } = require(path.join(ROOT, 'dist', 'server', 'index.js')).default;

const report = clone(contentTypes['operation-report'].schema);
const added = ['figuresStatus', 'quotes', 'investigationsOpened', 'investigationsOpenedQualifier', 'series'];
for (const name of added) {
  delete report.attributes[name];
}
// Nor the indexes on columns it did not have yet (series_idx).
const addedColumns = new Set(['series']);
report.indexes = (report.indexes || []).filter((index) => !index.columns.some((column) => addedColumns.has(column)));
const components = { metric: load('components/metric.json'), route: load('components/route.json'), source: load('components/source.json') };

module.exports = {
  register({ strapi }) {
    strapi.customFields.register({ name: 'stat', plugin: 'operation-reports', type: 'integer' });
    const registry = strapi.get('components');
    for (const [name, schema] of Object.entries(components)) {
      const uid = `operation-reports.${name}`;
      registry.set(uid, {
        ...structuredClone(schema),
        __schema__: structuredClone(schema),
        uid,
        category: 'operation-reports',
        modelType: 'component',
        modelName: name,
        globalId: `ComponentOperationReports${name.charAt(0).toUpperCase()}${name.slice(1)}`,
      });
    }
  },
  bootstrap() {},
  contentTypes: {
    'operation-report': { schema: report },
    'crime-area': { schema: load('crime-area/schema.json') },
  },
};

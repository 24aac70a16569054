const path = require('path');

/*
 * The plugin's report schema, read from the model itself so the twin never
 * drifts, as a plain core content type: same attributes and components, none
 * of the plugin's logic (no rules, no durationDays, no generated slug).
 *
 * The contract shares `slug` and `crimeAreas` across locales, but Strapi's
 * i18n always localizes uid and relation attributes. To compare the plugin
 * with how Strapi's i18n syncs its OWN non-localized fields, the twin holds
 * them as plain non-localized attributes that i18n syncs itself: `slug` as a
 * string and `crimeAreas` as JSON (the sorted slugs of the crime areas).
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..', '..', '..', '..');
// The model is TypeScript (content-types/operation-report/schema.ts): read it as the
// built plugin registers it (the tests run after `npm run build`).
const model = require(path.join(ROOT, 'dist', 'server', 'index.js')).default.contentTypes['operation-report'].schema;

const shared = { pluginOptions: { i18n: { localized: false } } };
const attributes = JSON.parse(JSON.stringify(model.attributes));
attributes.slug = { type: 'string', ...shared };
attributes.crimeAreas = { type: 'json', ...shared };
for (const [name, attribute] of Object.entries(attributes)) {
  if (attribute.type === 'customField') {
    // The plugin's stat field is an integer; the twin keeps the integer without the custom field.
    const { customField, ...integer } = attribute;
    attributes[name] = { ...integer, type: 'integer' };
  }
}

module.exports = {
  kind: 'collectionType',
  collectionName: 'parity_reports',
  info: { singularName: 'parity-report', pluralName: 'parity-reports', displayName: 'Parity report (core twin)' },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes,
};

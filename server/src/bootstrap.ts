import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID } from './uids';
import { MODELS } from './middlewares/write-documents';
import { grantPublicRead } from './permissions/public-read';
import type { PluginConfig } from './config';
import { applyDefaultLayout } from './content-manager/default-layout';
import { fillNewDefaults } from './upgrade/fill-defaults';
import { fillMissingDurations } from './upgrade/fill-durations';
import { slugSourceOf, syncSlugRegistry } from './upgrade/sync-slug-registry';

export const DEFAULT_CRIME_AREAS = [
  'Human trafficking',
  'Migrant smuggling',
  'Forced labour',
  'Sexual exploitation',
  'Document fraud',
];

async function seedCrimeAreas(strapi: Core.Strapi) {
  const areas = strapi.documents(CRIME_AREA_UID);
  if ((await areas.count({})) > 0) return;
  for (const name of DEFAULT_CRIME_AREAS) {
    await areas.create({ data: { name } });
  }
}

/** Registers every slug, settling what was written around the plugin; says what it changed. */
async function syncSlugs(strapi: Core.Strapi, uid: string, rules: (typeof MODELS)[string]) {
  const result = await syncSlugRegistry(
    strapi.db.connection,
    strapi.db.dialect.client,
    slugSourceOf(strapi, uid, rules)
  );
  const log = `[operation-reports] boot: ${rules.scope}`;
  for (const { slug, keeper, renamed } of result.clashes) {
    const moves = renamed.map((r) => `${r.documentId} now has "${r.slug}"`).join(', ');
    strapi.log.warn(
      `${log} slug "${slug}" was shared by ${renamed.length + 1} documents written outside the plugin: ${keeper} keeps it, ${moves}`
    );
  }
  if (result.generated > 0) {
    strapi.log.info(`${log}: generated a slug from the ${rules.source} of ${result.generated} documents that had none`);
  }
  if (result.copied > 0) {
    strapi.log.info(`${log}: gave ${result.copied} rows without a slug the slug of their document's other rows`);
  }
  if (result.registered > 0)
    strapi.log.info(`${log}: registered ${result.registered} slugs written outside the plugin`);
}

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const filled = await fillNewDefaults(strapi);
  for (const [table, rows] of Object.entries(filled)) {
    strapi.log.info(`[operation-reports] upgrade: gave new fields their defaults in ${rows} rows of ${table}`);
  }
  const durations = await fillMissingDurations(strapi);
  if (durations > 0) strapi.log.info(`[operation-reports] upgrade: computed durationDays in ${durations} rows`);
  for (const [uid, rules] of Object.entries(MODELS)) {
    await syncSlugs(strapi, uid, rules);
  }
  await seedCrimeAreas(strapi);
  if (config.publicRead) await grantPublicRead(strapi);
  await applyDefaultLayout(strapi);
};

export default bootstrap;

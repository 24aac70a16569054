import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID } from './uids';
import { slugTargetOf } from './middlewares/content-model';
import { syncSlugRegistry } from './slugs/slug-registry';
import { MODELS } from './middlewares/write-documents';
import { grantPublicRead } from './permissions/public-read';
import type { PluginConfig } from './config';
import { applyDefaultLayout } from './content-manager/default-layout';
import { fillNewDefaults } from './upgrade/fill-defaults';

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

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const filled = await fillNewDefaults(strapi);
  for (const [table, rows] of Object.entries(filled)) {
    strapi.log.info(`[operation-reports] upgrade: gave new fields their defaults in ${rows} rows of ${table}`);
  }
  for (const [uid, { scope }] of Object.entries(MODELS)) {
    await syncSlugRegistry(strapi.db.connection, slugTargetOf(strapi, uid, scope));
  }
  await seedCrimeAreas(strapi);
  if (config.publicRead) await grantPublicRead(strapi);
  await applyDefaultLayout(strapi);
};

export default bootstrap;

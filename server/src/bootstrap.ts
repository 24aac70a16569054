import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from './uids';
import { slugTargetOf } from './middlewares/content-model';
import { syncSlugRegistry } from './slugs/slug-registry';
import { grantPublicRead } from './permissions/public-read';
import type { PluginConfig } from './config';
import { applyDefaultLayout } from './content-manager/default-layout';

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
  await syncSlugRegistry(strapi.db.connection, slugTargetOf(strapi, REPORT_UID, 'operation-report'));
  await syncSlugRegistry(strapi.db.connection, slugTargetOf(strapi, CRIME_AREA_UID, 'crime-area'));
  await seedCrimeAreas(strapi);
  if (config.publicRead) await grantPublicRead(strapi);
  await applyDefaultLayout(strapi);
};

export default bootstrap;

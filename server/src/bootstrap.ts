import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID } from '../../shared/constants';
import { grantPublicRead } from './permissions/public-read';
import type { PluginConfig } from './config';
import { applyDefaultLayout } from './content-manager/default-layout';
import { settleRowsWrittenAround } from './upgrade/rows-written-around';
import { ensureContentVersion } from './model/content-version';
import { bumpVersionOnWrites } from './cache/version-hooks';
import { warmUpExtractor } from './extract/warm-up';

const DEFAULT_CRIME_AREAS = [
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
  // Before any step that writes: from here on every write bumps the version the ETags are made from.
  await ensureContentVersion(strapi.db.connection);
  bumpVersionOnWrites(strapi);
  await settleRowsWrittenAround(strapi);
  await seedCrimeAreas(strapi);
  if (config.publicRead) await grantPublicRead(strapi);
  await applyDefaultLayout(strapi);
  // Last: the first reading of a release in each language is paid here, not by the first editor (extract/warm-up.ts).
  warmUpExtractor();
};

export default bootstrap;

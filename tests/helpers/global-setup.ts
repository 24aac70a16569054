import fs from 'fs';
import { compileStrapi } from '@strapi/strapi';
import { ARTIFACTS, PLAYGROUND, PLUGIN_SERVER_BUILD } from './paths';
import { requestedDatabases, assertReachable } from './databases';

/**
 * Runs once before the API suites: the plugin must be built (Strapi silently
 * skips a plugin whose build is missing), the playground compiled once, and
 * every requested database reachable: an unreachable one fails the run.
 */
export default async function globalSetup() {
  if (!fs.existsSync(PLUGIN_SERVER_BUILD)) {
    throw new Error(`The plugin is not built (${PLUGIN_SERVER_BUILD} is missing): run "npm run build" first.`);
  }
  for (const kind of requestedDatabases()) await assertReachable(kind);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await compileStrapi({ appDir: PLAYGROUND, ignoreDiagnostics: false });
}

import fs from 'fs';
import path from 'path';

/**
 * The plugin is this repository's root. This file is read both from source
 * (playground/config, by the admin build) and compiled (playground/dist/config,
 * by the server), so look upwards for the plugin's package.json.
 */
function findPluginDir(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      fs.existsSync(manifest) &&
      JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'strapi-plugin-operation-reports'
    ) {
      return dir;
    }
  }
  throw new Error(`strapi-plugin-operation-reports not found above ${from}`);
}

/**
 * OPERATION_REPORTS_CONFIG (JSON) replaces the plugin's config block: the test
 * suite uses it to boot with invalid configs and with publicRead off.
 */
const operationReportsConfig = (env) =>
  env('OPERATION_REPORTS_CONFIG') ? JSON.parse(env('OPERATION_REPORTS_CONFIG')) : { publicRead: true };

export default ({ env }) => ({
  'operation-reports': {
    // OPERATION_REPORTS_ENABLED=false boots without the plugin (the disable/re-enable test).
    enabled: env.bool('OPERATION_REPORTS_ENABLED', true),
    // OPERATION_REPORTS_PLUGIN_DIR points the playground at another build of the
    // plugin: the upgrade test boots an older content model this way.
    resolve: env('OPERATION_REPORTS_PLUGIN_DIR', findPluginDir(__dirname)),
    config: operationReportsConfig(env),
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt-secret') },
  },
  graphql: {
    config: { endpoint: '/graphql', defaultLimit: 25, maxLimit: 100, landingPage: true },
  },
  // OpenAPI at /documentation; the spec is written at boot (outside production)
  // to src/extensions/documentation/. The test suite turns it off, but for the
  // file that tests it, so that parallel boots do not rewrite the same file.
  documentation: {
    enabled: env.bool('PLAYGROUND_DOCUMENTATION', true),
    config: {
      info: {
        version: '1.0.0',
        title: 'Operation Reports playground',
        description: 'The REST API of the playground: Operation Reports, crime areas, stats, uploads and users.',
      },
    },
  },
});

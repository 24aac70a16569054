'use strict';

/**
 * Compiles and starts a Strapi app that installed the plugin from its npm
 * tarball (tests/api/package-install.test.ts). Runs with --preserve-symlinks so
 * that Strapi, loaded through the app's node_modules symlinks, resolves
 * packages from the app's node_modules as it would in a real install.
 *
 * argv[2] is the app's directory. Prints `PLUGIN <json>`, `TOKEN <key>`, then
 * `READY` once listening.
 */
const path = require('path');
const { createRequire } = require('module');

const appDir = path.resolve(process.argv[2]);
// @strapi/strapi as the app sees it, not as this repository does.
const appRequire = createRequire(path.join(appDir, 'package.json'));
const { createStrapi, compileStrapi } = appRequire('@strapi/strapi');

async function main() {
  const { distDir } = await compileStrapi({ appDir, ignoreDiagnostics: false });
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  await strapi.start();

  const enabled = strapi.config.get('enabledPlugins') || {};
  // Every plugin server bundle loaded that is not one of Strapi's own.
  const loadedServerFiles = Object.keys(require.cache).filter(
    (file) => /[\\/]dist[\\/]server[\\/]index\.js$/.test(file) && !/[\\/]@strapi[\\/]/.test(file)
  );
  const info = {
    loaded: Boolean(strapi.plugin('operation-reports')),
    pathToPlugin: enabled['operation-reports'] ? enabled['operation-reports'].pathToPlugin : null,
    packageName:
      enabled['operation-reports'] && enabled['operation-reports'].packageInfo
        ? enabled['operation-reports'].packageInfo.name
        : null,
    contentTypes: Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('plugin::operation-reports.')),
    loadedServerFiles,
  };
  process.stdout.write(`PLUGIN ${JSON.stringify(info)}\n`);

  const token = await strapi.service('admin::api-token').create({
    name: 'package-install',
    type: 'full-access',
    lifespan: null,
    description: '',
  });
  process.stdout.write(`TOKEN ${token.accessKey}\n`);
  process.stdout.write('READY\n');

  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});

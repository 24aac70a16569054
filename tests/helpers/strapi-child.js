'use strict';

/**
 * One Strapi process of the compiled playground, for tests that need several
 * (two instances on one database). Database and port come from the env; it
 * prints `READY` once listening and, with CREATE_API_TOKEN=1, `TOKEN <key>`.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'playground');

async function main() {
  const strapi = createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  await strapi.start();
  if (!strapi.plugin('operation-reports')) throw new Error('the operation-reports plugin did not load');
  if (process.env.CREATE_API_TOKEN === '1') {
    const token = await strapi.service('admin::api-token').create({
      name: `instance-${process.pid}`,
      type: 'full-access',
      lifespan: null,
      description: '',
    });
    process.stdout.write(`TOKEN ${token.accessKey}\n`);
  }
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

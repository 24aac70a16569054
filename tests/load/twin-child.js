'use strict';

/**
 * The server of `npm run load`: the bench app (tests/bench/app), which holds
 * the plugin and its core twin (`api::plain-report.plain-report`, the plugin's
 * schema as a plain content type), so both answer from one process, one
 * database and the same data. The Public role may read both, as publicRead
 * grants for the plugin. Prints `TOKEN <key>` and `READY` once listening.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', 'bench', 'app');

const PUBLIC_READ = [
  'plugin::operation-reports.operation-report.find',
  'plugin::operation-reports.operation-report.findOne',
  'plugin::operation-reports.operation-report.stats',
  'plugin::operation-reports.crime-area.find',
  'plugin::operation-reports.crime-area.findOne',
  'api::plain-report.plain-report.find',
  'api::plain-report.plain-report.findOne',
];

async function grantPublicRead(strapi) {
  await strapi.plugin('users-permissions').service('users-permissions').initialize();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const action of PUBLIC_READ) {
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
}

async function main() {
  const strapi = createStrapi({ appDir, distDir: appDir, autoReload: false, serveAdminPanel: false });
  await strapi.start();
  if (!strapi.plugin('operation-reports')) throw new Error('the operation-reports plugin did not load');
  await grantPublicRead(strapi);
  const token = await strapi.service('admin::api-token').create({
    name: `load-${process.pid}`,
    type: 'full-access',
    lifespan: null,
    description: '',
  });
  process.stdout.write(`TOKEN ${token.accessKey}\nREADY\n`);
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

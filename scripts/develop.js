#!/usr/bin/env node
/**
 * `npm run develop`: build the plugin once, then start the playground.
 * Strapi is started only after the build finished: a Strapi booting while the
 * plugin's dist/ is missing would skip the plugin and drop its tables.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const run = (cmd, args, cwd) => {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['strapi-plugin', 'build'], root);
run('npx', ['strapi', 'develop', ...process.argv.slice(2)], path.join(root, 'playground'));

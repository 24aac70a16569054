import { execFileSync } from 'child_process';
import fs from 'fs';
import { createRequire } from 'module';
import os from 'os';
import path from 'path';
import { ROOT } from '../helpers/paths';
import { copyPlayground, installedCopies, PACKAGE, packPlugin, pluginManifest } from '../helpers/installed-app';
import { countReportRows, createApiToken, describeEachDatabase, minimalReport } from '../helpers/strapi';

/**
 * The peer range's promise, kept at its low end: an app on the LOWEST
 * `@strapi/strapi` that package.json accepts installs the plugin from its npm
 * tarball (from the registry, as a site owner does), and the REST and stats
 * suites run unchanged against it on SQLite. Raise the peer's lower bound and
 * this test follows.
 */

const peerRange = pluginManifest().peerDependencies['@strapi/strapi'];
const LOWEST = /^\^(\d+\.\d+\.\d+)$/.exec(peerRange)?.[1];
if (!LOWEST) throw new Error(`peer-lowest: write the @strapi/strapi peer range as ^x.y.z (got "${peerRange}")`);

// The app as it stood before the plugin: Strapi and the plugins the REST and
// stats suites use. Strapi's plugins skip some versions (there is no GraphQL
// 5.42.0): each is the newest 5.x not above LOWEST, as a site owner would pick.
// Pick a LOWEST they all exist at: each pins @strapi/utils to its own version,
// and with two copies in the app npm may give the plugin the one Strapi does
// not use (seen on 5.42.0 with GraphQL 5.41.1: every 400 became a 500).
const notAbove = `>=5.0.0 <=${LOWEST}`;
const APP_DEPENDENCIES = {
  '@strapi/strapi': LOWEST,
  '@strapi/plugin-users-permissions': notAbove,
  '@strapi/plugin-graphql': notAbove,
  react: '^18.3.1',
  'react-dom': '^18.3.1',
  'react-router-dom': '^6.30.3',
  'styled-components': '^6.1.0',
};

// As the README tells site owners, plus what the suites expect of the playground (config from the environment, GraphQL).
const PLUGINS_CONFIG = `export default ({ env }) => ({
  'operation-reports': {
    enabled: true,
    config: env('OPERATION_REPORTS_CONFIG') ? JSON.parse(env('OPERATION_REPORTS_CONFIG')) : { publicRead: true },
  },
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'peer-lowest-jwt-secret') } },
  graphql: { config: { endpoint: '/graphql', defaultLimit: 25, maxLimit: 100 } },
});
`;

/**
 * npm inside `npm test` inherits npm_config_local_prefix (this repository):
 * without clearing it, an install would land in this repository's node_modules.
 */
function npm(appDir: string, args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_(config_(local_)?prefix|package_|lifecycle_)/i.test(key))
  );
  execFileSync('npm', [...args, '--prefix', appDir, '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

describe(`on Strapi ${LOWEST}, the lowest the peer range ${peerRange} accepts, installed from the tarball`, () => {
  // Every suite below is registered for SQLite only (the app installs no other driver).
  const databases = process.env.TEST_DATABASES;
  process.env.TEST_DATABASES = 'sqlite';

  let workDir: string;
  let appDir: string;

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opr-peer-'));
    appDir = path.join(workDir, 'app');
    fs.mkdirSync(appDir);
    // Read by tests/helpers/strapi.ts: the suites below boot this app, never the
    // playground (set first, so that a failed install cannot fall back to it).
    process.env.OPERATION_REPORTS_TEST_APP = appDir;
    const tarball = path.join(workDir, packPlugin(workDir).filename);
    copyPlayground(appDir, {
      name: 'operation-reports-peer-lowest',
      dependencies: APP_DEPENDENCIES,
      pluginsConfig: PLUGINS_CONFIG,
    });

    // Install scripts are skipped: none is needed to boot on SQLite, and the one
    // native module, better-sqlite3 (12.11.1), is linked from this repository
    // below, as its prebuilt binary is not on the npm registry.
    let since = Date.now();
    npm(appDir, ['install', '--ignore-scripts']);
    const strapiInstall = seconds(since);
    since = Date.now();
    npm(appDir, ['install', '--ignore-scripts', tarball]);
    const pluginInstall = seconds(since);
    fs.symlinkSync(
      fs.realpathSync(path.join(ROOT, 'node_modules', 'better-sqlite3')),
      path.join(appDir, 'node_modules', 'better-sqlite3')
    );

    since = Date.now();
    execFileSync(
      process.execPath,
      ['-e', `require('@strapi/strapi').compileStrapi({ appDir: ${JSON.stringify(appDir)}, ignoreDiagnostics: true })`],
      { cwd: appDir, stdio: ['ignore', 'ignore', 'pipe'] }
    );
    process.stdout.write(
      `peer-lowest: npm install of Strapi ${LOWEST} ${strapiInstall}, of the plugin tarball ${pluginInstall}, compile ${seconds(since)}\n`
    );
  }, 1_200_000);

  afterAll(() => {
    delete process.env.OPERATION_REPORTS_TEST_APP;
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it(`the app holds @strapi/strapi ${LOWEST} and a single @strapi/utils, the one the plugin and Strapi load`, () => {
    const modules = path.join(appDir, 'node_modules');
    const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(modules, dir, 'package.json'), 'utf8'));
    expect(manifest('@strapi/strapi').version).toBe(LOWEST);
    expect(manifest(PACKAGE).version).toBe(pluginManifest().version);

    const utilsOf = (dir: string) => createRequire(path.join(modules, dir, 'package.json')).resolve('@strapi/utils');
    expect(utilsOf(PACKAGE)).toBe(utilsOf('@strapi/core'));
    expect(installedCopies(appDir, '@strapi/utils')).toEqual({ 'node_modules/@strapi/utils': LOWEST });
  });

  describeEachDatabase('the installed plugin', (app) => {
    it('is the one from the tarball, on that Strapi', () => {
      const enabled = app().strapi.config.get('enabledPlugins') as Record<string, { pathToPlugin: string }>;
      expect(enabled['operation-reports'].pathToPlugin).toBe(path.join(appDir, 'node_modules', PACKAGE));
      expect(app().strapi.config.get('info.strapi')).toBe(LOWEST);
    });

    it("answers a refused write with 400 naming the field (its errors are that Strapi's classes), writing nothing", async () => {
      const token = await createApiToken(app().strapi);
      const before = await countReportRows(app().strapi);
      const response = await app()
        .http()
        .post('/api/operation-reports')
        .set('Authorization', `Bearer ${token}`)
        .send({ data: minimalReport({ endDate: '2025-11-01', arrests: -1 }) });
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort()).toEqual([
        'arrests',
        'endDate',
      ]);
      expect(await countReportRows(app().strapi)).toBe(before);
    });
  });

  // The suites themselves, unchanged, registered here so that they boot the app above.
  require('./rest.test');
  require('./stats.test');

  if (databases === undefined) delete process.env.TEST_DATABASES;
  else process.env.TEST_DATABASES = databases;
});

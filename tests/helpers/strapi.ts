import { createRequire } from 'module';
import path from 'path';
import supertest from 'supertest';
import type { Core } from '@strapi/strapi';
import { PLAYGROUND, PLAYGROUND_DIST } from './paths';
import { provisionDatabase, requestedDatabases, type DatabaseKind, type ProvisionedDatabase } from './databases';

export const REPORT_UID = 'plugin::operation-reports.operation-report';
export const CRIME_AREA_UID = 'plugin::operation-reports.crime-area';

export interface StartOptions {
  /** Replaces the plugin's config block (OPERATION_REPORTS_CONFIG); default `{ publicRead: true }`. */
  pluginConfig?: unknown;
  /** Seed the playground's admin user and Liberterra III (off by default so tests see only their own rows). */
  seed?: boolean;
  /** Boot on an existing database instead of a fresh one (restarts). */
  database?: ProvisionedDatabase;
  env?: Record<string, string>;
  /** Runs on the created Strapi before it loads (and so before the plugin's bootstrap): e.g. to catch its logs. */
  beforeLoad?: (strapi: Core.Strapi) => void;
  /** Another Strapi app to boot instead of the playground (a JavaScript app: no compile step). */
  appDir?: string;
}

export interface TestApp {
  strapi: Core.Strapi;
  database: ProvisionedDatabase;
  http: () => supertest.Agent;
  /** Stops Strapi; the database stays for a restart unless `drop` is true. */
  stop(options?: { drop?: boolean }): Promise<void>;
}

const ENV_KEYS = [
  'DATABASE_CLIENT',
  'DATABASE_FILENAME',
  'DATABASE_HOST',
  'DATABASE_PORT',
  'DATABASE_NAME',
  'DATABASE_USERNAME',
  'DATABASE_PASSWORD',
  'DATABASE_SCHEMA',
  'OPERATION_REPORTS_CONFIG',
  'OPERATION_REPORTS_PLUGIN_DIR',
  'OPERATION_REPORTS_ENABLED',
  'PLAYGROUND_SEED',
  'PLAYGROUND_DOCUMENTATION',
];

/**
 * The app the API suites boot: the playground, on this repository's Strapi;
 * or, when OPERATION_REPORTS_TEST_APP names one (tests/api/peer-lowest.test.ts),
 * a compiled app that installed the plugin from its tarball, on that app's own
 * Strapi version. Loaded on demand so that only one Strapi is ever required.
 */
function appToBoot(jsApp?: string): {
  appDir: string;
  distDir: string;
  createStrapi: typeof import('@strapi/strapi').createStrapi;
} {
  // A JavaScript app of this repository (the parity twin): no compile step, this repo's Strapi.
  if (jsApp) return { appDir: jsApp, distDir: jsApp, createStrapi: require('@strapi/strapi').createStrapi };
  const appDir = process.env.OPERATION_REPORTS_TEST_APP;
  if (!appDir)
    return { appDir: PLAYGROUND, distDir: PLAYGROUND_DIST, createStrapi: require('@strapi/strapi').createStrapi };
  const appRequire = createRequire(path.join(appDir, 'package.json'));
  return { appDir, distDir: path.join(appDir, 'dist'), createStrapi: appRequire('@strapi/strapi').createStrapi };
}

export async function startStrapi(kind: DatabaseKind, label: string, options: StartOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await provisionDatabase(kind, label));
  for (const key of ENV_KEYS) delete process.env[key];
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
    PLAYGROUND_SEED: options.seed ? 'true' : 'false',
    // Off unless a test asks: it rewrites one spec file under playground/src at every boot.
    PLAYGROUND_DOCUMENTATION: 'false',
    ...(options.pluginConfig !== undefined ? { OPERATION_REPORTS_CONFIG: JSON.stringify(options.pluginConfig) } : {}),
    ...database.env,
    ...options.env,
  });

  let strapi: Core.Strapi;
  try {
    const { appDir, distDir, createStrapi } = appToBoot(options.appDir);
    const created = createStrapi({
      appDir,
      distDir,
      autoReload: false,
      serveAdminPanel: false,
    });
    options.beforeLoad?.(created);
    strapi = await created.load();
    // Strapi allows five /admin/login per five minutes per email and IP, counted across every
    // Strapi of the process; the suites log in as many admins as they need, so it is off here.
    strapi.config.set('admin.rateLimit', { ...(strapi.config.get('admin.rateLimit') ?? {}), enabled: false });
  } catch (error) {
    if (!options.database) await database.drop();
    throw error;
  }
  strapi.server.mount();
  return {
    strapi,
    database,
    http: () => supertest.agent(strapi.server.httpServer),
    async stop({ drop = true } = {}) {
      await strapi.destroy();
      if (drop) await database.drop();
    },
  };
}

/**
 * Runs `suite` once per database named in TEST_DATABASES, each with its own
 * freshly booted Strapi on its own database, dropped afterwards.
 */
export function describeEachDatabase(
  title: string,
  suite: (ctx: () => TestApp, kind: DatabaseKind) => void,
  options: StartOptions = {}
): void {
  for (const kind of requestedDatabases()) {
    describe(`${title} [${kind}]`, () => {
      let app: TestApp | undefined;
      beforeAll(async () => {
        app = await startStrapi(kind, title, options);
      });
      afterAll(async () => {
        await app?.stop();
      });
      suite(() => {
        if (!app) throw new Error('Strapi did not start');
        return app;
      }, kind);
    });
  }
}

/** A full-access API token: a request "with a token". */
export async function createApiToken(strapi: Core.Strapi, type: 'full-access' | 'read-only' = 'full-access') {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${type}-${Math.random().toString(36).slice(2)}`,
    type,
    lifespan: null,
    description: '',
  });
  return token.accessKey as string;
}

export const TEST_ADMIN = { email: 'editor@example.com', password: 'TestAdmin1!' };

/** Creates a super admin and logs in through /admin/login, as the admin panel does. */
export async function adminToken(app: TestApp): Promise<string> {
  const { strapi } = app;
  if (!(await strapi.db.query('admin::user').findOne({ where: { email: TEST_ADMIN.email } }))) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      ...TEST_ADMIN,
      firstname: 'Test',
      lastname: 'Editor',
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
  }
  const response = await app.http().post('/admin/login').send(TEST_ADMIN);
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${response.text}`);
  return (response.body.data.accessToken ?? response.body.data.token) as string;
}

/** Rows of the reports table (every version and locale): proves a refused write wrote nothing. */
export async function countReportRows(strapi: Core.Strapi): Promise<number> {
  return Number(await strapi.db.query(REPORT_UID).count({}));
}

export function minimalReport(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Operation Test',
    startDate: '2025-11-10',
    endDate: '2025-11-21',
    ...overrides,
  };
}

import { execFileSync, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { ROOT } from '../helpers/paths';
import { copyPlayground, PACKAGE, packPlugin, playgroundDependencies, type PackResult } from '../helpers/installed-app';
import { provisionDatabase, requestedDatabases, type ProvisionedDatabase } from '../helpers/databases';

/**
 * What a site owner gets from npm: pack the plugin, install the tarball
 * (offline) into a throw-away copy of the playground whose config names the
 * plugin the way the README tells site owners to — no `resolve`, so Strapi
 * finds it among the app's dependencies — then compile and boot that app.
 */

const ALLOWED_IN_TARBALL = [/^dist\//, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^package\.json$/];

interface PluginInfo {
  loaded: boolean;
  pathToPlugin: string | null;
  packageName: string | null;
  contentTypes: string[];
  loadedServerFiles: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `npm install <tarball>` without the network: unpack it, and link everything else from this repository's node_modules. */
function installOffline(tarball: string, appDir: string, workDir: string) {
  const modules = path.join(appDir, 'node_modules');
  fs.mkdirSync(modules);
  const unpacked = path.join(workDir, 'unpacked');
  fs.mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  fs.renameSync(path.join(unpacked, 'package'), path.join(modules, PACKAGE));

  const repoModules = fs.realpathSync(path.join(ROOT, 'node_modules'));
  for (const entry of fs.readdirSync(repoModules)) {
    if (entry === PACKAGE) continue;
    fs.symlinkSync(path.join(repoModules, entry), path.join(modules, entry));
  }
}

describe('installed from the npm tarball', () => {
  let workDir: string;
  let appDir: string;
  let pack: PackResult;

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opr-install-'));
    appDir = path.join(workDir, 'app');
    fs.mkdirSync(appDir);

    pack = packPlugin(workDir);

    copyPlayground(appDir, {
      name: 'operation-reports-install-test',
      dependencies: playgroundDependencies(),
      // The README's config block: the plugin is found among the installed packages.
      pluginsConfig: `export default ({ env }) => ({
  'operation-reports': { enabled: true, config: { publicRead: true } },
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'install-test-jwt-secret') } },
});
`,
    });
    installOffline(path.join(workDir, pack.filename), appDir, workDir);
  }, 170_000);

  afterAll(() => {
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('the tarball holds only dist, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const files = pack.files.map((file) => file.path);
    expect(files.filter((file) => !ALLOWED_IN_TARBALL.some((allowed) => allowed.test(file)))).toEqual([]);
    for (const required of [
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
      'dist/server/index.js',
      'dist/admin/index.js',
      'dist/client/index.js',
    ]) {
      expect(files).toContain(required);
    }
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
  });

  for (const kind of requestedDatabases()) {
    describe(`booted on ${kind}`, () => {
      let database: ProvisionedDatabase;
      let child: ChildProcess | undefined;
      let url: string;
      let token: string;
      let plugin: PluginInfo;

      beforeAll(async () => {
        database = await provisionDatabase(kind, 'install');
        const port = await freePort();
        url = `http://127.0.0.1:${port}`;
        child = spawn(
          process.execPath,
          ['--preserve-symlinks', path.join(ROOT, 'tests', 'helpers', 'installed-app-child.js'), appDir],
          {
            cwd: appDir,
            env: {
              ...process.env,
              NODE_ENV: 'test',
              HOST: '127.0.0.1',
              PORT: String(port),
              LOG_LEVEL: 'error',
              PLAYGROUND_SEED: 'false',
              ...database.env,
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          }
        );
        let stderr = '';
        child.stderr!.on('data', (chunk) => (stderr += chunk));
        await new Promise<void>((resolve, reject) => {
          let out = '';
          child!.stdout!.on('data', (chunk) => {
            out += chunk;
            const info = /^PLUGIN (.+)$/m.exec(out);
            const key = /^TOKEN (\S+)$/m.exec(out);
            if (info) plugin = JSON.parse(info[1]);
            if (key) token = key[1];
            if (/^READY$/m.test(out)) resolve();
          });
          child!.once('exit', (code) =>
            reject(new Error(`the installed app exited with ${code}: ${stderr.slice(-3000)}`))
          );
        });
      }, 170_000);

      afterAll(async () => {
        if (child && child.exitCode === null) {
          await new Promise<void>((resolve) => {
            child!.once('exit', () => resolve());
            child!.kill('SIGTERM');
            setTimeout(() => child!.kill('SIGKILL'), 15_000).unref();
          });
        }
        await database?.drop();
      });

      it('Strapi discovers the installed package and loads its build, not this repository', () => {
        const installed = path.join(appDir, 'node_modules', PACKAGE);
        expect(plugin.loaded).toBe(true);
        expect(plugin.packageName).toBe(PACKAGE);
        expect(plugin.pathToPlugin).toBe(installed);
        expect(plugin.loadedServerFiles).toEqual([path.join(installed, 'dist', 'server', 'index.js')]);
        expect(plugin.contentTypes.sort()).toEqual([
          'plugin::operation-reports.crime-area',
          'plugin::operation-reports.operation-report',
        ]);
      });

      it('a report is created and read back through REST, and stats answer', async () => {
        const created = await fetch(`${url}/api/operation-reports`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({
            data: {
              title: 'Operation Liberterra III',
              startDate: '2025-11-10',
              endDate: '2025-11-21',
              arrests: 3744,
              officers: 14000,
              officersQualifier: 'approximately',
            },
          }),
        });
        expect(created.status).toBe(201);
        const { data } = (await created.json()) as { data: { documentId: string; slug: string; durationDays: number } };
        expect(data).toMatchObject({ slug: 'operation-liberterra-iii', durationDays: 12 });

        const read = await fetch(`${url}/api/operation-reports/${data.documentId}`);
        expect(read.status).toBe(200);
        expect(((await read.json()) as { data: unknown }).data).toMatchObject({
          title: 'Operation Liberterra III',
          arrests: 3744,
          officers: 14000,
          officersQualifier: 'approximately',
        });

        const stats = await fetch(`${url}/api/operation-reports/stats`);
        expect(stats.status).toBe(200);
        expect(await stats.json()).toMatchObject({
          data: {
            count: 1,
            totals: {
              arrests: { value: 3744, qualifier: 'exact', reported: 1, min: 3744, max: 3744, avg: 3744 },
              officers: { value: 14000, qualifier: 'approximately', reported: 1 },
            },
          },
          meta: { status: 'published' },
        });
      });
    });
  }
});

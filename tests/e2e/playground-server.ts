import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ARTIFACTS, PLAYGROUND, ROOT } from '../helpers/paths';

export const E2E_PORT = Number(process.env.E2E_PORT || 1338);
export const E2E_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN = { email: 'e2e@example.com', password: 'E2eAdmin1!' };
const STATE = path.join(ARTIFACTS, 'e2e-server.json');

const strapiBin = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/**
 * Builds the playground's admin for production and starts `strapi start` on a
 * fresh SQLite database with the Liberterra III seed: the admin an editor uses.
 */
export async function startPlayground(): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const database = path.join(ARTIFACTS, 'e2e.db');
  fs.rmSync(database, { force: true });
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(E2E_PORT),
    HOST: '127.0.0.1',
    DATABASE_FILENAME: database,
    PLAYGROUND_ADMIN_EMAIL: E2E_ADMIN.email,
    PLAYGROUND_ADMIN_PASSWORD: E2E_ADMIN.password,
    LOG_LEVEL: 'warn',
    BROWSER: 'none',
  };
  const build = spawnSync(process.execPath, [strapiBin, 'build'], { cwd: PLAYGROUND, env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('strapi build of the playground failed');

  const server: ChildProcess = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: PLAYGROUND,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  fs.writeFileSync(STATE, JSON.stringify({ pid: server.pid }));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${E2E_URL}/_health`);
      if (response.status === 204 || response.ok) return;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`strapi start exited with ${server.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the playground did not start within 120 s');
}

export function stopPlayground(): void {
  if (!fs.existsSync(STATE)) return;
  const { pid } = JSON.parse(fs.readFileSync(STATE, 'utf8')) as { pid: number };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  fs.rmSync(STATE, { force: true });
}

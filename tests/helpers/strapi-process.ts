import { spawn, type ChildProcess } from 'child_process';
import net from 'net';
import path from 'path';
import type { ProvisionedDatabase } from './databases';

export interface StrapiProcess {
  url: string;
  token?: string;
  process: ChildProcess;
  stop(): Promise<void>;
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

/**
 * Starts the compiled playground in a process of its own on `database`; resolves once it listens. The port is found
 * free before the child binds it, so another process may take it meanwhile: a start that fails on a port in use is
 * tried again on another one.
 */
export async function startStrapiProcess(
  database: ProvisionedDatabase,
  options: { createToken?: boolean; env?: Record<string, string> } = {}
): Promise<StrapiProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(database, options);
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test(String(error))) throw error;
    }
  }
}

async function startOnce(
  database: ProvisionedDatabase,
  options: { createToken?: boolean; env?: Record<string, string> }
): Promise<StrapiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, 'strapi-child.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'error',
      PLAYGROUND_SEED: 'false',
      PLAYGROUND_DOCUMENTATION: 'false',
      CREATE_API_TOKEN: options.createToken ? '1' : '0',
      ...database.env,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const token = await new Promise<string | undefined>((resolve, reject) => {
    let out = '';
    let found: string | undefined;
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const tokenLine = /^TOKEN (\S+)$/m.exec(out);
      if (tokenLine) found = tokenLine[1];
      if (/^READY$/m.test(out)) resolve(found);
    });
    // ('close', not 'exit': the child's stderr is read to its end before the error tells it)
    child.once('close', (code) => reject(new Error(`Strapi process exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      });
    },
  };
}

import { spawn } from 'child_process';
import path from 'path';
import { ROOT } from '../helpers/paths';

/**
 * `npm run load` in miniature: the script boots the compiled playground in
 * production mode, seeds reports and drives the request mix with autocannon.
 * Asserts only that nothing failed — no timing: this machine's speed is not
 * the plugin's.
 */
describe('npm run load, smoke', () => {
  it('a few seconds of the request mix: zero errors, zero timeouts, zero non-2xx', async () => {
    const { code, out, err } = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'tests', 'load', 'run.js')], {
        cwd: ROOT,
        env: {
          ...process.env,
          LOAD_DURATION: '3',
          LOAD_CONNECTIONS: '4',
          LOAD_REPORTS: '40',
          // The api project's global setup has compiled the playground; recompiling
          // would rewrite playground/dist under the other suites.
          LOAD_COMPILE: '0',
          // The latency limit is `npm run load`'s, not a test's (no timing assertions in tests).
          LOAD_MAX_LATENCY_MS: String(Number.MAX_SAFE_INTEGER),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.once('exit', (exitCode) => resolve({ code: exitCode, out: stdout, err: stderr }));
    });

    const line = /^load: (\{.*\})$/m.exec(out);
    if (code !== 0 || !line) throw new Error(`npm run load failed (${code}):\n${out}\n${err}`);
    const summary = JSON.parse(line[1]);
    expect(summary.reports).toBe(40);
    expect(summary.requests).toBeGreaterThan(0);
    expect(summary).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 });
    for (const [kind, counts] of Object.entries(summary.byKind as Record<string, { sent: number; non2xx: number }>)) {
      expect({ kind, non2xx: counts.non2xx }).toEqual({ kind, non2xx: 0 });
      expect(counts.sent).toBeGreaterThan(0);
    }
    expect(summary.rssMb.before).toBeGreaterThan(0);
    expect(summary.rssMb.after).toBeGreaterThan(0);
  });
});

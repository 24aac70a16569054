import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ROOT } from '../helpers/paths';

/** The built frontend entry, loaded as a site's frontend would: by package name, in plain Node. */
describe('strapi-plugin-operation-reports/client', () => {
  const run = (code: string) => execFileSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });

  it('exports formatStat and the stat list, and loads no server or admin code', () => {
    const out = run(`
      const client = require('strapi-plugin-operation-reports/client');
      const loaded = Object.keys(require.cache).filter((file) => !file.includes('dist/client'));
      console.log(JSON.stringify({
        approx: client.formatStat(14000, 'approximately', 'en'),
        atLeast: client.formatStat(720, 'atLeast', 'en', { style: 'long' }),
        stats: client.STATS.map((s) => s.name),
        qualifiers: client.STAT_QUALIFIERS,
        loaded,
      }));
    `);
    expect(JSON.parse(out)).toEqual({
      approx: '~14,000',
      atLeast: 'at least 720',
      stats: ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'],
      qualifiers: ['exact', 'approximately', 'atLeast', 'moreThan', 'upTo'],
      loaded: [],
    });
  });

  it('type-checks a frontend using OperationReport, OperationReportStats and StatQualifier', () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tests', 'types', 'tsconfig.json')], {
        cwd: ROOT,
        encoding: 'utf8',
      })
    ).not.toThrow();
  });

  it('ships the response types', () => {
    const types = fs.readFileSync(path.join(ROOT, 'dist/client/types.d.ts'), 'utf8');
    for (const name of ['OperationReport', 'OperationReportStats', 'StatTotal']) {
      expect(types).toContain(`${name}`);
    }
    const index = fs.readFileSync(path.join(ROOT, 'dist/client/index.d.ts'), 'utf8');
    expect(index).toMatch(/types/);
    expect(fs.readFileSync(path.join(ROOT, 'dist/client/stats.d.ts'), 'utf8')).toContain('StatQualifier');
  });
});

import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { ROOT } from '../helpers/paths';

/*
 * The admin's weight, measured on the built files (dist/admin, ESM: what the
 * host's admin bundler reads). The eager chunk is the entry and everything it
 * imports statically: every admin page pays for it. The Operations page must
 * be a chunk of its own, imported only dynamically, so only its visitors pay.
 * Sizes are gzip at zlib's default level, as a web server sends them.
 */

const ADMIN = path.join(ROOT, 'dist', 'admin');
const EAGER_LIMIT = 15 * 1024;
const PAGE_LIMIT = 60 * 1024;

const read = (file: string) => fs.readFileSync(path.join(ADMIN, file), 'utf8');
const gzipped = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(ADMIN, file))).length, 0);

/** `import … from "./x.mjs"`, `export … from "./x.mjs"` and `import "./x.mjs"`: the chunks a chunk needs before it runs. */
const staticImports = (code: string) =>
  [...code.matchAll(/(?:\bfrom|^import)\s*"(\.\/[\w.-]+\.mjs)"/gm)].map((match) => match[1].slice(2));
/** `import("./x.mjs")`: the chunks a chunk loads on demand. */
const dynamicImports = (code: string) =>
  [...code.matchAll(/\bimport\("(\.\/[\w.-]+\.mjs)"\)/g)].map((match) => match[1].slice(2));
/** Bare module names a chunk imports: the host's admin provides them, so they do not count here. */
const packagesOf = (code: string) =>
  new Set(
    [...code.matchAll(/^(?:import|export)\s[^"\n]*from\s*"([^".][^"]*)"/gm)].map((match) =>
      match[1]
        .split('/')
        .slice(0, match[1].startsWith('@') ? 2 : 1)
        .join('/')
    )
  );

/** A chunk and every chunk it imports statically, transitively. */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const next of staticImports(read(entry))) closure(next, seen);
  return seen;
}

describe('admin bundle', () => {
  const built = fs.existsSync(path.join(ADMIN, 'index.mjs'));
  if (!built) throw new Error('dist/admin is missing: run "npm run build" first');

  const eager = closure('index.mjs');
  const lazy = [...eager].flatMap((file) => dynamicImports(read(file)));
  const pageChunk = lazy.find((file) => /^Operations-[\w-]+\.mjs$/.test(file));

  it('keeps the Operations page in its own chunk, loaded on demand only', () => {
    expect(pageChunk).toBeDefined();
    expect(eager.has(pageChunk!)).toBe(false);
    // Nothing of the page (its chart, table or CSV code) is in the eager chunk.
    for (const file of eager) expect(read(file)).not.toContain('operations-chart-');
  });

  it(`keeps the page's chunk at or under ${PAGE_LIMIT / 1024} KB gzip, with no chart library from outside`, () => {
    const page = [...closure(pageChunk!)].filter((file) => !eager.has(file));
    const size = gzipped(page);
    console.log(`Operations page chunk: ${(size / 1024).toFixed(1)} KB gzip (${page.join(', ')})`);
    expect(size).toBeLessThanOrEqual(PAGE_LIMIT);
    // An external chart library would escape the measure above: the page may use only what every Strapi admin has.
    const packages = [...packagesOf(read(pageChunk!))].sort();
    for (const name of packages) {
      expect([
        '@strapi/design-system',
        '@strapi/icons',
        '@strapi/strapi',
        'react',
        'react-intl',
        'react-router-dom',
        'styled-components',
      ]).toContain(name);
    }
  });

  it(`keeps the eager admin chunk at or under ${EAGER_LIMIT / 1024} KB gzip`, () => {
    const size = gzipped(eager);
    console.log(`Eager admin chunk: ${(size / 1024).toFixed(1)} KB gzip (${[...eager].join(', ')})`);
    expect(size).toBeLessThanOrEqual(EAGER_LIMIT);
  });
});

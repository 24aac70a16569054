import fs from 'fs';
import path from 'path';
import { ROOT } from '../helpers/paths';

/*
 * The folder tour of CONTRIBUTING.md, held against the code: every relative
 * import of a source file goes to its own layer or a lower one, and no source
 * file is over 300 lines. A new folder must be given a layer here (and a line
 * in the tour) before anything in it is accepted.
 */

const SERVER_LAYERS: Record<string, number> = {
  shared: 1,
  'content-types': 2,
  'server/src/rules': 3,
  'server/src/model': 4,
  'server/src/content-types': 4,
  'server/src/slugs': 5,
  'server/src/query': 6,
  'server/src/documents': 7,
  'server/src/stats': 8,
  'server/src/extract': 8,
  'server/src/permissions': 8,
  'server/src/transfer': 8,
  'server/src/upgrade': 8,
  'server/src/content-manager': 8,
  'server/src/compare': 8,
  'server/src/jsonld': 8,
  'server/src/cache': 8,
  'server/src/controllers': 9,
  'server/src/services': 9,
  'server/src/routes': 9,
  'server/src/graphql': 9,
  'server/src/openapi': 9,
  'server/src/config': 9,
  'server/src/register': 9,
  'server/src/bootstrap': 9,
  'server/src/index': 10,
};

const ADMIN_LAYERS: Record<string, number> = {
  shared: 1,
  'admin/src/utils': 2,
  'admin/src/translations': 2,
  'admin/src/hooks': 3,
  'admin/src/components': 4,
  'admin/src/pages': 5,
  'admin/src/index': 6,
};

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** The layer of a file: the longest folder (or file) of the map that holds it. */
function layerOf(fileOrImport: string, layers: Record<string, number>): number | undefined {
  const file = fileOrImport.replace(/\.(tsx?|json)$/, '');
  const owner = Object.keys(layers)
    .filter((place) => file === place || file.startsWith(`${place}/`))
    .sort((a, b) => b.length - a.length)[0];
  return owner === undefined ? undefined : layers[owner];
}

/** The files a source file imports by relative path, as paths from the repository root. */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const targets = [...text.matchAll(/from '(\.{1,2}\/[^']*)'/g)].map((match) => match[1]);
  return targets.map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), target)));
}

const SERVER_FILES = [...sourceFiles('server/src'), ...sourceFiles('shared'), ...sourceFiles('content-types')];
const ADMIN_FILES = [...sourceFiles('admin/src'), ...sourceFiles('shared')];

describe.each([
  ['server', SERVER_FILES, SERVER_LAYERS],
  ['admin', ADMIN_FILES, ADMIN_LAYERS],
])('%s layers', (_side, files, layers) => {
  it('gives every source file a layer', () => {
    expect(files.filter((file) => layerOf(file, layers) === undefined)).toEqual([]);
  });

  it('imports only from the same layer or a lower one', () => {
    const upward = files.flatMap((file) =>
      relativeImports(file)
        .map((target) => ({ target, layer: layerOf(target, layers) }))
        .filter(({ layer }) => layer === undefined || layer > layerOf(file, layers)!)
        .map(({ target, layer }) => `${file} (layer ${layerOf(file, layers)}) → ${target} (layer ${layer ?? 'none'})`)
    );
    expect(upward).toEqual([]);
  });
});

it('keeps every source file in server/src and admin/src at 300 lines or fewer', () => {
  const long = [...sourceFiles('server/src'), ...sourceFiles('admin/src')]
    .map((file) => ({ file, lines: fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > 300);
  expect(long).toEqual([]);
});

it('finds the imports it checks (the walk is not empty)', () => {
  expect(
    relativeImports('server/src/documents/write-rules.ts').some((target) => target.startsWith('server/src/rules'))
  ).toBe(true);
  expect(SERVER_FILES.length).toBeGreaterThan(50);
  expect(ADMIN_FILES.length).toBeGreaterThan(20);
});

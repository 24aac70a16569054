import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PLAYGROUND = path.join(ROOT, 'playground');
export const PLAYGROUND_DIST = path.join(PLAYGROUND, 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests', '.artifacts');
export const PLUGIN_SERVER_BUILD = path.join(ROOT, 'dist', 'server', 'index.js');

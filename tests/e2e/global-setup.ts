import fs from 'fs';
import { PLUGIN_SERVER_BUILD } from '../helpers/paths';
import { startPlayground } from './playground-server';

export default async function globalSetup() {
  if (!fs.existsSync(PLUGIN_SERVER_BUILD)) throw new Error('The plugin is not built: run "npm run build" first.');
  if (!fs.existsSync('/usr/bin/chromium')) {
    throw new Error('Chromium is missing: apt-get install -y chromium (see README, "Running the tests").');
  }
  await startPlayground();
}

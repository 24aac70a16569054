import fs from 'fs';
import { PLUGIN_SERVER_BUILD } from '../helpers/paths';
import { startPlayground } from './playground-server';
import { CHROMIUM } from './browser';

export default async function globalSetup() {
  if (!fs.existsSync(PLUGIN_SERVER_BUILD)) throw new Error('The plugin is not built: run "npm run build" first.');
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH (see README, "Running the tests").`
    );
  }
  await startPlayground();
}

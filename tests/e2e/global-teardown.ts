import { stopPlayground } from './playground-server';

export default async function globalTeardown() {
  stopPlayground();
}

import { Readable } from 'node:stream';
import type { ExportFile } from './report-shape';
import { yieldToEventLoop } from './paced-commit-events';

/** Reports serialised between two yields to the event loop. */
const REPORTS_PER_CHUNK = 50;

/**
 * The export file as a stream of the exact bytes `JSON.stringify(file)` would
 * give (what Koa sends for an object body), serialised a page of reports at a
 * time: a large export does not hold the event loop while it is written out.
 */
export function exportFileStream(file: ExportFile): Readable {
  async function* chunks() {
    // `reports` is the file's last key: everything before its first element.
    const head = JSON.stringify({ ...file, reports: [] });
    yield head.slice(0, -2);
    for (let start = 0; start < file.reports.length; start += REPORTS_PER_CHUNK) {
      if (start > 0) await yieldToEventLoop();
      const page = file.reports.slice(start, start + REPORTS_PER_CHUNK).map((report) => JSON.stringify(report));
      yield (start > 0 ? ',' : '') + page.join(',');
    }
    yield ']}';
  }
  return Readable.from(chunks(), { objectMode: false });
}

import { randomBytes } from 'crypto';
import type { Knex } from 'knex';
import { pluginTableModel } from './plugin-table';

/**
 * The version of the plugin's content, kept in the database so that every
 * instance on it agrees. Every write to reports or crime areas replaces it in
 * the write's own transaction: a reader that sees the new version also sees
 * the new content, and a rolled-back write leaves the old version standing.
 * The HTTP cache (server/src/cache) makes the Public role's ETags from it.
 *
 * The version is a random token, not a counter: a database restored from a
 * backup, or a write that rolled back after taking the same number, can never
 * bring back a version an old answer was tagged with.
 */
export const CONTENT_VERSION_TABLE = 'operation_reports_content_version';
const CONTENT_VERSION_UID = 'plugin::operation-reports.content-version';

/** The one row's name (a unique column, so two instances booting at once cannot insert it twice). */
const ROW = 'content';

export const contentVersionModel = pluginTableModel(CONTENT_VERSION_UID, CONTENT_VERSION_TABLE, {
  columns: ['name', 'version'],
  uniqueColumns: ['name'],
});

type Runner = Knex | Knex.Transaction;

const newVersion = () => randomBytes(12).toString('base64url');

/** Adds the row if it is missing; two instances may race here, the unique index keeps one row. */
export async function ensureContentVersion(runner: Runner): Promise<void> {
  await runner(CONTENT_VERSION_TABLE).insert({ name: ROW, version: newVersion() }).onConflict('name').ignore();
}

/** The current version: one indexed read, never cached in the process (another instance may have written). */
export async function readContentVersion(runner: Runner): Promise<string> {
  const row = (await runner(CONTENT_VERSION_TABLE).where('name', ROW).first('version')) as
    | { version: string }
    | undefined;
  return row?.version ?? '';
}

/** Replaces the version; call it inside the transaction of the write it stands for. */
export async function bumpContentVersion(trx: Runner): Promise<void> {
  const changed = await trx(CONTENT_VERSION_TABLE).where('name', ROW).update({ version: newVersion() });
  if (!changed) await ensureContentVersion(trx);
}

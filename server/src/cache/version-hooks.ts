import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { bumpContentVersion } from '../model/content-version';

/** What a report's answers are made of: the reports, and the crime areas they name. */
const VERSIONED_MODELS = [REPORT_UID, CRIME_AREA_UID];

const WRITE_EVENTS = [
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
] as const;

type TransactionParams = { trx: object } & Record<string, unknown>;
type TransactionFn = (callback?: (params: TransactionParams) => Promise<unknown>) => Promise<unknown>;
type Db = { transaction: TransactionFn; inTransaction(): boolean };

/**
 * Bumps the content version on every write the query engine makes to the
 * versioned models: the Document Service (create, update, publish, unpublish,
 * discard, delete, a locale's deletion), the Content Manager, the plugin's
 * import, code calling strapi.db.query. Writes around the query engine (the
 * boot steps' set-based SQL in server/src/upgrade) bump it themselves.
 *
 * The bump is the LAST statement of the write's outermost transaction: a
 * lifecycle only marks the transaction, and `strapi.db.transaction` (wrapped
 * here) bumps once before it commits. So the version and the content commit
 * or roll back together; a transaction bumps once however many rows it
 * writes (an import of thousands of reports costs one UPDATE); and the lock
 * on the version row is taken after every other lock of the write and held
 * only until its commit, so it cannot close a deadlock between two writers,
 * nor make them wait on each other longer than that. A write in a
 * transaction opened some other way bumps at once, in that transaction; one
 * outside any transaction bumps in a transaction of its own.
 */
export function bumpVersionOnWrites(strapi: Core.Strapi): void {
  const db = strapi.db as unknown as Db;
  const original = db.transaction.bind(db) as TransactionFn;
  /** Outermost transactions opened through the wrapper: they bump at their end. */
  const bumpsAtEnd = new WeakSet<object>();
  const marked = new WeakSet<object>();

  const transaction: TransactionFn = (callback) => {
    if (!callback || db.inTransaction()) return original(callback);
    return original(async (params) => {
      bumpsAtEnd.add(params.trx);
      const result = await callback(params);
      if (marked.has(params.trx)) await bumpContentVersion(params.trx as never);
      return result;
    });
  };
  db.transaction = transaction;

  // `original` joins the write's transaction, or opens one of its own outside any.
  const onWrite = () =>
    original(async ({ trx }) => {
      if (bumpsAtEnd.has(trx)) marked.add(trx);
      else await bumpContentVersion(trx as never);
    });
  strapi.db.lifecycles.subscribe({
    models: VERSIONED_MODELS,
    ...Object.fromEntries(WRITE_EVENTS.map((event) => [event, onWrite])),
  });
}

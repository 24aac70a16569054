import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/*
 * Why this exists: every Document Service write queues its `entry.*` event
 * with `onCommit` (@strapi/core, document-service/events), and the event
 * reloads the entry with a deep populate before `strapi.eventHub.emit`
 * (webhooks, audit logs…). An import writes thousands of documents in one
 * transaction, so at its commit @strapi/database runs thousands of those
 * callbacks at once (`commitCallbacks.forEach(cb => cb())`): thousands of
 * deep-populated queries start together, and on SQLite (a synchronous driver)
 * they run as one long chain of microtasks that holds the event loop for
 * seconds after the import has answered.
 *
 * Inside a paced scope, the commit callbacks a transaction registers are kept
 * here instead, and run one after the other once the scope's own transaction
 * has committed, yielding to the event loop between them. Each event is still
 * emitted once, after the commit, with the same payload; a rolled-back scope
 * (a dry run, a refused import) emits nothing, as before.
 */

type CommitCallback = () => unknown;
type TransactionParams = { onCommit: (callback: CommitCallback) => void } & Record<string, unknown>;
type TransactionFn = (callback?: (params: TransactionParams) => unknown) => unknown;

const scope = new AsyncLocalStorage<CommitCallback[]>();
const PACED = Symbol.for('operation-reports.paced-commit-events');

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Wraps `strapi.db.transaction` once so that, inside a paced scope only, onCommit callbacks are kept. */
function install(strapi: Core.Strapi) {
  const db = strapi.db as unknown as { transaction: TransactionFn & { [PACED]?: true } };
  if (db.transaction[PACED]) return;
  const original = db.transaction.bind(db) as TransactionFn;
  const paced: TransactionFn & { [PACED]?: true } = (callback) => {
    if (!callback) return original();
    return original((params) => {
      const kept = scope.getStore();
      return callback(kept ? { ...params, onCommit: (cb: CommitCallback) => kept.push(cb) } : params);
    });
  };
  paced[PACED] = true;
  db.transaction = paced;
}

/**
 * Runs `work` (which commits or rolls back its own transaction) and returns
 * its result with the commit callbacks its writes registered. Call
 * `runPaced` with them once the transaction has committed.
 */
export async function keepCommitCallbacks<T>(
  strapi: Core.Strapi,
  work: () => Promise<T>
): Promise<{ result: T; callbacks: CommitCallback[] }> {
  install(strapi);
  const callbacks: CommitCallback[] = [];
  const result = await scope.run(callbacks, work);
  return { result, callbacks };
}

/**
 * Runs the callbacks one at a time, in order, after the answer has gone:
 * each waits for the previous, and the event loop serves other requests
 * between them. A failing callback is logged, as Strapi would leave it.
 */
export function runPaced(strapi: Core.Strapi, callbacks: CommitCallback[]): Promise<void> {
  if (callbacks.length === 0) return Promise.resolve();
  return (async () => {
    for (const callback of callbacks) {
      await yieldToEventLoop();
      try {
        await callback();
      } catch (error) {
        strapi.log.warn(`[operation-reports] an event after an import failed: ${(error as Error)?.message ?? error}`);
      }
    }
  })();
}

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

/**
 * Bumps the content version on every write the query engine makes to the
 * versioned models: the Document Service (create, update, publish, unpublish,
 * discard, delete, a locale's deletion), the Content Manager, the plugin's
 * import, code calling strapi.db.query. The lifecycle runs inside the write's
 * transaction (strapi.db.transaction joins the one the Document Service
 * opened), so the version and the content commit or roll back together. A
 * transaction bumps once, however many rows it writes: an import of thousands
 * of reports costs one UPDATE.
 *
 * Writes around the query engine (the boot steps' set-based SQL in
 * server/src/upgrade) bump the version themselves, in their own transactions.
 */
export function bumpVersionOnWrites(strapi: Core.Strapi): void {
  const bumped = new WeakSet<object>();
  const bump = () =>
    strapi.db.transaction(async ({ trx }) => {
      if (bumped.has(trx)) return;
      await bumpContentVersion(trx);
      bumped.add(trx);
    });
  strapi.db.lifecycles.subscribe({
    models: VERSIONED_MODELS,
    ...Object.fromEntries(WRITE_EVENTS.map((event) => [event, bump])),
  });
}

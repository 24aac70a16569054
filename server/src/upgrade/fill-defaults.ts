import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../uids';
import { COMPONENT_CATEGORY, componentSchemas } from '../content-types';

/** The plugin's own models: what an upgrade of its schema can add columns to. */
export const OWN_MODELS = [
  REPORT_UID,
  CRIME_AREA_UID,
  ...Object.keys(componentSchemas).map((name) => `${COMPONENT_CATEGORY}.${name}`),
];

type Attribute = { type?: string; default?: unknown; columnName?: string };

/**
 * When a new version of the plugin adds a field with a default (figuresStatus,
 * a qualifier), Strapi adds the column but leaves it NULL in the rows already
 * there. This writes the default into those rows, as Strapi would have on
 * create: one UPDATE per table, touching only NULL cells and no timestamps.
 * Returns how many rows each table had filled.
 */
export async function fillNewDefaults(strapi: Core.Strapi): Promise<Record<string, number>> {
  const filled: Record<string, number> = {};
  for (const uid of OWN_MODELS) {
    const meta = strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, Attribute> };
    if (!meta) continue;
    const defaults = Object.values(meta.attributes).filter(
      (a) => a.columnName && a.default !== undefined && a.default !== null && typeof a.default !== 'function'
    );
    if (defaults.length === 0) continue;
    const knex = strapi.db.connection;
    const changes = Object.fromEntries(
      defaults.map((a) => [a.columnName!, knex.raw('COALESCE(??, ?)', [a.columnName!, a.default as string])])
    );
    const count = await knex(meta.tableName)
      .where((query) => {
        for (const a of defaults) query.orWhereNull(a.columnName!);
      })
      .update(changes);
    if (count > 0) filled[meta.tableName] = Number(count);
  }
  return filled;
}

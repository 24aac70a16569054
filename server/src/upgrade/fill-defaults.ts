import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { COMPONENT_CATEGORY, componentSchemas } from '../content-types';
import { bumpContentVersion } from '../model/content-version';

/** The plugin's own models: what an upgrade of its schema can add columns to. */
const OWN_MODELS = [
  REPORT_UID,
  CRIME_AREA_UID,
  ...Object.keys(componentSchemas).map((name) => `${COMPONENT_CATEGORY}.${name}`),
];

type Attribute = { type?: string; default?: unknown; columnName?: string };

/** A column computed from others of its row (durationDays), to fill where it is NULL and `when` holds. */
export interface ComputedFill {
  uid: string;
  /** The attribute's name, for the log. */
  name: string;
  column: string;
  value: Knex.Raw;
  when: Knex.Raw;
}

export interface FilledRows {
  /** Table → rows that had a new field without its default. */
  defaults: Record<string, number>;
  /** Attribute → rows it was computed in. */
  computed: Record<string, number>;
}

/**
 * When a new version of the plugin adds a field with a default (figuresStatus,
 * a qualifier), Strapi adds the column but leaves it NULL in the rows already
 * there; rows written around the plugin may also lack a computed column. This
 * fills both as Strapi and the write path would have on create: one counting
 * read and one UPDATE per table (each row rewritten at most once, which on
 * PostgreSQL is most of the cost), touching only NULL cells and no timestamps.
 */
export async function fillNewDefaults(strapi: Core.Strapi, computed: ComputedFill[] = []): Promise<FilledRows> {
  const result: FilledRows = { defaults: {}, computed: {} };
  const knex = strapi.db.connection;
  for (const uid of OWN_MODELS) {
    const meta = strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, Attribute> };
    if (!meta) continue;
    const defaults = Object.values(meta.attributes).filter(
      (a) => a.columnName && a.default !== undefined && a.default !== null && typeof a.default !== 'function'
    );
    const fills = computed.filter((fill) => fill.uid === uid);
    if (defaults.length === 0 && fills.length === 0) continue;

    const lacksDefault = knex.raw(
      defaults.map(() => '?? IS NULL').join(' OR ') || '1 = 0',
      defaults.map((a) => a.columnName!)
    );
    const lacks = fills.map((fill) => knex.raw('?? IS NULL AND (?)', [fill.column, fill.when]));
    const where = (query: Knex.QueryBuilder) => {
      query.whereRaw('?', [lacksDefault]);
      for (const lack of lacks) query.orWhereRaw('?', [lack]);
    };
    const counts = await knex(meta.tableName)
      .where(where)
      .select({
        defaults: knex.raw('SUM(CASE WHEN ? THEN 1 ELSE 0 END)', [lacksDefault]),
        ...Object.fromEntries(
          fills.map((fill, i) => [fill.column, knex.raw('SUM(CASE WHEN ? THEN 1 ELSE 0 END)', [lacks[i]])])
        ),
      })
      .first();
    // PostgreSQL answers SUM as a string, and NULL over no rows.
    if (!counts || Object.values(counts).every((n) => !Number(n))) continue;

    const changes = {
      ...Object.fromEntries(
        defaults.map((a) => [a.columnName!, knex.raw('COALESCE(??, ?)', [a.columnName!, a.default as string])])
      ),
      ...Object.fromEntries(
        fills.map((fill, i) => [
          fill.column,
          knex.raw('CASE WHEN ? THEN ? ELSE ?? END', [lacks[i], fill.value, fill.column]),
        ])
      ),
    };
    // With the content version (the ETags'), in one transaction: no instance serves the new values under an old tag.
    await knex.transaction(async (trx) => {
      await trx(meta.tableName).where(where).update(changes);
      await bumpContentVersion(trx);
    });
    if (Number(counts.defaults) > 0) result.defaults[meta.tableName] = Number(counts.defaults);
    for (const fill of fills) {
      if (Number(counts[fill.column]) > 0) result.computed[fill.name] = Number(counts[fill.column]);
    }
  }
  return result;
}

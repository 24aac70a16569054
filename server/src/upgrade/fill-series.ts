import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/constants';
import { seriesFromCodename } from '../rules/series';
import { databaseClientOf, inListChunks } from './batched-update';

/**
 * Reports written before the `series` field existed (or around the plugin)
 * have a codename and no series. Boot derives it as the write path would
 * (rules/series.ts), set-based: one read of the distinct codenames still
 * without a series, then one UPDATE per distinct series (more only when its
 * codenames exceed a database's IN-list limit), touching only NULL series and
 * no timestamps. Each row takes the series of its own codename: codename is
 * localized, so in the rare document whose locales' codenames name different
 * series, each locale keeps its own until an editor sets one.
 * Returns how many rows got a series.
 */
export async function fillMissingSeries(strapi: Core.Strapi): Promise<number> {
  const meta = strapi.db.metadata.get(REPORT_UID) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string }>;
  };
  const seriesColumn = meta.attributes.series?.columnName;
  const codenameColumn = meta.attributes.codename?.columnName;
  if (!seriesColumn || !codenameColumn) return 0;
  const knex = strapi.db.connection;
  const lacking = (query: ReturnType<typeof knex>) =>
    query.whereNull(seriesColumn).whereNotNull(codenameColumn).whereNot(codenameColumn, '');

  const codenames = (await lacking(knex(meta.tableName)).distinct(codenameColumn)) as Record<string, unknown>[];
  const bySeries = new Map<string, string[]>();
  for (const row of codenames) {
    const codename = row[codenameColumn];
    const series = seriesFromCodename(codename);
    if (series === null) continue;
    bySeries.set(series, [...(bySeries.get(series) ?? []), codename as string]);
  }

  const client = databaseClientOf(strapi.db.dialect.client);
  let filled = 0;
  for (const series of [...bySeries.keys()].sort()) {
    for (const chunk of inListChunks(client, bySeries.get(series)!)) {
      const changed = await lacking(knex(meta.tableName))
        .whereIn(codenameColumn, chunk)
        .update({ [seriesColumn]: series });
      filled += Number(changed) || 0;
    }
  }
  return filled;
}

import type { Core } from '@strapi/strapi';

type Row = Record<string, unknown>;

interface Meta {
  uid: string;
  tableName: string;
  attributes: Record<string, { joinTable?: { name: string } }>;
}

/** Every table the plugin owns: its content types, components, their link/join tables and the slug registry. */
export function pluginTables(strapi: Core.Strapi): string[] {
  const tables = new Set<string>(['operation_reports_slug_registry']);
  for (const [uid, meta] of strapi.db.metadata as unknown as Map<string, Meta>) {
    if (!uid.startsWith('plugin::operation-reports.') && !uid.startsWith('operation-reports.')) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) {
      if (attribute.joinTable?.name) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
}

const key = (row: Row) =>
  JSON.stringify(
    Object.keys(row)
      .sort()
      .map((column) => [column, row[column]])
  );

/**
 * The rows of every table the plugin owns, each table's rows in a deterministic
 * order: compare a dump taken before a hostile request with one taken after.
 */
export async function dumpTables(strapi: Core.Strapi): Promise<Record<string, Row[]>> {
  const knex = strapi.db.connection;
  const dump: Record<string, Row[]> = {};
  for (const table of pluginTables(strapi)) {
    const rows = JSON.parse(JSON.stringify(await knex(table).select('*'))) as Row[];
    dump[table] = rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return dump;
}

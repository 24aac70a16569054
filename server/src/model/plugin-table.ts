/**
 * The plugin's own small tables (the content version, the slug registry) are
 * registered as internal models, not content types: no Content Manager, no
 * Document Service, only knex. They share one shape: an id and string columns,
 * with a unique index named `<table>_uq`.
 *
 * These are live tables on users' databases: Strapi alters them on boot to
 * match this description, so a table, column or index name must never change.
 */
export interface PluginTableIndex {
  name: string;
  columns: string[];
  type?: 'unique';
}

export interface PluginTableModel {
  uid: string;
  singularName: string;
  tableName: string;
  attributes: Record<string, { type: 'increments' | 'string' }>;
  indexes: PluginTableIndex[];
}

/** An internal model: `tableName` with an id, string `columns`, and a unique index on `uniqueColumns`. */
export function pluginTableModel(
  uid: string,
  tableName: string,
  { columns, uniqueColumns, indexes = [] }: { columns: string[]; uniqueColumns: string[]; indexes?: PluginTableIndex[] }
): PluginTableModel {
  const attributes: PluginTableModel['attributes'] = { id: { type: 'increments' } };
  for (const column of columns) attributes[column] = { type: 'string' };
  return {
    uid,
    singularName: tableName.replaceAll('_', '-'),
    tableName,
    attributes,
    indexes: [{ name: `${tableName}_uq`, columns: uniqueColumns, type: 'unique' }, ...indexes],
  };
}

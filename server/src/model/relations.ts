import type { Core } from '@strapi/strapi';
import { reason, validationError } from '../rules/validation-error';

type Data = Record<string, unknown>;
type RelationAttributes = Record<string, { type?: string; target?: string }>;

/** The documentIds and ids a relation value names, in every form Strapi reads (lists, set/connect/disconnect, positions). */
function namedIds(value: unknown): { documentIds: string[]; ids: number[] } {
  const documentIds: string[] = [];
  const ids: number[] = [];
  const visit = (item: unknown): void => {
    if (item === null || item === undefined) return;
    if (Array.isArray(item)) {
      item.forEach(visit);
    } else if (typeof item === 'object') {
      const relation = item as { id?: unknown; documentId?: unknown; position?: { before?: unknown; after?: unknown } };
      if ('id' in relation || 'documentId' in relation) {
        if (typeof relation.documentId === 'string' && relation.documentId !== '')
          documentIds.push(relation.documentId);
        else if (relation.id !== undefined) visit(relation.id);
        for (const neighbour of [relation.position?.before, relation.position?.after]) {
          if (typeof neighbour === 'string' && neighbour !== '') documentIds.push(neighbour);
        }
        return;
      }
      for (const key of ['set', 'connect', 'disconnect'] as const) visit((item as Data)[key]);
    } else if (!Number.isNaN(parseInt(String(item), 10))) {
      // Strapi reads anything parseInt reads as a number as an id, as it does.
      ids.push(parseInt(String(item), 10));
    } else if (typeof item === 'string') {
      documentIds.push(item);
    }
  };
  visit(value);
  return { documentIds, ids };
}

async function firstMissing<T extends string | number>(
  strapi: Core.Strapi,
  target: string,
  column: 'documentId' | 'id',
  wanted: T[]
): Promise<T | undefined> {
  if (wanted.length === 0) return undefined;
  const rows = (await strapi.db.query(target as never).findMany({
    where: { [column]: { $in: [...new Set(wanted)] } },
    select: [column],
  } as never)) as Record<string, T>[];
  const found = new Set(rows.map((row) => row[column]));
  return wanted.find((value) => !found.has(value));
}

/**
 * After a write failed: the first relation of `data` that names a document (by
 * documentId) or an entry (by id) its target does not hold, as a 400 naming
 * that relation; null when every related document exists.
 */
export async function missingRelationError(strapi: Core.Strapi, attributes: RelationAttributes, data: Data) {
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'relation' || !attribute.target || !(name in data)) continue;
    const { documentIds, ids } = namedIds(data[name]);
    const kind = attribute.target.split('.').pop();
    const missing = await firstMissing(strapi, attribute.target, 'documentId', documentIds);
    if (missing !== undefined) {
      const why = reason('relationMissing', { id: String(missing) });
      return validationError([name], `${name}: no ${kind} with id "${missing}"`, { value: missing, reason: why });
    }
    if ((await firstMissing(strapi, attribute.target, 'id', ids)) !== undefined) {
      return validationError([name], `${name}: a ${kind} it names does not exist`, { reason: reason('relationGone') });
    }
  }
  return null;
}

import type { Core } from '@strapi/strapi';
import { SLUG_REGISTRY_TABLE } from '../../server/src/slugs/slug-registry';

/** The report slugs the registry reserves for these documents. */
export async function slugRegistryRows(strapi: Core.Strapi, documentIds: (string | null)[]) {
  const owners = documentIds.filter((id): id is string => id !== null);
  if (owners.length === 0) return [];
  return (await strapi.db
    .connection(SLUG_REGISTRY_TABLE)
    .where({ scope: 'operation-report' })
    .whereIn('owner', owners)
    .select('owner', 'slug')) as { owner: string; slug: string }[];
}

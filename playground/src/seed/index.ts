import type { Core } from '@strapi/strapi';
import { LIBERTERRA_III_SLUG, liberterraIII } from './liberterra-iii';
import { SERIES_SEEDS } from './operation-series';

const REPORT_UID = 'plugin::operation-reports.operation-report';
const CRIME_AREA_UID = 'plugin::operation-reports.crime-area';

export const DEFAULT_ADMIN = { email: 'admin@example.com', password: 'OperationReports1!' };

export async function ensureAdminUser(strapi: Core.Strapi, email: string, password: string) {
  const users = strapi.service('admin::user');
  if (await strapi.db.query('admin::user').findOne({ where: { email } })) return 'existing';
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing: cannot create the playground admin user');
  await users.create({
    email,
    firstname: 'Playground',
    lastname: 'Admin',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return 'created';
}

/** Seeds Liberterra III once: a restart, or a report deleted on purpose, seeds nothing again. */
export async function seedLiberterraIII(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'app', name: 'operation-reports-playground' });
  if (await store.get({ key: 'seeded' })) return 'skipped';
  const existing = await strapi.documents(REPORT_UID).findFirst({ filters: { slug: LIBERTERRA_III_SLUG } });
  if (!existing) {
    const { crimeAreaSlugs, ...data } = liberterraIII;
    const areas = await strapi.documents(CRIME_AREA_UID).findMany({ filters: { slug: { $in: crimeAreaSlugs } } });
    await strapi.documents(REPORT_UID).create({
      data: { ...data, crimeAreas: areas.map((area) => area.documentId) } as never,
      status: 'published',
    });
  }
  await store.set({ key: 'seeded', value: true });
  return existing ? 'skipped' : 'created';
}

/**
 * Seeds the other editions (Liberterra II, Global Chain 2023 and 2024) once,
 * under a key of their own so that a playground seeded before they existed
 * gets them on its next boot; a report already holding a seed's slug is left
 * as it is. Returns how many were created.
 */
export async function seedSeriesEditions(strapi: Core.Strapi): Promise<number> {
  const store = strapi.store({ type: 'app', name: 'operation-reports-playground' });
  if (await store.get({ key: 'seeded-series' })) return 0;
  let created = 0;
  for (const { crimeAreaSlugs, ...data } of SERIES_SEEDS) {
    if (await strapi.documents(REPORT_UID).findFirst({ filters: { slug: data.slug } })) continue;
    const areas = await strapi.documents(CRIME_AREA_UID).findMany({ filters: { slug: { $in: crimeAreaSlugs } } });
    await strapi.documents(REPORT_UID).create({
      data: { ...data, crimeAreas: areas.map((area) => area.documentId) } as never,
      status: 'published',
    });
    created += 1;
  }
  await store.set({ key: 'seeded-series', value: true });
  return created;
}

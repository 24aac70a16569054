import type { Core } from '@strapi/strapi';
import { LIBERTERRA_III_SLUG, liberterraIII } from './liberterra-iii';

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

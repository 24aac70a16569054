import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';

const PUBLIC_READ_ACTIONS = [
  `${REPORT_UID}.find`,
  `${REPORT_UID}.findOne`,
  `${REPORT_UID}.stats`,
  `${REPORT_UID}.jsonld`,
  `${REPORT_UID}.compare`,
  `${CRIME_AREA_UID}.find`,
  `${CRIME_AREA_UID}.findOne`,
];

const STORE_KEY = 'public-read-granted';

/**
 * `publicRead: true` grants each read action to the Public role once. The
 * actions granted are remembered, so an owner who later revokes one in
 * Users & Permissions keeps it revoked across restarts.
 */
export async function grantPublicRead(strapi: Core.Strapi): Promise<string[]> {
  if (!strapi.plugin('users-permissions')) {
    strapi.log.warn(`[${PLUGIN_ID}] publicRead is on but Users & Permissions is not installed: nothing granted.`);
    return [];
  }
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const already = ((await store.get({ key: STORE_KEY })) as string[] | null) ?? [];
  const pending = PUBLIC_READ_ACTIONS.filter((action) => !already.includes(action));
  if (pending.length === 0) return [];

  // Users & Permissions creates its roles and default permissions in its own
  // bootstrap, which may run after ours; it only seeds defaults into an empty
  // permission table, so let it do so first. Its initialize() is idempotent.
  await strapi.plugin('users-permissions').service('users-permissions').initialize();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error(`[${PLUGIN_ID}] publicRead: the Users & Permissions Public role is missing`);
  for (const action of pending) {
    const existing = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action, role: role.id } });
    if (!existing) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: STORE_KEY, value: [...already, ...pending] });
  strapi.log.info(`[${PLUGIN_ID}] publicRead: granted ${pending.join(', ')} to the Public role`);
  return pending;
}

import type { Core } from '@strapi/strapi';
import type { TestApp } from './strapi';
import { REPORT_UID } from './strapi';

export type ExplorerAction = 'read' | 'create' | 'update' | 'delete' | 'publish';

export interface RolePermission {
  action: ExplorerAction;
  subject?: string;
  /** Locales the permission covers (localized types); every configured locale when absent. */
  locales?: string[];
  /** Field permissions (`routes.origin` for a component's field); all fields when absent. */
  fields?: string[];
  /** e.g. ['admin::is-creator'] */
  conditions?: string[];
}

export interface LimitedAdmin {
  id: number;
  token: string;
}

/**
 * Creates an admin role with Content Manager permissions and a user holding
 * only that role, through Strapi's own admin services, then logs the user in
 * through /admin/login as the admin panel does.
 */
export async function limitedAdmin(app: TestApp, name: string, permissions: RolePermission[]): Promise<LimitedAdmin> {
  const { strapi } = app;
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map((l) => l.code);
  const role = await strapi.service('admin::role').create({ name, description: `test role: ${name}` });
  await strapi.service('admin::role').assignPermissions(
    role.id,
    permissions.map((permission) => {
      const subject = permission.subject ?? REPORT_UID;
      const localized = subject === REPORT_UID;
      return {
        action: `plugin::content-manager.explorer.${permission.action}`,
        subject,
        properties: {
          ...(localized ? { locales: permission.locales ?? locales } : {}),
          ...(permission.fields ? { fields: permission.fields } : {}),
        },
        conditions: permission.conditions ?? [],
      };
    })
  );
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.com`;
  const password = 'LimitedAdmin1!';
  const user = await strapi.service('admin::user').create({
    email,
    password,
    firstname: name,
    lastname: 'Tester',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const response = await app.http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status} ${response.text}`);
  return { id: user.id as number, token: (response.body.data.accessToken ?? response.body.data.token) as string };
}

/** Every field of the report a field permission can name, components as `component.field`. */
export function reportFieldPaths(strapi: Core.Strapi): string[] {
  const SYSTEM = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale'];
  const attributes = strapi.contentType(REPORT_UID).attributes as Record<
    string,
    { type: string; component?: string; visible?: boolean }
  >;
  return Object.entries(attributes)
    .filter(([name, attribute]) => !SYSTEM.includes(name) && name !== 'localizations' && attribute.visible !== false)
    .flatMap(([name, attribute]) => {
      if (attribute.type !== 'component' || !attribute.component) return [name];
      const component = strapi.components[attribute.component as keyof typeof strapi.components] as unknown as {
        attributes: Record<string, unknown>;
      };
      return Object.keys(component.attributes).map((field) => `${name}.${field}`);
    });
}

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID, REPORT_UID } from '../uids';

type AdminCtx = {
  query: Record<string, unknown>;
  body: unknown;
  state: { userAbility?: { can(action: string, subject: string): boolean } };
};

/** Admin API (admin JWT): what the admin panel's widgets call. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async stats(ctx: AdminCtx) {
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', REPORT_UID)) {
      throw new errors.ForbiddenError('You cannot read operation reports');
    }
    ctx.body = await strapi.plugin(PLUGIN_ID).service('stats').compute(ctx.query);
  },
});

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID, REPORT_UID } from '../uids';
import { extractFields } from '../extract/fields';

/** The largest release the extract route reads: 100 KB of UTF-8. */
export const EXTRACT_MAX_BYTES = 100 * 1024;

type AdminCtx = {
  query: Record<string, unknown>;
  body: unknown;
  request?: { body?: unknown };
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

  /** POST /operation-reports/extract: the figures a press release states, each with the span it was read from. */
  async extract(ctx: AdminCtx) {
    const ability = ctx.state.userAbility;
    if (
      !ability?.can('plugin::content-manager.explorer.create', REPORT_UID) &&
      !ability?.can('plugin::content-manager.explorer.update', REPORT_UID)
    ) {
      throw new errors.ForbiddenError('You cannot edit operation reports');
    }
    const body = ctx.request?.body;
    ctx.body = { data: { fields: readRelease(body) } };
  },
});

/** Checks the request body and reads the release; a bad body is a 400 naming `text`. */
function readRelease(body: unknown) {
  const text = body && typeof body === 'object' && !Array.isArray(body) ? (body as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') {
    throw new errors.ValidationError('text must be a string holding the press release', {
      errors: [{ path: ['text'], message: 'text must be a string', name: 'ValidationError' }],
    });
  }
  if (text.trim() === '') {
    throw new errors.ValidationError('text is empty: paste the press release', {
      errors: [{ path: ['text'], message: 'text is empty', name: 'ValidationError' }],
    });
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > EXTRACT_MAX_BYTES) {
    throw new errors.ValidationError(`text is ${bytes} bytes; the limit is ${EXTRACT_MAX_BYTES} (100 KB)`, {
      errors: [{ path: ['text'], message: 'text is over 100 KB', name: 'ValidationError' }],
    });
  }
  return extractFields(text);
}

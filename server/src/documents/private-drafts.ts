import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORT_UID } from '../../../shared/constants';
import { invalid } from '../rules/validation-error';

type Middleware = Modules.Documents.Middleware.Middleware;

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
/** `hasPublishedVersion` is Strapi's deprecated spelling of `publicationFilter`. */
const PUBLICATION_FILTERS = ['publicationFilter', 'hasPublishedVersion'];

interface RequestState {
  state?: { auth?: { credentials?: unknown } };
}

/**
 * Drafts are private. Strapi core serves `status=draft` to any role holding
 * `find`; a request that carries no token (the Public role) gets a 403 for it
 * here, a 400 for `publicationFilter` (any value), and only published versions
 * otherwise, whichever API it came through.
 * Code running outside a request (bootstrap, scripts) is not affected.
 */
export const createPrivateDraftsMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== REPORT_UID || !READS.has(context.action)) return next();
    const request = strapi.requestContext.get() as RequestState | undefined;
    if (!request || request.state?.auth?.credentials) return next();

    const params = context.params as { status?: string } & Record<string, unknown>;
    if (params.status === 'draft') {
      throw new errors.ForbiddenError('Drafts are private: status=draft needs an authenticated request');
    }
    // Any publication filter sorts published reports by what their drafts hold
    // ("modified" lists those with unpublished edits): a question about drafts.
    for (const name of PUBLICATION_FILTERS) {
      if (params[name] !== undefined && params[name] !== null) {
        const message = `${name} tells published reports apart by their drafts, which are private: it needs an authenticated request`;
        invalid([name], message);
      }
    }
    params.status = 'published';
    return next();
  };

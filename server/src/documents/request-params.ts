import type { Core, Modules } from '@strapi/strapi';
import { attributesOf, componentLookup } from '../model/content-model';
import { MODELS } from '../model/models';
import { checkFilterValues } from '../query/find-filters';
import { readDocumentId, readDocumentLocale, readStatus } from '../query/request-params';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * The parameters of every document-service call on the plugin's types, REST,
 * GraphQL and code alike: `status`, `locale`, `documentId` and the values of
 * `filters` are read by query/ before Strapi sees them.
 */
export const createRequestParamsMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!MODELS[context.uid]) return next();
    const params = context.params as { status?: unknown; locale?: unknown; filters?: unknown; documentId?: unknown };
    readDocumentId(params.documentId);
    readStatus(params.status);
    await readDocumentLocale(strapi, context.uid, params.locale, WRITES.has(context.action));
    if (params.filters !== undefined && params.filters !== null) {
      checkFilterValues(params.filters, attributesOf(strapi, context.uid), {
        componentOf: componentLookup(strapi),
        // strapi.contentType(uid) is a lookup; strapi.contentTypes builds a new map of every type on each read.
        contentTypeOf: (uid) => (strapi.contentType(uid as never) ? attributesOf(strapi, uid) : undefined),
      });
    }
    return next();
  };

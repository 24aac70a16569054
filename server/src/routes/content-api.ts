import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { readContentApiRequest, type Ctx } from '../query/content-api-request';
import { oneRequestPerTurn } from './one-request-per-turn';
import { withMiddlewareOnCachedRoutes } from '../cache/cached-routes';
import { HTTP_CACHE_MIDDLEWARE } from '../cache/http-cache';

// prefix '' keeps the contract's /api/operation-reports instead of /api/operation-reports/operation-reports.
const reports = factories.createCoreRouter(REPORT_UID, { type: 'content-api', prefix: '' });
const crimeAreas = factories.createCoreRouter(CRIME_AREA_UID, { type: 'content-api', prefix: '' });

/** Refuses what the core controllers would mishandle before the document service sees the request. */
async function checkContentApiRequest(ctx: Ctx, next: () => Promise<unknown>) {
  readContentApiRequest(ctx);
  return next();
}

type CoreRoute = { config?: { middlewares?: unknown[] } & Record<string, unknown> } & Record<string, unknown>;

const customRoutes = [
  {
    method: 'GET',
    path: '/operation-reports/stats',
    handler: 'operation-report.stats',
    config: { policies: [], middlewares: [oneRequestPerTurn] },
  },
  {
    method: 'GET',
    path: '/operation-reports/:id/jsonld',
    handler: 'operation-report.jsonld',
    config: { policies: [], middlewares: [oneRequestPerTurn] },
  },
  {
    method: 'GET',
    path: '/operation-reports/:documentId/compare',
    handler: 'operation-report.compare',
    config: { policies: [], middlewares: [oneRequestPerTurn] },
  },
];

/**
 * Built once: Strapi annotates these route objects in place when it registers
 * them (plugin name, auth scope), so every read must see the same objects.
 */
let routes: unknown[] | undefined;

export default {
  type: 'content-api',
  prefix: '',
  // Custom routes go first, or findOne's /operation-reports/:id swallows /stats.
  get routes() {
    if (!routes) {
      const core = [...(reports.routes as CoreRoute[]), ...(crimeAreas.routes as CoreRoute[])];
      for (const route of core) {
        route.config = {
          ...route.config,
          middlewares: [oneRequestPerTurn, ...(route.config?.middlewares ?? []), checkContentApiRequest],
        };
      }
      routes = [...customRoutes, ...core];
      // ETag, Cache-Control and 304s for the Public role on the report type's GET routes (server/src/cache).
      withMiddlewareOnCachedRoutes(routes, HTTP_CACHE_MIDDLEWARE);
    }
    return routes;
  },
};

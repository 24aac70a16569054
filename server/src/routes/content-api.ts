import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../uids';
import { checkContentApiRequest } from '../middlewares/content-api-request';

/*
 * The contract's paths are /api/operation-reports, not Strapi's default
 * /api/operation-reports/operation-reports for a plugin. Each route carries
 * `config.prefix: ''`: Strapi then mounts it on /api directly, in every 5.x
 * (a router-level `prefix: ''` alone is ignored before 5.20, which read it
 * with `||`), and Users & Permissions and OpenAPI show the same path.
 */
const reports = factories.createCoreRouter(REPORT_UID, { type: 'content-api', prefix: '' });
const crimeAreas = factories.createCoreRouter(CRIME_AREA_UID, { type: 'content-api', prefix: '' });

type CoreRoute = { config?: { middlewares?: unknown[] } & Record<string, unknown> } & Record<string, unknown>;

const customRoutes = [
  {
    method: 'GET',
    path: '/operation-reports/stats',
    handler: 'operation-report.stats',
    config: { policies: [], prefix: '' },
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
          prefix: '',
          middlewares: [...(route.config?.middlewares ?? []), checkContentApiRequest],
        };
      }
      routes = [...customRoutes, ...core];
    }
    return routes;
  },
};

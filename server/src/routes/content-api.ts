import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../uids';

// prefix '' keeps the contract's /api/operation-reports instead of /api/operation-reports/operation-reports.
const reports = factories.createCoreRouter(REPORT_UID, { type: 'content-api', prefix: '' });
const crimeAreas = factories.createCoreRouter(CRIME_AREA_UID, { type: 'content-api', prefix: '' });

const customRoutes = [
  {
    method: 'GET',
    path: '/operation-reports/stats',
    handler: 'operation-report.stats',
    config: { policies: [] },
  },
];

export default {
  type: 'content-api',
  prefix: '',
  // Custom routes go first, or findOne's /operation-reports/:id swallows /stats.
  get routes() {
    return [...customRoutes, ...(reports.routes as unknown[]), ...(crimeAreas.routes as unknown[])];
  },
};

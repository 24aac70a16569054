import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../uids';

// prefix '' keeps the contract's /api/operation-reports instead of /api/operation-reports/operation-reports.
const reports = factories.createCoreRouter(REPORT_UID, { type: 'content-api', prefix: '' });
const crimeAreas = factories.createCoreRouter(CRIME_AREA_UID, { type: 'content-api', prefix: '' });

export default {
  type: 'content-api',
  prefix: '',
  // Custom routes (e.g. /operation-reports/stats) go first, or findOne's /:id swallows them.
  get routes() {
    return [...(reports.routes as unknown[]), ...(crimeAreas.routes as unknown[])];
  },
};

import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';
import admin from './admin';

type Ctx = { query: Record<string, unknown>; body: unknown };

export default {
  'operation-report': factories.createCoreController(REPORT_UID, ({ strapi }) => ({
    /** GET /api/operation-reports/stats: aggregates over published reports. */
    async stats(ctx: Ctx) {
      ctx.body = await strapi.plugin(PLUGIN_ID).service('stats').compute(ctx.query);
    },
  })),
  'crime-area': factories.createCoreController(CRIME_AREA_UID),
  admin,
};

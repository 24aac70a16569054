import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';
import { JSONLD_TYPE, reportJsonLd } from '../jsonld/report-jsonld';
import admin from './admin';
import { compareReport } from '../compare/compare-report';
import { readCompareRequest } from '../compare/compare-request';

type Ctx = { query: Record<string, unknown>; body: unknown; params?: Record<string, unknown>; type?: string };

export default {
  'operation-report': factories.createCoreController(REPORT_UID, ({ strapi }) => ({
    /** GET /api/operation-reports/stats: aggregates over published reports. */
    async stats(ctx: Ctx) {
      ctx.body = await strapi.plugin(PLUGIN_ID).service('stats').compute(ctx.query);
    },
    /** GET /api/operation-reports/:id/jsonld: a published report as a schema.org Event. */
    async jsonld(ctx: Ctx) {
      ctx.body = await reportJsonLd(strapi, ctx.params?.id, ctx.query);
      // After the body: Koa sets application/json whenever the body is an object.
      ctx.type = JSONLD_TYPE;
    },
    /** GET /api/operation-reports/:documentId/compare: against the previous published edition of its series. */
    async compare(ctx: Ctx) {
      const { documentId, locale } = await readCompareRequest(strapi, ctx.params ?? {}, ctx.query);
      ctx.body = await compareReport(strapi, documentId, locale);
    },
  })),
  'crime-area': factories.createCoreController(CRIME_AREA_UID),
  admin,
};

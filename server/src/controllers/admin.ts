import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';
import { extractRelease } from '../extract/release';
import { readEnvelope } from '../transfer/import-envelope';
import type { ImportOutcome } from '../transfer/import-types';
import { readDryRun, readExtractRequest } from './admin-requests';
import { refusal } from '../rules/validation-error';
import { importRightsCheck } from '../transfer/import-rights';
import {
  answeringRefusals,
  contentManagerChecker,
  readAccess,
  requireContentManagerRight,
  rowsFilter,
  type AdminRequestState,
  type ContentManagerChecker,
} from '../permissions/content-manager-rights';
import { STATS, type StatsGroupKey } from '../../../shared/stats';
import { errors } from '@strapi/utils';
import { previousEditionFor } from '../compare/previous-edition';
import { readPreviousEditionQuery } from '../compare/previous-request';
import type { OperationReportStatsResponse, StatTotals } from '../../../shared/types';

type AdminCtx = {
  query: Record<string, unknown>;
  body: unknown;
  status?: number;
  request?: { body?: unknown };
  state: AdminRequestState;
  set?(field: string, value: string): void;
};

/** Admin API (admin JWT): what the admin panel's widgets call. */
const adminHandlers = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /operation-reports/stats: the totals over the published reports the role may read. */
  async stats(ctx: AdminCtx) {
    const checker = requireContentManagerRight(strapi, ctx.state, REPORT_UID, ['read'], READ_REFUSED);
    refuseUnreadableGroupKey(ctx.query.groupBy, checker);
    const response: OperationReportStatsResponse = await strapi
      .plugin(PLUGIN_ID)
      .service('stats')
      .compute(ctx.query, await rowsFilter(checker, 'read'));
    ctx.body = withoutUnreadableStats(response, checker);
  },

  /**
   * GET /operation-reports/previous-edition?series|codename&startDate&locale&documentId: the previous
   * published edition the edit view's side panel compares the form with, among the rows the role may read.
   */
  async previousEdition(ctx: AdminCtx) {
    const checker = requireContentManagerRight(strapi, ctx.state, REPORT_UID, ['read'], READ_REFUSED);
    const data = await previousEditionFor(strapi, readPreviousEditionQuery(ctx.query), await rowsFilter(checker));
    // A figure the role may not read is not reported, as in the stats.
    for (const { name } of STATS) {
      if (data.previous && checker.cannot.read(undefined, name)) data.previous[name] = null;
    }
    ctx.body = { data };
  },

  /**
   * POST /operation-reports/extract `{ text, locale? }`: what a press release
   * states, in the language it is written in, each figure with the span it was read from.
   */
  async extract(ctx: AdminCtx) {
    requireContentManagerRight(
      strapi,
      ctx.state,
      REPORT_UID,
      ['create', 'update'],
      'You cannot edit operation reports'
    );
    const body = ctx.request?.body;
    // Server-Timing: how long the reading held the thread (wall and CPU), so a
    // slow answer can be told from a busy machine (`npm run bench` reads it).
    const wall = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const { text, locale } = readExtractRequest(body);
    const data = extractRelease(text, { locale });
    const used = process.cpuUsage(cpu);
    const ms = (n: number) => n.toFixed(1);
    ctx.set?.(
      'Server-Timing',
      `extract;dur=${ms(Number(process.hrtime.bigint() - wall) / 1e6)}, extract-cpu;dur=${ms((used.user + used.system) / 1000)}`
    );
    ctx.body = { data };
  },

  /** GET /operation-reports/export?format=json|csv&filters=…&locale=…: the reports as a file. */
  async export(ctx: AdminCtx) {
    const checker = requireContentManagerRight(strapi, ctx.state, REPORT_UID, ['read'], READ_REFUSED);
    const file = await strapi
      .plugin(PLUGIN_ID)
      .service('transfer')
      .export(ctx.query, new Date(), await readAccess(checker));
    ctx.set?.('Content-Disposition', `attachment; filename="${file.filename}"`);
    if (file.format === 'csv') ctx.set?.('Content-Type', 'text/csv; charset=utf-8');
    else ctx.set?.('Content-Type', 'application/json; charset=utf-8'); // the JSON file is a stream
    ctx.body = file.body;
  },

  /**
   * POST /operation-reports/import?dryRun=true|false, body: an export file.
   * 200 with what was (or, in a dry run, would be) done per report; 400 when
   * any report is refused, 403 when the role lacks a right one of them needs
   * (the message names the first such report and right); then nothing is written.
   */
  async import(ctx: AdminCtx) {
    const reports = requireContentManagerRight(
      strapi,
      ctx.state,
      REPORT_UID,
      ['create', 'update'],
      'You cannot create or update operation reports'
    );
    const dryRun = readDryRun(ctx.query);
    const body = ctx.request?.body;
    const crimeAreas = contentManagerChecker(strapi, ctx.state.userAbility, CRIME_AREA_UID);
    const userId = ctx.state.user?.id ?? null;
    const outcome: ImportOutcome = await strapi
      .plugin(PLUGIN_ID)
      .service('transfer')
      .import(body, {
        dryRun,
        rights: {
          createCrimeAreas: crimeAreas.can.create(),
          userId,
          checkReport: importRightsCheck(strapi, {
            reports,
            crimeAreas,
            userId,
            areaNames: readEnvelope(body).crimeAreas,
          }),
        },
      });
    if (!dryRun && !outcome.applied) throw refusedImport(outcome);
    ctx.body = { data: outcome };
  },
});

export default ({ strapi }: { strapi: Core.Strapi }) => answeringRefusals(adminHandlers({ strapi }));

const READ_REFUSED = 'You cannot read operation reports';

/**
 * A stat whose field the role may not read is answered as not reported, as
 * the Content Manager leaves that field out of every entry it shows the role.
 */
function withoutUnreadableStats(
  response: OperationReportStatsResponse,
  checker: ContentManagerChecker
): OperationReportStatsResponse {
  const hidden = STATS.map(({ name }) => name).filter((name) => checker.cannot.read(undefined, name));
  if (hidden.length === 0) return response;
  const blank = (totals: StatTotals): StatTotals => {
    const copy = { ...totals };
    for (const name of hidden)
      copy[name] = { value: null, qualifier: 'exact', reported: 0, min: null, max: null, avg: null };
    return copy;
  };
  const { data } = response;
  return {
    ...response,
    data: {
      ...data,
      totals: blank(data.totals),
      byYear: data.byYear.map((year) => ({ ...year, totals: blank(year.totals) })),
      ...(data.groups ? { groups: data.groups.map((group) => ({ ...group, totals: blank(group.totals) })) } : {}),
    },
  };
}

/** The field each `groupBy` key reads. */
const GROUP_KEY_FIELDS: Record<StatsGroupKey, string> = {
  year: 'startDate',
  month: 'startDate',
  agency: 'agency',
  crimeArea: 'crimeAreas',
  series: 'series',
  figuresStatus: 'figuresStatus',
};

/**
 * Group keys are the field's values: a role that may not read the field would
 * learn them from the groups, so grouping on it is refused (403) as reading it
 * is. An unknown key is left to the stats query's 400.
 */
function refuseUnreadableGroupKey(groupBy: unknown, checker: ContentManagerChecker): void {
  if (typeof groupBy !== 'string' || !Object.prototype.hasOwnProperty.call(GROUP_KEY_FIELDS, groupBy)) return;
  const field = GROUP_KEY_FIELDS[groupBy as StatsGroupKey];
  if (checker.cannot.read(undefined, field)) {
    throw new errors.ForbiddenError(
      `You cannot read the field ${field} of operation reports, so you cannot group by ${groupBy}`
    );
  }
}

/** The 400 of an import with refused reports: the message names each, details list their field errors. */
function refusedImport(outcome: ImportOutcome) {
  const refused = outcome.reports
    .map((report, index) => ({ report, index }))
    .filter(({ report }) => report.action === 'refuse');
  const describe = ({ report, index }: (typeof refused)[number]) =>
    `${report.slug ?? `reports.${index}`} (${(report.errors ?? [])
      .map((e) => `${e.path.join('.') || 'report'}: ${e.message}`)
      .join('; ')})`;
  const message = `Nothing was imported: ${refused.length} of ${outcome.reports.length} report${
    outcome.reports.length === 1 ? '' : 's'
  } refused: ${refused.map(describe).join(' | ')}`;
  const problems = refused.flatMap(({ report, index }) =>
    (report.errors ?? []).map((e) => ({
      path: ['reports', String(index), ...e.path],
      message: `${report.slug ?? `reports.${index}`}: ${e.message}`,
    }))
  );
  return refusal(message, problems, { reports: outcome.reports, summary: outcome.summary });
}

import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { keepCommitCallbacks, runPaced, yieldToEventLoop } from './paced-commit-events';
import { isLocalized } from './report-shape';
import { readEnvelope } from './import-envelope';
import { checkReport, isObject, titleOf } from './import-check';
import { errorsOf, ReportWriter } from './import-writer';
import type { ImportOutcome, ImportResult, ImportRights, ImportSummary, Plan } from './import-types';

const SAVEPOINT = 'operation_reports_import';

class Rollback extends Error {}

/**
 * Imports an export file. Idempotent by slug: a report whose slug exists
 * updates that document, any other is created (with its documentId when no
 * other document has it). Every write goes through strapi.documents(), so the
 * plugin's rules check it as they check any write. Everything runs in one
 * transaction: it is committed only when every report was written and this is
 * not a dry run; otherwise it is rolled back, and the answer tells per report
 * what happened or would happen.
 */
export async function importReports(
  strapi: Core.Strapi,
  body: unknown,
  { dryRun, rights }: { dryRun: boolean; rights: ImportRights }
): Promise<ImportOutcome> {
  const envelope = readEnvelope(body);
  const localized = isLocalized(strapi);
  const i18n = strapi.plugin('i18n');
  const localeCodes = localized
    ? ((await i18n.service('locales').find()) as { code: string }[]).map((locale) => locale.code).sort()
    : null;
  const defaultLocale = localized ? ((await i18n.service('locales').getDefaultLocale()) as string) : '';

  const results: ImportResult[] = [];
  const plans: (Plan | null)[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of envelope.reports.entries()) {
    // A file of thousands of reports: other requests run between two pages of checks.
    if (index % 200 === 199) await yieldToEventLoop();
    const { plan, errors: problems } = checkReport(raw, localeCodes);
    const slug = isObject(raw) && typeof raw.slug === 'string' ? raw.slug : null;
    // Named by its title where the file gives one (an untitled draft has none).
    const named = withTitle(slug, titleOf(raw, defaultLocale));
    const identity = plan ? (plan.slug === null ? `documentId ${plan.documentId}` : `slug "${plan.slug}"`) : '';
    if (plan && seen.has(identity)) {
      problems.push({
        path: [plan.slug === null ? 'documentId' : 'slug'],
        message: `${identity} is also the ${identity.split(' ')[0]} of reports.${seen.get(identity)}`,
      });
    }
    if (plan && !seen.has(identity)) seen.set(identity, index);
    results.push(
      problems.length > 0 ? { ...named, action: 'refuse', errors: problems } : { ...named, action: 'create' }
    );
    plans.push(problems.length > 0 || !plan ? null : { ...plan, index });
  }

  const writer = new ReportWriter(strapi, envelope.crimeAreas, rights, defaultLocale);
  let applied = false;
  // The document events the writes queue for after the commit, run at a pace (see paced-commit-events).
  let events: Parameters<typeof runPaced>[1] = [];
  try {
    ({ callbacks: events } = await keepCommitCallbacks(strapi, () =>
      strapi.db.transaction(async ({ trx }) => {
        for (const plan of plans) {
          if (!plan) continue;
          // Other requests run between two reports (SQLite's driver is synchronous:
          // without this, a whole import is one unbroken chain of microtasks).
          await yieldToEventLoop();
          await trx.raw(`SAVEPOINT ${SAVEPOINT}`);
          try {
            const { slug, title } = results[plan.index];
            results[plan.index] = { ...withTitle(slug, title), ...(await writer.write(plan)) };
            await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          } catch (error) {
            // A missing right refuses the whole import (403), not only this report.
            if (error instanceof errors.ForbiddenError) throw error;
            await rollbackToSavepoint(trx);
            const { title } = results[plan.index];
            results[plan.index] = { ...withTitle(plan.slug, title), action: 'refuse', errors: errorsOf(strapi, error) };
          }
        }
        if (dryRun || results.some((result) => result.action === 'refuse')) throw new Rollback();
        applied = true;
      })
    ));
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  // Committed: the events go out after the answer, one at a time. Rolled back: none, as in Strapi.
  if (applied) void runPaced(strapi, events);
  const summary: ImportSummary = { create: 0, update: 0, unchanged: 0, refuse: 0 };
  for (const result of results) summary[result.action] += 1;
  return { dryRun, applied, reports: results, summary };
}

const withTitle = (slug: string | null, title: string | null | undefined) => (title ? { slug, title } : { slug });

async function rollbackToSavepoint(trx: Knex.Transaction) {
  await trx.raw(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
}

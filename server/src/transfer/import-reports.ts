import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../slugs/slug-registry';
import { loadReports } from './export-reports';
import { restoreRowRelations } from './restore-row-relations';
import { findStoredDocument, restoreRowSlugs } from './restore-row-slugs';
import { keepCommitCallbacks, runPaced, yieldToEventLoop } from './paced-commit-events';
import {
  COMPUTED_FIELDS,
  componentFields,
  EXPORT_PLUGIN,
  EXPORT_VERSION,
  isComponent,
  isLocalized,
  isRelation,
  sameContent,
  VERSION_FIELDS,
  versionMatches,
  withSlug,
  type ExportedReport,
  type Version,
} from './report-shape';
import type { PlannedReport } from './import-rights';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';
export interface ImportError {
  /** Where in the report: ['locales', 'en', 'draft', 'endDate'], ['slug'], … */
  path: string[];
  message: string;
}
export interface ImportResult {
  slug: string | null;
  action: ImportAction;
  documentId?: string;
  /** Crime areas the import adds to the taxonomy for this report (named in the file's crimeAreas). */
  crimeAreasCreated?: string[];
  errors?: ImportError[];
}
export interface ImportSummary {
  create: number;
  update: number;
  unchanged: number;
  refuse: number;
}
export interface ImportOutcome {
  dryRun: boolean;
  /** True when the import was applied (never for a dry run or a refused import). */
  applied: boolean;
  reports: ImportResult[];
  summary: ImportSummary;
}
export interface ImportRights {
  /** May create crime areas (needed when the file names one this Strapi lacks). */
  createCrimeAreas: boolean;
  /**
   * Throws a ForbiddenError when the role may not make the writes a report
   * needs (see import-rights.ts); it aborts the whole import, dry run or not.
   */
  checkReport?(plan: PlannedReport, documentId: string | null, stored: ExportedReport | null): Promise<void>;
  /** The importing admin, recorded as creator and updater as the Content Manager does. */
  userId?: number | string | null;
}

interface Plan {
  index: number;
  /** Null for a report with no title yet in any locale: a draft, found by its documentId. */
  slug: string | null;
  documentId: string | null;
  locales: Record<string, { draft: Version; published: Version | null }>;
}

const REPORT_KEYS = ['documentId', 'slug', 'locales'];
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SAVEPOINT = 'operation_reports_import';

const SLUG_RULE = `1–${SLUG_MAX_LENGTH} characters of letters, digits, "-", "_", "." or "~"`;
const validSlug = (slug: unknown) =>
  typeof slug === 'string' && SLUG_PATTERN.test(slug) && slug.length <= SLUG_MAX_LENGTH;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const envelopeError = (path: string[], message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path, message, name: 'ValidationError' }] });
};

/** The file's envelope: version, plugin, reports, and the crime areas it names. */
export function readEnvelope(body: unknown): { reports: unknown[]; crimeAreas: Map<string, string> } {
  if (!isObject(body)) return envelopeError([], 'The body must be an export file: a JSON object');
  if (body.plugin !== EXPORT_PLUGIN) {
    envelopeError(['plugin'], `plugin must be "${EXPORT_PLUGIN}" (got ${JSON.stringify(body.plugin ?? null)})`);
  }
  if (body.version !== EXPORT_VERSION) {
    envelopeError(
      ['version'],
      `version must be ${EXPORT_VERSION}, the export format this plugin reads (got ${JSON.stringify(body.version ?? null)})`
    );
  }
  if (!Array.isArray(body.reports)) envelopeError(['reports'], 'reports must be a list of reports');
  const crimeAreas = new Map<string, string>();
  if (body.crimeAreas !== undefined) {
    if (!Array.isArray(body.crimeAreas)) envelopeError(['crimeAreas'], 'crimeAreas must be a list of { slug, name }');
    (body.crimeAreas as unknown[]).forEach((area, index) => {
      if (!isObject(area) || typeof area.slug !== 'string' || typeof area.name !== 'string') {
        envelopeError(['crimeAreas', String(index)], `crimeAreas.${index} must be { "slug": "…", "name": "…" }`);
      }
      const { slug, name } = area as { slug: string; name: string };
      crimeAreas.set(slug, name);
    });
  }
  return { reports: body.reports as unknown[], crimeAreas };
}

/** Checks one report's structure before anything is written; the content rules run on the writes. */
function checkReport(
  raw: unknown,
  localeCodes: string[] | null
): { plan?: Omit<Plan, 'index'>; errors: ImportError[] } {
  const problems: ImportError[] = [];
  const add = (path: string[], message: string) => problems.push({ path, message });
  if (!isObject(raw)) {
    add([], 'a report must be an object with slug and locales');
    return { errors: problems };
  }
  for (const key of Object.keys(raw)) if (!REPORT_KEYS.includes(key)) add([key], `unknown key "${key}"`);
  const { slug, documentId, locales } = raw;
  // A draft saved without a title has no slug: it is then known by its documentId alone.
  if (slug === null || slug === undefined) {
    if (typeof documentId !== 'string') add(['slug'], 'a report without a slug needs its documentId');
  } else if (!validSlug(slug)) {
    add(['slug'], `slug must be null or ${SLUG_RULE}`);
  }
  if (
    documentId !== undefined &&
    documentId !== null &&
    (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId))
  ) {
    add(['documentId'], 'documentId must be a string of letters and digits');
  }
  if (!isObject(locales) || Object.keys(locales).length === 0) {
    add(['locales'], 'locales must be an object with at least one locale');
    return { errors: problems };
  }
  for (const [code, versions] of Object.entries(locales)) {
    const at = ['locales', code];
    if (localeCodes ? !localeCodes.includes(code) : code !== '') {
      add(
        at,
        localeCodes
          ? `locale "${code}" is not configured in this Strapi (configured: ${localeCodes.join(', ')})`
          : 'reports are not localized here: use the locale key ""'
      );
      continue;
    }
    if (!isObject(versions)) {
      add(at, `locales.${code} must be { "draft": {…}, "published": {…} | null }`);
      continue;
    }
    for (const key of Object.keys(versions)) {
      if (key !== 'draft' && key !== 'published') add([...at, key], `unknown key "${key}"`);
    }
    if (!isObject(versions.draft)) add([...at, 'draft'], 'every locale needs its draft version (an object)');
    else checkVersion(versions.draft, [...at, 'draft'], add);
    if (versions.published !== undefined && versions.published !== null) {
      if (!isObject(versions.published)) add([...at, 'published'], 'published must be an object or null');
      else checkVersion(versions.published, [...at, 'published'], add);
    }
  }
  if (problems.length > 0) return { errors: problems };
  const plan = {
    slug: (slug as string | null | undefined) ?? null,
    documentId: (documentId as string | undefined) ?? null,
    locales: Object.fromEntries(
      Object.entries(locales as Record<string, { draft: Version; published?: Version | null }>).map(([code, v]) => [
        code,
        { draft: v.draft, published: v.published ?? null },
      ])
    ),
  };
  return { plan, errors: [] };
}

function checkVersion(version: Version, at: string[], add: (path: string[], message: string) => void) {
  for (const [field, value] of Object.entries(version)) {
    const path = [...at, field];
    if (field === 'slug') {
      // A version's own slug, when its row holds another than the report's (see export-reports).
      if (value !== null && !validSlug(value)) add(path, `slug must be null or ${SLUG_RULE}`);
    } else if (!VERSION_FIELDS.includes(field)) {
      add(path, `unknown field "${field}"`);
    } else if (isRelation(field)) {
      if (!Array.isArray(value) || !value.every((slug) => typeof slug === 'string')) {
        add(path, `${field} must be a list of crime-area slugs`);
      }
    } else if (isComponent(field) && value !== null) {
      if (!Array.isArray(value)) {
        add(path, `${field} must be a list`);
        continue;
      }
      const allowed = componentFields(field) ?? [];
      value.forEach((item, index) => {
        if (!isObject(item)) return add([...path, String(index)], `${field}.${index} must be an object`);
        for (const key of Object.keys(item)) {
          if (!allowed.includes(key)) add([...path, String(index), key], `unknown field "${key}" in ${field}`);
        }
      });
    }
  }
}

class Rollback extends Error {}

/** Tags an error with where in the report it happened. */
class AtPath extends Error {
  constructor(
    readonly path: string[],
    readonly inner: unknown
  ) {
    super('import error');
  }
}

function errorsOf(strapi: Core.Strapi, error: unknown): ImportError[] {
  const prefix = error instanceof AtPath ? error.path : [];
  const cause = error instanceof AtPath ? error.inner : error;
  if (cause instanceof errors.ValidationError) {
    const list = (cause.details as { errors?: { path?: unknown[]; message: string }[] } | undefined)?.errors;
    if (list && list.length > 0) {
      return list.map((e) => ({ path: [...prefix, ...(e.path ?? []).map(String)], message: e.message }));
    }
  }
  if (cause instanceof errors.ApplicationError) return [{ path: prefix, message: cause.message }];
  strapi.log.error(`[operation-reports] import: ${(cause as Error)?.stack ?? String(cause)}`);
  return [{ path: prefix, message: `could not be written: ${(cause as Error)?.message ?? String(cause)}` }];
}

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
    const identity = plan ? (plan.slug === null ? `documentId ${plan.documentId}` : `slug "${plan.slug}"`) : '';
    if (plan && seen.has(identity)) {
      problems.push({
        path: [plan.slug === null ? 'documentId' : 'slug'],
        message: `${identity} is also the ${identity.split(' ')[0]} of reports.${seen.get(identity)}`,
      });
    }
    if (plan && !seen.has(identity)) seen.set(identity, index);
    results.push(problems.length > 0 ? { slug, action: 'refuse', errors: problems } : { slug, action: 'create' });
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
            results[plan.index] = await writer.write(plan);
            await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          } catch (error) {
            // A missing right refuses the whole import (403), not only this report.
            if (error instanceof errors.ForbiddenError) throw error;
            await rollbackToSavepoint(trx);
            results[plan.index] = { slug: plan.slug, action: 'refuse', errors: errorsOf(strapi, error) };
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

async function rollbackToSavepoint(trx: Knex.Transaction) {
  await trx.raw(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
}

class ReportWriter {
  constructor(
    private readonly strapi: Core.Strapi,
    private readonly areaNames: Map<string, string>,
    private readonly rights: ImportRights,
    private readonly defaultLocale: string
  ) {}

  private localeParams(code: string) {
    return code === '' ? {} : { locale: code };
  }

  async write(plan: Plan): Promise<ImportResult> {
    const { strapi } = this;
    const documents = strapi.documents(REPORT_UID);
    let documentId = await findStoredDocument(strapi, plan);
    let stored: ExportedReport | null = null;
    if (documentId) {
      [stored] = await loadReports(strapi, [documentId]);
      if (stored && unchanged(stored, plan)) return { slug: plan.slug, action: 'unchanged', documentId };
    }
    await this.rights.checkReport?.(plan, documentId, stored);
    const creator = this.rights.userId ?? null;
    const action = documentId ? 'update' : 'create';
    const keepId =
      !documentId &&
      plan.documentId !== null &&
      !(await strapi.db.query(REPORT_UID).findOne({ where: { documentId: plan.documentId }, select: ['id'] }));
    const created: string[] = [];

    // The default locale first: it is the one a new document starts from.
    const codes = Object.keys(plan.locales).sort((a, b) =>
      a === this.defaultLocale ? -1 : b === this.defaultLocale ? 1 : a < b ? -1 : a > b ? 1 : 0
    );
    // A published version is written as the draft, then published; a draft that
    // differs from it is written back over the draft afterwards.
    for (const code of codes) {
      const { draft, published } = plan.locales[code];
      const stage = published ? 'published' : 'draft';
      const at = ['locales', code, stage];
      await this.step(at, async () => {
        const data: Record<string, unknown> = {
          ...(await this.toData(published ?? draft, created)),
          ...(creator === null ? {} : { updatedBy: creator }),
        };
        if (plan.slug !== null) data.slug = plan.slug;
        const isNew = !stored?.locales[code];
        if (creator !== null && isNew) data.createdBy = creator;
        if (documentId && isNew && !published) {
          // A new locale takes the dates the published rows hold wherever its
          // write leaves them null (as core copies them): it is created with its
          // title alone, then given the draft the file holds, nulls included.
          const { title = null, slug = null, updatedBy, createdBy } = data;
          const first = { title, slug, updatedBy, createdBy };
          await documents.update({ documentId, data: first as never, ...this.localeParams(code) });
        }
        if (!documentId) {
          const doc = (await documents.create({
            data: (keepId ? { ...data, documentId: plan.documentId } : data) as never,
            ...this.localeParams(code),
          })) as { documentId: string };
          documentId = doc.documentId;
        } else {
          await documents.update({ documentId, data: data as never, ...this.localeParams(code) });
        }
        if (published) await documents.publish({ documentId, ...this.localeParams(code) });
        else if (stored?.locales[code]?.published)
          await documents.unpublish({ documentId, ...this.localeParams(code) });
      });
    }
    for (const code of codes) {
      const { draft, published } = plan.locales[code];
      if (!published || sameContent(draft, published)) continue;
      await this.step(['locales', code, 'draft'], async () => {
        const data = await this.toData(draft, created);
        await documents.update({ documentId: documentId as string, data: data as never, ...this.localeParams(code) });
      });
    }
    await restoreRowRelations(strapi, documentId as string, plan.locales);
    await restoreRowSlugs(strapi, documentId as string, plan.slug, plan.locales, (at, run) => this.step(at, run));
    return {
      slug: plan.slug,
      action,
      documentId: documentId as string,
      ...(created.length > 0 ? { crimeAreasCreated: created } : {}),
    };
  }

  private async step(path: string[], run: () => Promise<void>) {
    // A report is several writes: let other requests in between them too.
    await yieldToEventLoop();
    try {
      await run();
    } catch (error) {
      throw error instanceof AtPath ? new AtPath([...path, ...error.path], error.inner) : new AtPath(path, error);
    }
  }

  /** The data of a document-service write: crime areas by documentId, computed fields left to the plugin. */
  private async toData(version: Version, created: string[]): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(version)) {
      // A version's own slug is set on its row afterwards (restore-row-slugs).
      if (COMPUTED_FIELDS.includes(field) || field === 'slug') continue;
      if (isRelation(field)) data[field] = await this.crimeAreaIds(value as string[], created);
      else if (isComponent(field))
        data[field] = ((value as Record<string, unknown>[] | null) ?? []).map((c) => ({ ...c }));
      else data[field] = value;
    }
    return data;
  }

  private async crimeAreaIds(slugs: string[], created: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const slug of slugs) {
      const area = (await this.strapi.db.query(CRIME_AREA_UID).findOne({
        where: { slug },
        select: ['documentId'],
      })) as { documentId: string } | null;
      if (area) {
        ids.push(area.documentId);
        continue;
      }
      const name = this.areaNames.get(slug);
      const refuse = (message: string): never => {
        throw new AtPath(['crimeAreas'], new errors.ValidationError(message, { errors: [{ path: [], message }] }));
      };
      if (name === undefined) {
        refuse(`crime area "${slug}" does not exist here, and the file's crimeAreas list does not name it`);
      }
      if (!this.rights.createCrimeAreas) {
        refuse(`crime area "${slug}" does not exist here, and you cannot create crime areas`);
      }
      try {
        const doc = (await this.strapi.documents(CRIME_AREA_UID).create({ data: { name, slug } as never })) as {
          documentId: string;
        };
        ids.push(doc.documentId);
        created.push(slug);
      } catch (error) {
        refuse(`crime area "${slug}" (${name}) could not be created: ${(error as Error).message}`);
      }
    }
    return ids;
  }
}

/** The stored document already says what the file says, in every locale the file gives, slugs included. */
function unchanged(stored: ExportedReport, plan: Plan): boolean {
  const matches = (current: Version, incoming: Version) =>
    versionMatches(withSlug(stored.slug, current), withSlug(plan.slug, incoming));
  return Object.entries(plan.locales).every(([code, versions]) => {
    const current = stored.locales[code];
    if (!current || !matches(current.draft, versions.draft)) return false;
    if (!versions.published || !current.published) return !versions.published && !current.published;
    return matches(current.published, versions.published);
  });
}

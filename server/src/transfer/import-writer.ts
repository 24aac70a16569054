import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { validationError } from '../rules/validation-error';
import { loadReports } from './export-reports';
import { restoreRowFields } from './restore-row-fields';
import { restoreRowRelations } from './restore-row-relations';
import { findStoredDocument, restoreRowSlugs } from './restore-row-slugs';
import { yieldToEventLoop } from './paced-commit-events';
import {
  COMPUTED_FIELDS,
  isComponent,
  isRelation,
  sameContent,
  versionMatches,
  withSlug,
  type ExportedReport,
  type Version,
} from './report-shape';
import type { ImportError, ImportResult, ImportRights, Plan } from './import-types';

/**
 * Writes one checked report of an import file through strapi.documents(), so
 * the plugin's rules check it as they check any write; a refusal is tagged
 * with where in the report it happened.
 */

/** Tags an error with where in the report it happened. */
class AtPath extends Error {
  constructor(
    readonly path: string[],
    readonly inner: unknown
  ) {
    super('import error');
  }
}

export function errorsOf(strapi: Core.Strapi, error: unknown): ImportError[] {
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

export class ReportWriter {
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
    await restoreRowFields(strapi, documentId as string, plan.locales);
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
        throw new AtPath(['crimeAreas'], validationError([], message));
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

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import {
  rightName,
  type ContentManagerAction,
  type ContentManagerChecker,
} from '../permissions/content-manager-rights';
import {
  COMPUTED_FIELDS,
  componentFields,
  isComponent,
  sameContent,
  sameJson,
  withSlug,
  type ExportedReport,
  type LocaleVersions,
  type Version,
} from './report-shape';

/** One report of an import file, as the writer will write it. */
export interface PlannedReport {
  /** null for an untitled draft, which the file names by its documentId. */
  slug: string | null;
  documentId: string | null;
  locales: Record<string, { draft: Version; published: Version | null }>;
}

type Row = Record<string, unknown> & { locale?: string | null; publishedAt?: unknown };

export interface ImportRightsOptions {
  reports: ContentManagerChecker;
  crimeAreas: ContentManagerChecker;
  /** The importing admin: the creator of what the import creates, as in the Content Manager. */
  userId: number | string | null;
  /** The crime areas the file names (slug → name): those missing here would be created. */
  areaNames: Map<string, string>;
}

/**
 * Checks, before a report is written, that the role may make every write the
 * importer will make for it, with the Content Manager's checks: create or
 * update on each version it writes (the stored draft, or the row it would
 * create in that locale), on each field it writes, publish on each version it
 * publishes (every locale given with a published version) or unpublishes (a
 * stored published version the file gives as null), and create on each crime
 * area it adds. Throws a ForbiddenError naming the report and the first right
 * missing; the import then writes nothing.
 */
export function importRightsCheck(strapi: Core.Strapi, options: ImportRightsOptions) {
  const { reports, crimeAreas, userId, areaNames } = options;
  return async (plan: PlannedReport, documentId: string | null, stored: ExportedReport | null): Promise<void> => {
    const name = plan.slug ?? `documentId ${plan.documentId}`;
    const rows = documentId
      ? ((await strapi.db.query(REPORT_UID).findMany({
          where: { documentId },
          populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
        })) as Row[])
      : [];
    const refuse = (action: ContentManagerAction, what: string, field?: string): never => {
      const limited = !reports.cannot[action]();
      const why = field
        ? ` on the field ${field}`
        : limited
          ? " on it (the role's locales or conditions leave it out)"
          : '';
      throw new errors.ForbiddenError(`${name}: ${what} needs the ${rightName(action)} permission${why}`, {
        slug: plan.slug,
        right: action,
        ...(field ? { field } : {}),
      });
    };

    for (const [code, { draft, published }] of Object.entries(plan.locales)) {
      const localeKey = code === '' ? null : code;
      const inLocale = (row: Row) => (row.locale ?? null) === localeKey;
      const storedDraft = rows.find((row) => inLocale(row) && !row.publishedAt);
      const storedPublished = rows.find((row) => inLocale(row) && row.publishedAt);
      const version = code === '' ? 'the report' : `the ${code} version`;
      // What a row created by this import would look like to a condition.
      const newRow: Row = {
        ...draft,
        ...(localeKey ? { locale: localeKey } : {}),
        publishedAt: null,
        createdBy: userId === null ? null : { id: userId },
      };
      const target = storedDraft ?? newRow;
      const writes = storedDraft ? 'update' : 'create';
      const verb = storedDraft ? 'updating' : 'creating';
      if (reports.cannot[writes](target)) refuse(writes, `${verb} ${version}`);
      const slugChanges = stored?.slug !== plan.slug;
      // Versions compared with their own slugs: a version renamed alone changes the slug too.
      const current = stored?.locales[code];
      const storedVersions = current && {
        draft: withSlug(stored.slug, current.draft),
        published: current.published && withSlug(stored.slug, current.published),
      };
      const incoming = [withSlug(plan.slug, draft), published && withSlug(plan.slug, published)] as const;
      for (const field of changedFields(incoming[0], incoming[1], storedVersions, slugChanges)) {
        if (!mayWrite(reports, writes, target, field)) refuse(writes, `${verb} ${version}`, field);
      }
      // A new draft that must then differ from its published version is updated after the publish.
      if (!storedDraft && published && !sameContent(draft, published)) {
        if (reports.cannot.update(newRow)) refuse('update', `updating ${version}`);
      }
      if (published) {
        if (reports.cannot.publish(target)) refuse('publish', `publishing ${version}`);
      } else if (storedPublished && reports.cannot.unpublish(storedPublished)) {
        refuse('unpublish', `unpublishing ${version}`);
      }
    }

    for (const slug of await missingCrimeAreas(strapi, plan, areaNames)) {
      if (crimeAreas.cannot.create()) {
        throw new errors.ForbiddenError(
          `${name}: creating the crime area "${slug}" needs the Create permission on Crime Area`,
          { slug: plan.slug, right: 'create', crimeArea: slug }
        );
      }
    }
  };
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The fields whose stored value the import changes in a locale: a field the
 * file gives with the value already stored is rewritten as it is, which
 * changes nothing, so it needs no field permission (as a Content Manager save
 * of an unchanged form). In a locale the import creates, every field it fills.
 */
function changedFields(
  draft: Version,
  published: Version | null,
  current: LocaleVersions | undefined,
  slugChanges: boolean
): string[] {
  const fields = new Set<string>();
  const compare = (version: Version | null, against: Version | null | undefined) => {
    for (const [field, value] of Object.entries(version ?? {})) {
      if (COMPUTED_FIELDS.includes(field)) continue;
      const changed = against ? !sameJson(against[field] ?? null, value ?? null) : !isEmpty(value);
      if (changed) fields.add(field);
    }
  };
  compare(draft, current?.draft);
  compare(published, current ? (current.published ?? current.draft) : undefined);
  if (slugChanges || !current) fields.add('slug');
  return [...fields];
}

/**
 * Field permissions: a component's permission lists its own fields
 * (`routes.origin`), so a component counts as writable when the role may write
 * every field of it; any other field is checked by name.
 */
function mayWrite(checker: ContentManagerChecker, action: ContentManagerAction, row: Row, field: string): boolean {
  if (checker.can[action](row, field)) return true;
  if (!isComponent(field)) return false;
  const nested = componentFields(field) ?? [];
  return nested.length > 0 && nested.every((name) => checker.can[action](row, `${field}.${name}`));
}

/** Crime areas the report refers to that this Strapi lacks and the file names: the import would create them. */
async function missingCrimeAreas(strapi: Core.Strapi, plan: PlannedReport, areaNames: Map<string, string>) {
  const slugs = new Set<string>();
  for (const { draft, published } of Object.values(plan.locales)) {
    for (const version of [draft, published]) {
      for (const slug of (version?.crimeAreas as string[] | undefined) ?? []) {
        if (areaNames.has(slug)) slugs.add(slug);
      }
    }
  }
  if (slugs.size === 0) return [];
  const existing = (await strapi.db.query(CRIME_AREA_UID).findMany({
    where: { slug: { $in: [...slugs] } },
    select: ['slug'],
  })) as { slug: string }[];
  const found = new Set(existing.map((area) => area.slug));
  return [...slugs].filter((slug) => !found.has(slug)).sort();
}

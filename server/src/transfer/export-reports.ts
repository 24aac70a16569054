import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { readLocaleCode } from '../query/request-params';
import { readReportFilters } from '../query/stats-filters';
import type { ReadAccess } from '../permissions/content-manager-rights';
import {
  EXPORT_PLUGIN,
  EXPORT_VERSION,
  serializeVersion,
  versionPopulate,
  type ExportedCrimeArea,
  type ExportedReport,
  type ExportFile,
  type Version,
} from './report-shape';
import { yieldToEventLoop } from './paced-commit-events';
import { invalid } from '../rules/validation-error';

export type ExportFormat = 'json' | 'csv';
export interface ExportQuery {
  format: ExportFormat;
  where: Record<string, unknown>;
  locale: string | null;
}

const ALLOWED_PARAMS = ['format', 'filters', 'locale'];
/** Documents per page: one page of one locale and status is read between two yields. */
const BATCH = 50;

/** Reads ?format=&filters=&locale= of an export request; anything else is a 400 naming it. */
export function readExportQuery(strapi: Core.Strapi, query: Record<string, unknown>): ExportQuery {
  for (const key of Object.keys(query)) {
    if (!ALLOWED_PARAMS.includes(key)) {
      invalid([key], `Unknown parameter "${key}" (export accepts format, filters and locale)`);
    }
  }
  const format = query.format === undefined || query.format === '' ? 'json' : query.format;
  if (format !== 'json' && format !== 'csv') {
    invalid(['format'], 'format must be "json" or "csv"');
  }
  const where = readReportFilters(strapi, query.filters);
  const locale = query.locale === undefined || query.locale === '' ? null : readLocaleCode(query.locale);
  return { format: format as ExportFormat, where, locale };
}

type Row = { documentId: string; locale: string | null; publishedAt: unknown; slug: string | null };

/**
 * The reports a query selects, whole: a document matches when any of its
 * versions (in `locale`, when given) matches the filters. Sorted by slug, then
 * documentId, locales by code, so two exports of the same data are identical.
 */
export async function exportReports(
  strapi: Core.Strapi,
  { where, locale }: Pick<ExportQuery, 'where' | 'locale'>,
  access?: ReadAccess
): Promise<ExportedReport[]> {
  const readable = access?.filter ? [access.filter] : [];
  const scope = { $and: [where, ...(locale ? [{ locale: { $eq: locale } }] : []), ...readable] };
  const matching = (await strapi.db.query(REPORT_UID).findMany({ where: scope, select: ['documentId'] })) as Row[];
  const documentIds = [...new Set(matching.map((row) => row.documentId))];
  return loadReports(strapi, documentIds, locale, access);
}

/**
 * Every version of the given documents (in `locale` only, when given), as the
 * file holds them; with `access`, only the rows and fields that role may read.
 */
export async function loadReports(
  strapi: Core.Strapi,
  documentIds: string[],
  locale: string | null = null,
  access?: ReadAccess
): Promise<ExportedReport[]> {
  const reports = new Map<string, ExportedReport>();
  // Each version's own slug, keyed by documentId, then `${locale}/${status}` (see withVersionSlugs).
  const rowSlugs = new Map<string, Map<string, string | null>>();
  const populate = { ...versionPopulate(), ...access?.populate };
  const readable = access?.filter ? [access.filter] : [];
  for (let start = 0; start < documentIds.length; start += BATCH) {
    const batch = documentIds.slice(start, start + BATCH);
    const rows = (await strapi.db.query(REPORT_UID).findMany({
      where: { $and: [{ documentId: { $in: batch } }, ...(locale ? [{ locale }] : []), ...readable] },
      select: ['documentId', 'locale', 'publishedAt', 'slug'],
    })) as Row[];
    const locales = [...new Set(rows.map((row) => row.locale))];
    for (const code of locales) {
      for (const status of ['draft', 'published'] as const) {
        if (status === 'published' && !rows.some((row) => row.locale === code && row.publishedAt)) continue;
        // Other requests run between two pages (SQLite's driver is synchronous).
        await yieldToEventLoop();
        const versions = (await strapi.documents(REPORT_UID).findMany({
          filters: { $and: [{ documentId: { $in: batch } }, ...readable] },
          ...(code ? { locale: code } : {}),
          status,
          populate,
          limit: batch.length,
        } as never)) as unknown as Record<string, unknown>[];
        for (const version of versions) {
          const documentId = version.documentId as string;
          const report = reports.get(documentId) ?? {
            documentId,
            slug: (version.slug as string | null) ?? null,
            locales: {},
          };
          reports.set(documentId, report);
          const key = code ?? '';
          report.locales[key] ??= { draft: {}, published: null };
          const serialized = access
            ? await access.readable(version, serializeVersion(version))
            : serializeVersion(version);
          if (!rowSlugs.has(documentId)) rowSlugs.set(documentId, new Map());
          rowSlugs.get(documentId)?.set(`${key}/${status}`, (version.slug as string | null) ?? null);
          if (status === 'draft') report.locales[key].draft = serialized;
          else report.locales[key].published = serialized;
        }
      }
    }
  }
  return [...reports.values()]
    .map((report) =>
      withVersionSlugs(
        {
          ...report,
          locales: Object.fromEntries(
            Object.keys(report.locales)
              .sort()
              .map((code) => [code, report.locales[code]])
          ),
        },
        rowSlugs.get(report.documentId) ?? new Map()
      )
    )
    .sort((a, b) => compare(a.slug ?? '', b.slug ?? '') || compare(a.documentId, b.documentId));
}

/**
 * A report's slug is its first locale's draft slug (locales by code): the
 * slug the document will go live under at its next publish. A version whose
 * row holds another slug (a draft renamed after publishing keeps the live slug
 * on the published rows until the next publish) carries its own `slug`; when
 * every row agrees the file holds the report's slug only.
 */
function withVersionSlugs(report: ExportedReport, slugs: Map<string, string | null>): ExportedReport {
  const [first] = Object.keys(report.locales);
  const slug = first === undefined ? report.slug : (slugs.get(`${first}/draft`) ?? null);
  const tagged = (version: Version | null, key: string): Version | null => {
    if (!version || !slugs.has(key) || slugs.get(key) === slug) return version;
    return { slug: slugs.get(key) ?? null, ...version };
  };
  const locales = Object.fromEntries(
    Object.entries(report.locales).map(([code, { draft, published }]) => [
      code,
      { draft: tagged(draft, `${code}/draft`) as Version, published: tagged(published, `${code}/published`) },
    ])
  );
  return { ...report, slug, locales };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The crime areas the reports refer to, so an import can recreate any that is missing. */
async function crimeAreasOf(strapi: Core.Strapi, reports: ExportedReport[]): Promise<ExportedCrimeArea[]> {
  const slugs = new Set<string>();
  for (const report of reports) {
    for (const versions of Object.values(report.locales)) {
      for (const version of [versions.draft, versions.published]) {
        for (const slug of (version?.crimeAreas as string[] | undefined) ?? []) slugs.add(slug);
      }
    }
  }
  if (slugs.size === 0) return [];
  const areas = (await strapi.db.query(CRIME_AREA_UID).findMany({
    where: { slug: { $in: [...slugs] } },
    select: ['slug', 'name'],
  })) as ExportedCrimeArea[];
  return areas.map(({ slug, name }) => ({ slug, name })).sort((a, b) => compare(a.slug, b.slug));
}

export async function exportFile(
  strapi: Core.Strapi,
  query: Pick<ExportQuery, 'where' | 'locale'>,
  now = new Date(),
  access?: ReadAccess
): Promise<ExportFile> {
  const reports = await exportReports(strapi, query, access);
  return {
    version: EXPORT_VERSION,
    plugin: EXPORT_PLUGIN,
    exportedAt: now.toISOString(),
    crimeAreas: await crimeAreasOf(strapi, reports),
    reports,
  };
}

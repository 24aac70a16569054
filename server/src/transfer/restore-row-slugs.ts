import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/constants';
import { MODELS } from '../model/models';
import { releaseUnusedSlugs, reserveSlug, slugTargetOf } from '../slugs/slug-registry';
import { slugOf, type LocaleVersions } from './report-shape';

/** The registry scope of reports, from the write rules. */
const SCOPE = MODELS[REPORT_UID].scope;

/**
 * The stored document a report of the file updates: the one holding its slug
 * (by documentId when it has none), else one holding a version's own slug
 * (the file may hold a renamed draft of a report stored before the rename).
 */
export async function findStoredDocument(
  strapi: Core.Strapi,
  plan: { slug: string | null; documentId: string | null; locales: Record<string, LocaleVersions> }
): Promise<string | null> {
  const keys: Record<string, string | null>[] = [
    plan.slug === null ? { documentId: plan.documentId } : { slug: plan.slug },
  ];
  const versionSlugs = Object.values(plan.locales)
    .flatMap(({ draft, published }) => (published ? [draft, published] : [draft]))
    .map((version) => slugOf(plan.slug, version))
    .filter((slug): slug is string => slug !== null && slug !== plan.slug);
  for (const slug of new Set(versionSlugs)) keys.push({ slug });
  for (const where of keys) {
    const row = (await strapi.db.query(REPORT_UID).findOne({ where, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    if (row) return row.documentId;
  }
  return null;
}

type Row = { id: number; locale: string | null; publishedAt: unknown; slug: string | null };

/**
 * A report's rows may hold different slugs (a draft renamed after publishing
 * keeps the live slug on its published rows), and the file then gives a
 * version its own slug. The writes give every row the report's slug, and a
 * per-version slug written through the document service would be copied to
 * the other locales' rows of the same status, so each row is set to its own
 * slug here, in the import's transaction. The slug registry then holds
 * exactly the slugs the rows hold: a slug another document holds refuses the
 * report (ValidationError on `slug`), which rolls the report back; `step`
 * names the version it is about.
 */
export async function restoreRowSlugs(
  strapi: Core.Strapi,
  documentId: string,
  reportSlug: string | null,
  locales: Record<string, LocaleVersions>,
  step: (at: string[], run: () => Promise<void>) => Promise<void>
): Promise<void> {
  const rows = (await strapi.db.query(REPORT_UID).findMany({
    where: { documentId },
    select: ['id', 'locale', 'publishedAt', 'slug'],
  })) as Row[];
  const target = slugTargetOf(strapi, REPORT_UID, SCOPE);
  const changed: { slug: string | null; at: string[] }[] = [];
  for (const row of rows) {
    const code = row.locale ?? '';
    const status = row.publishedAt ? 'published' : 'draft';
    const version = locales[code]?.[status];
    if (!version) continue;
    const wanted = slugOf(reportSlug, version);
    if (wanted === (row.slug ?? null)) continue;
    await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: { slug: wanted } as never });
    changed.push({ slug: wanted, at: ['locales', code, status] });
  }
  if (changed.length === 0) return;
  // Joins the import's transaction.
  await strapi.db.transaction(async ({ trx }) => {
    for (const { slug, at } of changed) {
      if (slug !== null)
        await step(at, async () => void (await reserveSlug(trx, target, slug, documentId, { exact: true })));
    }
    await releaseUnusedSlugs(trx, target, documentId);
  });
}

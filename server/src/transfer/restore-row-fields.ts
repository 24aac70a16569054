import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/constants';
import type { LocaleVersions } from './report-shape';

/**
 * Fields the write rules fill when a write leaves them empty: `series`, from
 * the codename of the locale written. Writing an export back can fill a row
 * that the file holds empty: a locale's published version is written as its
 * draft, and the series the report's other drafts hold is taken for it. Each
 * row is set to its own version's value afterwards, so the import gives back
 * what was exported. (A file from before the field has no value to restore.)
 */
const FILLED_BY_RULES = ['series'];

export async function restoreRowFields(
  strapi: Core.Strapi,
  documentId: string,
  locales: Record<string, LocaleVersions>
): Promise<void> {
  const rows = (await strapi.db.query(REPORT_UID).findMany({
    where: { documentId },
    select: ['id', 'locale', 'publishedAt', ...FILLED_BY_RULES],
  })) as ({ id: number; locale: string | null; publishedAt: unknown } & Record<string, unknown>)[];
  for (const row of rows) {
    const { draft, published } = locales[row.locale ?? ''] ?? {};
    const version = row.publishedAt ? published : draft;
    if (!version) continue;
    const changed = FILLED_BY_RULES.filter(
      (field) => field in version && (version[field] ?? null) !== (row[field] ?? null)
    );
    if (changed.length === 0) continue;
    const data = Object.fromEntries(changed.map((field) => [field, version[field] ?? null]));
    await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: data as never });
  }
}

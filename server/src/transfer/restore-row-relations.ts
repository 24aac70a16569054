import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { isRelation, VERSION_FIELDS, type LocaleVersions } from './report-shape';

type Row = { id: number; locale: string | null; publishedAt: unknown } & Record<string, unknown>;

const RELATIONS = VERSION_FIELDS.filter(isRelation);
const slugsOf = (value: unknown) => [...((value as string[] | undefined) ?? [])].sort().join('\n');

/**
 * The plugin keeps a report's crime areas equal across locales by copying a
 * write to the other locales' rows, so writing an export back row by row
 * cannot give two rows different crime areas. A file can still hold such rows
 * (exported from a store where they differ: a publish does not copy, so a
 * locale's published row keeps the crime areas it was published with).
 * When the file's rows of one report disagree, each row is set to its own
 * list afterwards, so the import gives back what was exported.
 */
export async function restoreRowRelations(
  strapi: Core.Strapi,
  documentId: string,
  locales: Record<string, LocaleVersions>
): Promise<void> {
  for (const relation of RELATIONS) {
    const versions = Object.values(locales).flatMap(({ draft, published }) =>
      published ? [draft, published] : [draft]
    );
    const lists = new Set(versions.filter((version) => relation in version).map((v) => slugsOf(v[relation])));
    if (lists.size <= 1) continue;

    const rows = (await strapi.db.query(REPORT_UID).findMany({
      where: { documentId },
      select: ['id', 'locale', 'publishedAt'],
      populate: { [relation]: { select: ['id', 'slug'] } },
    })) as Row[];
    for (const row of rows) {
      const versionsOfLocale = locales[row.locale ?? ''];
      const version = row.publishedAt ? versionsOfLocale?.published : versionsOfLocale?.draft;
      if (!version || !(relation in version)) continue;
      const stored = ((row[relation] as { slug: string }[] | null) ?? []).map((area) => area.slug);
      if (slugsOf(stored) === slugsOf(version[relation])) continue;
      const areas = (await strapi.db.query(CRIME_AREA_UID).findMany({
        where: { slug: { $in: version[relation] as string[] } },
        select: ['id'],
      })) as { id: number }[];
      await strapi.db.query(REPORT_UID).update({
        where: { id: row.id },
        data: { [relation]: areas.map((area) => area.id) } as never,
      });
    }
  }
}

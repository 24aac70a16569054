import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID } from './strapi';

/**
 * Rows as an upgrade, `strapi import`, `strapi transfer` or plain SQL leave
 * them: written straight into the plugin's tables, none of its rules applied.
 * Several documents (drafts, published rows, two locales) share a slug, some
 * have none, new fields have no defaults and durationDays is missing.
 */
export const DOC = {
  harbour: 'aroundharbour00000000001',
  copy: 'aroundcopy00000000000002',
  again: 'aroundagain0000000000003',
  second: 'aroundsecond000000000004',
  north: 'aroundnorth0000000000005',
  twin: 'aroundtwin00000000000006',
  sahel: 'aroundsahel0000000000007',
  untitled: 'arounduntitled0000000008',
  inverted: 'aroundinverted0000000009',
  kept: 'aroundkept00000000000010',
  blueLow: 'aroundbluelow00000000011',
  blueRegistered: 'aroundblueregistered0012',
  star: 'aroundstar00000000000013',
  wildlife: 'aroundwildlife0000000014',
  labourCopy: 'aroundlabourcopy00000015',
} as const;

const NOV = { start_date: '2025-11-10', end_date: '2025-11-21' };
const NO_DATES = { start_date: null, end_date: null };
type Shape = [
  id: number,
  documentId: string,
  locale: string,
  published: boolean,
  title: string | null,
  slug: string | null,
];

const REPORTS: (Shape | [...Shape, Record<string, unknown>])[] = [
  [101, DOC.harbour, 'en', false, 'Operation Harbour Light', 'operation-harbour-light'],
  [102, DOC.harbour, 'en', true, 'Operation Harbour Light', 'operation-harbour-light'],
  [103, DOC.harbour, 'fr', false, 'Opération Phare du Port', 'operation-harbour-light'],
  [110, DOC.copy, 'en', false, 'Operation Harbour Light (copy)', 'operation-harbour-light'],
  [111, DOC.copy, 'en', true, 'Operation Harbour Light (copy)', 'operation-harbour-light'],
  [120, DOC.again, 'en', false, 'Harbour Light, again', 'operation-harbour-light'],
  [125, DOC.second, 'en', false, 'Operation Harbour Light 2', 'operation-harbour-light-2'],
  [130, DOC.north, 'en', false, 'Opération Grand Nord', null],
  [131, DOC.north, 'en', true, 'Opération Grand Nord', null],
  [132, DOC.north, 'fr', false, 'Opération Grand Nord (fr)', ''],
  [140, DOC.twin, 'en', false, 'Operation Harbour Light', null],
  [150, DOC.sahel, 'en', false, 'Operation Sahel Route', 'operation-sahel-route'],
  [151, DOC.sahel, 'fr', false, 'Opération Route du Sahel', ''],
  [152, DOC.sahel, 'en', true, 'Operation Sahel Route', null],
  [160, DOC.untitled, 'en', false, null, null, NO_DATES],
  [
    161,
    DOC.inverted,
    'en',
    false,
    'Operation Inverted',
    'operation-inverted',
    { start_date: '2025-11-21', end_date: '2025-11-10' },
  ],
  [162, DOC.kept, 'en', false, 'Operation Kept Figure', 'operation-kept-figure', { duration_days: 99 }],
  [165, DOC.blueLow, 'en', false, 'Operation Blue Wave', 'operation-blue-wave'],
  [170, DOC.blueRegistered, 'en', true, 'Operation Blue Wave', 'operation-blue-wave'],
  [171, DOC.blueRegistered, 'en', false, 'Operation Blue Wave', 'operation-blue-wave'],
  [175, DOC.star, 'en', false, 'Operation North Star', 'operation-north-star'],
];

/** Registry rows an earlier boot (or a backup) left: one current, one outdated, two stale. */
const REGISTRY = [
  ['operation-blue-wave', DOC.blueRegistered],
  ['operation-north-star', DOC.harbour],
  ['operation-gone', 'aroundgonedocument000016'],
  ['operation-pending', '~pending'],
];

const WRITTEN_AT = new Date('2025-12-01T08:00:00.000Z');

/** What boot must make of the reports' slugs: row id → slug. */
export const EXPECTED_REPORT_SLUGS: Record<number, string | null> = {
  101: 'operation-harbour-light',
  102: 'operation-harbour-light',
  103: 'operation-harbour-light',
  // The oldest document keeps the slug; -2 was already used, so the others take -3 and -4.
  110: 'operation-harbour-light-3',
  111: 'operation-harbour-light-3',
  120: 'operation-harbour-light-4',
  125: 'operation-harbour-light-2',
  130: 'operation-grand-nord',
  131: 'operation-grand-nord',
  132: 'operation-grand-nord',
  140: 'operation-harbour-light-5',
  150: 'operation-sahel-route',
  151: 'operation-sahel-route',
  152: 'operation-sahel-route',
  160: null,
  161: 'operation-inverted',
  162: 'operation-kept-figure',
  // The registry named the other document: it keeps the URL it has been serving.
  165: 'operation-blue-wave-2',
  170: 'operation-blue-wave',
  171: 'operation-blue-wave',
  175: 'operation-north-star',
};

export const EXPECTED_REPORT_REGISTRY: [string, string][] = [
  ['operation-blue-wave', DOC.blueRegistered],
  ['operation-blue-wave-2', DOC.blueLow],
  ['operation-grand-nord', DOC.north],
  ['operation-harbour-light', DOC.harbour],
  ['operation-harbour-light-2', DOC.second],
  ['operation-harbour-light-3', DOC.copy],
  ['operation-harbour-light-4', DOC.again],
  ['operation-harbour-light-5', DOC.twin],
  ['operation-inverted', DOC.inverted],
  ['operation-kept-figure', DOC.kept],
  ['operation-north-star', DOC.star],
  ['operation-sahel-route', DOC.sahel],
];

export const REPORT_IDS = REPORTS.map(([id]) => id);

function reportRow([id, documentId, locale, published, title, slug, extra]:
  | Shape
  | [...Shape, Record<string, unknown>]) {
  return {
    id,
    document_id: documentId,
    locale,
    published_at: published ? WRITTEN_AT : null,
    title,
    slug,
    ...NOV,
    duration_days: null,
    figures_status: null,
    arrests: 100,
    arrests_qualifier: null,
    created_at: WRITTEN_AT,
    updated_at: WRITTEN_AT,
    ...extra,
  };
}

/**
 * Writes the rows around the plugin, in the given order (ids are explicit, so
 * a reversed order must give the same result).
 */
export async function writeRowsAroundThePlugin(strapi: Core.Strapi, order: 'forward' | 'reverse') {
  const knex = strapi.db.connection;
  const ordered = <T>(items: T[]) => (order === 'forward' ? items : [...items].reverse());
  for (const row of ordered(REPORTS.map(reportRow))) await knex('operation_reports').insert(row);

  const areaAttributes = (strapi.db.metadata.get(CRIME_AREA_UID) as unknown as { attributes: Record<string, unknown> })
    .attributes;
  const area = (id: number, documentId: string, name: string, slug: string | null) => ({
    id,
    document_id: documentId,
    name,
    slug,
    created_at: WRITTEN_AT,
    updated_at: WRITTEN_AT,
    ...('publishedAt' in areaAttributes ? { published_at: WRITTEN_AT } : {}),
  });
  for (const row of ordered([
    area(50, DOC.wildlife, 'Wildlife crime', null),
    area(51, DOC.labourCopy, 'Forced labour (imported twice)', 'forced-labour'),
  ])) {
    await knex('operation_reports_crime_areas').insert(row);
  }
  for (const [slug, owner] of ordered(REGISTRY)) {
    await knex('operation_reports_slug_registry').insert({ scope: 'operation-report', slug, owner });
  }
  if (String(strapi.db.dialect.client) === 'postgres') {
    // Explicit ids leave PostgreSQL's sequences behind: move them past the rows written.
    for (const table of ['operation_reports', 'operation_reports_crime_areas']) {
      await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [table, table]);
    }
  }
}

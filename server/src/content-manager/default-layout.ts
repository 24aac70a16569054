import type { Core } from '@strapi/strapi';
import { STATS, qualifierFieldOf } from '../../../shared/stats';
import { PLUGIN_ID, REPORT_UID } from '../../../shared/constants';

/** Bump when the default layout changes: sites then get the new one once. */
const LAYOUT_VERSION = 1;
const STORE_KEY = 'content-manager-layout-version';

type Row = { name: string; size: number }[];

const row = (...fields: [string, number][]): Row => fields.map(([name, size]) => ({ name, size }));

/** Identity, dates, figures two to a row, narrative, then taxonomy and components. */
function reportEditLayout(): Row[] {
  const figures: Row[] = [];
  for (let i = 0; i < STATS.length; i += 2) {
    figures.push(row(...STATS.slice(i, i + 2).map(({ name }): [string, number] => [name, 6])));
  }
  return [
    row(['title', 8], ['slug', 4]),
    row(['codename', 4], ['agency', 4], ['headquarters', 4]),
    row(['startDate', 4], ['endDate', 4], ['durationDays', 4]),
    row(['announcedOn', 4], ['figuresStatus', 4]),
    ...figures,
    row(['summary', 12]),
    row(['body', 12]),
    row(['crimeAreas', 12]),
    row(['additionalStats', 12]),
    row(['routes', 12]),
    row(['quotes', 12]),
    row(['sources', 12]),
  ];
}

const REPORT_LIST_LAYOUT = ['title', 'codename', 'startDate', 'arrests'];

/**
 * Gives the Content Manager the plugin's layout for reports once per layout
 * version; changes an editor makes afterwards in "Configure the view" stay.
 * Qualifier fields are edited inside their stat's input, so they are hidden;
 * durationDays is computed, so it is read-only.
 */
export async function applyDefaultLayout(strapi: Core.Strapi): Promise<boolean> {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return false;
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const applied = Number((await store.get({ key: STORE_KEY })) ?? 0);
  if (applied >= LAYOUT_VERSION) return false;

  const service = contentManager.service('content-types');
  const contentType = service.findContentType(REPORT_UID);
  const current = await service.findConfiguration(contentType);
  const metadatas = structuredClone(current.metadatas ?? {}) as Record<string, { edit: Record<string, unknown> }>;
  for (const { name } of STATS) {
    const field = qualifierFieldOf(name);
    if (metadatas[field]) metadatas[field].edit = { ...metadatas[field].edit, visible: false };
  }
  if (metadatas.durationDays) metadatas.durationDays.edit = { ...metadatas.durationDays.edit, editable: false };

  await service.updateConfiguration(contentType, {
    settings: current.settings,
    metadatas,
    layouts: { ...current.layouts, edit: reportEditLayout(), list: REPORT_LIST_LAYOUT },
  });
  await store.set({ key: STORE_KEY, value: LAYOUT_VERSION });
  return true;
}

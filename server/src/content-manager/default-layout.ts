import type { Core } from '@strapi/strapi';
import { STATS, qualifierFieldOf } from '../../../shared/stats';
import { PLUGIN_ID, REPORT_UID } from '../../../shared/constants';
import { COMPONENT_FIELD_WORDS, CONTENT_TYPE_FIELD_WORDS, REPORT_FIELD_WORDS, type FieldWords } from './field-words';

/** Bump when the default layout changes: sites then get the new one once. */
const LAYOUT_VERSION = 3;
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
    row(['codename', 6], ['series', 6]),
    row(['agency', 6], ['headquarters', 6]),
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

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Metadatas = Record<string, Metadata>;
type Configuration = { settings?: unknown; metadatas?: Metadatas; layouts?: Record<string, unknown> };
/** What the Content Manager's `content-types` and `components` services share. */
type ConfigService = {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
};

/** Version 1: rows, list columns, qualifiers hidden (edited in their stat's input), durationDays read-only. */
function layoutStep(current: Configuration) {
  const metadatas = structuredClone(current.metadatas ?? {}) as Metadatas;
  for (const { name } of STATS) {
    const field = qualifierFieldOf(name);
    if (metadatas[field]) metadatas[field].edit = { ...metadatas[field].edit, visible: false };
  }
  if (metadatas.durationDays) metadatas.durationDays.edit = { ...metadatas.durationDays.edit, editable: false };
  return { metadatas, layouts: { ...current.layouts, edit: reportEditLayout(), list: REPORT_LIST_LAYOUT } };
}

/** The identity row versions 1 and 2 gave, before `series` existed. */
const V2_IDENTITY_ROW = ['codename', 'agency', 'headquarters'];

/**
 * Version 3: `series` beside the codename it is derived from. Strapi put the
 * new field at the end of the edit layout; it moves next to `codename`. A
 * site still on the default identity row gets the new default rows; a site
 * whose editors arranged their own gets series in the codename's row when it
 * fits, else on a row of its own just below. Nothing else moves.
 */
export function withSeriesBesideCodename(edit: Row[]): Row[] {
  const rows = edit.map((r) => r.filter((field) => field.name !== 'series')).filter((r) => r.length > 0);
  const at = rows.findIndex((r) => r.some((field) => field.name === 'codename'));
  if (at === -1) return [...rows, row(['series', 6])];
  const names = rows[at].map((field) => field.name);
  if (names.length === V2_IDENTITY_ROW.length && names.every((name, i) => name === V2_IDENTITY_ROW[i])) {
    return [
      ...rows.slice(0, at),
      row(['codename', 6], ['series', 6]),
      row(['agency', 6], ['headquarters', 6]),
      ...rows.slice(at + 1),
    ];
  }
  const used = rows[at].reduce((sum, field) => sum + field.size, 0);
  if (used + 4 <= 12) {
    const after = rows[at].findIndex((field) => field.name === 'codename') + 1;
    const withSeries = [...rows[at].slice(0, after), { name: 'series', size: 4 }, ...rows[at].slice(after)];
    return [...rows.slice(0, at), withSeries, ...rows.slice(at + 1)];
  }
  return [...rows.slice(0, at + 1), row(['series', 6]), ...rows.slice(at + 1)];
}

/** Strapi's own label for a field is its name: anything else is an editor's, and stays. */
const isUntouchedLabel = (label: unknown, field: string) => label === undefined || label === '' || label === field;

/**
 * Version 2: editors' labels and help. Only labels still Strapi's default
 * (the field name) and empty descriptions are filled in, so what an editor
 * already wrote in "Configure the view" stays.
 */
export function withFieldWords(metadatas: Metadatas, words: Readonly<Record<string, FieldWords>>): Metadatas {
  const next = structuredClone(metadatas);
  for (const [field, { label, help }] of Object.entries(words)) {
    const metadata = next[field];
    if (!metadata) continue;
    const edit = { ...metadata.edit };
    if (isUntouchedLabel(edit.label, field)) edit.label = label;
    if (help && !edit.description) edit.description = help;
    metadata.edit = edit;
    if (metadata.list && isUntouchedLabel(metadata.list.label, field)) metadata.list = { ...metadata.list, label };
  }
  return next;
}

async function applyWords(service: ConfigService, model: unknown, words: Readonly<Record<string, FieldWords>>) {
  if (!model) return;
  const current = await service.findConfiguration(model);
  await service.updateConfiguration(model, {
    settings: current.settings,
    layouts: current.layouts,
    metadatas: withFieldWords(current.metadatas ?? {}, words),
  });
}

/**
 * Gives the Content Manager the plugin's layout and words once per layout
 * version: a site gets each step it has not had yet, in order, and changes an
 * editor makes afterwards in "Configure the view" stay.
 */
export async function applyDefaultLayout(strapi: Core.Strapi): Promise<boolean> {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return false;
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const applied = Number((await store.get({ key: STORE_KEY })) ?? 0);
  if (applied >= LAYOUT_VERSION) return false;

  const contentTypes = contentManager.service('content-types') as ConfigService & {
    findContentType(uid: string): unknown;
  };
  const components = contentManager.service('components') as ConfigService & { findComponent(uid: string): unknown };
  const report = contentTypes.findContentType(REPORT_UID);
  if (applied < 1) {
    const current = await contentTypes.findConfiguration(report);
    await contentTypes.updateConfiguration(report, { settings: current.settings, ...layoutStep(current) });
  }
  if (applied < 2) {
    for (const [uid, words] of Object.entries(CONTENT_TYPE_FIELD_WORDS)) {
      await applyWords(contentTypes, contentTypes.findContentType(uid), words);
    }
    for (const [uid, words] of Object.entries(COMPONENT_FIELD_WORDS)) {
      await applyWords(components, components.findComponent(uid), words);
    }
  }
  if (applied >= 1 && applied < 3) {
    // A fresh site got series in place from version 1's rows; an upgraded one gets it moved, and its words.
    const current = await contentTypes.findConfiguration(report);
    const edit = withSeriesBesideCodename((current.layouts?.edit as Row[] | undefined) ?? []);
    await contentTypes.updateConfiguration(report, {
      settings: current.settings,
      metadatas:
        applied < 2
          ? current.metadatas
          : withFieldWords(current.metadatas ?? {}, { series: REPORT_FIELD_WORDS.series }),
      layouts: { ...current.layouts, edit },
    });
  }
  await store.set({ key: STORE_KEY, value: LAYOUT_VERSION });
  return true;
}

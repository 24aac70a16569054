import { CRIME_AREA_UID, COMPONENT_CATEGORY, PLUGIN_ID } from '../../shared/constants';
import { DEFAULT_QUALIFIER, STATS, STAT_MAX, STAT_QUALIFIERS, qualifierFieldOf } from '../../shared/stats';

/**
 * The Operation Report content type. The six stats and their qualifiers are
 * spread from the stat list (shared/stats.ts): each stat is a `stat` custom
 * field (an integer from 0 to STAT_MAX) followed, after all the stats, by its
 * `<name>Qualifier` enumeration. The order of the attributes is the admin's
 * edit layout and the export's field order: keep it.
 */

const localized = (yes: boolean) => ({ pluginOptions: { i18n: { localized: yes } } });

const statAttributes = Object.fromEntries(
  STATS.map((stat) => [
    stat.name,
    { type: 'customField', customField: `plugin::${PLUGIN_ID}.stat`, min: 0, max: STAT_MAX, ...localized(false) },
  ])
);

const qualifierAttributes = Object.fromEntries(
  STATS.map((stat) => [
    qualifierFieldOf(stat.name),
    { type: 'enumeration', enum: [...STAT_QUALIFIERS], default: DEFAULT_QUALIFIER, ...localized(false) },
  ])
);

const components = (name: string, isLocalized: boolean) => ({
  type: 'component',
  repeatable: true,
  component: `${COMPONENT_CATEGORY}.${name}`,
  ...localized(isLocalized),
});

export default {
  kind: 'collectionType',
  collectionName: 'operation_reports',
  info: {
    singularName: 'operation-report',
    pluralName: 'operation-reports',
    displayName: 'Operation Report',
    description: 'A coordinated law-enforcement operation and the figures reported for it.',
  },
  options: { draftAndPublish: true },
  pluginOptions: {
    i18n: { localized: true },
    'content-manager': { visible: true },
    'content-type-builder': { visible: true },
  },
  indexes: [
    { name: 'operation_reports_slug_idx', columns: ['slug'] },
    { name: 'operation_reports_start_date_idx', columns: ['start_date'] },
    // The compare route's lookup: the latest edition of a series before a date.
    { name: 'operation_reports_series_idx', columns: ['series', 'start_date'] },
  ],
  attributes: {
    title: { type: 'string', required: true, minLength: 1, maxLength: 200, ...localized(true) },
    slug: { type: 'uid', targetField: 'title', ...localized(false) },
    codename: { type: 'string', maxLength: 120, ...localized(true) },
    series: { type: 'string', maxLength: 120, ...localized(false) },
    agency: { type: 'string', maxLength: 120, ...localized(true) },
    headquarters: { type: 'string', maxLength: 120, ...localized(true) },
    startDate: { type: 'date', required: true, ...localized(false) },
    endDate: { type: 'date', required: true, ...localized(false) },
    durationDays: { type: 'integer', min: 1, ...localized(false), writable: false },
    announcedOn: { type: 'date', ...localized(false) },
    figuresStatus: { type: 'enumeration', enum: ['preliminary', 'final'], default: 'final', ...localized(false) },
    summary: { type: 'text', maxLength: 2000, ...localized(true) },
    body: { type: 'blocks', ...localized(true) },
    ...statAttributes,
    ...qualifierAttributes,
    additionalStats: components('metric', false),
    crimeAreas: { type: 'relation', relation: 'manyToMany', target: CRIME_AREA_UID, ...localized(false) },
    routes: components('route', true),
    quotes: components('quote', true),
    sources: components('source', false),
  },
};

import { STATS, qualifierFieldOf } from '../../../shared/stats';
import { COMPONENT_CATEGORY, CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';

/** What an editor reads for a field: its label and, where useful, a line of help. */
export interface FieldWords {
  label: string;
  help?: string;
}

/**
 * The English labels and help the Content Manager's metadata gets. While the
 * metadata still holds these words, the admin's layout hooks show them in the
 * editor's language from admin/src/translations
 * (`operation-reports.label.<uid>.<field>` for labels of content types and
 * components, `operation-reports.field.<field>.help` for help); words an editor
 * changed are shown as written. tests/unit/field-words.test.ts holds en.json to
 * these words.
 */
export const REPORT_FIELD_WORDS: Readonly<Record<string, FieldWords>> = {
  title: { label: 'Title' },
  slug: { label: 'Slug', help: "Made from the title: the report's web address" },
  codename: { label: 'Code name' },
  series: {
    label: 'Series',
    help: 'Editions share it; left empty, the code name without its number',
  },
  agency: { label: 'Agency' },
  headquarters: { label: 'Headquarters' },
  startDate: { label: 'Start date' },
  endDate: { label: 'End date' },
  durationDays: { label: 'Duration (days)', help: 'Counted from the dates, both days included' },
  announcedOn: { label: 'Announced on', help: 'The day the agency announced the results' },
  figuresStatus: { label: 'Figures status', help: 'Preliminary: the agency may revise them' },
  summary: { label: 'Summary' },
  body: { label: 'Text' },
  ...Object.fromEntries(STATS.map(({ name, label }) => [name, { label }])),
  ...Object.fromEntries(STATS.map(({ name, label }) => [qualifierFieldOf(name), { label: `${label}: qualifier` }])),
  additionalStats: { label: 'Other figures' },
  crimeAreas: { label: 'Crime areas' },
  routes: { label: 'Routes' },
  quotes: { label: 'Quotes' },
  sources: { label: 'Sources' },
};

export const CRIME_AREA_FIELD_WORDS: Readonly<Record<string, FieldWords>> = {
  name: { label: 'Name' },
  slug: { label: 'Slug' },
};

const component = (name: string) => `${COMPONENT_CATEGORY}.${name}`;

export const COMPONENT_FIELD_WORDS: Readonly<Record<string, Readonly<Record<string, FieldWords>>>> = {
  [component('metric')]: {
    label: { label: 'What was counted' },
    value: { label: 'Value' },
    unit: { label: 'Unit' },
    qualifier: { label: 'Qualifier' },
  },
  [component('quote')]: { speaker: { label: 'Speaker' }, role: { label: 'Role' }, text: { label: 'Quote' } },
  [component('route')]: { origin: { label: 'From' }, destination: { label: 'To' }, note: { label: 'Note' } },
  [component('source')]: {
    title: { label: 'Title' },
    publisher: { label: 'Publisher' },
    url: { label: 'Web address' },
    publishedOn: { label: 'Published on' },
  },
};

/** The content types whose fields get words, by uid. */
export const CONTENT_TYPE_FIELD_WORDS: Readonly<Record<string, Readonly<Record<string, FieldWords>>>> = {
  [REPORT_UID]: REPORT_FIELD_WORDS,
  [CRIME_AREA_UID]: CRIME_AREA_FIELD_WORDS,
};

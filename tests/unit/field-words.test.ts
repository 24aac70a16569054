import en from '../../admin/src/translations/en.json';
import es from '../../admin/src/translations/es.json';
import fr from '../../admin/src/translations/fr.json';
import {
  COMPONENT_FIELD_WORDS,
  CONTENT_TYPE_FIELD_WORDS,
  type FieldWords,
} from '../../server/src/content-manager/field-words';
import { withFieldWords } from '../../server/src/content-manager/default-layout';

const english: Record<string, string> = en;
const french: Record<string, string> = fr;
const spanish: Record<string, string> = es;

/** Every label and help the metadata gets, with the admin translation key it is looked up by. */
const entries: [key: string, text: string][] = [
  ...Object.entries(CONTENT_TYPE_FIELD_WORDS).flatMap(([uid, words]) =>
    Object.entries(words).map(([field, { label }]): [string, string] => [
      `operation-reports.label.${uid}.${field}`,
      label,
    ])
  ),
  ...Object.entries(COMPONENT_FIELD_WORDS).flatMap(([uid, words]) =>
    Object.entries(words).map(([field, { label }]): [string, string] => [
      `operation-reports.label.${uid}.${field}`,
      label,
    ])
  ),
  ...Object.values(CONTENT_TYPE_FIELD_WORDS).flatMap((words) =>
    Object.entries(words)
      .filter((entry): entry is [string, Required<FieldWords>] => Boolean(entry[1].help))
      .map(([field, { help }]): [string, string] => [`operation-reports.field.${field}.help`, help])
  ),
];

describe('field words', () => {
  it.each(entries)('%s is the metadata’s English in en.json and has a French and a Spanish text', (key, text) => {
    expect(english[key]).toBe(text);
    expect(french[key]).toBeTruthy();
    expect(spanish[key]).toBeTruthy();
  });

  it('labels the fields an editor reads in words, never their API names', () => {
    for (const [, text] of entries) expect(text).not.toMatch(/[a-z][A-Z]/);
  });

  it('fills Strapi’s default labels and empty help, and keeps what an editor wrote', () => {
    const words = { startDate: { label: 'Start date' }, durationDays: { label: 'Duration (days)', help: 'Counted' } };
    const metadatas = {
      startDate: { edit: { label: 'startDate', description: '' }, list: { label: 'startDate', sortable: true } },
      durationDays: { edit: { label: 'Jours', description: 'Mine' }, list: { label: 'Days' } },
    };
    expect(withFieldWords(metadatas, words)).toEqual({
      startDate: { edit: { label: 'Start date', description: '' }, list: { label: 'Start date', sortable: true } },
      durationDays: { edit: { label: 'Jours', description: 'Mine' }, list: { label: 'Days' } },
    });
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import { extractRelease } from '../../server/src/extract/release';

/*
 * Families of phrasings written for tuning round 15 (tests/fixtures/phrasings/README.md): each of the six figures,
 * the dates, the headquarters, the codename and the agency told many ways in each language, distractors beside them,
 * money and weights in each language's formats, key-figure lists laid out several ways. Every line or block of the
 * files is one assertion through the extractor; the phrasings it still misses are listed in the README, not here.
 */

const ROOT = join(__dirname, '..', 'fixtures', 'phrasings');
const LANGUAGES = ['en', 'fr', 'es'] as const;
type Language = (typeof LANGUAGES)[number];

/** The release each sentence is read in: a headline, a dated lead that names the operation, the sentence. */
const LEAD: Record<Language, string> = {
  en: 'Operation Mare: results\n\nLYON, France – INTERPOL today announced the results of Operation Mare',
  fr: 'Opération Mare : résultats\n\nLYON (France) – INTERPOL a annoncé aujourd’hui les résultats de l’opération Mare',
  es: 'Operación Mare: resultados\n\nLYON (Francia) – INTERPOL anunció hoy los resultados de la operación Mare',
};
const COORDINATED: Record<Language, string> = {
  en: 'The operation was coordinated by INTERPOL.',
  fr: 'L’opération était coordonnée par INTERPOL.',
  es: 'La operación fue coordinada por INTERPOL.',
};
const PERIOD: Record<Language, string> = {
  en: ', which ran from 3 to 9 June 2024 in 12 countries',
  fr: ', menée du 3 au 9 juin 2024 dans 12 pays',
  es: ', realizada del 3 al 9 de junio de 2024 en 12 países',
};
const inRelease = (language: Language, sentence: string) => `${LEAD[language]}.\n\n${sentence}`;

const lines = (language: Language, file: string) =>
  readFileSync(join(ROOT, language, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split(' | '));

type Fields = Record<string, { value: unknown; qualifier?: string } | undefined>;
const fieldsOf = (text: string, language: Language) => extractRelease(text, { locale: language }).fields as Fields;

describe.each(LANGUAGES)('phrasings in %s', (language) => {
  // "arrests | 300 approximately | Some 300 people were arrested."
  it.each(lines(language, 'sentences.txt'))('%s %s: %s', (field, want, sentence) => {
    const [value, qualifier = 'exact'] = want.split(' ');
    const got = fieldsOf(`${inRelease(language, sentence)}\n\n${COORDINATED[language]}`, language)[field];
    expect({ value: got?.value, qualifier: got?.qualifier ?? 'exact' }).toEqual({ value: Number(value), qualifier });
  });

  // Blocks of "field=value" lines, then a whole release; blocks apart by "----".
  const blocks = readFileSync(join(ROOT, language, 'texts.txt'), 'utf8')
    .split(/^----\n/m)
    .filter((block) => block.trim())
    .map((block) => {
      const rows = block.split('\n');
      const want: Record<string, string> = {};
      while (/^\w+=/.test(rows[0])) {
        const row = rows.shift()!;
        want[row.slice(0, row.indexOf('='))] = row.slice(row.indexOf('=') + 1);
      }
      return [rows.join('\n').trim(), want] as const;
    });
  it.each(blocks)('%s', (text, want) => {
    const got = fieldsOf(text, language);
    expect(Object.fromEntries(Object.keys(want).map((field) => [field, String(got[field]?.value)]))).toEqual(want);
  });

  // "0 | Officers checked more than 50,000 vehicles …": how many other figures the sentence gives.
  it.each(lines(language, 'other.txt'))('%s other figures: %s', (count, sentence) => {
    const text = `${LEAD[language]}${PERIOD[language]}.\n\n${sentence}`;
    expect(extractRelease(text, { locale: language }).additionalStats).toHaveLength(Number(count));
  });

  // "1200000 USD | Police seized $1.2 million in cash.": the one row's value, unit and qualifier.
  it.each(lines(language, 'money.txt'))('%s: %s', (want, sentence) => {
    const [value, unit, qualifier = 'exact'] = want.split(' ');
    const rows = extractRelease(inRelease(language, sentence), { locale: language }).additionalStats;
    expect(rows.map((row) => ({ value: row.value, unit: row.unit, qualifier: row.qualifier }))).toEqual([
      { value: Number(value), unit, qualifier },
    ]);
  });

  // "arrests | In 2023, the previous edition led to 250 arrests.": no such field from it.
  it.each(lines(language, 'distractors.txt'))('no %s in: %s', (field, sentence) => {
    expect(fieldsOf(inRelease(language, sentence), language)[field]).toBeUndefined();
  });
});

import { findDateRanges as findRanges } from '../../server/src/extract/dates';
import { ENGLISH } from '../../server/src/extract/en';
import { FRENCH } from '../../server/src/extract/fr';
import { SPANISH } from '../../server/src/extract/es';

const findDateRanges = (text: string) => findRanges(text, ENGLISH);

describe('press-release date ranges', () => {
  it.each([
    [
      'The operation ran from November 10 to November 21, 2025, across',
      '2025-11-10',
      '2025-11-21',
      'November 10 to November 21, 2025',
    ],
    ['Raids took place 10–21 Nov 2025 in', '2025-11-10', '2025-11-21', '10–21 Nov 2025'],
    ['between 29 September to 4 October 2024,', '2024-09-29', '2024-10-04', '29 September to 4 October 2024'],
    ['from 30 December 2024 to 3 January 2025', '2024-12-30', '2025-01-03', '30 December 2024 to 3 January 2025'],
    ['between 3 and 7 March 2025', '2025-03-03', '2025-03-07', '3 and 7 March 2025'],
    ['November 10 to 21, 2025', '2025-11-10', '2025-11-21', 'November 10 to 21, 2025'],
    ['ran from the 9th to the 20th of June 2025.', '2025-06-09', '2025-06-20', 'the 9th to the 20th of June 2025'],
    [
      'between the 30th of May and the 2nd of June 2025',
      '2025-05-30',
      '2025-06-02',
      'the 30th of May and the 2nd of June 2025',
    ],
    [
      'The operation started on 2 June and ended on 29 June 2025.',
      '2025-06-02',
      '2025-06-29',
      'started on 2 June and ended on 29 June 2025',
    ],
    [
      'It began on June 2, 2025, and concluded on July 1, 2025.',
      '2025-06-02',
      '2025-07-01',
      'began on June 2, 2025, and concluded on July 1, 2025',
    ],
    [
      'Checks commenced on 28 December 2024 and ran until 3 January 2025.',
      '2024-12-28',
      '2025-01-03',
      'commenced on 28 December 2024 and ran until 3 January 2025',
    ],
  ])('reads %p', (text, startDate, endDate, evidence) => {
    const [range] = findDateRanges(text);
    expect(range).toMatchObject({ startDate, endDate, evidence });
    expect(text.slice(range.index, range.index + range.evidence.length)).toBe(evidence);
  });

  it('skips impossible and reversed dates, and plain years', () => {
    expect(findDateRanges('from 30 February to 2 March 2025')).toEqual([]);
    expect(findDateRanges('21–10 Nov 2025')).toEqual([]);
    expect(findDateRanges('in 2024 and 2025, over 24 hours')).toEqual([]);
    // a start told without its end is no period
    expect(findDateRanges('The operation started on 2 June 2025 and ended with 40 arrests.')).toEqual([]);
  });
});

/*
 * A period told by its two ends, each after its own words, whatever runs between them (issue 14: the phrasing
 * fresh releases most often missed): read in each language by one reader (dates.ts, `dates.pairs`).
 */
describe('a period told by its two ends', () => {
  const byLanguage = { en: ENGLISH, fr: FRENCH, es: SPANISH };
  it.each([
    [
      'en',
      'Checks began on Monday 6 May 2024, at forty border posts, and wrapped up on Friday 17 May.',
      '2024-05-06',
      '2024-05-17',
      'began on Monday 6 May 2024, at forty border posts, and wrapped up on Friday 17 May',
    ],
    [
      'en',
      'Raids kicked off on March 4, 2023 and lasted until March 8.',
      '2023-03-04',
      '2023-03-08',
      'kicked off on March 4, 2023 and lasted until March 8',
    ],
    [
      'en',
      'The sweep started on 9 October 2022 and ended on the 14th.',
      '2022-10-09',
      '2022-10-14',
      'started on 9 October 2022 and ended on the 14th',
    ],
    [
      'fr',
      'Les contrôles, commencés le 2 décembre 2024 dans cinq régions, ont pris fin le 13 décembre.',
      '2024-12-02',
      '2024-12-13',
      'commencés le 2 décembre 2024 dans cinq régions, ont pris fin le 13 décembre',
    ],
    [
      'fr',
      "Ouverte le mardi 4 mars, l'opération s'est achevée le dimanche 16 mars 2025.",
      '2025-03-04',
      '2025-03-16',
      "Ouverte le mardi 4 mars, l'opération s'est achevée le dimanche 16 mars 2025",
    ],
    [
      'es',
      'Los controles se desarrollaron desde el lunes 2 de diciembre de 2024, en cinco provincias, hasta el viernes 13 de diciembre.',
      '2024-12-02',
      '2024-12-13',
      'desde el lunes 2 de diciembre de 2024, en cinco provincias, hasta el viernes 13 de diciembre',
    ],
    [
      'es',
      'La fase operativa comenzó el martes 9 de abril de 2019 y terminó el martes 16, con 80 registros.',
      '2019-04-09',
      '2019-04-16',
      'comenzó el martes 9 de abril de 2019 y terminó el martes 16',
    ],
  ] as const)('%s: reads %p', (language, text, startDate, endDate, evidence) => {
    const [range] = findRanges(text, byLanguage[language]);
    expect(range).toMatchObject({ startDate, endDate, evidence });
    expect(text.slice(range.index, range.index + range.evidence.length)).toBe(evidence);
  });

  it.each([
    // no year at either end
    ['en', 'The operation began on 3 March and ended on 9 March.'],
    // a last month before the first, with one year: which year is unsaid
    ['fr', 'Elle a débuté le 28 novembre 2022 et s’est achevée le 3 janvier.'],
    // no words that start a period: an arrest and a release are not one
    ['en', 'He was arrested on 3 May 2024 and released on 9 May.'],
    // the last day's words too far from the first day, past a clause
    [
      'es',
      'La operación arrancó el 3 de marzo de 2024 con el apoyo de las autoridades de doce países de la región, de varias organizaciones internacionales y de los servicios de aduanas de cada uno de ellos, y concluyó el 9 de marzo.',
    ],
    // a last day that is a count, not a day
    ['en', 'The operation started on 2 June 2025 and ended with 40 arrests.'],
  ] as const)('%s: reads no period in %p', (language, text) => {
    expect(findRanges(text, byLanguage[language])).toEqual([]);
  });
});

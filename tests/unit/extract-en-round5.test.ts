import { findAdditional } from '../../server/src/extract/additional/additional';
import { extractFields } from '../../server/src/extract/fields';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';

/*
 * English, tuning round 5: constructions the sixth batch of short releases showed the rules missing (qualifier
 * cues, key-figure lines for the six, a period told by its length, suspects of two kinds, a codename set off by
 * commas or quoted after "action days"), and the distractors beside them. The sentences are written for these tests.
 */

const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.en), 'en').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));
const BODY = 'The action days ended last week.\n';

describe('qualifier cues', () => {
  it.each([
    ['In the region of 2,300 officers took part.', 'officers', 2300, 'approximately'],
    ['In the order of 400 officers were deployed.', 'officers', 400, 'approximately'],
    ['As many as 90 victims of human trafficking were rescued.', 'victimsIdentified', 90, 'upTo'],
    ['A maximum of 60 officers were deployed at the port.', 'officers', 60, 'upTo'],
    ['Just over 300 irregular migrants were intercepted.', 'irregularMigrants', 300, 'moreThan'],
  ] as const)('reads %p', (text, field, value, qualifier) => {
    const found = extractFields(text)[field];
    expect([found?.value, found?.qualifier]).toEqual([value, qualifier]);
  });
});

describe('key-figure lines for the six', () => {
  it.each([
    ['- Officers deployed: about 150', 'officers', 150, 'approximately'],
    ['- Victims rescued: 220, of whom 139 were minors', 'victimsIdentified', 220, 'exact'],
    ['- Irregular migrants detected: 412', 'irregularMigrants', 412, 'exact'],
    ['- Investigations opened: 45', 'investigationsOpened', 45, 'exact'],
  ] as const)('reads %p', (line, field, value, qualifier) => {
    const found = extractFields(`${BODY}Key figures\n${line}\n`)[field];
    expect([found?.value, found?.qualifier]).toEqual([value, qualifier]);
  });

  it('refuses a line of officers trained', () => {
    expect(extractFields(`${BODY}Key figures\n- Officers trained: 40\n`).officers).toBeUndefined();
  });
});

describe('arrests', () => {
  it.each([
    ['A hundred and fifty alleged vendors and customers were taken into custody.', 150],
    ['Thirty buyers and sellers were arrested.', 30],
    ['The operation netted two arrests, one in France and one in Spain. Judges issued seven arrest warrants.', 2],
  ])('reads %p', (text, value) => {
    expect(extractFields(text).arrests?.value).toBe(value);
  });

  it('reads no arrests from arrest warrants', () => {
    expect(extractFields('Judges issued seven arrest warrants for suspects abroad.').arrests).toBeUndefined();
  });
});

describe('an earlier edition told in the past perfect', () => {
  it('reads the rescued of this edition, not of the first one', () => {
    const text =
      'Operation Kestrel II ran from 5 to 9 November 2018. In all, 220 victims were rescued. ' +
      'A first Kestrel operation, in 2017, had freed nearly 500 people.';
    expect(extractFields(text).victimsIdentified?.value).toBe(220);
  });

  it('reads nothing from the earlier edition alone', () => {
    const text =
      'Operation Kestrel II ran from 5 to 9 November 2018. A first Kestrel operation, in 2017, had freed nearly 500 people.';
    expect(extractFields(text).victimsIdentified).toBeUndefined();
  });
});

describe('a period told by its length', () => {
  it.each([
    ['Police acted over five days starting on Monday 25 September 2017.', '2017-09-25', '2017-09-29'],
    ['The checks ran for 3 days from 30 April 2024.', '2024-04-30', '2024-05-02'],
    ['Officers worked for ten days beginning on December 28, 2023.', '2023-12-28', '2024-01-06'],
  ])('reads %p', (text, start, end) => {
    const fields = extractFields(text);
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual([start, end]);
  });
});

describe('codenames', () => {
  it.each([
    ['The operation, HAECHI II, was coordinated from Singapore.', 'HAECHI II'],
    ['Border guards joined forces in the Joint Action Days "Arktos 2", coordinated by Frontex.', 'Arktos 2'],
    ['Police from 12 countries took part in Operation "Arktos 2" last week.', 'Arktos 2'],
    ['Police from 12 countries took part in the action, HAECHI II, which targeted fraud.', 'HAECHI II'],
  ])('reads %p', (text, name) => {
    expect(extractFields(text).codename?.value).toBe(name);
  });

  it('reads no name from a comment set off by commas', () => {
    expect(extractFields('The operation, INTERPOL said, was a success.').codename).toBeUndefined();
    expect(extractFields('The operation, which INTERPOL coordinated, was a success.').codename).toBeUndefined();
  });
});

describe('other figures', () => {
  it.each([
    ['- Cigarettes seized: 1.8 million', 'Cigarettes seized', 1_800_000, null],
    ['- Cash seized: 5.5 million West African CFA francs', 'Cash seized', 5_500_000, 'XOF'],
  ] as const)('reads %p', (line, label, value, unit) => {
    expect(rows(`${BODY}Key figures\n${line}\n`)).toEqual([{ label, value, unit, qualifier: 'exact' }]);
  });

  it('counts stolen credentials', () => {
    expect(rows('The market had put more than 80 million stolen credentials up for sale.')).toEqual([
      { label: 'Stolen credentials', value: 80_000_000, unit: null, qualifier: 'moreThan' },
    ]);
  });

  it('refuses a line whose scaled figure has more after it', () => {
    expect(rows(`${BODY}Key figures\n- Cigarettes seized: 1.8 million in one lorry\n`)).toEqual([]);
  });
});

describe('round 5: siblings of the constructions above', () => {
  it.each([
    ['Just under 300 officers took part.', 'officers', 300, 'approximately'],
    ['Not fewer than 45 criminal investigations were opened.', 'investigationsOpened', 45, 'atLeast'],
  ] as const)('reads the cue of %p', (text, field, value, qualifier) => {
    const found = extractFields(text)[field];
    expect([found?.value, found?.qualifier]).toEqual([value, qualifier]);
  });

  it.each([
    ['- Arrests: 47 (in six countries)', 47],
    ['- Suspects detained: 12, two of them minors', 12],
  ])('reads the arrests line %p', (line, value) => {
    expect(extractFields(`${BODY}Key figures\n${line}\n`).arrests?.value).toBe(value);
  });

  it.each(['- Vehicles detained: 14', '- People detained at the border: 300'])('reads no arrests from %p', (line) => {
    expect(extractFields(`${BODY}Key figures\n${line}\n`).arrests).toBeUndefined();
  });

  it.each([
    ['Authorities of 17 countries acted together on Tuesday 4 April 2023 to shut the market down.', '2023-04-04'],
    ['Police struck simultaneously on 12 March 2024 in nine countries.', '2024-03-12'],
    ['The action day of 5 June 2025 was coordinated by Europol.', '2025-06-05'],
  ])('reads a single action day in %p', (text, day) => {
    const fields = extractFields(text);
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual([day, day]);
  });
});

describe('round 5: more ways to say arrested, rescued, opened', () => {
  it.each([
    ['Forty-seven suspects are now behind bars.', 'arrests', 47],
    ['Some 47 suspects were rounded up in dawn raids.', 'arrests', 47],
    ['The number of people arrested reached 47.', 'arrests', 47],
    ['Police brought 220 victims to safety.', 'victimsIdentified', 220],
    ['220 victims were brought to safety.', 'victimsIdentified', 220],
    ['Prosecutors initiated 45 criminal proceedings.', 'investigationsOpened', 45],
  ] as const)('reads %p', (text, field, value) => {
    expect(extractFields(text)[field]?.value).toBe(value);
  });

  it.each([
    ['47 suspects were charged.', 'arrests'],
    ['Forty-seven suspects were questioned and released.', 'arrests'],
    ['The victims were taken to safety in 12 shelters.', 'victimsIdentified'],
  ] as const)('reads nothing from %p', (text, field) => {
    expect(extractFields(text)[field]).toBeUndefined();
  });
});

describe('round 5: the earlier action an operation grew from', () => {
  it('proposes nothing from the platform a takedown before this one closed', () => {
    const text =
      'Many of the leads came from the takedown of a dark-web market in January, then the largest one, with close ' +
      'to 500,000 registered users.';
    expect(rows(text)).toEqual([]);
  });

  it('reads no arrests of the takedown this operation followed', () => {
    const text = 'The sweep followed the takedown of a marketplace whose operators had seen 179 arrests.';
    expect(extractFields(text).arrests).toBeUndefined();
  });
});

describe('round 5: sums with a scale written against them', () => {
  it.each([
    ['Police seized cash worth $2.5m.', 2_500_000, 'USD'],
    ['Assets worth EUR 1.2bn were frozen.', 1_200_000_000, 'EUR'],
  ] as const)('reads %p', (text, value, unit) => {
    expect(rows(text).map((r) => [r.value, r.unit])).toEqual([[value, unit]]);
  });

  it('reads no sum from a word it does not know written against the figure', () => {
    expect(rows('Police seized cash worth $2.5k.')).toEqual([]);
  });
});

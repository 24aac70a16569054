import { findAdditional } from '../../server/src/extract/additional/additional';
import { extractFields } from '../../server/src/extract/fields';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';

/*
 * English, tuning round 6: other figures whose noun comes before them ("explosives weighing 95 kg"), money named
 * before a place phrase, coordinated describing words ("raw and carved ivory"), a key-figure label before a generic
 * noun ("items"), and wildlife counted. The sentences are written for these tests.
 */

const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.en), 'en').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('a weight or a volume after the goods', () => {
  it.each([
    ['Officers seized explosives weighing 95 kg at a mine.', 'Explosives', 95, 'kg', 'exact'],
    ['Police intercepted pangolin scales weighing 4.3 tonnes.', 'Pangolin scales', 4.3, 't', 'exact'],
    ['Customs seized cocaine weighing 1,200 kilograms in the port.', 'Cocaine', 1200, 'kg', 'exact'],
    ['Teams found chemicals totalling about 800 litres in a barn.', 'Chemicals', 800, 'L', 'approximately'],
  ] as const)('reads %p', (text, label, value, unit, qualifier) => {
    expect(rows(text)).toEqual([{ label, value, unit, qualifier }]);
  });

  it.each([
    ['Officers seized 95 kg in a warehouse.'],
    ['Police seized 12 tonnes at the port, and 3 tonnes more at sea.'],
    ['- Cocaine seized: 599 kg in one container at Rotterdam'],
  ])('names nothing it cannot be sure of: %p', (text) => {
    expect(rows(text).filter((r) => r.unit === 'kg' || r.unit === 't')).toEqual([]);
  });

  it('does not cut a describing word it cannot place ("liquid precursor chemicals")', () => {
    expect(rows('They found cannabis and liquid precursor chemicals totalling 900 litres.')).toEqual([]);
  });
});

describe('money named before where it was seized', () => {
  it.each([
    ['Cash seized on board and on shore amounted to US$1.3 million.', 'Cash'],
    ['Cash seized at airports totalled EUR 400,000.', 'Cash'],
    ['The haul is estimated to be worth more than four million euros.', 'Haul'],
    ['Investigators froze virtual currency valued at around $1.2 million.', 'Virtual currency'],
  ])('reads %p', (text, label) => {
    expect(rows(text).map((r) => r.label)).toEqual([label]);
  });
});

describe('describing words joined before a weighed noun', () => {
  it.each([
    ['Officers seized close to one tonne of raw and carved ivory.', 'Raw and carved ivory', 1, 'approximately'],
    ['Inspectors took 300 kg of fresh and frozen fish off the market.', 'Fresh and frozen fish', 300, 'exact'],
  ] as const)('reads %p', (text, label, value, qualifier) => {
    expect(rows(text)).toEqual([{ label, value, unit: text.includes('kg') ? 'kg' : 't', qualifier }]);
  });
});

describe('a generic noun after a label and a colon', () => {
  it('names the thing by the label ("Plants and plant products: more than 2,600 items")', () => {
    expect(rows('Seizures went on. Plants and plant products: more than 2,600 items, among them orchids.')).toEqual([
      { label: 'Plants and plant products', value: 2600, unit: null, qualifier: 'moreThan' },
    ]);
  });

  it('keeps "items" when no label names them', () => {
    expect(rows('Officers seized more than 2,600 items of clothing.').map((r) => r.label)).not.toContain(
      'Plants and plant products'
    );
  });
});

describe('wildlife counted', () => {
  it.each([
    ['Almost 10,000 turtles and tortoises were seized.', 10000, 'approximately'],
    ['Rangers rescued 23 live primates.', 23, 'exact'],
    ['Officers seized 140 live reptiles and 60 parrots.', 140, 'exact'],
  ] as const)('reads %p', (text, value, qualifier) => {
    expect(rows(text)[0]).toMatchObject({ value, qualifier });
  });

  it('does not read animals checked at a border', () => {
    expect(rows('Officers inspected 300 live reptiles at the border.')).toEqual([]);
  });
});

describe('a count whose noun is the subject of a verb of amount', () => {
  it.each([
    ['Firearms recovered totalled 1,184, most of them rifles.', 1184, 'exact'],
    ['Counterfeit passports and residence cards seized over the three months totalled 57.', 57, 'exact'],
    ['Websites taken down during the operation numbered more than 300.', 300, 'moreThan'],
    ['Vehicles impounded came to 42.', 42, 'exact'],
  ] as const)('reads %p', (text, value, qualifier) => {
    expect(rows(text)).toMatchObject([{ value, unit: null, qualifier }]);
  });

  it.each([
    ['Arrests totalled 57.'],
    ['Seizures during the operation totalled 1,828.'],
    ['Firearms recovered totalled 1,184 rifles and pistols in all.'.replace(' rifles and pistols in all', ' per cent')],
    ['Vehicles checked during the week totalled 12,000.'],
  ])('reads no count of things it cannot name or that were only checked: %p', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('an earlier edition named between "previous" and "operation"', () => {
  it('leaves out what the previous named operation seized', () => {
    const text =
      'Firearms recovered totalled 1,184. The previous Weka operation had recovered 640 firearms. Its predecessor, Storm, had seized 12 tonnes of ivory.';
    expect(rows(text).map((r) => r.value)).toEqual([1184]);
  });
});

describe('officers named as those who did the work', () => {
  it.each([
    ['A force of nearly 1,100 officers detected 452 irregular migrants.', 1100, 'approximately'],
    ['Some 800 officers intercepted 39 boats.', 800, 'approximately'],
    ['A contingent of 250 police officers took over the port.', 250, 'exact'],
  ] as const)('reads %p', (text, value, qualifier) => {
    const found = extractFields(text).officers;
    expect([found?.value, found?.qualifier]).toEqual([value, qualifier]);
  });

  it.each([
    ['60 officers were trained in document inspection, and police arrested 39 suspects.'],
    ['Three officers were injured when police arrested the suspects.'],
  ])('reads no officers trained or hurt: %p', (text) => {
    expect(extractFields(text).officers).toBeUndefined();
  });
});

describe('a figure set off after its noun', () => {
  it.each([
    ['Search teams found SIM cards — more than 1,300 of them — used to run scams.', 'SIM cards', 1300, 'moreThan'],
    [
      "Investigators seized the marketplace's domain names, eleven in all, and froze funds.",
      'Domain names',
      11,
      'exact',
    ],
    ['Police seized firearms, 240 in total, during the raids.', 'Firearms', 240, 'exact'],
  ] as const)('reads %p', (text, label, value, qualifier) => {
    expect(rows(text)).toEqual([{ label, value, unit: null, qualifier }]);
  });

  it.each([
    ['Fourteen vessels, two of them semi-submersibles, were intercepted.', 14],
    ['Officers seized 30 vehicles, 12 of them stolen.', 30],
  ] as const)('does not read a part of them as their count: %p', (text, value) => {
    expect(rows(text).map((r) => r.value)).toEqual([value]);
  });
});

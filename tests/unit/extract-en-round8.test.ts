import { findAdditional } from '../../server/src/extract/additional/additional';
import { extractFields } from '../../server/src/extract/fields';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';

/*
 * English, tuning round 7 (the eighth batch): the WCO's styling, an edition told by its ordinal, the operation a
 * headline names among two, a possessive before a headquarters, a named centre, arrests stated as a state, cases
 * left open, a part of the countries added to another, and other figures of a single largest case, of all editions
 * together, or dated before the release. The sentences are written for these tests.
 */

const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.en), 'en').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('the agency', () => {
  it('styles the World Customs Organization as WCO, as UNODC is styled', () => {
    const text = 'Customs in 40 countries joined Operation Kestrel Net, coordinated by the World Customs Organization.';
    expect(extractFields(text).agency?.value).toBe('WCO');
  });
});

describe('the agency and its boilerplate', () => {
  it('reads the agency that steered the operation among partners in support', () => {
    const text =
      'Police of 12 countries took part in Operation Amber Quill, steered by Europol, with INTERPOL and Frontex in support.';
    expect(extractFields(text).agency?.value).toBe('Europol');
  });

  it('reads no figure from boilerplate that opens on "About X:" on the same line', () => {
    const text =
      "Operation Amber Quill led to 40 arrests.\n\nAbout INTERPOL: INTERPOL's 196 member countries work together.";
    expect(extractFields(text).countries).toBeUndefined();
  });
});

describe('the codename', () => {
  it('names the edition an ordinal tells, where the release writes it', () => {
    const text =
      'Harbour Lynx IV closes 300 illegal shops\n\nThe fourth edition of Operation Harbour Lynx ran in 18 countries. Results of Harbour Lynx IV are in.';
    expect(extractFields(text).codename?.value).toBe('Harbour Lynx IV');
  });

  it('names no edition the release never writes', () => {
    const text = 'Police in 18 countries took part in the fourth edition of Operation Harbour Lynx.';
    expect(extractFields(text).codename).toBeUndefined();
  });

  it('picks, of two operations named, the one the headline names', () => {
    const text =
      'Grey Falcon week nets 300 suspects\n\nOperation Grey Falcon ran in 12 countries. It built on Operation Copper Reed, a smaller action held the year before.';
    expect(extractFields(text).codename?.value).toBe('Grey Falcon');
  });

  it('picks none when the headline names neither', () => {
    const text =
      'Police week nets 300 suspects\n\nOperation Grey Falcon ran in 12 countries. Operation Copper Reed, a smaller action, ran in four.';
    expect(extractFields(text).codename).toBeUndefined();
  });

  it('reads the one that built on the other (round 10: "it built on Operation X" tells of an earlier one)', () => {
    const text =
      'Police week nets 300 suspects\n\nOperation Grey Falcon ran in 12 countries. It built on Operation Copper Reed, a smaller action.';
    expect(extractFields(text).codename?.value).toBe('Grey Falcon');
  });

  it('reads a name described as an agency\'s operation ("X IV, Europol\'s yearly operation")', () => {
    const text = "Officers in 20 countries took part in Lantern Moth IV, Europol's yearly operation against fake toys.";
    expect(extractFields(text).codename?.value).toBe('Lantern Moth IV');
  });
});

describe('the headquarters', () => {
  it('reads past an agency\'s possessive to the place ("set up at Europol\'s headquarters in The Hague")', () => {
    const text =
      "Operation Cobalt Reef was directed from a command centre set up at Europol's headquarters in The Hague, the Netherlands.";
    expect(extractFields(text).headquarters?.value).toBe('The Hague, the Netherlands');
  });

  it('reads a centre named as one ("whose Financial Intelligence Centre in Brussels")', () => {
    const text =
      'The operation was coordinated by Europol, whose Financial Intelligence Centre in Brussels sorted the leads.';
    expect(extractFields(text).headquarters?.value).toBe('Brussels');
  });

  it('reads no centre that is not an agency\'s ("a raid at a shopping centre in Leeds")', () => {
    const text =
      'Operation Cobalt Reef ran in 20 countries. A raid at the Riverside Shopping Centre in Leeds found fakes.';
    expect(extractFields(text).headquarters).toBeUndefined();
  });

  it('never proposes an owner as the place', () => {
    const text = "Operation Cobalt Reef was run from an operational centre at INTERPOL's offices.";
    expect(extractFields(text).headquarters).toBeUndefined();
  });
});

describe('the six', () => {
  it('keeps the figures of an operation dated by its month in a release of the next year', () => {
    const text =
      'LYON, France, 10 January 2024 – Police in 30 countries took part in Operation Sable Kite.\n\nThe operation, carried out in December 2023, led to 300 arrests.';
    expect(extractFields(text).arrests?.value).toBe(300);
  });

  it('refuses the figures of a platform shut down a year before the release', () => {
    const text =
      'LYON, France, 10 January 2024 – Police in 30 countries took part in Operation Sable Kite.\n\nThe forum, shut down in March 2022, had led to 45 arrests.';
    expect(extractFields(text).arrests).toBeUndefined();
  });

  it('reads arrests stated as a state ("ended with 45 people in custody")', () => {
    const text = 'The week of checks ended with 45 people in custody, six of them suspected forgers.';
    expect(extractFields(text).arrests?.value).toBe(45);
  });

  it('reads no arrest from people merely held as victims', () => {
    expect(extractFields('The raids found 45 people held captive in a farmhouse.').arrests).toBeUndefined();
  });

  it('reads investigations left open ("we have 23 criminal investigations open")', () => {
    const text = '"Thanks to the operation we have 23 criminal investigations open," the prosecutor said.';
    expect(extractFields(text).investigationsOpened?.value).toBe(23);
  });

  it('reads no investigation from cases open to the public', () => {
    expect(extractFields('The museum keeps 23 cases open to the public.').investigationsOpened).toBeUndefined();
  });

  it('reads the countries past a part of them added to another ("all 27 member states plus five partners")', () => {
    const text = 'Agencies of 32 countries took part: all 27 EU Member States plus five partners from the Balkans.';
    expect(extractFields(text).countries).toEqual(expect.objectContaining({ value: 32 }));
  });
});

describe("other figures that are not this operation's total", () => {
  it.each([
    ['The largest, a lorry stopped near Graz, held 14 tonnes of counterfeit fungicide.'],
    ['The single largest seizure, 900 kg of cocaine hidden in bananas, was made in Valencia.'],
    ['Over its eleven editions, the operation has taken more than 9,000 tonnes of fake food off the market.'],
    ['Across all the previous editions, 300 websites were closed.'],
    ['The forum, taken offline in March 2019, had more than 2 million registered users.'],
  ])('refuses %p', (sentence) => {
    const text = `Operation Olive Crest ran from 3 to 9 May 2021 in 20 countries.\n\n${sentence}`;
    expect(rows(text)).toEqual([]);
  });

  it('still reads a seizure of this year dated by its month', () => {
    const text =
      'Operation Olive Crest ran from 3 to 9 May 2021 in 20 countries.\n\nIn May 2021 officers seized 4 tonnes of fake olive oil.';
    expect(rows(text)).toEqual([{ label: 'Fake olive oil', value: 4, unit: 't', qualifier: 'exact' }]);
  });
});

describe('other figures: notes, currencies, medicines, measures and values', () => {
  it('reads a key-figure line whose figure a note follows after a comma', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nKey figures\n- Drugs seized: 3.2 tonnes, mostly heroin\n';
    expect(rows(text)).toEqual([{ label: 'Drugs seized', value: 3.2, unit: 't', qualifier: 'exact' }]);
  });

  it('reads a counted line with a note naming a part ("410, pistols among them")', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nKey figures\n- Firearms recovered: 410, pistols among them\n';
    expect(rows(text)).toEqual([{ label: 'Firearms recovered', value: 410, unit: null, qualifier: 'exact' }]);
  });

  it('refuses a key-figure line with more after the figure than a note', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nKey figures\n- Drugs seized: 3.2 tonnes, in one lorry at Dover\n';
    expect(rows(text)).toEqual([]);
  });

  it('reads CFA francs as the West African franc', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nGendarmes seized 6 million FCFA in cash at a checkpoint.';
    expect(rows(text)).toEqual([{ label: 'Cash', value: 6000000, unit: 'XOF', qualifier: 'exact' }]);
  });

  it('counts medicines, with describing words joined by "or"', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nRegulators took 52,000 fake or expired medicines off the shelves.';
    expect(rows(text)).toEqual([{ label: 'Fake or expired medicines', value: 52000, unit: null, qualifier: 'exact' }]);
  });

  it('counts the things after a measure word ("units of …"), keeping it in the label', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nInspectors removed 7,000 units of unlicensed pharmaceuticals.';
    expect(rows(text)).toEqual([
      { label: 'Units of unlicensed pharmaceuticals', value: 7000, unit: null, qualifier: 'exact' },
    ]);
  });

  it('gives money set off after things counted their label ("…, with an estimated value of")', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nInspectors removed 7,000 fake medicines, with an estimated value of EUR 2 million.';
    expect(rows(text)).toEqual([
      { label: 'Fake medicines', value: 7000, unit: null, qualifier: 'exact' },
      { label: 'Fake medicines', value: 2000000, unit: 'EUR', qualifier: 'approximately' },
    ]);
  });

  it('gives money no label of things counted before it when only a comma and "with" stand between', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nInspectors removed 7,000 fake medicines, with EUR 2 million found too.';
    expect(rows(text).filter((r) => r.unit === 'EUR')).toEqual([]);
  });

  it('reads no figure inside a name joined by a hyphen ("COVID-19 masks")', () => {
    const text = 'Operation Olive Crest ran in 20 countries.\n\nThe checks found fake COVID-19 masks on sale.';
    expect(rows(text)).toEqual([]);
  });

  it('refuses a figure of one consignment ("In a single shipment …")', () => {
    const text =
      'Operation Olive Crest ran in 20 countries.\n\nIn a single shipment stopped at Antwerp, officers found 8,000 masks.';
    expect(rows(text)).toEqual([]);
  });
});

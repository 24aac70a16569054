import { findAdditional } from '../../server/src/extract/additional/additional';
import { extractFields } from '../../server/src/extract/fields';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';

/*
 * English, tuning round 8 (the ninth batch): a national body that led the operation, a coordination centre housed at
 * an agency's premises, a named building and a field office as headquarters, the previous edition called "the
 * previous one", people of N countries who took no part, officers at the doors, losses to victims, money that is
 * one thing's value, and counted pieces on a key-figure line. The sentences are written for these tests.
 */

const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.en), 'en').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('a national body that led the operation', () => {
  it('is the agency, not the international body that coordinated work abroad', () => {
    const text =
      "Operation Copper Wren, an international inquiry led by Dublin's National Bureau of Criminal Investigation, ended with 40 arrests. Europol coordinated the work abroad.";
    expect(extractFields(text).agency?.value).toBe('National Bureau of Criminal Investigation');
  });

  it('is read by its acronym from a compound before the word for an operation', () => {
    const text = 'DEA-led Operation Salt Ridge ends in 12 arrests\n\nAgents from five countries took part.';
    expect(extractFields(text).agency?.value).toBe('DEA');
  });

  it('is read by its acronym before the unit that led ("the NCA\'s Bristol team")', () => {
    const text =
      "Operation Salt Ridge, a cross-border action led by the NCA's Bristol branch, ended with 12 arrests; INTERPOL shared notices.";
    expect(extractFields(text).agency?.value).toBe('NCA');
  });

  it('keeps the full name when a short form of it names the same body', () => {
    const text =
      'NBCI-led Operation Copper Wren nets 40\n\nOperation Copper Wren, an inquiry led by the National Bureau of Criminal Investigation, ended in May.';
    expect(extractFields(text).agency?.value).toBe('National Bureau of Criminal Investigation');
  });

  it('proposes nothing when an agency is named as leading in the same sentence', () => {
    const text =
      'Operation Copper Wren, an operation led by the National Crime Agency and coordinated by Europol, ended with 40 arrests.';
    expect(extractFields(text).agency).toBeUndefined();
  });

  it('proposes nothing when two bodies led it', () => {
    const text =
      'Operation Copper Wren, an investigation led by the DEA and the Royal Thai Police, ended with 40 arrests.';
    expect(extractFields(text).agency).toBeUndefined();
  });

  it('is not a state ("UK-led"), nor a unit whose force is not said ("the Met\'s Fraud Unit")', () => {
    expect(extractFields('UK-led Operation Copper Wren ends\n\nEuropol coordinated the operation.').agency?.value).toBe(
      'Europol'
    );
    const text =
      "Operation Copper Wren, an investigation led by the Met's Fraud Unit, ended with 40 arrests. Europol supported it.";
    expect(extractFields(text).agency?.value).not.toBe('Fraud Unit');
  });

  it('is not part of a longer name, an agency\'s ("the United Nations Office on Drugs and Crime")', () => {
    const text =
      'Operation Copper Wren, a regional operation coordinated by the United Nations Office on Drugs and Crime (UNODC), ended.';
    expect(extractFields(text).agency?.value).toBe('UNODC');
  });

  it('does not count when one country leads only its investigation, not the operation', () => {
    const text =
      'The investigation was led by the Federal Police of Austria. Europol coordinated Operation Copper Wren from The Hague.';
    expect(extractFields(text).agency?.value).toBe('Europol');
  });
});

describe('headquarters', () => {
  it("reads a coordination centre housed at an agency's premises", () => {
    const text = "Operation Copper Wren was steered from a coordination centre set up at Europol's premises in Vienna.";
    expect(extractFields(text).headquarters?.value).toBe('Vienna');
  });

  it('reads the city of a named building the operation was directed from', () => {
    const text = 'Operation Copper Wren was directed from Tower Bridge House in Bristol by the fraud squad.';
    expect(extractFields(text).headquarters?.value).toBe('Bristol');
  });

  it('does not read a building without its city, nor a city called a building', () => {
    const text = 'Operation Copper Wren was coordinated from The Hague in close contact with partners.';
    expect(extractFields(text).headquarters?.value).not.toBe('Hague');
  });

  it("reads the city of a force's field office that led it", () => {
    const text = "Operation Salt Ridge, an action led by the DEA's Miami field office, ended with 12 arrests.";
    expect(extractFields(text).headquarters?.value).toBe('Miami');
  });
});

describe('the six stats', () => {
  it('reads dates past an earlier edition called "the previous one"', () => {
    const text =
      'Operation Salt Ridge took place from 4 to 9 March 2024. The previous one ran from 2 to 8 May 2022 in fewer countries.';
    const fields = extractFields(text);
    expect(fields.startDate?.value).toBe('2024-03-04');
    expect(fields.endDate?.value).toBe('2024-03-09');
  });

  it('does not read the judges, ministers or donors of N countries as countries taking part', () => {
    const text =
      'Police in eight countries joined Operation Salt Ridge. The ministers of two countries welcomed it, and judges of three countries signed the warrants.';
    expect(extractFields(text).countries).toEqual(expect.objectContaining({ value: 8 }));
  });

  it('reads officers "at the doors"', () => {
    const text = 'Operation Salt Ridge: about 900 officers were at the doors at six in the morning.';
    expect(extractFields(text).officers).toEqual(expect.objectContaining({ value: 900, qualifier: 'approximately' }));
  });
});

describe('other figures', () => {
  it('labels losses to victims as losses, not as victims', () => {
    const text = 'Losses to investors were estimated at more than EUR 12 million.';
    expect(rows(text)).toEqual([{ label: 'Losses', value: 12000000, unit: 'EUR', qualifier: 'moreThan' }]);
  });

  it("labels money that is one thing's value by that thing, whatever follows it", () => {
    const text = 'Officers froze gold worth USD 3 million in illicit gains.';
    expect(rows(text)).toEqual([{ label: 'Gold', value: 3000000, unit: 'USD', qualifier: 'exact' }]);
  });

  it("keeps the noun after money that is not one thing's value", () => {
    const text = 'Officers seized USD 3 million in cash.';
    expect(rows(text)).toEqual([{ label: 'Cash', value: 3000000, unit: 'USD', qualifier: 'exact' }]);
  });

  it("reads calls counted when they are the crime's", () => {
    const text = 'The gang placed about 40,000 scam calls.';
    expect(rows(text)).toEqual([
      expect.objectContaining({
        value: 40000,
        unit: null,
        qualifier: 'approximately',
        label: expect.stringMatching(/calls/),
      }),
    ]);
  });

  it('reads no calls that are not ("the hotline took 300 calls")', () => {
    expect(rows('The hotline took 300 calls from the public.')).toEqual([]);
  });

  it('counts rounds and sticks on a key-figure line as the thing its label names', () => {
    const text = 'Seized:\n- cartridges for rifles: 900 rounds\n- explosives: 1,200 sticks\n';
    expect(rows(text)).toEqual([
      expect.objectContaining({
        value: 900,
        unit: null,
        qualifier: 'exact',
        label: expect.stringMatching(/cartridges/i),
      }),
      expect.objectContaining({
        value: 1200,
        unit: null,
        qualifier: 'exact',
        label: expect.stringMatching(/explosives/i),
      }),
    ]);
  });

  it('reads no rounds off a key-figure line', () => {
    expect(rows('The gunmen fired 30 rounds at the patrol.')).toEqual([]);
  });
});

describe("an agency's own office named as leading", () => {
  it('is the agency, not a national body ("INTERPOL\'s Regional Bureau", "the Europol Liaison Office")', () => {
    const own =
      "Operation Salt Ridge, an operation coordinated by INTERPOL's Regional Bureau in Nairobi, ended with 12 arrests.";
    expect(extractFields(own).agency?.value).toBe('INTERPOL');
    const named =
      'Operation Salt Ridge, an operation coordinated by the Europol Liaison Office, ended with 12 arrests.';
    expect(extractFields(named).agency?.value).toBe('Europol');
  });
});

describe('a national body set off right after the operation’s name', () => {
  it('is the agency ("Operation X, led by …", "Operation X was coordinated by …")', () => {
    const apposed = 'Operation Copper Wren, led by the Hellenic Police, ended with 40 arrests. Europol supported it.';
    expect(extractFields(apposed).agency?.value).toBe('Hellenic Police');
    const passive =
      'Operation Copper Wren was coordinated by the Royal Canadian Mounted Police. Europol sent analysts.';
    expect(extractFields(passive).agency?.value).toBe('Royal Canadian Mounted Police');
  });

  it('is no national body when the name set off is an agency’s', () => {
    const text = 'Operation Copper Wren, coordinated by Europol, ended with 40 arrests in Spain and Italy.';
    expect(extractFields(text).agency?.value).toBe('Europol');
  });
});

import { extractFields } from '../../server/src/extract/fields';
import { sentences } from '../../server/src/extract/text';

const stat = (text: string, field: string) => {
  const found = extractFields(text) as Record<string, { value: unknown; qualifier?: string } | undefined>;
  return found[field] ? { value: found[field]!.value, qualifier: found[field]!.qualifier } : undefined;
};

describe('press-release field matcher', () => {
  it.each([
    ['Police arrested 212 suspects.', 'arrests', 212, 'exact'],
    ['The operation led to 3,744 arrests.', 'arrests', 3744, 'exact'],
    ['More than 1,300 people were arrested.', 'arrests', 1300, 'moreThan'],
    ['Arrests totalled 3 744 by the end of the week.', 'arrests', 3744, 'exact'],
    ['Officers detained two hundred and forty suspects.', 'arrests', 240, 'exact'],
    ['Police forces from 119 countries took part.', 'countries', 119, 'exact'],
    ['The action spanned forty-one countries.', 'countries', 41, 'exact'],
    ['Approximately 14,000 law enforcement officers participated.', 'officers', 14000, 'approximately'],
    ['Some 2,000 police officers were deployed.', 'officers', 2000, 'approximately'],
    ['Teams rescued up to 50 children.', 'victimsIdentified', 50, 'upTo'],
    ['Investigators identified 4,414 potential victims.', 'victimsIdentified', 4414, 'exact'],
    ['Nearly 8 million irregular migrants were checked.', 'irregularMigrants', 8_000_000, 'approximately'],
    ['Border units intercepted 1.2 million irregular migrants.', 'irregularMigrants', 1_200_000, 'exact'],
    ['It triggered the opening of at least 720 new criminal investigations.', 'investigationsOpened', 720, 'atLeast'],
    ['In excess of 90 new cases were opened.', 'investigationsOpened', 90, 'moreThan'],
  ])('reads %p as %s = %i (%s)', (text, field, value, qualifier) => {
    expect(stat(text, field)).toEqual({ value, qualifier });
  });

  it.each([
    ['a year', 'Arrests rose sharply in 2024.', 'arrests'],
    ['a duration', 'Police arrested 48 hours after the raid began.', 'arrests'],
    ['a percentage', 'Arrests rose 40% as 300 officers joined.', 'arrests'],
    ['a phone number', 'Media line for officers taking part: +33 4 72 44 70 00.', 'officers'],
    ['an age', 'Police rescued a 16-year-old girl and victims aged 14 to 17.', 'victimsIdentified'],
    ['money', 'Officers seized USD 3 million and arrested suspects.', 'arrests'],
    ['money after the figure', 'Police took part in seizing 40 million euros.', 'officers'],
    ['where victims came from', 'Victims from 30 countries were identified.', 'countries'],
    ['injured officers', 'Three officers were injured while taking part in the raids.', 'officers'],
    ['an earlier edition', "Last year's operation led to 1,200 arrests.", 'arrests'],
    ['a national share', 'The operation led to many arrests, including 212 arrests in Spain.', 'arrests'],
    ['a figure with no cue for its field', 'Police checked 5,000 vehicles and 12,000 documents.', 'arrests'],
    ['seized goods', 'Officers seized 3 tonnes of cocaine and 200 firearms.', 'arrests'],
    ['websites', 'More than 13,000 websites were taken down.', 'arrests'],
  ])('never reads %s as a figure', (_label, text, field) => {
    expect(stat(text, field)).toBeUndefined();
  });

  it('keeps the comparison figure out but the current one in', () => {
    expect(stat('Police made 500 arrests, up from 320 arrests a year earlier.', 'arrests')).toBeUndefined();
    expect(stat('Police made 500 arrests. The previous edition led to 320 arrests.', 'arrests')).toEqual({
      value: 500,
      qualifier: 'exact',
    });
  });

  it('leaves out a stat the release gives two different values', () => {
    expect(stat('Police arrested 212 suspects. In all, 230 people were arrested.', 'arrests')).toBeUndefined();
  });

  it('takes the total, not the national breakdown', () => {
    const text = 'The operation led to 3,744 arrests worldwide. In Spain, police made 212 arrests.';
    expect(stat(text, 'arrests')).toEqual({ value: 3744, qualifier: 'exact' });
  });

  it('takes the hedged reading when the same figure appears twice', () => {
    const text = 'About 14,000 officers took part. The 14,000 officers deployed came from 119 countries.';
    expect(stat(text, 'officers')).toEqual({ value: 14000, qualifier: 'approximately' });
  });

  it('reads the codename with its cue, and not from a title-case headline', () => {
    expect(
      extractFields('Operation Blue Harbour Nets 300 Arrests\n\nThe action ran for a week.').codename
    ).toBeUndefined();
    expect(extractFields('The operation, codenamed Operation Blue Harbour, ran for a week.').codename).toEqual({
      value: 'Blue Harbour',
      evidence: 'codenamed Operation Blue Harbour',
    });
    expect(extractFields('Operation Pangea XVII targeted illicit medicines.').codename?.value).toBe('Pangea XVII');
  });

  it('leaves the codename out when two operations are named', () => {
    expect(extractFields('Operation Alpha ended. Operation Beta began.').codename).toBeUndefined();
  });

  it('reads the agency that coordinated, not every agency named', () => {
    expect(extractFields('The operation was coordinated by Europol with support from Frontex.').agency).toEqual({
      value: 'Europol',
      evidence: 'Europol',
    });
    expect(extractFields('Interpol announced the results.').agency?.value).toBe('INTERPOL');
    expect(extractFields('Europol and Frontex attended a meeting.').agency).toBeUndefined();
  });

  it('reads the headquarters and keeps the fuller name of one place', () => {
    const text =
      "The work was run from INTERPOL's headquarters in Lyon. Its headquarters in Lyon, France hosted analysts.";
    expect(extractFields(text).headquarters).toEqual({
      value: 'Lyon, France',
      evidence: 'headquarters in Lyon, France',
    });
    expect(
      extractFields('Teams met at the command centre in Madrid. The HQ in Lisbon helped.').headquarters
    ).toBeUndefined();
  });

  describe('headquarters from a dateline', () => {
    it.each([
      ['LYON, France – INTERPOL said 40 suspects were arrested.', 'Lyon, France', 'LYON, France'],
      ['THE HAGUE – Europol supported the operation.', 'The Hague', 'THE HAGUE'],
      ['Lyon (France), INTERPOL said 40 suspects were arrested.', 'Lyon, France', 'Lyon (France)'],
      ['SINGAPORE — Police from 12 countries took part.', 'Singapore', 'SINGAPORE'],
      [
        'THE HAGUE, the Netherlands - Europol supported it.',
        'The Hague, the Netherlands',
        'THE HAGUE, the Netherlands',
      ],
      ["ABIDJAN, Côte d'Ivoire – AFRIPOL led it.", "Abidjan, Côte d'Ivoire", "ABIDJAN, Côte d'Ivoire"],
      ['Police arrest 40\n\nSAN JOSÉ, Costa Rica – AMERIPOL led it.', 'San José, Costa Rica', 'SAN JOSÉ, Costa Rica'],
      ['SINGAPORE — On 3 March 2025, police arrested 40 suspects.', 'Singapore', 'SINGAPORE'],
    ])('%p', (text, value, evidence) => {
      expect(extractFields(text).headquarters).toEqual({ value, evidence });
    });

    it('prefers a headquarters the text names over the dateline', () => {
      expect(
        extractFields('LYON, France – The operation was coordinated from a command centre in Madrid, Spain.')
          .headquarters
      ).toEqual({ value: 'Madrid, Spain', evidence: 'coordinated from a command centre in Madrid, Spain' });
    });

    it.each([
      // A dated dateline is the press office's: releases dated so often name another headquarters.
      ['THE HAGUE, the Netherlands, 12 June 2025 – Authorities took part.'],
      ['Lyon (France), 3 March 2025 – Authorities took part.'],
      ['BANGKOK, Thailand, Nov. 14, 2025 – Authorities took part.'],
      // Not places: an agency, a bracket that is not a country, a label.
      ['INTERPOL – Police from 12 countries took part.'],
      ['VIENNA (UNODC) – Customs units took part.'],
      ['UPDATE – The figures were revised.'],
      // Not at the start of a line, or past the first lines.
      ['Police said today. LYON, France – the rest.'],
      ['One.\nTwo.\nThree.\nLYON, France – Four.'],
    ])('reads no headquarters from %p', (text) => {
      expect(extractFields(text).headquarters).toBeUndefined();
    });
  });

  it('reads the period, and leaves it out when two periods disagree', () => {
    expect(extractFields('The operation ran from 10 to 21 November 2025.').startDate?.value).toBe('2025-11-10');
    expect(extractFields('Phase one ran 1–5 March 2025; phase two ran 9–12 April 2025.').startDate).toBeUndefined();
  });

  it('splits sentences without breaking figures or abbreviations', () => {
    expect(sentences('U.S. officers arrested 3.7 million… no. Then 12 more.\nNext line').map((s) => s.text)).toEqual([
      'U.S. officers arrested 3.7 million… no.',
      'Then 12 more.',
      'Next line',
    ]);
  });

  it('gives evidence spans of the original text, curly quotes and no-break spaces included', () => {
    const text = 'Police arrested 12\u00a0992 suspects in the “Operation” said officials.';
    const found = extractFields(text);
    expect(found.arrests).toEqual({ value: 12992, qualifier: 'exact', evidence: 'arrested 12\u00a0992 suspects' });
  });
  it('reads "a hundred" with its cue', () => {
    expect(stat('More than a hundred new investigations were opened.', 'investigationsOpened')).toEqual({
      value: 100,
      qualifier: 'moreThan',
    });
  });

  it('prefers the body to a rounded headline', () => {
    const text = 'More than 500 arrests in joint operation\n\nThe operation resulted in 527 arrests.';
    expect(stat(text, 'arrests')).toEqual({ value: 527, qualifier: 'exact' });
  });

  it('leaves out the figures of another edition of the same operation', () => {
    const text =
      'Operation Thornveld 4 ran between 2 and 6 June 2025 and led to 412 arrests. Thornveld 3 resulted in 298 arrests.';
    expect(stat(text, 'arrests')).toEqual({ value: 412, qualifier: 'exact' });
    const past =
      'Police made 40 arrests from 1 to 5 May 2025. A similar action took place in 2023 and led to 12 arrests.';
    expect(stat(past, 'arrests')).toEqual({ value: 40, qualifier: 'exact' });
  });

  it('leaves the agency out when two agencies coordinated jointly', () => {
    expect(extractFields('The action was jointly coordinated by Europol and INTERPOL.').agency).toBeUndefined();
  });

  it('reads a date range with weekdays', () => {
    expect(extractFields('It ran from Monday 17 March to Friday 28 March 2025.').endDate?.value).toBe('2025-03-28');
  });

  describe('tuning round 3: constructions, not instances', () => {
    it.each([
      // an active verb that takes people into custody
      ['Officers took 2,517 people into custody.', 'arrests', 2517, 'exact'],
      ['Police placed 40 suspects under arrest.', 'arrests', 40, 'exact'],
      ['Police have taken 312 suspected traffickers into custody.', 'arrests', 312, 'exact'],
      // suspects held or in custody, and more words for suspects
      ['Fourteen suspected cybercriminals are in custody.', 'arrests', 14, 'exact'],
      ['Police held 14 suspects.', 'arrests', 14, 'exact'],
      ['Police arrested 40 fraudsters.', 'arrests', 40, 'exact'],
      ['Participating countries numbered 24.', 'countries', 24, 'exact'],
      // a noun for the act ("the identification of")
      [
        'The week led to the identification of 3,222 potential victims of trafficking.',
        'victimsIdentified',
        3222,
        'exact',
      ],
      ['The rescue of 140 victims was the main result.', 'victimsIdentified', 140, 'exact'],
      // people staying irregularly, not "irregular migrants"
      ['A further 8,600 people were found to be staying irregularly.', 'irregularMigrants', 8600, 'exact'],
      [
        'Officers detected 1,200 foreign nationals residing illegally in the country.',
        'irregularMigrants',
        1200,
        'exact',
      ],
      ['Some 450 illegally staying third-country nationals were detected.', 'irregularMigrants', 450, 'approximately'],
      // "no fewer than" is a cue, not a comparison
      ['Investigators opened no fewer than 60 new cases.', 'investigationsOpened', 60, 'atLeast'],
      ['Police made no less than 200 arrests.', 'arrests', 200, 'atLeast'],
      ['Well over 3,000 officers took part.', 'officers', 3000, 'moreThan'],
      // officers listed with other professions
      [
        'An estimated 1,500 rangers, police and customs officers inspected airports.',
        'officers',
        1500,
        'approximately',
      ],
      ['Some 900 prosecutors, judges and police officers took part.', 'officers', 900, 'approximately'],
      // "N of them" after a colon, for the people just named
      [
        'Officers in 44 countries, 22 of them EU Member States, took part: more than 14,000 of them were on duty.',
        'officers',
        14000,
        'moreThan',
      ],
      [
        'Victims were identified in numbers nobody expected: upwards of 5,000 of them.',
        'victimsIdentified',
        5000,
        'moreThan',
      ],
      // a key-figure list's own labels are not places
      ['Key figures:\n- Arrests: 186\n- Countries: 12', 'arrests', 186, 'exact'],
      ['- Total: 300 arrests', 'arrests', 300, 'exact'],
    ])('reads %p as %s = %i (%s)', (text, field, value, qualifier) => {
      expect(stat(text, field)).toEqual({ value, qualifier });
    });

    it.each([
      ['things taken into custody', 'Officers took 12 vehicles into custody.', 'arrests'],
      ['suspects identified', 'The identification of 40 suspects followed.', 'victimsIdentified'],
      ['people held in forced labour', '200 people were held in forced labour.', 'arrests'],
      ['victims held by traffickers', 'Traffickers held 200 people in forced labour.', 'arrests'],
      ['suspects held captive', 'Three suspects were held captive by a rival gang.', 'arrests'],
      ['meetings held', 'Police held 14 meetings with suspects.', 'arrests'],
      ['"of them" for the countries', 'Police from 12 countries took part: 8 of them were EU members.', 'officers'],
      ['"of them" for the homes searched', 'Officers searched homes: 300 of them were raided.', 'officers'],
      ['"of them" for injured officers', 'Officers took part in raids: 300 of them were injured.', 'officers'],
      [
        '"of them" for the compounds',
        'Victims were identified in raids on 40 compounds: 300 of them.',
        'victimsIdentified',
      ],
      ['"of them" in one place', 'Victims were identified in every country: 40 of them in Spain.', 'victimsIdentified'],
      ['people staying somewhere', 'Police checked 300 people staying in hotels.', 'irregularMigrants'],
      ['a list that opens on suspects', 'Around 300 suspects, police and customs officers were involved.', 'officers'],
      [
        'a comparison with "more … than"',
        'The edition reached more countries than the last one, when 76 countries took part.',
        'countries',
      ],
      ['one place of a numbered list', '1. Ghana: 300 arrests and 26 vehicles seized.', 'arrests'],
      ['a bulleted place', '- Ghana: 300 arrests', 'arrests'],
    ])('never reads %s as a figure', (_label, text, field) => {
      expect(stat(text, field)).toBeUndefined();
    });

    it('takes the total, not the places of a numbered list', () => {
      const text = 'Police made 306 arrests.\n1. Nigeria: 130 arrests.\n2. South Africa: 40 arrests.';
      expect(stat(text, 'arrests')).toEqual({ value: 306, qualifier: 'exact' });
    });

    it('reads no figure of things located "in N countries" as the countries taking part', () => {
      const searches = 'Police in 21 countries took part. Searches of addresses in nine countries turned up phones.';
      expect(stat(searches, 'countries')).toEqual({ value: 21, qualifier: 'exact' });
      const servers = 'Police in 13 countries took part. Upwards of 100 servers were taken down in ten countries.';
      expect(stat(servers, 'countries')).toEqual({ value: 13, qualifier: 'exact' });
    });

    it("reads nothing from the agency's boilerplate under its heading", () => {
      const text =
        "Police from 13 countries took part.\n\nAbout INTERPOL\nINTERPOL's 196 member countries work together.";
      expect(stat(text, 'countries')).toEqual({ value: 13, qualifier: 'exact' });
      expect(stat('About 300 officers took part.', 'officers')).toEqual({ value: 300, qualifier: 'approximately' });
    });

    it('reads a name with its edition described as an operation, when no operation is named', () => {
      const codename = (text: string) => extractFields(text).codename?.value;
      expect(codename('IP addresses were taken down in Synergia II, a global cybercrime operation.')).toBe(
        'Synergia II'
      );
      expect(codename('Police joined First Light 2024, an INTERPOL operation against scams.')).toBe('First Light 2024');
      expect(codename('Results of Phase 2, a two-week operation, were published.')).toBeUndefined();
      expect(codename('Police in Nigeria, a country hit hard by scams, made arrests.')).toBeUndefined();
    });

    it('reads a codename given "under the name"', () => {
      expect(extractFields('A week of checks, run under the name Global Chain, ended.').codename?.value).toBe(
        'Global Chain'
      );
      expect(extractFields('The action, under the codename Blue Tide, ended.').codename?.value).toBe('Blue Tide');
    });
  });
});

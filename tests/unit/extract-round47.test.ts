import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 47 (issue 14): what the seventy-fifth batch's misses and wrong fields showed (a force's letterhead on a
 * release's first line, an Indian state after a city, a district's share, members of a force deployed, bodies that led
 * together under an agency that coordinated, an interim report's "first month of", a dated dateline with a dash), as
 * general rules. The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const fields = (text: string, locale: Locale) => extractRelease(text, { locale }).fields;
const value = (text: string, locale: Locale, field: string) =>
  (fields(text, locale) as Record<string, { value: unknown; qualifier?: string } | undefined>)[field]?.value;
const stat = (text: string, locale: Locale, field: string) => {
  const found = (fields(text, locale) as Record<string, { value: unknown; qualifier?: string } | undefined>)[field];
  return found && { value: found.value, qualifier: found.qualifier };
};
const rows = (text: string, locale: Locale) =>
  extractRelease(text, { locale }).additionalStats.map((row) => ({
    label: row.label,
    value: row.value,
    unit: row.unit,
    qualifier: row.qualifier,
  }));

describe('English codenames and dates', () => {
  it('"… that drove families from their homes earlier this year." closes a lead on what came before: its name stands', () => {
    const text = [
      'MOMBASA, Friday 12 May 2023 — The police have concluded Operation Pwani Salama III, the security operation mounted on the coast after a spate of attacks that drove families from their homes earlier this year.',
      '',
      'Officers arrested 58 suspects.',
    ].join('\n');
    expect(value(text, 'en', 'codename')).toBe('Pwani Salama III');
  });

  it('"began at 9 pm on Friday, 3 March, and was wound up by 5 am on Saturday, 4 March" under a dated dateline', () => {
    const text = [
      'Kochi, 5 March 2023',
      '',
      'Police arrested 640 people in an overnight drive against drug peddlers.',
      '',
      'The drive began at 9 pm on Friday, 3 March, and was wound up by 5 am on Saturday, 4 March.',
    ].join('\n');
    expect(value(text, 'en', 'startDate')).toBe('2023-03-03');
    expect(value(text, 'en', 'endDate')).toBe('2023-03-04');
  });

  it('"The previous Ukhozi weekend, held from 2 to 4 June" is an earlier weekend, not this one', () => {
    const text = [
      'MEDIA STATEMENT',
      '20 June 2022',
      '',
      'Police arrested more than 800 suspects during Operation Ukhozi, which started on Friday, 16 June and ended on Sunday, 18 June 2022.',
      '',
      'The previous Ukhozi weekend, held from 2 to 4 June, ended with 520 arrests.',
    ].join('\n');
    expect(value(text, 'en', 'startDate')).toBe('2022-06-16');
    expect(value(text, 'en', 'endDate')).toBe('2022-06-18');
  });

  it('", which was launched countrywide on Tuesday, 7 March 2023": an operation still under way, its first day', () => {
    const text =
      'Bulawayo, 2 April 2023 – Police have given an update on the national operation code-named "Clean Streets", which was launched countrywide on Tuesday, 7 March 2023 to remove illegal vendors.';
    expect(value(text, 'en', 'startDate')).toBe('2023-03-07');
  });

  it('"in the first month of Operation X, the initiative launched by … (BPS) on …": an interim report, its first day', () => {
    const text =
      'Bridgetown, Barbados — June 4, 2021 — Ninety persons have been arrested in the first month of Operation Coral Shield, the anti-gun initiative launched by the Barbados Police Service (BPS) on Monday, May 3, 2021.';
    expect(value(text, 'en', 'startDate')).toBe('2021-05-03');
    expect(stat(text, 'en', 'arrests')).toEqual({ value: 90, qualifier: 'exact' });
  });

  it('a quoted name after "operation" in lower case: \'the preventive operation "Stepstone"\'', () => {
    const text = [
      'TASHKENT – Police found 2,310 irregular migrants during the nationwide preventive operation "Stepstone", the ministry said.',
      '',
      'Results of "Stepstone" were presented on Friday.',
    ].join('\n');
    expect(value(text, 'en', 'codename')).toBe('Stepstone');
  });
});

describe('English figures', () => {
  it('"Fresh cases registered: 412" and "27 FIRs have been registered": new cases', () => {
    expect(
      stat('KEY FIGURES\n\n- Persons arrested: 980\n- Fresh cases registered: 412\n', 'en', 'investigationsOpened')
    ).toEqual({ value: 412, qualifier: 'exact' });
    expect(
      stat('So far, 27 FIRs have been registered in connection with the drive.', 'en', 'investigationsOpened')
    ).toEqual({ value: 27, qualifier: 'exact' });
  });

  it('"64 criminal cases registered in the Unified Register of …": a register, no place\'s share', () => {
    const text =
      'Key results:\n• 64 criminal cases registered in the Unified Register of Pre-Trial Investigations for offences against migration law;\n';
    expect(stat(text, 'en', 'investigationsOpened')).toEqual({ value: 64, qualifier: 'exact' });
  });

  it('"Ranchi district accounted for the largest share, with 120 arrests": a share, the lead\'s total stands', () => {
    const text = [
      'Jharkhand Police have arrested over 400 persons in a statewide drive against cyber fraud.',
      '',
      'Ranchi district accounted for the largest share, with 120 arrests, followed by Dhanbad with 74.',
    ].join('\n');
    expect(stat(text, 'en', 'arrests')).toEqual({ value: 400, qualifier: 'moreThan' });
  });

  it('"in all 19 police districts" counts no officers; "more than 2,100 police personnel … took part" does', () => {
    const text =
      'The raids were carried out in all 19 police districts. More than 2,100 police personnel, formed into 160 teams, took part.';
    expect(stat(text, 'en', 'officers')).toEqual({ value: 2100, qualifier: 'moreThan' });
  });

  it('a force\'s members: "deployed some 2 400 members", "more than 1 600 members of the Botswana Police Service"', () => {
    expect(
      stat('The police deployed some 2 400 members to the operation in all five districts.', 'en', 'officers')
    ).toEqual({ value: 2400, qualifier: 'approximately' });
    expect(
      stat(
        'The operation brought together more than 1 600 members of the Botswana Police Service and the Defence Force.',
        'en',
        'officers'
      )
    ).toEqual({ value: 1600, qualifier: 'moreThan' });
    expect(stat('Police deployed 40 members of the public as volunteers.', 'en', 'officers')).toBeUndefined();
  });

  it('"This brings the cumulative number of people arrested since the operation began to 1 804": its running total', () => {
    const text = 'This brings the cumulative number of people arrested since the operation began to 1 804.';
    expect(stat(text, 'en', 'arrests')).toEqual({ value: 1804, qualifier: 'exact' });
  });
});

describe('English agencies and headquarters', () => {
  it('"Assam Police on Friday carried out \'Operation X\'": the body, its operation named in quotes', () => {
    const text =
      "GUWAHATI, May 6: Assam Police on Friday carried out 'Operation Brahma', a statewide search at bus stands and railway stations, arresting 37 persons.";
    expect(value(text, 'en', 'agency')).toBe('Assam Police');
  });

  it('a force\'s letterhead on the first line, above "PRESS STATEMENT": the body that tells its operation', () => {
    const text = [
      'LESOTHO MOUNTED POLICE SERVICE',
      'PRESS STATEMENT',
      '',
      'OPERATION HLOKOMELA: 212 ARRESTED',
      '',
      'Maseru, 3 August 2022 – The Lesotho Mounted Police Service wishes to inform the nation that 212 suspects were arrested in Operation Hlokomela.',
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('Lesotho Mounted Police Service');
  });

  it('bodies that led together, an agency coordinating: the agency; the bodies alone: none', () => {
    const led =
      'The action was led by the Portuguese Polícia Judiciária (Cybercrime Unit), the Romanian Police and the Irish Garda Bureau of Investigation.';
    const text = `${led} Europol's European Cybercrime Centre (EC3) coordinated the operational work, and Eurojust the judicial side.`;
    expect(value(text, 'en', 'agency')).toBe('Europol');
    expect(value(led, 'en', 'agency')).toBeUndefined();
  });

  it('"Ranchi (Jharkhand) –": a state in brackets is no country', () => {
    const text =
      'Ranchi (Jharkhand) – 3 March 2024\n\nPolice arrested 230 people in a statewide drive monitored by a cell at Police Headquarters.';
    expect(value(text, 'en', 'headquarters')).toBe('Ranchi');
  });

  it('"Bridgetown, Barbados — May 3, 2021 —": a dated dateline with dashes names the place\'s country', () => {
    const text = [
      'Bridgetown, Barbados — May 3, 2021 — Police arrested 60 people in Operation Coral Shield.',
      '',
      'It is directed from the Joint Operations Centre at Police Headquarters in Bridgetown.',
    ].join('\n');
    expect(value(text, 'en', 'headquarters')).toBe('Bridgetown, Barbados');
  });
});

describe('English other figures', () => {
  it('"1,480 rounds of assorted ammunition", "9 210 bottles of unregistered cough syrups": what the pieces are of', () => {
    expect(
      rows(
        'Officers recovered 1,480 rounds of assorted ammunition and 9 210 bottles of unregistered cough syrups.',
        'en'
      )
    ).toEqual([
      { label: 'Rounds of assorted ammunition', value: 1480, unit: null, qualifier: 'exact' },
      { label: 'Bottles of unregistered cough syrups', value: 9210, unit: null, qualifier: 'exact' },
    ]);
  });

  it('"40 rounds of talks" counts nothing', () => {
    expect(rows('The two services held 40 rounds of talks before the operation.', 'en')).toEqual([]);
  });

  it('"N$1.4 million": the Namibian dollar', () => {
    expect(rows('Officers confiscated drugs worth about N$1.4 million.', 'en')).toEqual([
      { label: 'Drugs', value: 1400000, unit: 'NAD', qualifier: 'approximately' },
    ]);
  });
});

describe('French', () => {
  it('"Coordonnée par Europol depuis La Haye" opening a sentence: the place it was run from', () => {
    const text =
      "LILLE – Trente trafiquants présumés ont été interpellés lors de l'opération Anguille. Coordonnée par Europol depuis La Haye, l'opération a réuni 18 pays.";
    expect(value(text, 'fr', 'headquarters')).toBe('La Haye');
  });

  it('a prosecutor\'s letterhead, "PARQUET DE RENNES – …", is no place', () => {
    const text = [
      'PARQUET DE RENNES – JURIDICTION INTERRÉGIONALE SPÉCIALISÉE',
      '',
      "Quarante personnes ont été interpellées lors de l'opération Granit.",
    ].join('\n');
    expect(value(text, 'fr', 'headquarters')).toBeUndefined();
  });

  it('"La troisième phase de la campagne navale X, dirigée par …, s\'est achevée le 12 mars dernier. Lancée le …"', () => {
    const text = [
      'Cayenne, le 2 avril 2021',
      '',
      "La troisième phase de la campagne navale Caribe, dirigée par la Marine nationale, s'est achevée le 12 mars dernier après cinq semaines en mer. Lancée le 4 février 2021, elle a réuni onze pays.",
    ].join('\n');
    expect(value(text, 'fr', 'startDate')).toBe('2021-02-04');
    expect(value(text, 'fr', 'endDate')).toBe('2021-03-12');
  });

  it('"Initiée et coordonnée par la Drug Enforcement Administration (DEA) américaine, l\'opération …"', () => {
    const text =
      "Initiée et coordonnée par la Drug Enforcement Administration (DEA) américaine, l'opération a associé les services de cinq pays.";
    expect(value(text, 'fr', 'agency')).toBe('DEA');
  });

  it('a United Nations mission\'s force leads as the mission: "planifiée et commandée par la Force de la MINUSMA"', () => {
    const text =
      "Dénommée « Opération Sirocco », l'intervention, planifiée et commandée par la Force de la MINUSMA, visait trois objectifs.";
    expect(value(text, 'fr', 'agency')).toBe('MINUSMA');
    const mission = [
      "Bamako, le 3 mai 2019 – La MINUSMA a lancé à l'aube du jeudi 2 mai 2019 une opération contre les coupeurs de route.",
      "Baptisée « Sirocco », l'opération est conduite par la Force de la Mission, avec l'appui des forces maliennes.",
    ].join(' ');
    expect(value(mission, 'fr', 'agency')).toBe('MINUSMA');
  });

  it('"Près de 500 soldats de la paix et policiers", "Environ 320 Casques bleus ont été mobilisés": officers', () => {
    expect(
      stat("Près de 500 soldats de la paix et policiers ont pris part hier à l'opération.", 'fr', 'officers')
    ).toEqual({ value: 500, qualifier: 'approximately' });
    expect(stat('Environ 320 Casques bleus ont été mobilisés.', 'fr', 'officers')).toEqual({
      value: 320,
      qualifier: 'approximately',
    });
  });

  it('"une voyageuse a été interpellée en possession de 4 kg d\'héroïne": one traveller\'s, no row', () => {
    const text =
      "À l'aéroport de Douala, une voyageuse a été interpellée en possession de 4 kg d'héroïne, tandis que 9 défenses d'éléphant ont été récupérées au Gabon.";
    expect(rows(text, 'fr')).toEqual([]);
  });

  it('"L\'interception la plus importante … a porté sur un voilier transportant 640 kg": the largest case, no row', () => {
    const text =
      "L'interception la plus importante, le 20 avril au large de Sainte-Lucie, a porté sur un voilier transportant 640 kg de cocaïne.";
    expect(rows(text, 'fr')).toEqual([]);
  });

  it('describing words after the noun, francs CFP, money "saisis en argent liquide", semi-submersibles', () => {
    expect(
      rows(
        'Les gendarmes ont saisi trois armes longues, 2,4 millions de francs CFP en numéraire et deux semi-submersibles.',
        'fr'
      )
    ).toEqual([
      { label: 'Armes longues', value: 3, unit: null, qualifier: 'exact' },
      { label: 'Numéraire', value: 2400000, unit: 'XPF', qualifier: 'exact' },
      { label: 'Semi-submersibles', value: 2, unit: null, qualifier: 'exact' },
    ]);
    expect(rows("Bilan :\n- 12,5 millions d'euros saisis en argent liquide ;", 'fr')).toEqual([
      { label: 'Argent liquide', value: 12500000, unit: 'EUR', qualifier: 'exact' },
    ]);
    expect(rows('Les enquêteurs ont saisi 12 véhicules haut de gamme.', 'fr')).toEqual([
      { label: 'Véhicules', value: 12, unit: null, qualifier: 'exact' },
    ]);
  });
});

describe('Spanish', () => {
  it('"que se puso en marcha el sábado 14 de marzo y culminó el lunes 16 con una serie de allanamientos"', () => {
    const text =
      'Montevideo, 18 de marzo de 2020 – La policía detuvo a cinco personas en la Operación Litoral, que se puso en marcha el sábado 14 de marzo y culminó el lunes 16 con una serie de allanamientos.';
    expect(value(text, 'es', 'startDate')).toBe('2020-03-14');
    expect(value(text, 'es', 'endDate')).toBe('2020-03-16');
  });

  it('a body\'s letterhead, "SECRETARÍA NACIONAL ANTIDROGAS – SENAD", is no place', () => {
    const text = [
      'SECRETARÍA NACIONAL ANTIDROGAS – SENAD',
      '',
      'Operación Estero: detienen a seis personas',
      '',
      'Asunción, 4 de julio de 2019.',
      '',
      'Agentes especiales de la Secretaría Nacional Antidrogas (SENAD) incautaron 210 kilos de cocaína y detuvieron a seis personas durante la Operación Estero.',
    ].join('\n');
    expect(value(text, 'es', 'headquarters')).toBeUndefined();
    expect(value(text, 'es', 'agency')).toBe('Secretaría Nacional Antidrogas');
  });

  it('"La investigación, bautizada como «X», la dirige la Fiscalía Europea": the name and the office directing it', () => {
    const text =
      'Agentes de la Guardia di Finanza detuvieron ayer a nueve personas. La investigación, bautizada como «Gasolio Nero», la dirige la Fiscalía Europea (EPPO) desde su oficina de Palermo.';
    expect(value(text, 'es', 'codename')).toBe('Gasolio Nero');
    expect(value(text, 'es', 'agency')).toBe('Fiscalía Europea');
  });
});

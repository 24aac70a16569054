import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 50 (issue 14): what the tuning sets, the eighty-third batch and the releases left in incoming/ showed, as
 * general rules. The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const found = (text: string, locale: Locale, field: string) =>
  (extractRelease(text, { locale }).fields as Record<string, { value: unknown; qualifier?: string } | undefined>)[
    field
  ];
const value = (text: string, locale: Locale, field: string) => found(text, locale, field)?.value;

describe('round 50', () => {
  it('en: soldiers, and a force\'s "men and women" or "members", are the officers it deployed', () => {
    const lead = 'Operation Quiet Reef: the island patrols end\n\n';
    expect(found(`${lead}About 2,500 soldiers have been deployed to the border towns.`, 'en', 'officers')).toEqual(
      expect.objectContaining({ value: 2500, qualifier: 'approximately' })
    );
    expect(value(`${lead}Roughly 900 Coast Guard men and women served in the operation.`, 'en', 'officers')).toBe(900);
    expect(value(`${lead}More than 250 Coast Guard members took part.`, 'en', 'officers')).toBe(250);
    // ("committed to it": deployed)
    expect(value(`${lead}About 4,500 personnel are committed to it.`, 'en', 'officers')).toBe(4500);
    // (men and women arrested are no officers, nor soldiers who were wounded)
    expect(found(`${lead}Some 30 men and women were arrested during the operation.`, 'en', 'officers')).toBeUndefined();
    expect(found(`${lead}Four soldiers were wounded during the patrols.`, 'en', 'officers')).toBeUndefined();
  });

  it('en: "Since the operation was launched on 5 April 2017, …" tells this operation\'s first day and running total', () => {
    const text = [
      'Operation Iron Wattle: police report first results',
      '',
      'Since the operation was launched on 5 April 2017, police have arrested 347 suspects in raids on forest camps.',
    ].join('\n');
    expect([value(text, 'en', 'startDate'), value(text, 'en', 'arrests')]).toEqual(['2017-04-05', 347]);
    // (launched with no day told, the sentence still adds up more than this report's action: an earlier time's)
    const undated = text.replace(' on 5 April 2017', '');
    expect(found(undated, 'en', 'arrests')).toBeUndefined();
  });

  it('en: an operation\'s name with "of" between capitalised words ("Operation Glad Tidings of Benevolence")', () => {
    const text =
      'BAGHDAD – Security forces conducting Operation Glad Tidings of Benevolence in Diyala province have detained 568 suspects.';
    expect(value(text, 'en', 'codename')).toBe('Glad Tidings of Benevolence');
    // (not "of" before a lower-case word, nor before a possessive)
    expect(
      value(
        'BAGHDAD – Forces conducting Operation Glad Tidings of the north have detained 568 suspects.',
        'en',
        'codename'
      )
    ).toBe('Glad Tidings');
    expect(
      value(
        "BAGHDAD – Forces conducting Operation Glad Tidings of Iraq's army have detained 568 suspects.",
        'en',
        'codename'
      )
    ).toBe('Glad Tidings');
  });

  it('en: suspects picked up "who were questioned" are no arrests; "65 of them were formally arrested" are', () => {
    const text = [
      'Haryana Police raid fraud hotspots overnight',
      '',
      'The teams picked up 125 suspects, who were questioned through the night. After checks on their role, 65 of them were formally arrested.',
    ].join('\n');
    expect(value(text, 'en', 'arrests')).toBe(65);
    // (picked up and not questioned: arrested)
    expect(
      value('Haryana Police raid fraud hotspots\n\nThe teams picked up 125 suspects in the raids.', 'en', 'arrests')
    ).toBe(125);
  });

  it('en: a request "processed through INTERPOL" is a channel, not the lead', () => {
    const text = [
      'FIA arrests 38 suspected smugglers',
      '',
      'The Federal Investigation Agency (FIA) has arrested 38 suspected human smugglers in a nationwide crackdown.',
      '',
      'Requests are being processed through INTERPOL for the arrest of nine suspects believed to be abroad.',
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('Federal Investigation Agency');
  });

  it('en: a force a release names by one common word ("the Police\'s … Group") is given the name it has in full', () => {
    const text = [
      'Ten arrested in Operation Kettle',
      '',
      'New Zealand Police – media release',
      '',
      "The arrests end Operation Kettle, a ten-month investigation run by the Police's National Organised Crime Group.",
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('New Zealand Police');
    // (two full names: which one, the text does not say)
    const two = text.replace('Group.', 'Group with the Fiji Police.');
    expect(value(two, 'en', 'agency')).toBe('Police');
  });

  it('en: "follows earlier … drives" names earlier operations, whose periods are not this one\'s', () => {
    const text = [
      'Wildlife bureau ends Operation Fernleaf',
      '',
      'Operation Fernleaf ran from 1 August to 31 August 2017 across 14 states.',
      '',
      'Fernleaf follows earlier species-specific drives by the bureau, among them one on turtles, which ran from 15 December 2016 to 30 January 2017.',
    ].join('\n');
    expect([value(text, 'en', 'startDate'), value(text, 'en', 'endDate')]).toEqual(['2017-08-01', '2017-08-31']);
  });

  it('en: "a crackdown launched on", "the offensive they launched on": the first day', () => {
    const crackdown =
      'FIA arrests 38 smugglers\n\nThe FIA has arrested 38 suspects in a nationwide crackdown launched on 16 June 2023 on the orders of the Prime Minister.';
    expect(value(crackdown, 'en', 'startDate')).toBe('2023-06-16');
    const offensive =
      'MOGADISHU – The army and AMISOM today reviewed Operation Tide, the joint offensive they launched on 1 September 2014 along the coast.';
    expect(value(offensive, 'en', 'startDate')).toBe('2014-09-01');
  });

  it('en: "The Financial Services Authority (FSA), supported by …, this morning arrested" tells the body that acted', () => {
    const text = [
      'FSA arrests six in insider dealing operation',
      '',
      'LONDON, 23 March 2010 – The Financial Services Authority (FSA), supported by the Serious Organised Crime Agency (SOCA), this morning arrested six men over a suspected insider dealing ring.',
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('Financial Services Authority');
  });

  it('en: "during a targeted Metropolitan Police Service (MPS) operation": the body whose operation it was', () => {
    const text = [
      'Stolen mopeds recovered in Operation Harbour',
      '',
      'Officers arrested seven people during a targeted Metropolitan Police Service (MPS) operation in London.',
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('Metropolitan Police Service');
    // (without its initials, a body named before "operation" may be a unit's part: not read)
    expect(found(text.replace(' (MPS)', ''), 'en', 'agency')).toBeUndefined();
  });

  it('en: ATM cards, cheques, promissory notes and title deeds are counted things', () => {
    const rows = extractRelease(
      'Police raid moneylenders\n\nRecovered during the raids:\n- 128 ATM cards\n- 3,416 signed blank cheques\n- 1,127 promissory notes\n- 869 title deeds',
      { locale: 'en' }
    ).additionalStats.map(({ value, label }) => [value, label]);
    expect(rows).toEqual([
      [128, 'ATM cards'],
      [3416, 'Signed blank cheques'],
      [1127, 'Promissory notes'],
      [869, 'Title deeds'],
    ]);
  });

  it('fr: soldiers who fell ("deux militaires tombés") are no officers deployed', () => {
    const text =
      "Fin de l'opération Sahel Vert\n\nLes forces engagées déplorent deux militaires tombés au cours de l'opération.";
    expect(found(text, 'fr', 'officers')).toBeUndefined();
  });

  it("fr: the dates of the mission at whose end results were presented are not the operation's", () => {
    const text = [
      'Opération Flash-Vita : 12 millions de produits saisis',
      '',
      "Les résultats ont été présentés à l'issue de la première mission en présentiel du programme au siège d'AFRIPOL, du 15 février au 1er mars 2022, au cours de laquelle le comité de pilotage s'est réuni.",
    ].join('\n');
    expect(found(text, 'fr', 'startDate')).toBeUndefined();
    // (the operation itself "menée du … au …" keeps its dates)
    const run = text.replace(
      "Les résultats ont été présentés à l'issue de la première mission en présentiel du programme au siège d'AFRIPOL,",
      "L'opération, menée dans 20 pays,"
    );
    expect(value(run, 'fr', 'startDate')).toBe('2022-02-15');
  });

  it('fr: where officers were trained before the operation ("des sessions de formation … à Yaoundé") is no headquarters', () => {
    const text = [
      'Opération Bana : 140 enfants secourus à Libreville',
      '',
      "La police gabonaise a secouru plus de 140 enfants, à l'issue d'une opération coordonnée par INTERPOL. Baptisée Bana, cette intervention s'est déroulée du 9 au 11 décembre 2010.",
      '',
      "Avant le déclenchement de l'opération, INTERPOL a organisé des sessions de formation à l'intention des enquêteurs, d'abord au sein de son Bureau régional pour l'Afrique centrale à Yaoundé (Cameroun), puis à Libreville.",
    ].join('\n');
    expect(found(text, 'fr', 'headquarters')).toBeUndefined();
    // (the same bureau coordinating it is the operation's)
    const run = text.replace(
      "a organisé des sessions de formation à l'intention des enquêteurs, d'abord",
      'a coordonné les équipes'
    );
    expect(value(run, 'fr', 'headquarters')).toBe('Yaoundé, Cameroun');
  });

  it('fr: "28 hommes âgés de 21 à 68 ans ont été arrêtés"; "Au terme d\'une enquête …, la Police grand-ducale a démantelé"', () => {
    expect(
      value('Opération au Québec\n\nAu total, 28 hommes âgés de 21 à 68 ans ont été arrêtés.', 'fr', 'arrests')
    ).toBe(28);
    const text = [
      "Démantèlement d'un réseau de trafiquants",
      '',
      "Luxembourg, le 19 novembre 2020 – Au terme d'une enquête menée depuis près de dix-huit mois, la Police grand-ducale a démantelé un groupement criminel. Près de cent membres du personnel policier ont été mobilisés pour cette opération.",
    ].join('\n');
    expect(value(text, 'fr', 'agency')).toBe('Police grand-ducale');
    expect(found(text, 'fr', 'officers')).toEqual(expect.objectContaining({ value: 100, qualifier: 'approximately' }));
  });

  it('es: "La Operación Venire, ejecutada el miércoles 3 de mayo de 2023, …" and "se cumplieron a lo largo del …": its day', () => {
    const venire =
      'La PF detiene a seis personas\n\nLa Operación Venire, ejecutada el miércoles 3 de mayo de 2023, incluyó 16 registros en Río de Janeiro.';
    expect([value(venire, 'es', 'startDate'), value(venire, 'es', 'endDate')]).toEqual(['2023-05-03', '2023-05-03']);
    const orders =
      'La PF investiga la compra de votos\n\nLas órdenes judiciales se cumplieron a lo largo del 5 de septiembre de 2017 en Río de Janeiro.';
    expect(value(orders, 'es', 'endDate')).toBe('2017-09-05');
  });

  it('es: a Portuguese name\'s "do" ("Operación Quinto do Ouro:"); "llevó a cabo el 29 de marzo de 2017 la Operación"', () => {
    const text = [
      'Operación Quinto do Ouro: detenidos cinco consejeros',
      '',
      'RÍO DE JANEIRO – La Policía Federal (PF) llevó a cabo el 29 de marzo de 2017 la Operación Quinto do Ouro, que investiga un esquema de sobornos. Unos 200 policías federales cumplieron 43 órdenes de búsqueda.',
    ].join('\n');
    expect([value(text, 'es', 'codename'), value(text, 'es', 'agency'), value(text, 'es', 'officers')]).toEqual([
      'Quinto do Ouro',
      'Policía Federal',
      200,
    ]);
  });

  it("a list line opening on one country tells that country's part in all its sentences, its seizures too", () => {
    const text = [
      'Opération Carton Rouge : 651 arrestations en Afrique',
      '',
      "L'opération, coordonnée par INTERPOL, a permis d'identifier 1 247 victimes.",
      '',
      'Résultats marquants',
      "- Côte d'Ivoire : 58 suspects ont été arrêtés lors d'une action contre la fraude aux prêts. La police a saisi 240 téléphones portables et 25 ordinateurs portables.",
      '- Nigéria : la police a démantelé un réseau de recruteurs.',
    ].join('\n');
    const labels = extractRelease(text, { locale: 'fr' }).additionalStats.map((row) => row.label);
    expect(labels).toEqual([]);
    // (the same seizures told for the whole operation are its own)
    const whole = text.replace(
      "- Côte d'Ivoire : 58 suspects ont été arrêtés lors d'une action contre la fraude aux prêts. ",
      '- '
    );
    expect(extractRelease(whole, { locale: 'fr' }).additionalStats.map((row) => row.value)).toEqual([240, 25]);
  });

  it('fr, es: people rescued in the desert or in a strait are migrants in distress, no victims', () => {
    const fr =
      "Bilan de l'opération Sentinelle du désert\n\nRésultats :\n- 101 personnes secourues dans le désert et dans les zones montagneuses.";
    expect(found(fr, 'fr', 'victimsIdentified')).toBeUndefined();
    expect(value(fr.replace(' dans le désert et dans les zones montagneuses', ''), 'fr', 'victimsIdentified')).toBe(
      101
    );
    const es =
      'Balance de la operación en el Caribe\n\nEn los campamentos permanecen más de 3.000 personas rescatadas en el estrecho de Florida.';
    expect(found(es, 'es', 'victimsIdentified')).toBeUndefined();
  });

  it('es: "dirigida por Investigaciones de Seguridad Nacional (HSI)" is HSI, named by its initials', () => {
    const text =
      'Detenidos 20 traficantes\n\nPolicías de tres países, en una operación multinacional dirigida por Investigaciones de Seguridad Nacional (HSI), el brazo investigador del ICE, arrestaron a 20 personas.';
    expect(value(text, 'es', 'agency')).toBe('HSI');
  });

  it('en: "The Riau Regional Police (Polda Riau) and the district forces under its command arrested …" after " - "', () => {
    const text = [
      'Riau Police arrest 393 drug suspects',
      '',
      'Pekanbaru, Riau, Nov 21, 2022 (ANTARA) - The Riau Regional Police (Polda Riau) and the district police forces under its command arrested 393 suspects during Operation Antik Lancang Kuning 2022.',
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('Riau Regional Police');
  });

  it('en: "The National Crime Agency announced Tuesday that its officers arrested …": the body that acted', () => {
    const text =
      'Arrests in Operation Halyard\n\nLONDON – The National Crime Agency announced Tuesday that its officers arrested 41 people in Operation Halyard.';
    expect(value(text, 'en', 'agency')).toBe('National Crime Agency');
  });

  it('en: "coordinated from the INCB secretariat in Vienna" (the word in lower case)', () => {
    const text =
      'Operation Crystal Bay results\n\nThe operation was coordinated from the INCB secretariat in Vienna, which alerted importing countries.';
    expect(value(text, 'en', 'headquarters')).toBe('Vienna');
  });

  it('a dateline with a double hyphen ("SAN JUAN, Puerto Rico -- The Coast Guard …") gives the country', () => {
    const text = [
      'Coast Guard ends Operation Reef Shield',
      '',
      'SAN JUAN, Puerto Rico -- The Coast Guard ended the operation this week.',
      '',
      'It was directed from a joint operations center in San Juan.',
    ].join('\n');
    expect(value(text, 'en', 'headquarters')).toBe('San Juan, Puerto Rico');
  });
});

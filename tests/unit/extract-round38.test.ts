import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 38 (issue 14): what the fifty-seventh and fifty-ninth batches showed, as general rules. The sentences
 * are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const fields = (text: string, locale: Locale) => extractRelease(text, { locale }).fields;

describe("a national body named after its country's possessive (English)", () => {
  it('"Chile\'s Investigations Police carried out Operation Salt Line": the body, without the country', () => {
    const text =
      "Chile's Investigations Police carried out Operation Salt Line on Tuesday against a network that forged work permits. About 300 detectives took part.";
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Investigations Police' });
  });

  it('"Peru\'s National Police have broken up a ring": an irregular participle after "have"', () => {
    const text =
      "Peru's National Police have broken up a ring that smuggled mercury into the Amazon, arresting 31 people in Operation Quicksilver.";
    expect(fields(text, 'en').agency).toMatchObject({ value: 'National Police' });
  });

  it('not an agency\'s own office ("INTERPOL\'s National Central Bureau carried out Operation …")', () => {
    const text =
      "INTERPOL's National Central Bureau carried out Operation Salt Line on Tuesday with police forces of four countries. About 300 officers took part.";
    expect(fields(text, 'en').agency).toMatchObject({ value: 'INTERPOL' });
  });
});

describe('a national body that tells the news or acts in other words (English)', () => {
  it('"said on Friday that 86 people had been arrested": a figure after "that"', () => {
    const text =
      'MANILA – The Philippine Coast Guard said on Friday that 86 people had been arrested in Operation Low Tide, a crackdown on fuel smuggling.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Philippine Coast Guard' });
  });

  it('"today announced the results of the first phase of Operation …": this release\'s operation, not an earlier one', () => {
    const text =
      'The Federal Bureau of Investigation today announced the results of the first phase of Operation Night Lantern, a nationwide investigation into online fraud. Forty people are now in custody.';
    const found = fields(text, 'en');
    expect(found.agency).toMatchObject({ value: 'FBI' });
    // ("Forty people are now in custody": the people the operation arrested, round 41's convention)
    expect(found.arrests).toMatchObject({ value: 40 });
  });

  it('"will deploy 12,500 personnel under Operation …": the body that deploys them', () => {
    const text =
      'JAKARTA – The Indonesian National Police (Polri) will deploy 12,500 personnel under Operation Harbour Light to secure the holiday season.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Indonesian National Police' });
  });

  it('"the Ghana Armed Forces launched Operation …": armed forces are a body', () => {
    const text =
      'ACCRA – The Ghana Armed Forces launched Operation Clear River on Monday against illegal mining on the Pra river.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Ghana Armed Forces' });
  });

  it('"A two-week regional operation against trafficking, coordinated by the SECI Center": a centre by its initials and word', () => {
    const text =
      'BUCHAREST – A two-week regional operation against trafficking in human beings, coordinated by the SECI Center in Bucharest, has led to 293 arrests.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'SECI Center' });
  });
});

describe('an agency that concluded the operation (English)', () => {
  it('"The World Customs Organization (WCO) has concluded Operation …": the agency that ran it, among others named', () => {
    const text =
      'The World Customs Organization (WCO) has concluded Operation Dry Reed. Customs administrations of 40 countries took part, alongside UNODC and Europol.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'WCO' });
  });
});

describe('an acronym codename spelled out with the operation word in it', () => {
  it('"Operation GOALS – the Global Operation Against Looming Synthetic drugs": this operation, not another', () => {
    const text =
      'Two tonnes of synthetic drugs seized as WCO concludes Operation GOALS\n\nThe World Customs Organization (WCO) has concluded Operation GOALS – the Global Operation Against Looming Synthetic drugs – which ran in 79 countries.';
    const found = fields(text, 'en');
    expect(found.agency).toMatchObject({ value: 'WCO' });
    expect(found.countries).toMatchObject({ value: 79 });
  });

  it('another operation named beside it still makes its sentence another\'s ("Operation Dry Reed")', () => {
    const text =
      'Two tonnes of synthetic drugs seized as WCO concludes Operation GOALS\n\nOperation GOALS ran from 1 February to 12 March 2021. The Global Operation Against Looming Synthetic drugs built on Operation Dry Reed, which took place in 12 countries.';
    expect(fields(text, 'en').countries).toBeUndefined();
  });
});

describe('the first part of the operation (English)', () => {
  const head = 'Operation Blue Kite II ran from 3 to 9 May 2024 in 12 countries. Police arrested 300 people.\n\n';

  it('"The first phase of the operation, Blue Kite I, ran in February and led to 38 arrests": an earlier time', () => {
    const text = `${head}The first phase of the operation, Blue Kite I, ran in February and led to 38 arrests and the seizure of 610 weapons.`;
    const found = extractRelease(text, { locale: 'en' });
    expect(found.fields.arrests).toMatchObject({ value: 300 });
    expect(found.additionalStats).toEqual([]);
  });

  it('"On the first day of the operation, officers arrested 50 people": a part of it, not its total', () => {
    const text =
      'Operation Blue Kite ran from 3 to 9 May 2024 in 12 countries. On the first day of the operation, officers arrested 50 people.';
    expect(fields(text, 'en').arrests).toBeUndefined();
  });

  it('"the first results of Operation Puff Adder": this operation\'s results', () => {
    const text =
      'The Nigeria Police Force has announced the first results of Operation Puff Adder, launched against kidnapping gangs. Officers arrested 120 suspects.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Nigeria Police Force' });
  });
});

describe('a national body that tells the news, the day between (French)', () => {
  it('"…, a annoncé mercredi la Police fédérale australienne (AFP)": the body, with its country\'s adjective', () => {
    const text =
      "CANBERRA – Seize hommes ont été arrêtés lors de l'opération Pierre Bleue, une enquête sur un réseau de fraudeurs, a annoncé mercredi la Police fédérale australienne (AFP).";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Police fédérale australienne' });
  });

  it('"…, a indiqué mardi le Service de police sud-africain (SAPS)": a masculine adjective after a hyphen', () => {
    const text =
      "PRETORIA – Plus de 900 personnes ont été arrêtées depuis le lancement de l'opération Balai, a indiqué mardi le Service de police sud-africain (SAPS).";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Service de police sud-africain' });
  });

  it('not a body named after the news is told ("a annoncé mercredi que la police …")', () => {
    const text =
      "CANBERRA – Seize hommes ont été arrêtés lors de l'opération Pierre Bleue, a annoncé mercredi un porte-parole, selon qui la Police fédérale australienne poursuit son enquête.";
    expect(fields(text, 'fr').agency).toBeUndefined();
  });
});

describe('French bodies in more places', () => {
  it('"… intermédiaires : la Police fédérale brésilienne a frappé …": the subject after a colon', () => {
    const text =
      "Fonctionnaires corrompus et intermédiaires : la Police fédérale brésilienne a frappé le jeudi 2 juin 2005 un réseau de trafic de bois, lors de l'opération Forêt Noire.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Police fédérale brésilienne' });
  });

  it('"Planifiée et coordonnée par l\'Agence des pêches … (FFA) …, l\'opération …": two participles', () => {
    const text =
      "HONIARA – Planifiée et coordonnée par l'Agence des pêches du Forum des îles du Pacifique (FFA) depuis son centre de surveillance, à Honiara, l'opération Vague Bleue s'est déroulée du 7 au 14 novembre 2011.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Agence des pêches du Forum des îles du Pacifique' });
  });

  it('"la Garde côtière" is a body by its own name', () => {
    const text =
      "MIAMI – La Garde côtière a dressé le bilan de l'opération Mer Calme : 3 000 migrants ont été interceptés en mer.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Garde côtière' });
  });
});

describe('a superlative "depuis sa création" (French)', () => {
  it('"la plus vaste opération menée par le service depuis sa création": this operation, no earlier time', () => {
    const text =
      "Trente mille migrants recueillis en mer : bilan de l'opération Mer Calme\n\nPlus de 30 000 migrants ont été interceptés au cours de l'opération Mer Calme, conduite du 19 août au 23 septembre 1994, ce qui en fait la plus vaste opération menée par le service depuis sa création.\n\nL'effort s'ajoute à celui de l'opération Vent Fort, lancée en janvier 1993.";
    const found = fields(text, 'fr');
    expect(found.codename).toMatchObject({ value: 'Mer Calme' });
    expect(found.startDate).toMatchObject({ value: '1994-08-19' });
  });

  it('a total told "depuis sa création" is still an earlier time\'s', () => {
    const text =
      "L'opération Mer Calme a eu lieu du 19 au 23 août 1994.\n\nDepuis sa création, le service a intercepté 90 000 migrants.";
    expect(fields(text, 'fr').irregularMigrants).toBeUndefined();
  });
});

describe('Spanish bodies that lead or tell the news', () => {
  it('"El Servicio de Policía de Sudáfrica (SAPS), organismo que lidera la operación, …": said to lead it', () => {
    const text =
      'PRETORIA – La operación Escoba ha permitido detener a 968 personas. El Servicio de Policía de Sudáfrica (SAPS), organismo que lidera la operación, dirige los dispositivos desde Pretoria.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Servicio de Policía de Sudáfrica' });
  });

  it('"La Policía Metropolitana de Londres (Met) ha hecho balance …": a short name in brackets, not only initials', () => {
    const text =
      'La Policía Metropolitana de Londres (Met) ha hecho balance de la Operación Cometa, que ha llevado a 126 detenciones.\n\nEuropol prestó apoyo analítico a los investigadores.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Policía Metropolitana de Londres' });
  });
});

describe('a sentence opening on an earlier year without a comma (English)', () => {
  const head = 'WASHINGTON, D.C., March 18, 2002 – The FBI today announced the results of Operation Night Lantern.\n\n';

  it('"In 2001 the Bureau opened more than 1,500 cases": that year\'s, not this operation\'s', () => {
    const text = `${head}In 2001 the Bureau opened more than 1,500 cases of this kind, compared with 113 in 1996.`;
    expect(fields(text, 'en').investigationsOpened).toBeUndefined();
  });

  it('this year\'s figures still count ("In 2002 the Bureau opened 40 investigations under the operation")', () => {
    const text = `${head}In 2002 the Bureau opened 40 investigations under the operation.`;
    expect(fields(text, 'en').investigationsOpened).toMatchObject({ value: 40 });
  });
});

describe('where the operation was run from, a participle opening the sentence', () => {
  it('"Coordonnée depuis le quartier général du 7e district de la Garde côtière, à Miami, l\'opération …" (French)', () => {
    const text =
      "MIAMI – L'opération Mer Calme a pris fin.\n\nCoordonnée depuis le quartier général du 7e district de la Garde côtière, à Miami, l'opération a mobilisé 4 000 gardes-côtes.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Miami' });
  });

  it('"Pilotée depuis le siège du CBI à New Delhi, l\'opération …": a seat, the city without a comma (French)', () => {
    const text =
      "NEW DELHI – Le CBI a mené l'opération Roue.\n\nPilotée depuis le siège du CBI à New Delhi, l'opération a visé des sites dans sept États.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'New Delhi' });
  });

  it('"coordonnée depuis le Centre australien … (ACCCE), installé à Brisbane": a centre, then where it is (French)', () => {
    const text =
      "SYDNEY – Seize hommes ont été arrêtés lors de l'opération Pierre Bleue.\n\nL'enquête a été coordonnée depuis le Centre australien de lutte contre l'exploitation des enfants (ACCCE), installé à Brisbane.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Brisbane' });
  });

  it('"L\'opération est pilotée depuis le quartier général de la police, à Harare" (French)', () => {
    const text =
      "HARARE – Plus de 20 000 personnes ont été arrêtées lors de l'opération Fin.\n\nL'opération est pilotée depuis le quartier général de la police, à Harare, en liaison avec la Banque centrale.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Harare' });
  });

  it('"Coordinada desde la sede central de la Policía Nacional en Valencia, la operación …" (Spanish)', () => {
    const text =
      'MADRID – La operación Cometa terminó con 40 detenidos. Coordinada desde la sede central de la Policía Nacional en Valencia, la operación movilizó a 300 agentes.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Valencia' });
  });

  it('"Coordinated from the Carabinieri provincial command in Reggio Calabria, the operation …" (English)', () => {
    const text =
      'LONDON – Operation Comet ended with 40 arrests. Coordinated from the Carabinieri provincial command in Reggio Calabria, the operation involved 300 officers.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Reggio Calabria' });
  });

  it('not a network run from a city ("Dirigé depuis Dubaï, le réseau …")', () => {
    const text =
      "PARIS – L'opération Filet a conduit à 40 arrestations.\n\nDirigé depuis le siège d'une société écran à Dubaï, le réseau blanchissait des fonds.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Paris' });
  });
});

describe('a codename after the kind of operation', () => {
  it('"La operación antidroga regional Kanal-2011, desarrollada del 5 al 12 de diciembre …" (Spanish)', () => {
    const text =
      'DUSAMBÉ – La operación antidroga regional Kanal-2011, desarrollada del 5 al 12 de diciembre de 2011, se ha saldado con la incautación de unas 16 toneladas de estupefacientes.';
    expect(fields(text, 'es').codename).toMatchObject({ value: 'Kanal-2011' });
  });

  it('"l\'opération antidrogue Canal Nord, menée du 5 au 12 décembre …" (French)', () => {
    const text =
      "MOSCOU – L'opération antidrogue Canal Nord, menée du 5 au 12 décembre 2011, a permis de saisir 16 tonnes de stupéfiants.";
    expect(fields(text, 'fr').codename).toMatchObject({ value: 'Canal Nord' });
  });

  it('not a place after a preposition ("la operación antidroga en Tayikistán")', () => {
    const text =
      'DUSAMBÉ – La operación antidroga en Tayikistán, desarrollada del 5 al 12 de diciembre de 2011, se ha saldado con 400 detenidos.';
    expect(fields(text, 'es').codename).toBeUndefined();
  });
});

describe('a year "since" told in a relative clause, not of the operation', () => {
  it('"… la estrategia «Campo Seguro», el programa … que la Policía desarrolla desde 2022" (Spanish)', () => {
    const text =
      'BOGOTÁ – La Policía Nacional de Colombia capturó a 312 personas en la operación Rodeo.\n\nLa operación fue liderada por la Policía Nacional de Colombia y se enmarca en la estrategia «Campo Seguro», el programa de seguridad rural que la Policía desarrolla desde 2022.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Policía Nacional de Colombia' });
  });

  it('"Desde 2015, la operación ha permitido detener a 3.000 personas": still an earlier time\'s total (Spanish)', () => {
    const text =
      'BOGOTÁ, 3 de marzo de 2024 – La operación Rodeo terminó con 312 capturas.\n\nDesde 2015, las distintas fases han permitido detener a 3.000 personas.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 312 });
  });

  it('"… un réseau qui opérait depuis 2008 : 40 personnes ont été interpellées" (French)', () => {
    const text =
      "LYON, 3 mars 2024 – L'opération Rodeo a visé un réseau qui opérait depuis 2008 dans trois pays, et 40 personnes ont été interpellées.";
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 40 });
  });

  it('"… a network that had been active since 2008, and 40 people were arrested" (English)', () => {
    const text =
      'LYON, 3 March 2024 – Operation Rodeo targeted a network that had been active since 2008 in three countries, and 40 people were arrested.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 40 });
  });

  it('"Since 2008, police have arrested 900 people": an earlier time\'s (English)', () => {
    const text =
      'LYON, 3 March 2024 – Operation Rodeo ended with 40 arrests.\n\nSince 2008, police have arrested 900 people in the region.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 40 });
  });
});

describe("this operation's own edition told by its ordinal", () => {
  const head = 'Operation Nzila III strikes at illegal gold mining\n\n';

  it('"… across 14 African nations … during the third edition of Operation Nzila": this one, not an earlier edition', () => {
    const text = `${head}LYON, France – Police across 14 African nations have shut down illegal mining sites during the third edition of Operation Nzila, whose results were made public today.\n\nNzila III ran from 13 to 24 October 2025.`;
    expect(fields(text, 'en').countries).toMatchObject({ value: 14 });
  });

  it('"… in 11 countries during the second edition of Operation Nzila": an earlier edition still', () => {
    const text = `${head}LYON, France – Police across 14 African nations took part.\n\nDuring the second edition of Operation Nzila, officers worked in 11 countries.`;
    expect(fields(text, 'en').countries).toMatchObject({ value: 14 });
  });
});

describe('other figures: what a weight is of, and a rounder restatement', () => {
  it('"100 kilograms of gold and taken hundreds of children": the gold alone', () => {
    const found = extractRelease(
      'Police seized 100 kilograms of gold and taken hundreds of children out of pits in Operation Nzila.',
      { locale: 'en' }
    ).additionalStats;
    expect(found).toEqual([expect.objectContaining({ label: 'Gold', value: 100, unit: 'kg' })]);
  });

  it('"raw and carved ivory" is still one thing described twice', () => {
    const found = extractRelease('Officers seized 400 kilograms of raw and carved ivory in Operation Nzila.', {
      locale: 'en',
    }).additionalStats;
    expect(found).toEqual([expect.objectContaining({ value: 400, unit: 'kg' })]);
    expect(found[0].label.toLowerCase()).toContain('carved ivory');
  });

  it('"close to 100 kilograms of gold" in the lead, "about 94 kg of gold" in the list: the list\'s figure', () => {
    const text =
      'LYON – Police seized close to 100 kilograms of gold in Operation Nzila.\n\nKey figures:\n- about 94 kg of gold;\n- 3.1 tonnes of mercury.';
    const found = extractRelease(text, { locale: 'en' }).additionalStats;
    expect(found).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 94, unit: 'kg', qualifier: 'approximately' })])
    );
    expect(found.filter((row) => row.unit === 'kg')).toHaveLength(1);
  });

  it('two approximate figures as round as each other stay in dispute ("about 90 kg" and "about 100 kg" of gold)', () => {
    const text = 'LYON – Police seized about 90 kg of gold in Operation Nzila.\n\nOfficers took about 100 kg of gold.';
    const found = extractRelease(text, { locale: 'en' }).additionalStats;
    expect(found.filter((row) => row.unit === 'kg')).toHaveLength(0);
  });
});

describe('a start of the year or a month "since", told in a relative clause or of running the operation', () => {
  it('"… les zones rurales, où les vols connaissent une hausse depuis le début de l\'année" (French)', () => {
    const text =
      "Yaoundé, le 6 juin 2023 – La Gendarmerie nationale a rendu public ce mardi le premier bilan de l'opération « Tentacules », une campagne dans les zones rurales, où les vols de motos connaissent une hausse depuis le début de l'année.\n\nL'opération a permis d'interpeller 214 suspects.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Gendarmerie nationale' });
  });

  it('"Depuis le début de l\'année, la gendarmerie a interpellé 900 suspects": still an earlier time\'s (French)', () => {
    const text =
      "Yaoundé, le 6 juin 2023 – L'opération « Tentacules » a permis d'interpeller 214 suspects.\n\nDepuis le début de l'année, la gendarmerie a interpellé 900 suspects.";
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 214 });
  });

  it('"… en las zonas rurales, donde los robos aumentan desde principios de año" (Spanish)', () => {
    const text =
      'Yaundé, 6 de junio de 2023 – La Gendarmería presentó el balance de la operación Tentáculos, en las zonas rurales, donde los robos aumentan desde principios de año: 214 detenidos.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 214 });
  });

  it('"… in rural areas, where thefts have risen since the start of the year" (English)', () => {
    const text =
      'YAOUNDE, 6 June 2023 – Operation Tentacles targeted rural areas, where thefts have risen since the start of the year, and 214 suspects were arrested.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 214 });
  });

  it('"The NCS has coordinated the operation from its London headquarters since May 2002": where, not an earlier time', () => {
    const text =
      'Operation Ore: 1,300 arrested\n\nLONDON, 10 March 2003 (wire) – British police have arrested 1,300 people in Operation Ore.\n\nThe NCS has coordinated the operation from its London headquarters since May 2002, when the details of 7,272 people were passed on.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'London', evidence: 'London' });
  });
});

describe('a one-day operation told in more words', () => {
  it('"The operation was carried out on a single day, Wednesday 7 October 2009" (English)', () => {
    const text =
      'Operation Phish Net: 100 charged\n\nWASHINGTON – Operation Phish Net led to 100 charges. The operation was carried out on a single day, Wednesday 7 October 2009, in three states.';
    expect(fields(text, 'en')).toMatchObject({ startDate: { value: '2009-10-07' }, endDate: { value: '2009-10-07' } });
  });

  it('"In the early hours of Tuesday 16 December 2008, nearly 1,200 carabinieri fanned out" (English)', () => {
    const text =
      'PALERMO, Italy — In the early hours of Tuesday 16 December 2008, nearly 1,200 carabinieri fanned out across the city in Operation Perseus.';
    expect(fields(text, 'en')).toMatchObject({ startDate: { value: '2008-12-16' }, endDate: { value: '2008-12-16' } });
  });

  it('"Trente-sept personnes ont été arrêtées le mardi 2 décembre 2014 … lors de l\'opération" (French)', () => {
    const text =
      "ROME – Trente-sept personnes ont été arrêtées le mardi 2 décembre 2014 à Rome lors de l'opération « Monde du milieu ».";
    expect(fields(text, 'fr')).toMatchObject({ startDate: { value: '2014-12-02' }, endDate: { value: '2014-12-02' } });
  });

  it('"La Fiscalía … ejecutó el miércoles 10 de enero de 2024 la operación Alpes" (Spanish)', () => {
    const text =
      'PANAMÁ – La Fiscalía de Drogas ejecutó el miércoles 10 de enero de 2024 la operación Alpes, dirigida contra una organización de narcotráfico.';
    expect(fields(text, 'es')).toMatchObject({ startDate: { value: '2024-01-10' }, endDate: { value: '2024-01-10' } });
  });

  it('not a meeting held on a day ("met in Lyon on Tuesday 16 December 2008")', () => {
    const text =
      'LYON – Officers of 12 countries met in Lyon on Tuesday 16 December 2008 to prepare Operation Perseus, in which 300 people were later arrested.';
    expect(fields(text, 'en').startDate).toBeUndefined();
  });
});

describe("children found, and a programme's running total (French)", () => {
  const text =
    "WASHINGTON, 18 octobre 2017 – Le FBI a rendu publics mercredi les résultats de l'opération Traversée XI.\n\nL'opération a permis de retrouver 84 mineurs exploités sexuellement et d'arrêter 120 personnes.\n\nAu total, depuis le lancement de l'initiative Innocence Perdue en 2003, le FBI et ses partenaires ont permis de retrouver plus de 6 600 enfants.";

  it('"a permis de retrouver 84 mineurs": victims found', () => {
    expect(fields(text, 'fr').victimsIdentified).toMatchObject({ value: 84, qualifier: 'exact' });
  });

  it("\"depuis le lancement de l'initiative …, … plus de 6 600 enfants\": the programme's total, an earlier time's", () => {
    expect(fields(text, 'fr').victimsIdentified).not.toMatchObject({ value: 6600 });
  });

  it('not people found in general ("retrouver 12 personnes recherchées")', () => {
    const found = fields("PARIS – L'opération Filet a permis de retrouver 12 personnes recherchées.", 'fr');
    expect(found.victimsIdentified).toBeUndefined();
  });
});

describe('more one-day and victims shapes', () => {
  it('"La Policía Federal de Brasil (PF) detuvo el viernes 13 de abril de 2007 a 25 personas": the day and the arrests', () => {
    const found = fields(
      'BRASILIA – La Policía Federal de Brasil (PF) detuvo el viernes 13 de abril de 2007 a 25 personas, entre ellas dos jueces, en la operación Huracán.',
      'es'
    );
    expect(found).toMatchObject({
      startDate: { value: '2007-04-13' },
      endDate: { value: '2007-04-13' },
      arrests: { value: 25, qualifier: 'exact' },
    });
  });

  it('"En total, 351 menores han sido identificados o rescatados" (Spanish)', () => {
    const found = fields(
      'WASHINGTON – En total, 351 menores han sido identificados o rescatados en la operación Chupete.',
      'es'
    );
    expect(found.victimsIdentified).toMatchObject({ value: 351, qualifier: 'exact' });
  });

  it('"Police carried out Operation Navalha on Thursday, 17 May 2007" (English)', () => {
    const found = fields(
      'BRASILIA – Police carried out Operation Navalha on Thursday, 17 May 2007, against a network.',
      'en'
    );
    expect(found).toMatchObject({ startDate: { value: '2007-05-17' }, endDate: { value: '2007-05-17' } });
  });
});

describe('an office the operation was run from (English)', () => {
  it('"The operation was coordinated from the FBI\'s New York Field Office": the city', () => {
    const text =
      "NEW YORK – Operation Card Shop led to 24 arrests. The operation was coordinated from the FBI's New York Field Office, which ran an undercover forum.";
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'New York' });
  });

  it('"led by the FBI and run from its Chicago Field Office"', () => {
    const text =
      'CHICAGO – Operation Greylord is an investigation of court corruption, led by the FBI and run from its Chicago Field Office.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Chicago' });
  });

  it('"The case was coordinated from the FBI field office in Houston"', () => {
    const text =
      'WASHINGTON – Forty people are in custody after Operation Candle. The case was coordinated from the FBI field office in Houston, with other offices joining later.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Houston' });
  });

  it('"coordinated from the Federal Police superintendency in Cuiabá, the Mato Grosso state capital": no state taken for a country', () => {
    const text =
      'BRASÍLIA – Police arrested 86 people in Operation Curupira. The operation was coordinated from the Federal Police superintendency in Cuiabá, the Mato Grosso state capital.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Cuiabá' });
  });

  it('a city and its country still ("… coordination centre in Kuala Lumpur, Malaysia")', () => {
    const text =
      'Police of ten countries arrested 300 people in Operation Tide. The operation was coordinated from a coordination centre in Kuala Lumpur, Malaysia.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Kuala Lumpur, Malaysia' });
  });
});

describe('a body named with a place, its initials after it (English)', () => {
  it('"planned and coordinated by the French Armed Forces in New Caledonia (FANC)": the whole name', () => {
    const text =
      'Operation Nasse: four nations watch the tuna grounds\n\nThe operation was planned and coordinated by the French Armed Forces in New Caledonia (FANC) from their operations centre in Nouméa.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'French Armed Forces in New Caledonia' });
  });

  it('not a place without initials after it ("coordinated by the French Armed Forces in New Caledonia.")', () => {
    const text =
      'Operation Nasse: four nations watch the tuna grounds\n\nThe operation was coordinated by the French Armed Forces in New Caledonia.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'French Armed Forces' });
  });
});

describe('French bodies told as leading in more words', () => {
  it('"La Sûreté du Québec (SQ) fait le point sur l\'opération Magot"', () => {
    const text =
      "MONTRÉAL, le 20 nov. 2015 – La Sûreté du Québec (SQ) fait le point sur l'opération Magot, menée hier contre un regroupement criminel.\n\nSes enquêteurs et ceux de la GRC ont arrêté 40 personnes, avec l'appui d'Europol.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Sûreté du Québec' });
  });

  it('"l\'opération Ghost Click, une enquête de deux ans menée par le Federal Bureau of Investigation (FBI)"', () => {
    const text =
      "NEW YORK – Six ressortissants estoniens ont été arrêtés mardi dans le cadre de l'opération Ghost Click, une enquête de deux ans menée par le Federal Bureau of Investigation (FBI) avec le concours de la police estonienne.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'FBI' });
  });

  it('"la Police grand-ducale a initié et coordonné l\'opération LUX-Car", Europol and INTERPOL named for their part', () => {
    const text =
      "Luxembourg, le 3 décembre 2015 – Dans le cadre de la présidence luxembourgeoise du Conseil de l'Union européenne, la Police grand-ducale a initié et coordonné l'opération LUX-Car.\n\nL'opération a été suivie depuis un poste installé au siège d'Europol, à La Haye, où des spécialistes d'Europol et d'INTERPOL vérifiaient les informations.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Police grand-ducale' });
  });
});

describe('Spanish bodies in more shapes', () => {
  it('"La Dirección Nacional contra el Terrorismo (DINCOTE) de la Policía Nacional del Perú capturó a …"', () => {
    const text =
      'LIMA, 13 de septiembre de 1992 – La Dirección Nacional contra el Terrorismo (DINCOTE) de la Policía Nacional del Perú capturó a tres dirigentes de la organización al término de la Operación Victoria.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Dirección Nacional contra el Terrorismo' });
  });

  it('"…, según el balance presentado por la Gendarmería Nacional, que dirige el dispositivo"', () => {
    const text =
      'CAYENA – La operación Arpía ha permitido desmantelar 300 explotaciones ilegales a lo largo de los ríos, según el balance presentado por la Gendarmería Nacional, que dirige el dispositivo.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Gendarmería Nacional' });
  });
});

describe('English leads in more shapes', () => {
  it('"Operation Greylord is an undercover investigation of corruption in …, led by the FBI"', () => {
    const text =
      'CHICAGO – Two more judges were found guilty this week.\n\nOperation Greylord is an undercover investigation of corruption in the Circuit Court of Cook County, led by the FBI and run from its Chicago office.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'FBI' });
  });

  it('"The U.S. Coast Guard on Friday formally stood down Operation Able Vigil"', () => {
    const text =
      'MIAMI —\n\nThe U.S. Coast Guard on Friday formally stood down Operation Able Vigil, the mass-migration response it launched in the Florida Straits.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'U.S. Coast Guard' });
  });

  it('"planned and coordinated by the Violent Crimes Against Children Section of the FBI\'s Criminal Investigative Division"', () => {
    const text =
      "WASHINGTON — Two hundred victims were located during Operation Cross Country XIII.\n\nIt was planned and coordinated by the Violent Crimes Against Children Section of the FBI's Criminal Investigative Division, and carried out by field offices.";
    expect(fields(text, 'en').agency).toMatchObject({ value: 'FBI' });
  });
});

describe("a body's name is no place (English)", () => {
  it('"the Secretariat of the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES)"', () => {
    const text =
      'BRUSSELS – Customs of 26 countries took part in Operation Ape Watch.\n\nThe Secretariat of the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES) supported the exchange of information.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Brussels' });
  });
});

describe('French officers by the Italian name', () => {
  it('"a mobilisé quelque 150 Carabinieri"', () => {
    const found = fields(
      "AOSTE – L'opération Geenna a mobilisé quelque 150 Carabinieri, appuyés par des unités cynophiles.",
      'fr'
    );
    expect(found.officers).toMatchObject({ value: 150, qualifier: 'approximately' });
  });
});

describe('a quoted codename with a small word in it (Spanish)', () => {
  it('"en la operación "Castelo de Areia" (Castillo de Arena)": the whole name in the quotes', () => {
    const text =
      'SÃO PAULO – La Policía Federal detuvo hoy a diez personas en la operación "Castelo de Areia" (Castillo de Arena), dirigida contra una red.';
    expect(fields(text, 'es').codename).toMatchObject({ value: 'Castelo de Areia' });
  });

  it('«Tormenta del Desierto» too, and a bare name still stops before "de" and a body ("la operación Escudo de la Policía Nacional")', () => {
    expect(
      fields('MADRID – La Guardia Civil detuvo a 40 personas en la operación «Tormenta del Desierto».', 'es').codename
    ).toMatchObject({
      value: 'Tormenta del Desierto',
    });
    expect(
      fields('MADRID – Son 40 los detenidos en la operación Escudo de la Policía Nacional.', 'es').codename
    ).toMatchObject({
      value: 'Escudo',
    });
  });
});

import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 36 (issue 14): what the forty-seventh batch showed, and the tuning sets, as general rules. The
 * sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const fields = (text: string, locale: Locale) => read(text, locale).fields;

describe("a paragraph on one country's case or on highlighted cases (French)", () => {
  const intro = "LYON (France) – L'opération Harmattan s'est achevée le 4 octobre 2024.\n\n";

  it('a paragraph opening "Au Sénégal," tells that country\'s figures, up to its end', () => {
    const text = `${intro}Au Sénégal, les douaniers ont ciblé le port de Dakar. Neuf personnes ont été interpellées et 212 kg de bois saisis.`;
    expect(fields(text, 'fr').arrests).toBeUndefined();
  });

  it('so does one opening "Parmi les dossiers mis en avant,"', () => {
    const text = `${intro}Parmi les dossiers mis en avant, la police portugaise a démantelé un trafic de coquillages. Huit personnes ont été arrêtées.`;
    expect(fields(text, 'fr').arrests).toBeUndefined();
  });

  it('a paragraph naming several places in turn is not one country\'s ("Au Kenya, …; au Sénégal, …")', () => {
    const text = `${intro}Au Kenya, une fraude a été mise au jour ; au Sénégal, une escroquerie a été démantelée. Au total, 1 006 suspects ont été arrêtés.`;
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 1006, qualifier: 'exact' });
  });

  it("the operation's own paragraph keeps its figures", () => {
    const text = `${intro}Au total, 1 006 suspects ont été arrêtés dans 14 pays.`;
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 1006 });
  });
});

describe('a project led by a national agency and run from its division (French)', () => {
  const text =
    'WASHINGTON – La DEA a présenté ce mercredi les résultats du projet Mistral, une action contre un cartel.\n\n' +
    'Placé sous la direction de la DEA et coordonné par sa Division des opérations spéciales, installée à Chantilly, en Virginie, le projet réunissait les enquêtes de nombreux services.\n\n' +
    "Lancé le lundi 9 septembre 2019, le projet Mistral s'est achevé le mardi 10 mars 2020 par une vague d'interpellations.";

  it("reads the agency, the division's city, the project's name and its two days", () => {
    const got = fields(text, 'fr');
    expect(got.agency).toMatchObject({ value: 'DEA' });
    expect(got.headquarters).toMatchObject({ value: 'Chantilly' });
    expect(got.codename).toMatchObject({ value: 'Mistral' });
    expect(got.startDate).toMatchObject({ value: '2019-09-09' });
    expect(got.endDate).toMatchObject({ value: '2020-03-10' });
  });

  it("a weekday's date set off by commas, not after a start, is still the one day of the action", () => {
    const one =
      "LYON (France) – Le mardi 26 janvier 2021, les enquêteurs ont interpellé 40 suspects lors de l'opération Mistral.";
    expect(fields(one, 'fr')).toMatchObject({ startDate: { value: '2021-01-26' }, endDate: { value: '2021-01-26' } });
  });

  it('a project named elsewhere is no codename ("les partenaires du projet AIRCOP")', () => {
    const other = 'LYON (France) – Les partenaires du projet AIRCOP ont formé 40 agents.';
    expect(fields(other, 'fr').codename).toBeUndefined();
  });
});

describe('an operation an agency ran from its Special Operations Division (English)', () => {
  it("reads the division's city as the headquarters", () => {
    const text =
      "WASHINGTON – Operation Dry Creek ended on Sunday.\n\nThe operation was coordinated by the DEA's Special Operations Division in Chantilly, Virginia, which pooled the intelligence.";
    expect(fields(text, 'en')).toMatchObject({
      agency: { value: 'DEA' },
      headquarters: { value: 'Chantilly, Virginia' },
    });
  });

  it('"bringing the number of countries involved to nine" counts the countries', () => {
    const text =
      'WASHINGTON – Operation Dry Creek ended on Sunday.\n\nPartners in Mexico, Canada and China took parallel action, bringing the number of countries involved to nine.';
    expect(fields(text, 'en').countries).toMatchObject({ value: 9, qualifier: 'exact' });
  });
});

describe('a navy-led rescue mission (English)', () => {
  const text =
    'ROME – The sea mission has ended.\n\nOperations were directed by the Maltese Navy from its base. Crews rescued 4,810 migrants in the course of the mission.';

  it('the navy directing the operations leads it', () => {
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Maltese Navy' });
  });

  it.each([
    ['Crews rescued 4,810 migrants in the course of the mission.', 4810],
    ['In all, 2,400 asylum seekers were rescued by merchant ships.', 2400],
  ])('migrants rescued are irregular migrants: "%s"', (sentence, value) => {
    const rescue = `ROME – Operation Tide ended on Friday.\n\n${sentence}`;
    expect(fields(rescue, 'en').irregularMigrants).toMatchObject({ value, qualifier: 'exact' });
  });

  it('victims rescued stay victims', () => {
    const victims = 'ROME – Operation Tide ended.\n\nOfficers rescued 48 victims of trafficking.';
    expect(fields(victims, 'en')).toMatchObject({ victimsIdentified: { value: 48 } });
    expect(fields(victims, 'en').irregularMigrants).toBeUndefined();
  });
});

describe('"an international operation led by" a national body (French, Spanish)', () => {
  it.each([
    [
      'es',
      'Una operación internacional dirigida por el Buró Federal de Investigaciones (FBI) ha terminado con 61 personas detenidas.',
      'FBI',
    ],
    [
      'es',
      'Una operación conjunta coordinada por la Guardia Civil ha terminado con 61 personas detenidas.',
      'Guardia Civil',
    ],
    [
      'fr',
      "Une opération internationale menée par la Police nationale a permis l'arrestation de 61 personnes.",
      'Police nationale',
    ],
  ] as [Locale, string, string][])('%s: "%s"', (locale, sentence, agency) => {
    expect(fields(sentence, locale).agency).toMatchObject({ value: agency });
  });

  it('an operation of some other kind is no lead ("Una operación dirigida contra …")', () => {
    expect(
      fields('Una operación internacional dirigida contra la Policía corrupta terminó con 61 detenidos.', 'es').agency
    ).toBeUndefined();
  });
});

describe('what batch 49 showed', () => {
  it('"pounds of" a drug is a weight, no sum; pounds of money stay a sum', () => {
    const text =
      'WASHINGTON – Operation Dry Creek ended.\n\nAgents seized 2,710 pounds of methamphetamine and 5 million pounds in cash.';
    expect(read(text, 'en').additionalStats.map((r) => [r.value, r.unit])).toEqual([[5000000, 'GBP']]);
  });

  it.each([
    [
      'en',
      'DEA-Led Project Sierra Deals Blow to a Cartel\n\nWASHINGTON – Agents closed Project Sierra on Friday. Operation Springtime, years ago, was another case.',
      'Sierra',
    ],
    [
      'fr',
      "Projet Ouragan : 27 arrestations en Outaouais\n\nGATINEAU – Menée dans le cadre du projet Ouragan, l'opération a permis 27 arrestations. L'opération Printemps 2001 avait précédé.",
      'Ouragan',
    ],
  ] as [Locale, string, string][])(
    '%s: a project the headline names and the body repeats is the codename',
    (locale, text, name) => {
      expect(fields(text, locale).codename).toMatchObject({ value: name });
    }
  );

  it('a project only the headline names is not taken from it', () => {
    const text = 'Project Sierra Deals Blow to a Cartel\n\nWASHINGTON – Agents arrested 40 people on Friday.';
    expect(fields(text, 'en').codename).toBeUndefined();
  });

  it('"A 44-month investigation led by the Drug Enforcement Administration"', () => {
    const text =
      'WASHINGTON – A 44-month investigation led by the Drug Enforcement Administration into a cartel has ended.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'DEA' });
  });

  it('"The action, known as Operation Tovar, was led by the FBI" (Europol named after it supports)', () => {
    const text =
      "WASHINGTON – The action, known as Operation Tovar, was led by the Federal Bureau of Investigation (FBI) and brought together agencies from 12 countries, as well as Europol's European Cybercrime Centre.";
    expect(fields(text, 'en').agency).toMatchObject({ value: 'FBI' });
  });

  it('"The 5,969 migrants intercepted" are irregular migrants', () => {
    const text = 'WARSAW – Joint Operation Hera ended.\n\nThe 5,969 migrants intercepted were travelling in 92 boats.';
    expect(fields(text, 'en').irregularMigrants).toMatchObject({ value: 5969, qualifier: 'exact' });
  });

  it.each([
    ['en', 'LONDON – Operation Wick ended. In all, 76 people were arrested or are under investigation.'],
    ['en', 'LONDON – Operation Wick ended. In all, 76 people were arrested or charged.'],
    [
      'fr',
      "LYON (France) – L'opération Wick s'est achevée. Au total, 76 personnes ont été arrêtées ou font l'objet d'une enquête.",
    ],
    ['es', 'MADRID – La operación Wick terminó. En total, 76 personas fueron detenidas o están siendo investigadas.'],
  ] as [Locale, string][])('%s: arrested "or" under investigation is no arrest count: "%s"', (locale, text) => {
    expect(fields(text, locale).arrests).toBeUndefined();
  });

  it('a French list item on one country, its figure in words, is that country\'s ("- Cameroun : trois suspects arrêtés")', () => {
    const text =
      "ABIDJAN – Quatorze suspects arrêtés lors de l'opération Surge.\n\nParmi les résultats :\n- Cameroun : trois suspects arrêtés dans une affaire d'escroquerie ;\n- Nigeria : 11 suspects arrêtés.";
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 14 });
  });

  it('information passed to Europol makes it no lead beside the agency that reports ("transmises à Europol")', () => {
    const text =
      "VARSOVIE – L'agence européenne Frontex dresse un premier bilan de l'opération Poseidon.\n\nLes informations recueillies sont transmises à Europol et aux services nationaux.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Frontex' });
  });

  it('"le centre de coordination opérationnelle de La Haye (Pays-Bas)" is the headquarters', () => {
    const text =
      "BRUXELLES – L'opération Amber était coordonnée par Europol, dont le centre de coordination opérationnelle de La Haye (Pays-Bas) fonctionnait jour et nuit.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'La Haye, Pays-Bas' });
  });

  it.each([
    [
      'WASHINGTON, 11 de marzo de 2020 – El Departamento de Justicia anunció hoy los resultados del Proyecto Sierra, una ofensiva coordinada por la DEA contra un cártel.',
      'DEA',
    ],
    [
      'WASHINGTON, 1 de agosto de 2023 – El Buró Federal de Investigaciones (FBI), junto con sus socios federales, estatales y locales, identificó a 200 víctimas de trata.',
      'FBI',
    ],
  ])('Spanish: "%s"', (text, agency) => {
    expect(fields(text, 'es').agency).toMatchObject({ value: agency });
  });

  it('a list of countries after the word for an operation names none of them ("la operación Rumanía, Grecia, …")', () => {
    const text =
      'MADRID – La Guardia Civil participa en la operación europea Bosphorus.\n\nAdemás de España, han participado en la operación Rumanía, Grecia, Bélgica y Polonia.';
    expect(fields(text, 'es').codename).toMatchObject({ value: 'Bosphorus' });
  });

  it.each([
    ['en', 'WASHINGTON – According to the DEA, the cartel controls trafficking routes to at least 40 countries.'],
    ['fr', 'WASHINGTON – Selon la DEA, le cartel contrôle des routes vers au moins 40 pays.'],
    ['es', 'WASHINGTON – Según la DEA, el cártel controla rutas de tráfico hacia al menos 40 países.'],
  ] as [Locale, string][])('%s: where a network reaches is no country count: "%s"', (locale, text) => {
    expect(fields(text, locale).countries).toBeUndefined();
  });
});

describe('one count of the same people, read as two stats', () => {
  it('"more than 4,000 people were brought to safety" and "rescued 4,120 migrants": the migrants alone', () => {
    const text =
      'ROME – Operation Tide has ended, with more than 4,000 people brought to safety during the year it ran.\n\nCrews rescued 4,120 migrants in the course of the operation.';
    const got = fields(text, 'en');
    expect(got.irregularMigrants).toMatchObject({ value: 4120, qualifier: 'exact' });
    expect(got.victimsIdentified).toBeUndefined();
  });

  it('victims of another count stay beside the migrants', () => {
    const text =
      'ROME – Operation Tide has ended.\n\nOfficers rescued 48 victims of trafficking. Crews rescued 4,120 migrants in the course of the operation.';
    expect(fields(text, 'en')).toMatchObject({ victimsIdentified: { value: 48 }, irregularMigrants: { value: 4120 } });
  });
});

describe('other figures batch 49 showed', () => {
  const rows = (text: string, locale: Locale) =>
    read(text, locale).additionalStats.map((r) => [r.label, r.value, r.unit]);

  it.each([
    [
      'es',
      'MADRID – La operación Trueno terminó.\n\nCifras clave:\n- 25 cuernos de rinoceronte\n- 12 colmillos de elefante\n- 9 pangolines',
      [
        ['Cuernos de rinoceronte', 25, null],
        ['Colmillos de elefante', 12, null],
        ['Pangolines', 9, null],
      ],
    ],
    [
      'fr',
      "LYON (France) – L'opération Tonnerre s'est achevée.\n\nChiffres clés :\n- 25 cornes de rhinocéros\n- 12 défenses d'éléphant",
      [
        ['Cornes de rhinocéros', 25, null],
        ["Défenses d'éléphant", 12, null],
      ],
    ],
    [
      'en',
      'LONDON – Operation Thunder ended.\n\nKey figures:\n- 9 pangolins\n- 25 rhino horns',
      [
        ['Pangolins', 9, null],
        ['Rhino horns', 25, null],
      ],
    ],
  ] as [Locale, string, unknown[]][])('%s: the animal a part is of is in its label', (locale, text, expected) => {
    expect(rows(text, locale)).toEqual(expected);
  });

  it('"$32.8 million in U.S. currency": initials with their dots are a word of the label', () => {
    expect(rows('WASHINGTON – Officers seized $32.8 million in U.S. currency.', 'en')).toEqual([
      ['U.S. currency', 32800000, 'USD'],
    ]);
  });
});

describe('agencies and headquarters, fourth part', () => {
  it('an agency leads passed ", through INTERPOL," reached is a channel, not the lead', () => {
    const text =
      'NEW DELHI – The Narcotics Control Bureau (NCB) has exposed an international syndicate.\n\nLeads were passed to partner agencies and, through INTERPOL, to other affected countries.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Narcotics Control Bureau' });
  });

  it('a regional office named "en lien avec" the coordinating unit is no headquarters', () => {
    const text =
      "NAIROBI, 4 avril 2019 – INTERPOL a dressé le bilan de l'opération Simba.\n\nLes contrôles ont été coordonnés par l'unité de commandement opérationnel d'INTERPOL, à Lyon (France), en lien avec les bureaux nationaux et le Bureau régional d'INTERPOL pour l'Afrique de l'Est, basé à Nairobi.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Lyon, France' });
  });

  it.each([
    [
      'fr',
      "BERNE, le 18 juin 2015 – La Suisse a participé à l'opération Pangea.\n\nLes échanges ont été centralisés par un centre d'opérations installé au Secrétariat général d'INTERPOL, à Lyon (France). Le Complexe mondial pour l'innovation d'INTERPOL, à Singapour, a apporté son expertise.",
      'Lyon, France',
    ],
    [
      'en',
      'BERNE, 18 June 2015 – Switzerland took part in Operation Pangea.\n\nThe operations centre in Lyon, France ran the action. The Global Complex for Innovation in Singapore provided expertise on websites.',
      'Lyon, France',
    ],
  ] as [Locale, string, string][])(
    '%s: a place that lent expertise did not run the operation',
    (locale, text, place) => {
      expect(fields(text, locale).headquarters).toMatchObject({ value: place });
    }
  );

  it.each([
    [
      "LYON (France), 19 juin 2012 – INTERPOL a présenté le bilan de l'opération Worthy.\n\nL'opération a été pilotée par le Programme Criminalité de l'environnement, au Secrétariat général de l'organisation à Lyon.",
      'Lyon, France',
    ],
    [
      "PARIS, 26 novembre 2018 – L'opération In Our Sites a été coordonnée par Europol, depuis le siège de l'agence à La Haye (Pays-Bas).",
      'La Haye, Pays-Bas',
    ],
  ])('the seat of "l\'organisation", of "l\'agence" in lower case: "%s"', (text, place) => {
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: place });
  });
});

describe('fifth part: batches 49 and 51', () => {
  it.each([
    [
      'WASHINGTON — Una ofensiva nacional de un mes de duración dirigida por la Oficina Federal de Investigaciones (FBI) contra las redes de explotación se ha saldado con 103 víctimas identificadas.',
      'FBI',
    ],
    [
      'WASHINGTON, 10 de junio de 2010 – La Administración para el Control de Drogas (DEA) dio a conocer hoy el balance final del Proyecto Deliverance, una investigación de 22 meses.',
      'DEA',
    ],
    [
      'BOGOTÁ, 5 de junio de 2018 – La Policía Nacional de Colombia presentó este martes el balance del primer año de la Operación Agamenón II.\n\nLa operación la dirige la Policía Nacional desde el Puesto de Mando. Allí trabajan oficiales de las direcciones de Investigación Criminal e INTERPOL (DIJIN) y de Inteligencia.',
      'Policía Nacional de Colombia',
    ],
  ])('Spanish: "%s"', (text, agency) => {
    expect(fields(text, 'es').agency).toMatchObject({ value: agency });
  });

  it('a national unit named after INTERPOL ("… e Interpol (DIJIN)") is no mention of the agency', () => {
    const text =
      'BOGOTÁ – La investigación arrancó en julio de 2006. Los investigadores de la Dirección de Investigación Criminal e Interpol (DIJIN) detuvieron a 40 personas.';
    expect(fields(text, 'es').agency).toBeUndefined();
  });

  it('"desde la sede central del FBI en Washington D. C." keeps the district\'s initials', () => {
    const text =
      'WASHINGTON — La Operación Independence Day fue coordinada desde la sede central del FBI en Washington D. C., donde trabajaron los analistas.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Washington D. C.' });
  });

  it('"installé au Pirée, en Grèce": the city with its article, "Le Pirée"', () => {
    const text =
      "VARSOVIE – Frontex dresse le bilan de l'opération Poseidon.\n\nL'ensemble est piloté depuis le Centre international de coordination installé au Pirée, en Grèce.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Le Pirée, Grèce' });
  });
});

describe('sixth part: batch 51', () => {
  it('a name in quotes after the word for an operation, in the headline, is the name in full', () => {
    const text =
      'DEA\'s "Operation Below the Beltway" nets 3,780 arrests\n\nWASHINGTON – The DEA today announced the results of Operation Below the Beltway, a nationwide surge.';
    expect(fields(text, 'en').codename).toMatchObject({ value: 'Below the Beltway' });
  });

  it('"coordinated by HSI\'s Cyber Crimes Center (C3) in Fairfax, Virginia": the body the initials name, and its city', () => {
    const text =
      "WASHINGTON – Special agents identified 123 victims.\n\nOperation Sunflower was coordinated by HSI's Cyber Crimes Center (C3) in Fairfax, Virginia, and carried out over five weeks.";
    expect(fields(text, 'en')).toMatchObject({
      agency: { value: 'HSI' },
      headquarters: { value: 'Fairfax, Virginia' },
    });
  });

  it('"denominada Joint Action Day (JAD) Finestra": the name after the kind of action and its initials', () => {
    const text =
      'VARSOVIA – Frontex coordinó una acción internacional. La operación, denominada Joint Action Day (JAD) Finestra, se centró en el contrabando.';
    expect(fields(text, 'es').codename).toMatchObject({ value: 'Finestra' });
  });

  it.each([
    [
      'es',
      'VARSOVIA, 20 de octubre de 2021 – La Agencia Europea de la Guardia de Fronteras y Costas (Frontex) dirigió, junto con las autoridades de Rumanía, una acción internacional contra la delincuencia.',
    ],
    [
      'fr',
      'VARSOVIE – Frontex a dirigé, conjointement avec les autorités roumaines, une action contre la contrebande.',
    ],
    ['en', 'WARSAW – Frontex led, together with the Romanian authorities, an action against smuggling.'],
    [
      'fr',
      "LA HAYE – Une action menée conjointement par le Centre européen de lutte contre la cybercriminalité (EC3) d'Europol et le Federal Bureau of Investigation (FBI) américain a neutralisé un réseau.",
    ],
  ] as [Locale, string][])('%s: an agency that led with another body leads alone no more: "%s"', (locale, text) => {
    expect(fields(text, locale).agency).toBeUndefined();
  });

  it('"The latest arrests took place on 4 November": a later part, not the operation\'s day', () => {
    const text =
      'THE HAGUE, 8 November 2021 – Operation GoldDust has led to seven arrests since February.\n\nThe latest arrests took place on 4 November, when Romanian authorities detained two individuals.';
    expect(fields(text, 'en').startDate).toBeUndefined();
  });
});

describe('seventh part: batch 53', () => {
  it('"Otras tres personas fueron detenidas" counts more of them, not all', () => {
    const text = (sentence: string) => `WASHINGTON – La operación Wire terminó ayer.\n\n${sentence}`;
    expect(fields(text('Tres personas fueron detenidas más tarde.'), 'es').arrests).toMatchObject({ value: 3 });
    expect(fields(text('Otras tres personas fueron detenidas más tarde.'), 'es').arrests).toBeUndefined();
  });

  it('"Thirty-six United States Attorneys\' Offices" are no countries', () => {
    const text = "WASHINGTON – Operation Web Snare ended.\n\nThirty-six United States Attorneys' Offices took part.";
    expect(fields(text, 'en').countries).toBeUndefined();
  });
});

describe('eighth part: batch 53', () => {
  const peru =
    'Lima, 23 de julio de 2023 – La Policía Nacional del Perú (PNP) rescató a 78 mujeres durante el megaoperativo "Saltamonte", ejecutado el viernes 21 de julio de 2023.\n\nEl megaoperativo se desarrolló en el marco de la campaña Corazón Azul 2023, impulsada por el Ministerio del Interior.';

  it('"el megaoperativo «Saltamonte»" names it; a campaign it was part of neither names it nor leads it', () => {
    expect(fields(peru, 'es')).toMatchObject({
      codename: { value: 'Saltamonte' },
      agency: { value: 'Policía Nacional del Perú' },
    });
  });

  it('"avec le soutien de Frontex et d\'Europol": both lend support; a force that "a participé" leads nothing', () => {
    const text =
      "Bruxelles, le 19 novembre 2013 – La police fédérale a participé à l'opération européenne Perkunas.\n\nElle a été menée avec le soutien de Frontex et d'Europol par les polices de 29 pays européens.";
    expect(fields(text, 'fr').agency).toBeUndefined();
  });

  it('a centre the suspects were referred from is no headquarters', () => {
    const text =
      'DUBLIN – Operation Ketch ended.\n\nThe suspects were identified with the help of referrals from the National Child Exploitation Coordination Centre in Canada.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Dublin' });
  });
});

describe('ninth part: batch 53', () => {
  it('"The operation, which ran between June 1 and August 26, 2004, was coordinated by the FBI"', () => {
    const text =
      'WASHINGTON, D.C., August 26, 2004 – The Department of Justice today announced the results of Operation Web Snare. The operation, which ran between June 1 and August 26, 2004, was coordinated by the Federal Bureau of Investigation.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'FBI' });
  });

  it('"Los ordenadores afectados se encontraban en más de 100 países": where things are, no country count', () => {
    const text =
      'WASHINGTON – La operación Ghost Click terminó.\n\nLos ordenadores afectados se encontraban en más de 100 países.';
    expect(fields(text, 'es').countries).toBeUndefined();
  });
});

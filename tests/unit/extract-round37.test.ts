import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 37 (issue 14): what the fifty-third batch and the tuning sets showed, as general rules. The sentences
 * are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const fields = (text: string, locale: Locale) => extractRelease(text, { locale }).fields;

describe('a bare name "is led by" a body (English)', () => {
  const headline = 'Sixty held in Operation Copper Gate against card fraud\n\n';

  it('reads the body that leads the named operation, in the present tense too', () => {
    const text = `${headline}Copper Gate is led by the US Federal Bureau of Investigation (FBI) and joins police forces of four countries.`;
    expect(fields(text, 'en').agency).toMatchObject({ value: 'FBI' });
  });

  it('as it did in the past tense', () => {
    const text = `${headline}Copper Gate was led by the FBI and joined police forces of four countries.`;
    expect(fields(text, 'en').agency).toMatchObject({ value: 'FBI' });
  });

  it('not a body that is led by a person', () => {
    const text = `${headline}Copper Gate is led by Detective Inspector Ann Moyo of the card fraud squad.`;
    expect(fields(text, 'en').agency).toBeUndefined();
  });
});

describe('arrests brought to a total (English)', () => {
  it('"bring the number of people arrested under Copper Gate to more than 60"', () => {
    const text =
      'LONDON – Police held nineteen people in London today. Taken together, the actions this week bring the number of people arrested under Copper Gate to more than 60.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 60, qualifier: 'moreThan' });
  });

  it('"bringing the total number of arrests to 212"', () => {
    const text = 'LONDON – Three more suspects were held on Friday, bringing the total number of arrests to 212.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 212, qualifier: 'exact' });
  });

  it('not a number of countries brought to a total', () => {
    const text = 'LONDON – Malta joined on Friday, bringing the number of countries involved to nine.';
    expect(fields(text, 'en').arrests).toBeUndefined();
  });
});

describe("one city's arrests in a sentence of their own (English)", () => {
  const intro =
    'LONDON – Operation Copper Gate, led by the FBI, brings together police forces in four countries: the United States, the United Kingdom, the Netherlands and Ukraine.\n\n';

  it('"The London arrests took place on Tuesday, when more than 150 Met officers searched addresses": that city\'s officers', () => {
    const text = `${intro}The London arrests took place early on Tuesday, when more than 150 Met officers searched addresses across the capital.`;
    expect(fields(text, 'en').officers).toBeUndefined();
  });

  it('"The Dutch raids were carried out by 80 officers": one country\'s', () => {
    const text = `${intro}The Dutch raids were carried out on Wednesday, when 80 officers entered homes in Rotterdam.`;
    expect(fields(text, 'en').officers).toBeUndefined();
  });

  it("the operation's own officers stay", () => {
    const text = `${intro}More than 1,500 officers took part in the raids, which were carried out on Tuesday.`;
    expect(fields(text, 'en').officers).toMatchObject({ value: 1500, qualifier: 'moreThan' });
  });

  it('"The first arrests took place …" is no place', () => {
    const text = `${intro}The first arrests took place on Tuesday, when more than 1,500 officers took part in raids in the four countries.`;
    expect(fields(text, 'en').officers).toMatchObject({ value: 1500, qualifier: 'moreThan' });
  });
});

describe('"un centenar de agentes" is about a hundred (Spanish)', () => {
  it('reads the officers as approximately 100', () => {
    const text = 'MADRID – En el dispositivo participó un centenar de agentes de la Policía Nacional.';
    expect(fields(text, 'es').officers).toMatchObject({ value: 100, qualifier: 'approximately' });
  });

  it('"un millar de detenidos" is about a thousand', () => {
    const text = 'MADRID – La operación se saldó con un millar de detenidos en toda España.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 1000, qualifier: 'approximately' });
  });

  it('a cue before it still says more: "más de un centenar de agentes"', () => {
    const text = 'MADRID – En el dispositivo participaron más de un centenar de agentes.';
    expect(fields(text, 'es').officers).toMatchObject({ value: 100, qualifier: 'moreThan' });
  });

  it('a row keeps it as written: "el bloqueo de un centenar de cuentas" is not hedged', () => {
    const text = 'MADRID – La Policía Nacional intervino un centenar de teléfonos móviles en la operación Copo.';
    const rows = extractRelease(text, { locale: 'es' }).additionalStats;
    for (const row of rows) expect(row.qualifier).not.toBe('approximately');
  });
});

describe('a Spanish lead by a bare name or an irregular participle', () => {
  it('"Orión VII fue liderada por la Armada de Colombia": the operation by its name leads to its body', () => {
    const text =
      'Resultados de Orión VII contra el narcotráfico\n\nBOGOTÁ – La campaña terminó el 30 de junio. Orión VII fue liderada por la Armada de Colombia y coordinada desde Cartagena.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Armada de Colombia' });
  });

  it('not a sentence opening on its article ("La red fue dirigida por …" names the criminals\' leader)', () => {
    const text = 'BOGOTÁ – La red fue dirigida por la Policía Nacional durante años, según la acusación.';
    expect(fields(text, 'es').agency).toBeUndefined();
  });

  it('"El Buró Federal de Investigaciones (FBI) ha puesto al descubierto …" is the FBI telling its case', () => {
    const text =
      'NUEVA YORK – El Buró Federal de Investigaciones (FBI) ha puesto al descubierto un fraude publicitario en internet con la operación Clic Fantasma.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'FBI' });
  });
});

describe('a body that "said Tuesday that its crews …" (English)', () => {
  const text =
    'ALAMEDA, Calif. – The U.S. Coast Guard said Tuesday that its crews have interdicted 45,000 kilograms of cocaine during Operation Pacific Dune.';

  it('tells its own operation, named in its usual styling', () => {
    expect(fields(text, 'en').agency).toMatchObject({ value: 'U.S. Coast Guard' });
  });

  it('as "said that its crews …" does', () => {
    expect(fields(text.replace('said Tuesday that', 'said that'), 'en').agency).toMatchObject({
      value: 'U.S. Coast Guard',
    });
  });

  it('not a body that said something else on a day ("said Tuesday it would review")', () => {
    const other = 'ALAMEDA, Calif. – The U.S. Coast Guard said Tuesday it would review the rules.';
    expect(fields(other, 'en').agency).toBeUndefined();
  });
});

describe('the busiest day or month of an operation is a share of it', () => {
  it('"The busiest day came on August 23, when crews picked up 3,253 people" (English)', () => {
    const text =
      'MIAMI – Operation Calm Water ran for five weeks. The busiest day came on August 23, when crews picked up 3,253 people in 24 hours.';
    expect(fields(text, 'en').arrests).toBeUndefined();
  });

  it('"Le mois d\'août 2014 a été le plus intense, avec près de 25 000 personnes secourues" (French)', () => {
    const text =
      "ROME – L'opération Mer Calme a duré un an. Le mois d'août 2014 a été le plus intense, avec près de 25 000 personnes secourues en quatre semaines.";
    expect(fields(text, 'fr').victimsIdentified).toBeUndefined();
  });

  it("the operation's own total stays", () => {
    const text =
      'MIAMI – Operation Calm Water ran for five weeks. In all, crews picked up 3,253 people, the busiest day being August 23.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 3253 });
  });
});

describe("a criminal group's name is no codename (French)", () => {
  it('"le groupe – connu … sous le nom de TMT –" leaves the operation\'s name', () => {
    const text =
      "Opération Faucon contre la fraude\n\nSINGAPOUR – Trois suspects ont été arrêtés à l'issue de l'opération Faucon, coordonnée par INTERPOL. Selon les enquêteurs, le groupe – connu dans le milieu de la cybersécurité sous le nom de TMT – développait des liens d'hameçonnage.";
    expect(fields(text, 'fr').codename).toMatchObject({ value: 'Faucon' });
  });

  it('an operation "connue sous le nom de" a name keeps it', () => {
    const text = "LYON – L'opération, connue sous le nom de Lionfish, a permis de saisir 3 tonnes de cocaïne.";
    expect(fields(text, 'fr').codename).toMatchObject({ value: 'Lionfish' });
  });
});

describe('a state or overseas region in Spanish after its city is no country', () => {
  it('"NEWARK (Nueva Jersey) –" is Newark', () => {
    const text = 'NEWARK (Nueva Jersey) – Agentes federales detuvieron este jueves a 44 personas en la operación Puja.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Newark' });
  });

  it('"CAYENA (Guayana Francesa) –" is Cayena', () => {
    const text =
      'CAYENA (Guayana Francesa) – La operación Arpía, lanzada en febrero de 2008, se dirige desde un centro de mando instalado en Cayena.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Cayena' });
  });

  it('a country in brackets stays: "ROTA (España)"', () => {
    const text = 'ROTA (España) – La operación Ancla se coordinó desde la base naval de Rota.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Rota, España' });
  });
});

describe("the Carabinieri's operations (English, French, Spanish)", () => {
  it('"the Carabinieri-led operation, which was coordinated from the Carabinieri provincial command in Reggio Calabria"', () => {
    const text =
      'ROME – Some 3,000 officers took part in the Carabinieri-led operation, which was coordinated from the Carabinieri provincial command in Reggio Calabria.';
    const got = fields(text, 'en');
    expect(got.agency).toMatchObject({ value: 'Carabinieri' });
    expect(got.headquarters).toMatchObject({ value: 'Reggio Calabria' });
  });

  it('a compound word is no lead ("a Carabinieri-trained unit")', () => {
    const text = 'ROME – A Carabinieri-trained unit of the Albanian police took part in the operation.';
    expect(fields(text, 'en').agency).toBeUndefined();
  });

  it('"El dispositivo, coordinado por los Carabinieri" (Spanish)', () => {
    const text =
      'ROMA – Más de un centenar de personas fueron detenidas. El dispositivo, coordinado por los Carabinieri desde Bolonia, se desarrolló en seis regiones.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Carabinieri' });
  });

  it('"La operación, dirigida y coordinada por el Arma de Carabinieri" (Spanish)', () => {
    const text =
      'ROMA – La operación, dirigida y coordinada por el Arma de Carabinieri desde Catanzaro, se centró en un clan.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Carabinieri' });
  });

  it('"l\'opération Geenna, conduite en janvier 2019 par les Carabinieri" (French)', () => {
    const text =
      "Coup de filet en Vallée d'Aoste\n\nC'est la conclusion de l'opération Geenna, conduite en janvier 2019 par les Carabinieri contre une cellule de la 'Ndrangheta.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Carabinieri' });
  });
});

describe('a one-day operation told with its verb', () => {
  it('"in an operation code-named Galgo carried out on 9 December 2010" (English)', () => {
    const text =
      'MADRID, Spain –\n\nThe Guardia Civil has dismantled a doping network in an operation code-named Galgo carried out on 9 December 2010 in several provinces.';
    const got = fields(text, 'en');
    expect(got.startDate).toMatchObject({ value: '2010-12-09' });
    expect(got.endDate).toMatchObject({ value: '2010-12-09' });
  });

  it('"La Guardia Civil a mené le jeudi 9 décembre 2010 l\'opération Galgo" (French)', () => {
    const text =
      "Dopage : quatorze arrestations\n\nLa Guardia Civil a mené le jeudi 9 décembre 2010 l'opération Galgo, destinée à démanteler un réseau de dopage.";
    expect(fields(text, 'fr').startDate).toMatchObject({ value: '2010-12-09' });
  });

  it('"se desarrolló durante toda la jornada del 28 de enero de 2015" (Spanish)', () => {
    const text =
      'ROMA – Más de un centenar de personas fueron detenidas en la operación Emilia. El dispositivo se desarrolló durante toda la jornada del 28 de enero de 2015 en seis regiones.';
    const got = fields(text, 'es');
    expect(got.startDate).toMatchObject({ value: '2015-01-28' });
    expect(got.endDate).toMatchObject({ value: '2015-01-28' });
  });

  it('"Cerca de 2.500 carabinieri participaron en la madrugada del 19 de diciembre de 2019 en la operación" (Spanish)', () => {
    const text =
      'Golpe a la mafia\n\nCerca de 2.500 carabinieri participaron en la madrugada del 19 de diciembre de 2019 en la operación Renacer, contra un clan calabrés.';
    expect(fields(text, 'es').startDate).toMatchObject({ value: '2019-12-19' });
  });

  it('not a meeting: "los expertos participaron en la mañana del 3 de marzo de 2019 en un taller"', () => {
    const text =
      'MADRID – La operación Renacer siguió a un curso. Los expertos participaron en la mañana del 3 de marzo de 2019 en un taller de formación.';
    expect(fields(text, 'es').startDate).toBeUndefined();
  });
});

describe('arrests told in more shapes', () => {
  it('"bringing to 31 the number of people taken into custody" (English), a total beside a later arrest', () => {
    const text =
      'BOGOTA – Mexican police arrested one more suspect on Friday, bringing to 31 the number of people taken into custody in Operation Millennium.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 31, qualifier: 'exact' });
  });

  it('"171 suspects de piraterie ont été appréhendés" (French)', () => {
    const text = 'NORTHWOOD – Au total, 171 suspects de piraterie ont été appréhendés en mer.';
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 171, qualifier: 'exact' });
  });

  it('not "47 chefs de bande arrêtés" beside "662 interpellations": some of them', () => {
    const text = 'MAYOTTE – 662 interpellations, dont 47 chefs de bande arrêtés, ont été menées lors de l’opération.';
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 662 });
  });

  it('"trente-cinq personnes avaient effectivement été placées en détention" (French)', () => {
    const text = 'CURITIBA – En début de soirée, trente-cinq personnes avaient effectivement été placées en détention.';
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 35, qualifier: 'exact' });
  });

  it('"detuvo este jueves a diez personas" (Spanish)', () => {
    const text = 'BRASILIA – La Policía Federal detuvo este jueves a diez personas sospechosas de preparar atentados.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 10, qualifier: 'exact' });
  });
});

describe('leads told in more shapes', () => {
  it('"Operation Cyber Chase, an investigation by the Drug Enforcement Administration" (English)', () => {
    const text =
      'WASHINGTON – Twenty people have been arrested in Operation Cyber Chase, an investigation by the Drug Enforcement Administration into online pharmacies.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'DEA' });
  });

  it('"cette opération, la première du genre …, a été dirigée par HSI" (French)', () => {
    const text =
      'WASHINGTON – Baptisée Or Noir, cette opération, la première du genre menée dans le pays, a été dirigée par HSI avec le concours du Secret Service.';
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'HSI' });
  });

  it('"Le Federal Bureau of Investigation (FBI) a présenté lundi les résultats de l\'opération" (French)', () => {
    const text =
      "WASHINGTON – Le Federal Bureau of Investigation (FBI) a présenté lundi les résultats de l'opération Fil Rouge, une offensive contre la fraude.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'FBI' });
  });
});

describe("a unit the text says is the lead's own force (French)", () => {
  const lead =
    "Dopage : quatorze arrestations\n\nLa Guardia Civil a mené le jeudi 9 décembre 2010 l'opération Lévrier.";

  it('"dirigée par l\'Unité centrale opérationnelle (UCO) de la Guardia Civil" is the Guardia Civil', () => {
    const text = `${lead} L'opération, dirigée par l'Unité centrale opérationnelle (UCO) de la Guardia Civil, a mobilisé deux cents agents.`;
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Guardia Civil' });
  });

  it('a unit of another force stays itself when the lead names none', () => {
    const text =
      "MADRID – L'opération Lévrier, dirigée par l'Unité centrale opérationnelle (UCO), a mobilisé deux cents agents.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Unité centrale opérationnelle' });
  });
});

describe('a body spelled out before its initials', () => {
  it('a translated name with the initials in another order: "la Policía Federal Australiana (AFP)"', () => {
    const text =
      'Operación Costado: más de 220 detenidos\n\nCANBERRA – La Policía Federal Australiana (AFP) ha desarticulado decenas de redes en la operación Costado.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Policía Federal Australiana' });
  });

  it('never across lines: "… de la AFP\\n\\nCANBERRA –\\n\\nLa Policía …" gives an evidence that is in the text', () => {
    const text =
      'Operación Costado: la mayor ofensiva de la AFP\n\nCANBERRA –\n\nLa Policía Federal Australiana (AFP) ha desarticulado decenas de redes.';
    const agency = fields(text, 'es').agency;
    expect(agency).toBeDefined();
    expect(text).toContain(agency!.evidence);
    expect(agency!.evidence).not.toBe('');
  });
});

describe('English figures that are not the stats', () => {
  it('"in 17 cities in six states" is no count of countries', () => {
    const text = 'CURITIBA – Police served warrants in 17 cities in six states and the Federal District.';
    expect(fields(text, 'en').countries).toBeUndefined();
  });

  it('"18 African states" still is', () => {
    const text = 'LYON – Police in 18 African states took part in the operation.';
    expect(fields(text, 'en').countries).toMatchObject({ value: 18 });
  });

  it('"arresting two dozen people" is not two arrests', () => {
    const text = 'CURITIBA – Federal Police broke up four networks, arresting two dozen people in a day of raids.';
    expect(fields(text, 'en').arrests).toBeUndefined();
  });

  it('"provided training to some 300 officers" is no count of officers', () => {
    const text =
      'BRUSSELS – Experts helped customs identify waste and provided training to some 300 officers before the operation.';
    expect(fields(text, 'en').officers).toBeUndefined();
  });
});

describe('migrants rescued or stopped on a crossing (French, Spanish)', () => {
  it('"Les garde-côtes ont secouru 1 500 migrants" (French)', () => {
    const text = 'ROME – Les garde-côtes ont secouru 1 500 migrants au cours de la mission.';
    expect(fields(text, 'fr').irregularMigrants).toMatchObject({ value: 1500, qualifier: 'exact' });
  });

  it('"2 400 migrants ont été interceptés en mer" (French)', () => {
    const text = 'ROME – Au total, 2 400 migrants ont été interceptés en mer.';
    expect(fields(text, 'fr').irregularMigrants).toMatchObject({ value: 2400 });
  });

  it('"5.969 migrantes fueron interceptados" (Spanish)', () => {
    const text = 'MADRID – En total, 5.969 migrantes fueron interceptados durante la operación.';
    expect(fields(text, 'es').irregularMigrants).toMatchObject({ value: 5969 });
  });

  it('"- 331 ciudadanos chinos en situación irregular detectados" (Spanish, a nationality after the noun)', () => {
    const text = 'VARSOVIA – Resultados:\n- 331 ciudadanos chinos en situación irregular detectados\n- 12 detenidos';
    expect(fields(text, 'es').irregularMigrants).toMatchObject({ value: 331 });
  });

  it('not victims rescued: "secouru 40 enfants"', () => {
    const text = 'ROME – Les enquêteurs ont secouru 40 enfants exploités.';
    expect(fields(text, 'fr').irregularMigrants).toBeUndefined();
  });
});

describe("a French lead opening the sentence, with the operation's dates after the body", () => {
  it('"Conduite par la Gendarmerie nationale du 18 octobre 2013 au 31 octobre 2014, cette mission …"', () => {
    const text =
      'PARIS – Conduite par la Gendarmerie nationale du 18 octobre 2013 au 31 octobre 2014, cette mission a permis de démanteler des réseaux.';
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Gendarmerie nationale' });
  });
});

describe('where the operation was run from, in more shapes', () => {
  it('"conduite depuis la surintendance de la PF à Curitiba (Paraná)" is Curitiba (French)', () => {
    const text =
      "BRASILIA – L'opération Chair Faible a été conduite depuis la surintendance de la PF à Curitiba (Paraná), où l'enquête avait été ouverte.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Curitiba' });
  });

  it('"conduite depuis le quartier général d\'opérations de Northwood, au Royaume-Uni" (French)', () => {
    const text =
      "BRUXELLES – Lancée en 2008, l'opération est conduite depuis le quartier général d'opérations de Northwood, au Royaume-Uni.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Northwood, Royaume-Uni' });
  });

  it('"coordinada por el Arma de Carabinieri desde Catanzaro (Calabria)" is Catanzaro (Spanish, a region no country)', () => {
    const text =
      'ROMA – La operación, dirigida y coordinada por el Arma de Carabinieri desde Catanzaro (Calabria), se centró en un clan.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Catanzaro' });
  });

  it('"La coordinación se ejerció desde la sede de la agencia en Varsovia" (Spanish)', () => {
    const text =
      'BRUSELAS – Frontex dirigió la operación Halcón en 12 aeropuertos. La coordinación se ejerció desde la sede de la agencia en Varsovia.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Varsovia' });
  });

  it('"el centro de coordinación que Europol instaló en su sede de La Haya (Países Bajos)" (Spanish)', () => {
    const text =
      'MADRID – Los equipos contaron con el apoyo del centro de coordinación que Europol instaló en su sede de La Haya (Países Bajos).';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'La Haya, Países Bajos' });
  });

  it('"Cerca de 2.500 carabinieri participaron" counts officers (Spanish)', () => {
    const text = 'ROMA – Cerca de 2.500 carabinieri participaron en la operación Renacer.';
    expect(fields(text, 'es').officers).toMatchObject({ value: 2500, qualifier: 'approximately' });
  });
});

describe('agencies named for their part, not the lead', () => {
  it('"NCIS coordinated the operation …, working through Interpol" is NCIS, named in full', () => {
    const text =
      'LONDON – One hundred and seven people have been arrested in twelve countries, the National Criminal Intelligence Service (NCIS) said. NCIS coordinated the operation from its headquarters in London, working through Interpol with police in eleven countries.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'National Criminal Intelligence Service' });
  });

  it("\"Des représentants de l'Office … et d'INTERPOL ont suivi les travaux en qualité d'observateurs\" (French)", () => {
    const text =
      "MOSCOU – Les polices des sept États membres ont saisi dix tonnes de stupéfiants. Des représentants de l'Office des Nations unies contre la drogue et le crime et d'INTERPOL ont suivi les travaux en qualité d'observateurs.";
    expect(fields(text, 'fr').agency).toBeUndefined();
  });

  it('"La journée du 24 août restera comme la plus chargée : 3 253 personnes ont été secourues" is one day\'s (French)', () => {
    const text =
      "MIAMI – L'opération Veille a duré cinq semaines. La journée du 24 août restera comme la plus chargée : 3 253 personnes ont été secourues en vingt-quatre heures.";
    expect(fields(text, 'fr').victimsIdentified).toBeUndefined();
  });
});

describe('"the first … operation" said of this one is no earlier edition', () => {
  it('"Operation Demeter, the first global enforcement operation coordinated by the WCO" (English)', () => {
    const text =
      'BRUSSELS – Customs services in 64 countries took part in Operation Demeter, the first global enforcement operation coordinated by the World Customs Organization (WCO) against illegal waste.';
    const got = fields(text, 'en');
    expect(got.countries).toMatchObject({ value: 64 });
    expect(got.agency).toMatchObject({ value: 'WCO' });
  });

  it('"l\'opération Déméter, la première opération mondiale coordonnée par l\'OMD" (French)', () => {
    const text =
      "BRUXELLES – Les douanes de 64 pays ont participé à l'opération Déméter, la première opération mondiale coordonnée par l'Organisation mondiale des douanes (OMD) contre les déchets.";
    expect(fields(text, 'fr').countries).toMatchObject({ value: 64 });
  });

  it('an earlier edition named as the first still is one ("The first Pangea operation, in 2008, …")', () => {
    const text =
      'LYON – Police in 90 countries took part in Operation Pangea XII. The first Pangea operation, in 2008, involved 10 countries.';
    expect(fields(text, 'en').countries).toMatchObject({ value: 90 });
  });
});

describe('a Spanish dawn raid "de hoy" and a provincial command', () => {
  const text =
    'TURÍN (Italia), 8 de junio de 2011 – Un millar de carabinieri participaron en la madrugada de hoy, 8 de junio de 2011, en la operación Minotauro. El dispositivo, dirigido por los Carabinieri desde el Comando Provincial de Turín, se saldó con 142 detenidos.';

  it('reads the day of the raid', () => {
    const got = fields(text, 'es');
    expect(got.startDate).toMatchObject({ value: '2011-06-08' });
    expect(got.endDate).toMatchObject({ value: '2011-06-08' });
  });

  it('reads the city of the command, with the country the dateline gives it', () => {
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Turín, Italia' });
  });
});

describe('batch 59 forms', () => {
  it('"Dans la seule province du Manicaland, près de 7 800 personnes ont été arrêtées" is one province\'s (French)', () => {
    const text =
      "HARARE – La police a annoncé avoir arrêté « plus de 22 500 personnes » depuis le lancement de l'opération Or Propre. Dans la seule province du Manicaland, près de 7 800 personnes ont été arrêtées.";
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 22500, qualifier: 'moreThan' });
  });

  it('"la Oficina de Investigaciones de Seguridad Nacional (HSI …)" is HSI (Spanish)', () => {
    const text =
      'WASHINGTON – La operación Delegado, coordinada por la Oficina de Investigaciones de Seguridad Nacional (HSI, por sus siglas en inglés), arrancó en diciembre.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'HSI' });
  });

  it('"ha permitido detener hasta la fecha a 9.968 personas" (Spanish)', () => {
    const text =
      'PRETORIA – La operación Limpieza ha permitido detener hasta la fecha a 9.968 personas por delitos graves.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 9968, qualifier: 'exact' });
  });

  it('"El cuartel general internacional de coordinación se instaló en Moscú" (Spanish)', () => {
    const text =
      'DUSAMBÉ (Tayikistán) – Siete países participaron en la operación Canal. El cuartel general internacional de coordinación se instaló en Moscú.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Moscú' });
  });
});

describe('batch 59 forms (English)', () => {
  it('"The operation was planned and led by the Carabinieri provincial command in Palermo"', () => {
    const text =
      'PALERMO – Nearly 100 people were held. The operation was planned and led by the Carabinieri provincial command in Palermo.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Carabinieri' });
  });

  it('"the National Crime Squad (NCS) said today": a squad is a body', () => {
    const text =
      'LONDON, 14 July 2004 — Police forces across the country have now arrested 1,901 people under Operation Mineral, the National Crime Squad (NCS) said today.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'National Crime Squad' });
  });

  it('"One of them, BARREL, which ran from 18 to 27 October 2011" is another operation\'s period', () => {
    const text =
      'HELSINKI – Six Member States took part in Operation Baltic Sea in June 2015. It follows earlier joint customs operations. One of them, BARREL, which ran from 18 to 27 October 2011, focused on rail traffic.';
    const got = fields(text, 'en');
    expect(got.startDate).toBeUndefined();
    expect(got.endDate).toBeUndefined();
  });

  it('"The operation was launched at dawn on Thursday, June 2": its first day only', () => {
    const text =
      'BRASILIA, June 10, 2005 – Police arrested 80 people in Operation Curupira. The operation was launched at dawn on Thursday, June 2, when federal officers moved on addresses.';
    const got = fields(text, 'en');
    expect(got.startDate).toMatchObject({ value: '2005-06-02' });
    expect(got.endDate).toBeUndefined();
  });
});

describe('migrants rescued in an earlier month are no figure of the operation (French)', () => {
  it('"Le mois précédent, les garde-côtes grecs avaient secouru 47 migrants"', () => {
    const text = 'Le mois précédent, les garde-côtes grecs avaient secouru 47 migrants lors d’un naufrage.';
    expect(fields(text, 'fr').irregularMigrants).toBeUndefined();
  });
});

describe('a regional organisation named at length before its initials', () => {
  it('"L\'Organisation du traité de sécurité collective (OTSC) a présenté … le bilan de l\'opération" (French)', () => {
    const text =
      "MOSCOU – L'Organisation du traité de sécurité collective (OTSC) a présenté jeudi le bilan de l'opération Illégal-2018, menée dans six pays.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Organisation du traité de sécurité collective' });
  });

  it('"La Agencia de Pesca del Foro de las Islas del Pacífico (FFA) coordinó la operación" (Spanish)', () => {
    const text =
      'HONIARA – La Agencia de Pesca del Foro de las Islas del Pacífico (FFA) coordinó la operación Kurukuru, en la que participaron seis países.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Agencia de Pesca del Foro de las Islas del Pacífico' });
  });
});

describe('information passed on by an agency is no lead (Spanish)', () => {
  const text =
    'NUEVA DELHI (India) – La Oficina Central de Investigación (CBI) de la India ha puesto en marcha la operación Rueda, una ofensiva contra el fraude. Para ello contó con datos aportados por el FBI, INTERPOL y otros organismos extranjeros.';

  it('"datos aportados por el FBI, INTERPOL y otros organismos": the body that acted leads', () => {
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Oficina Central de Investigación' });
  });

  it('INTERPOL named as leading still leads', () => {
    const led = 'LYON – La operación Rueda, coordinada por INTERPOL, se desarrolló en diez países.';
    expect(fields(led, 'es').agency).toMatchObject({ value: 'INTERPOL' });
  });
});

describe('French figures with a word after the noun', () => {
  it('"Plus de 30 000 migrants cubains ont été interceptés"', () => {
    const text = 'WASHINGTON – Plus de 30 000 migrants cubains ont été interceptés dans le détroit.';
    expect(fields(text, 'fr').irregularMigrants).toMatchObject({ value: 30000, qualifier: 'moreThan' });
  });

  it('"cinq nouvelles affaires ont été ouvertes par le CBI" are investigations opened', () => {
    const text = "NEW DELHI – À l'issue des perquisitions, cinq nouvelles affaires ont été ouvertes par le CBI.";
    expect(fields(text, 'fr').investigationsOpened).toMatchObject({ value: 5, qualifier: 'exact' });
  });

  it('cases not said to be opened are none ("douze affaires de fraude")', () => {
    const text = "NEW DELHI – L'enquête porte sur douze affaires de fraude.";
    expect(fields(text, 'fr').investigationsOpened).toBeUndefined();
  });
});

describe('a group that joined the officers counted is no count of them (Spanish)', () => {
  it('"movilizó a casi 3.900 policías …, a los que se sumaron unos 600 inspectores ambientales"', () => {
    const text =
      'BUENOS AIRES – Mercurio III movilizó a casi 3.900 policías, guardias de frontera y agentes de aduanas, a los que se sumaron unos 600 inspectores ambientales, fiscales y técnicos forestales.';
    expect(fields(text, 'es').officers).toMatchObject({ value: 3900, qualifier: 'approximately' });
  });
});

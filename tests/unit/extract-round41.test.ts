import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 41 (issue 14): what the tuning sets' misses showed, as general rules. The sentences are written for
 * these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const fields = (text: string, locale: Locale) => extractRelease(text, { locale }).fields;

describe("a body's unit named as the lead's subject, its parent after its initials (Spanish)", () => {
  it('"El Servicio de Vigilancia Aduanera (SVA) de la Agencia Tributaria ha desarticulado …": the unit named first', () => {
    const text =
      'MADRID, 3 de marzo de 2022.\n\nEl Servicio de Vigilancia Aduanera (SVA) de la Agencia Tributaria ha desarticulado una red de contrabando de tabaco en el marco de la denominada Operación Ribeira.\n\nFueron detenidas 11 personas.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Servicio de Vigilancia Aduanera' });
  });
});

describe('a commission is a body (Spanish)', () => {
  it('"La Comisión Nacional de Seguridad (CNS) informa sobre los resultados de la Operación …"', () => {
    const text =
      'Ciudad de México, 9 de junio de 2016.\n\nLa Comisión Nacional de Seguridad (CNS) informa sobre los resultados de la Operación Sierra Alta, puesta en marcha para reforzar la seguridad en la región.\n\nHan sido detenidas 31 personas.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Comisión Nacional de Seguridad' });
  });
});

describe('a ministry by its own name (English)', () => {
  it('"The Ministry of Public Security today announced the results of …": the ministry', () => {
    const text =
      'KUNMING, 3 August 2015 – The Ministry of Public Security today announced the results of the Clear River joint operation against drug trafficking, carried out by the police of four countries.\n\nThe operation led to 812 arrests.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Ministry of Public Security' });
  });

  it('", the Ministry of Internal Affairs said on Friday.": the ministry that tells it', () => {
    const text =
      'Police arrested 212 suspected smugglers during Operation Long Road, the Ministry of Internal Affairs said on Friday.\n\nThe operation ran from 2 to 9 May 2019.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Ministry of Internal Affairs' });
  });

  it('a bare ministry is no body\'s name: "Ministry officials said …"', () => {
    const text =
      'Ministry officials said 40 people were arrested during Operation Dry Creek, which ran from 2 to 9 May 2019.';
    expect(fields(text, 'en').agency).toBeUndefined();
  });
});

describe('the body that acted, over the one telling of it (English)', () => {
  it('"The Coastal Protection Force (CPF) rescued …, the Ministry of Transport said today": the force', () => {
    const text =
      'PORT LOUIS, 5 December 2022 – The Coastal Protection Force (CPF) rescued 214 people during a nationwide drive conducted under Operation Safe Harbour, the Ministry of Transport said today.\n\nThe drive started on 1 November 2022 and ended on 30 November.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Coastal Protection Force' });
  });
});

describe('"last year" as the operation\'s own year', () => {
  it('a campaign that ran until 31 December, told under a dateline without its year (English)', () => {
    const text = [
      'Police bring home 415 fugitives in "Homeward 2018"',
      '',
      'HANOI, Jan. 11 – Police brought 415 fugitives back from abroad last year in a campaign against people who fled the country, the Ministry of Public Security said on Thursday.',
      '',
      'Operation Homeward 2018 ran from 1 June to 31 December 2018.',
    ].join('\n');
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Ministry of Public Security' });
  });

  it('a campaign named for its year, in a release that names the next one (Spanish)', () => {
    const text = [
      'La policía detiene a más de 9.000 sospechosos en la campaña Escudo 2021',
      '',
      'HANÓI, 8 feb (EFE) -- La policía detuvo el año pasado a más de 9.000 sospechosos en el marco de la campaña Escudo 2021, según anunció hoy el Ministerio de Seguridad Pública.',
      '',
      'El ministerio anunció que la campaña continuará en 2022.',
    ].join('\n');
    const found = fields(text, 'es');
    expect(found.arrests).toMatchObject({ value: 9000, qualifier: 'moreThan' });
    expect(found.agency).toMatchObject({ value: 'Ministerio de Seguridad Pública' });
  });

  it('not in a release told in the campaign\'s own year: "El año pasado, Delfín había permitido …" is earlier', () => {
    const text = [
      'Delfín 2023: 300 detenidos en los puertos',
      '',
      'CÁDIZ, 2 de octubre de 2023 – La Operación Delfín 2023 arrancó el 15 de junio y se prolongó hasta el 15 de septiembre de 2023.',
      '',
      'El año pasado, Delfín había permitido detener a 368 personas.',
    ].join('\n');
    expect(fields(text, 'es').arrests).toMatchObject({ value: 300 });
  });
});

describe('where the body that ran it sits: "coordinated by … in <city>" (English)', () => {
  it('"It was coordinated by the Directorate General of the Border Force at Kingsway House in Accra, which …"', () => {
    const text =
      'Operation Gold Coast ran from 4 to 10 March 2024. It was coordinated by the Directorate General of the Border Force at Kingsway House in Accra, which shared alerts with posts across the country.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Accra' });
  });

  it('"The operation is led by the provincial command in Durban, with …"', () => {
    const text =
      'Operation Tidewater began on 2 May 2023. The operation is led by the police provincial command in Durban, with soldiers deployed in support.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Durban' });
  });

  it('not teams in many places, people "from" a place, nor a target "against" one', () => {
    for (const sentence of [
      'It was coordinated by Europol and national teams in Africa, the Americas and Asia.',
      'The network was run by two brothers from a warehouse in Leeds.',
      'The operation was directed by the prosecutors against the clan home base in Cutro.',
    ]) {
      const text = `Operation Far Reach ran from 4 to 10 March 2024. ${sentence}`;
      expect(fields(text, 'en').headquarters).toBeUndefined();
    }
  });

  it('not a place with its initials after it, a body\'s own name ("the Armed Forces in New Caledonia (FANC)")', () => {
    const text =
      'Operation Reef Guard ran from 4 to 10 March 2024. It was coordinated by the French Armed Forces in New Caledonia (FANC) from their joint operations centre in Nouméa.';
    expect(fields(text, 'en').headquarters).toMatchObject({ value: 'Nouméa' });
  });
});

describe('a centre named by what it is, and where it was set up (Spanish, French)', () => {
  it('"desde un puesto de coordinación binacional instalado en la ciudad de Tacna"', () => {
    const text =
      'La Operación Frontera Sur se desarrolló del 3 al 9 de abril de 2019. Las acciones se condujeron desde un puesto de coordinación binacional instalado en la ciudad de Tacna.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Tacna' });
  });

  it('"desde el Puesto de Mando Unificado instalado en la base antinarcóticos de Tumaco"', () => {
    const text =
      'La Operación Costa Limpia se desarrolló del 3 al 9 de abril de 2019. La operación la dirige la Policía Nacional desde el Puesto de Mando Unificado instalado en la base antinarcóticos de Tumaco.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Tumaco' });
  });

  it('"pilotée par la Préfecture de … depuis un état-major interministériel installé à Basse-Terre"', () => {
    const text =
      "L'opération Karukera s'est déroulée du 3 au 9 avril 2019. Placée sous l'autorité du préfet, l'opération a été pilotée par la Préfecture de la Guadeloupe depuis un état-major interministériel installé à Basse-Terre, qui a coordonné l'action des services.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Basse-Terre' });
  });

  it('"pilotée depuis l\'état-major de lutte contre l\'orpaillage et la pêche illicites (EMOPI), à Cayenne"', () => {
    const text =
      "L'opération Harpie s'est déroulée du 3 au 9 avril 2019. La manœuvre a été pilotée depuis l'état-major de lutte contre l'orpaillage et la pêche illicites (EMOPI), à Cayenne, sous l'autorité du préfet.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Cayenne' });
  });
});

describe('an investigation begun years ago is no earlier edition (Spanish)', () => {
  it('"… la Comandancia de Ourense, cuya Unidad de Policía Judicial inició las pesquisas hace dos años"', () => {
    const text =
      'La Operación Miño se desarrolló del 3 al 9 de abril de 2019. El dispositivo se coordinó desde la Comandancia de Ourense, cuya Unidad de Policía Judicial inició las pesquisas hace dos años.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Ourense' });
  });

  it('"hace dos años" alone still tells of an earlier time', () => {
    const text =
      'La Operación Miño se desarrolló del 3 al 9 de abril de 2019 y se saldó con 12 detenidos. Hace dos años, una operación similar se saldó con 40 detenidos.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 12 });
  });
});

describe("a wire's dateline, its month cut short (Spanish)", () => {
  it('"SÃO PAULO, 23 dic. 2020 (Redacción) –" dates the release: "Se inició el 7 de noviembre y concluyó el lunes 21 de diciembre"', () => {
    const text =
      'SÃO PAULO, 23 dic. 2020 (Redacción) –\n\nLa Policía Federal ha concluido la operación Ipê. Se inició el 7 de noviembre y concluyó el lunes 21 de diciembre.';
    const found = fields(text, 'es');
    expect(found.startDate).toMatchObject({ value: '2020-11-07' });
    expect(found.endDate).toMatchObject({ value: '2020-12-21' });
  });

  it('"8 sept 2013 (AFP)" too; and a short month in the lead is no dateline ("el mar 2013" reads nothing)', () => {
    const text =
      'NAIROBI, 8 sept 2013 (AFP) – La operación Tembo se inició el 4 de agosto y concluyó el 1 de septiembre.';
    expect(fields(text, 'es').endDate).toMatchObject({ value: '2013-09-01' });
    const lead =
      'La operación Tembo, cerca del mar 2013 veces. Se inició el 4 de agosto y concluyó el 1 de septiembre.';
    expect(fields(lead, 'es').endDate).toBeUndefined();
  });
});

describe('a gathering its attendees went to in a named place (English, Spanish)', () => {
  it('"entre el 27 y el 29 de marzo, 46 funcionarios … asistieron en Lomé (Togo) a un seminario": not the period', () => {
    const text =
      'PARÍS, 13 de junio de 2013 – La fase de intervención de la operación Ubuntu comenzó el 1 de abril y terminó el 10 de abril de 2013. Antes del despliegue, entre el 27 y el 29 de marzo, 46 funcionarios de aduanas de los países participantes asistieron en Lomé (Togo) a un seminario.';
    const found = fields(text, 'es');
    expect(found.startDate).toMatchObject({ value: '2013-04-01' });
    expect(found.endDate).toMatchObject({ value: '2013-04-10' });
  });

  it('"From 2 to 4 March, 40 officers attended in Accra (Ghana) a training workshop": not the period', () => {
    const text =
      'Operation Sahel Gate began on 10 March 2019 and ended on 20 March 2019. Before it, from 2 to 4 March 2019, 40 officers from the countries taking part attended in Accra (Ghana) a training workshop.';
    const found = fields(text, 'en');
    expect(found.startDate).toMatchObject({ value: '2019-03-10' });
    expect(found.endDate).toMatchObject({ value: '2019-03-20' });
  });
});

describe('an operation named in its own language in an English release', () => {
  it('"Operação Terra Livre II: 31 people in custody": the codename, and "The first Terra Livre operation" is an earlier one', () => {
    const text = [
      'Operação Terra Livre II: 31 people in custody',
      '',
      'BRASÍLIA, 25 August 2025 – The Federal Police ran the second Terra Livre operation from 4 to 22 August 2025. Federal agents took 31 people into custody.',
      '',
      'The first Terra Livre operation, in July 2023, led to 14 arrests.',
    ].join('\n');
    const found = fields(text, 'en');
    expect(found.codename).toMatchObject({ value: 'Terra Livre II' });
    expect(found.arrests).toMatchObject({ value: 31 });
  });

  it('"… ran Operação Estrada Limpa …; it led to 19 arrests": another operation\'s', () => {
    const text =
      'Operation Clear Field: 31 arrests\n\nOperation Clear Field ran from 4 to 22 August 2025 and led to 31 arrests. In parallel, the state police ran Operação Estrada Limpa on the highways; it led to 19 arrests.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 31 });
  });
});

describe('people "in custody" after the raids are arrests (English)', () => {
  it('"Forty people in 20 states are now in custody"', () => {
    const text =
      'WASHINGTON, March 18, 2002 – The FBI today announced the first arrests in Operation Night Owl. Forty people in 20 states are now in custody.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 40 });
  });

  it('"By nightfall ninety-four of them were in custody"', () => {
    const text =
      'Operation Stone Bridge began before dawn on 16 December 2008. Arrest orders had been signed for ninety-nine people. By nightfall ninety-four of them were in custody.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 94 });
  });

  it('not people "held in custody" as victims or in general: "300 people held in custody in the country\'s prisons"', () => {
    const text =
      "Operation Stone Bridge began on 16 December 2008. Some 300 people held in custody in the country's prisons were interviewed.";
    expect(fields(text, 'en').arrests).toBeUndefined();
  });
});

describe('earlier totals and counts', () => {
  it('"Since the series began eight years ago, … close to 11,000 arrests in total": the series\', not this one\'s', () => {
    const text =
      'Operation Net Guard VI led to more than 4,100 arrests. Since the series began eight years ago, Net Guard operations have led to close to 11,000 arrests in total.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 4100, qualifier: 'moreThan' });
  });

  it('"When the NCS first made the operation public, in January 2003, around 1,300 people had been arrested": an earlier count', () => {
    const text =
      'LONDON, 14 July 2004 – Police forces have now arrested 1,901 people under Operation Lantern. When the agency first made the operation public, in January 2003, around 1,300 people had been arrested.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 1901 });
  });
});

describe("a part of the operation: 'pour sa part', 'y' (French)", () => {
  it('"Une semaine d\'action … a, pour sa part, abouti à 16 arrestations": a part', () => {
    const text =
      "Opération Tigre : 1 115 arrestations au total. Une semaine d'action consacrée à la traite des enfants a, pour sa part, abouti à 16 arrestations.";
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 1115 });
  });

  it('"Soixante ressortissants étrangers y ont été interpellés": the place\'s', () => {
    const text =
      "L'opération Savane s'est soldée par 1 209 arrestations. Au Kenya, un centre d'escroquerie a été fermé. Soixante ressortissants étrangers y ont été interpellés.";
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 1209 });
  });
});

describe('arrests in Spanish: wanted people, one country\'s provinces, an earlier operation "desde la que siguió"', () => {
  it('"Un total de 139 fugitivos reclamados por asesinato, violación o fraude han sido detenidos"', () => {
    const text =
      'LYON (Francia), 3 de julio de 2014 – Un total de 139 fugitivos reclamados por asesinato, violación, abuso sexual de menores o grandes fraudes han sido detenidos en la operación mundial Red Austral.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 139 });
  });

  it('"241 personas buscadas por delitos graves, entre ellos asesinato y fraude, han sido detenidas"', () => {
    const text =
      'Un total de 241 personas buscadas por delitos graves, entre ellos asesinato, trata de personas y fraude, han sido detenidas en Asia en el marco de la operación Red Cerrada.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 241 });
  });

  it('"La Guardia Civil ha detenido a 46 personas en 18 provincias españolas en el marco de …": Spain\'s part', () => {
    const text =
      'Madrid, 20 de enero de 2020 – La Guardia Civil ha detenido a 46 personas en 18 provincias españolas en el marco de Estrecho, una operación europea contra el tráfico de armas. La operación ha concluido con la detención de 245 personas en toda Europa.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 245 });
  });

  it('"la operación más importante … desde la que siguió a los atentados …, en la que fueron detenidas más de 70 personas"', () => {
    const text =
      'La operación Faro se salda con 32 detenidos. Se trata de la operación más importante contra el terrorismo desde la que siguió a los atentados de 2004, en la que fueron detenidas más de 70 personas.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 32 });
  });
});

describe('additional figures in a key-figure list (Spanish)', () => {
  const metrics = (text: string) => extractRelease(text, { locale: 'es' }).additionalStats;

  it('"- La mayor aprehensión de droga, 96 kilos de cocaína, …" is one case: "Cocaína: 186 kilos" stays', () => {
    const text = [
      'Resultados de la operación Trébol:',
      '- Cocaína: 186 kilos',
      '- Cannabis: 2,3 toneladas',
      '',
      'Entre los casos más destacados:',
      '- La mayor aprehensión de droga, 96 kilos de cocaína, se produjo en el puerto de Bar.',
    ].join('\n');
    expect(metrics(text)).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: 'Cocaína', value: 186, unit: 'kg' })])
    );
    expect(metrics(text).some((m) => m.value === 96)).toBe(false);
  });

  it('"- Controles a personas y vehículos: más de 655.000" are checks: "Vehículos robados recuperados: 97" stays', () => {
    const text = [
      'Resultados de la operación Trébol:',
      '- Vehículos robados recuperados: 97',
      '- Controles a personas y vehículos: más de 655.000',
    ].join('\n');
    const found = metrics(text);
    expect(found).toEqual([expect.objectContaining({ value: 97, unit: null })]);
  });
});

describe('a codename told in other words (English)', () => {
  it('"the results of Kunlun 2020, its nationwide campaign" and "of \\"Thunderbolt 2019\\", their annual joint operation"', () => {
    const kunlun =
      "BEIJING, 14 January 2021 – China's Ministry of Public Security today presented the results of Hearth 2020, its nationwide campaign against food crime.";
    expect(fields(kunlun, 'en').codename).toMatchObject({ value: 'Hearth 2020' });
    const thunder =
      'HONG KONG, 12 December 2019 – The police forces of three cities today announced the results of "Lightning 2019", their annual joint operation against cross-boundary crime.';
    expect(fields(thunder, 'en').codename).toMatchObject({ value: 'Lightning 2019' });
  });

  it('"Pangea IX: …" over a body that names only the series ("earlier Pangea operations", "Pangea VIII, which ran …")', () => {
    const text = [
      'Remedy IX: fake medicines worth USD 53 million seized in global crackdown',
      '',
      'LYON, France – Police, customs and health regulators in 103 countries took part in the week of action.',
      '',
      'Courts have meanwhile sentenced vendors caught during earlier Remedy operations. Remedy VIII, which ran in June 2015, led to 156 arrests.',
    ].join('\n');
    expect(fields(text, 'en').codename).toMatchObject({ value: 'Remedy IX' });
  });

  it('not a title whose series the body never names', () => {
    const text =
      'Remedy IX: fake medicines seized\n\nLYON, France – Police, customs and health regulators in 103 countries took part in the week of action.';
    expect(fields(text, 'en').codename).toBeUndefined();
  });
});

describe('a codename told in other words (Spanish)', () => {
  it('"La Operación Arco de Fogo, la mayor movilización …": a name with "de" before its last word', () => {
    const text =
      'Arco de Fogo: más de veinte detenidos en la primera ofensiva federal\n\nLa Operación Arco de Fogo, la mayor movilización de fuerzas federales contra la tala ilegal, cumple seis semanas.';
    expect(fields(text, 'es').codename).toMatchObject({ value: 'Arco de Fogo' });
  });

  it('"ha presentado el balance de Agelaus, la primera operación conjunta …"', () => {
    const text =
      'VARSOVIA – La agencia europea ha presentado el balance de Timonel, la primera operación conjunta que dedica a los menores que viajan solos.';
    expect(fields(text, 'es').codename).toMatchObject({ value: 'Timonel' });
  });
});

describe('officers in more shapes', () => {
  it('"nearly 1,000 federal, state and local law enforcement officers" (English)', () => {
    const text =
      'Operation Bayou Watch ran from 2 to 9 May 2019. It involved nearly 1,000 federal, state and local law enforcement officers.';
    expect(fields(text, 'en').officers).toMatchObject({ value: 1000, qualifier: 'approximately' });
  });

  it('"some 480 federal officers moved on addresses" and "900 prosecutors, forensic staff and police officers" (English)', () => {
    const moved =
      'Operation Curupira was launched on 2 June 2005, when some 480 federal officers moved on addresses in four states.';
    expect(fields(moved, 'en').officers).toMatchObject({ value: 480, qualifier: 'approximately' });
    const listed =
      'Operation Relapse ran on 14 December 2023: more than 900 prosecutors, forensic staff and police officers were deployed for the raids.';
    expect(fields(listed, 'en').officers).toMatchObject({ value: 900, qualifier: 'moreThan' });
  });

  it('"une vingtaine d\'organisations policières" counts organisations, not officers (French)', () => {
    const text =
      "L'opération Rivière s'est déroulée du 2 au 9 mai 2019. Près de 300 policiers y ont participé. Avec les escouades régionales, elle réunit des membres d'une vingtaine d'organisations policières.";
    expect(fields(text, 'fr').officers).toMatchObject({ value: 300, qualifier: 'approximately' });
  });

  it('"unos 23.000 integrantes de la Fuerza Pública", "cerca de 650 servidores policiales" (Spanish)', () => {
    const members =
      'La campaña Bosque se desarrolló del 2 al 9 de mayo de 2019. Unos 23.000 integrantes de la Fuerza Pública participaron en las operaciones.';
    expect(fields(members, 'es').officers).toMatchObject({ value: 23000, qualifier: 'approximately' });
    const servants =
      'La operación Purga se desarrolló el 2 de mayo de 2019. La Policía movilizó a cerca de 650 servidores policiales para los registros.';
    expect(fields(servants, 'es').officers).toMatchObject({ value: 650, qualifier: 'approximately' });
  });
});

describe("a quote's smaller figure beside the release's own", () => {
  it('"Se desplegaron unos 3.500 funcionarios" and, quoted, "cuando ocho policías trabajan como una sola": the release\'s', () => {
    const text =
      'La operación Ceiba se desarrolló del 2 al 9 de mayo de 2019. Se desplegaron unos 3.500 funcionarios policiales, migratorios y fiscales. «Las capturas demuestran que ninguna red es intocable cuando ocho policías trabajan como una sola», dijo el director.';
    expect(fields(text, 'es').officers).toMatchObject({ value: 3500, qualifier: 'approximately' });
  });

  it('not a larger figure in a quote: two figures, left to the editor', () => {
    const text =
      'La operación Ceiba se desarrolló del 2 al 9 de mayo de 2019. Se desplegaron unos 3.500 funcionarios policiales. «Más de 5.000 agentes trabajaron como uno solo», dijo el director.';
    expect(fields(text, 'es').officers).toBeUndefined();
  });

  it('"Together the five nationwide operations have produced more than 13,000 arrests": the series\' (English)', () => {
    const text =
      'Operation Cross Guard ran from 2 to 6 May 2011. "Two thousand and fifty-nine arrests in five days is the result of careful targeting," the director said. Together the five nationwide operations have produced more than 13,000 arrests.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 2059 });
  });
});

describe('an earlier time and what follows it', () => {
  it('"a marketplace that had sold cocaine, amphetamines and opioids since 2020": a relative clause, not an earlier time', () => {
    const text =
      'THE HAGUE – Law enforcement authorities in six countries have taken down Ridgeway Market, a dark web marketplace that had sold cocaine, amphetamines, MDMA and synthetic opioids since 2020. The action, codenamed Operation Night Sentry, took place from 11 to 13 June 2025.';
    expect(fields(text, 'en').countries).toMatchObject({ value: 6 });
  });

  it('"The previous edition, Tidal 2011, took place … . Fourteen countries took part, …": the earlier edition\'s, in its paragraph', () => {
    const text = [
      'Tidal 2012: eleven countries patrol the Ionian Sea',
      '',
      'Eleven countries took part in Tidal 2012, which ran from 1 June to 30 September 2012.',
      '',
      'The previous edition, Tidal 2011, took place from 9 May to 30 September 2011. Fourteen countries took part, and officers arrested 47 facilitators.',
    ].join('\n');
    expect(fields(text, 'en').countries).toMatchObject({ value: 11 });
  });

  it('not the next paragraph, nor a sentence that names this operation', () => {
    const text = [
      'Tidal 2012: eleven countries patrol the Ionian Sea',
      '',
      'The previous edition, Tidal 2011, took place from 9 May to 30 September 2011.',
      'Eleven countries took part in Tidal 2012, which ran from 1 June to 30 September 2012.',
    ].join('\n');
    expect(fields(text, 'en').countries).toMatchObject({ value: 11 });
  });
});

describe('more national bodies (Spanish)', () => {
  it('"El Comando General de las Fuerzas Militares presentó este jueves el balance de la Campaña …"', () => {
    const text =
      'BOGOTÁ, D.C., 16 de abril de 2020 –\n\nEl Comando General de las Fuerzas Militares presentó este jueves el balance de la Campaña Selva Viva, la ofensiva contra la deforestación.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Comando General de las Fuerzas Militares' });
  });

  it('"La operación fue planificada y coordinada por el Estado Mayor Conjunto de las Fuerzas Armadas (EMCFA)"', () => {
    const text =
      'La Operación Frontera Verde se desarrolló del 18 de mayo al 6 de junio de 2013. La operación fue planificada y coordinada por el Estado Mayor Conjunto de las Fuerzas Armadas (EMCFA), que dirigió las actividades.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Estado Mayor Conjunto de las Fuerzas Armadas' });
  });

  it('"La Fuerza Naval de la Unión Europea (EU NAVFOR) ha hecho balance de la Operación …": initials with a space', () => {
    const text =
      'ROTA (Cádiz) – La Fuerza Naval de la Unión Europea (EU NAVFOR) ha hecho balance de la actividad de la Operación Alcatraz durante 2024.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Fuerza Naval de la Unión Europea' });
  });

  it('a unit with its initials and then its body ("el Departamento Federal de Investigaciones (DFI) de la PFA"): the body', () => {
    const text =
      'BUENOS AIRES, 3 de octubre de 2019 – El Ministerio de Seguridad informó que la Policía Federal Argentina (PFA) llevó adelante la segunda edición del Operativo Hornero. El operativo fue planificado y coordinado por el Departamento Federal de Investigaciones (DFI) de la PFA desde su sede central.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Policía Federal Argentina' });
  });

  it('a body named in full with its initials, then by them ("la FFA"): one body', () => {
    const text =
      'HONIARA (Islas Salomón), 4 de noviembre de 2011 – La Agencia de Pesca del Foro de las Islas del Pacífico (FFA) ha dado por concluida la operación Marea Alta, un ejercicio regional. La operación, planificada y dirigida por la FFA desde su centro regional, duró diez días.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Agencia de Pesca del Foro de las Islas del Pacífico' });
  });
});

describe("periods: an earlier edition told after its mention, a training, the boilerplate's years (French, Spanish)", () => {
  const pyrene = [
    "Frontière : 119 arrestations lors des journées d'action « Garonne 2024 »",
    '',
    'VARSOVIE, 12 novembre 2024 – Les policiers de treize pays ont mené du 28 octobre au 3 novembre 2024 une semaine de contrôles coordonnés, baptisée « Garonne 2024 ».',
    '',
    "Les résultats progressent nettement par rapport à l'édition précédente. Conduite du 6 au 12 novembre 2023 avec onze pays, celle-ci s'était soldée par 84 arrestations.",
    '',
    'À propos de Frontex',
    "Son contingent permanent doit compter jusqu'à 10 000 agents d'ici 2027.",
  ].join('\n');

  it('"… par rapport à l\'édition précédente. Conduite du 6 au 12 novembre 2023 …": the earlier edition\'s period', () => {
    const found = fields(pyrene, 'fr');
    expect(found.startDate).toMatchObject({ value: '2024-10-28' });
    expect(found.endDate).toMatchObject({ value: '2024-11-03' });
  });

  it('"des enquêteurs avaient été formés du 27 au 29 mai": a training, not the operation', () => {
    const text =
      "LYON (France), 27 juin 2013 – Polices et douanes de 99 pays ont conduit la sixième édition de l'opération Remède. L'opération a débuté le mardi 18 juin. Les contrôles se sont poursuivis jusqu'au 25 juin. En amont, une quarantaine d'enquêteurs avaient été formés du 27 au 29 mai, à Nairobi.";
    const found = fields(text, 'fr');
    expect(found.startDate).toMatchObject({ value: '2013-06-18' });
    expect(found.endDate).toMatchObject({ value: '2013-06-25' });
  });

  it('"40 agentes fueron capacitados del 3 al 5 de mayo": a training (Spanish)', () => {
    const text =
      'LIMA, 30 de junio de 2019 – La operación Quipu se desarrolló del 10 al 20 de junio de 2019. Antes, 40 agentes fueron capacitados del 3 al 5 de mayo de 2019 en Lima.';
    const found = fields(text, 'es');
    expect(found.startDate).toMatchObject({ value: '2019-06-10' });
    expect(found.endDate).toMatchObject({ value: '2019-06-20' });
  });
});

describe('investigations and victims in more words (English)', () => {
  it('"Police opened 531 investigation papers", "• Investigation papers opened: 531"', () => {
    const text =
      'KUALA LUMPUR, 3 March 2025 – Operation Mule Trap ran from 1 to 28 February 2025. Police opened 531 investigation papers under the Penal Code.';
    expect(fields(text, 'en').investigationsOpened).toMatchObject({ value: 531 });
    const listed =
      'Operation Mule Trap ran from 1 to 28 February 2025.\n\nResults:\n• Investigation papers opened: 531';
    expect(fields(listed, 'en').investigationsOpened).toMatchObject({ value: 531 });
  });

  it('"registered 392 criminal cases", "- Cases registered against employers and traffickers: 486"', () => {
    const text =
      'HYDERABAD, 2 February 2020 – Operation Bright Path ran through January 2020. Police arrested 146 persons and registered 392 criminal cases under the Juvenile Justice Act.';
    expect(fields(text, 'en').investigationsOpened).toMatchObject({ value: 392 });
    const listed =
      'Operation Bright Path ran from 1 to 31 January 2020.\n\n- Cases registered against employers and traffickers: 486';
    expect(fields(listed, 'en').investigationsOpened).toMatchObject({ value: 486 });
  });

  it('"Investigations have been opened in 21 cases"; not "filed 231 criminal cases" (charges)', () => {
    const text = 'Operation Clean Port ran from 1 to 31 May 2009. Investigations have been opened in 21 cases.';
    expect(fields(text, 'en').investigationsOpened).toMatchObject({ value: 21 });
    const filed = 'Operation Clean Port ran from 1 to 31 May 2009. Prosecutors filed 231 criminal cases.';
    expect(fields(filed, 'en').investigationsOpened).toBeUndefined();
  });

  it('"rescued 412 workers from conditions analogous to slavery", "The 15 hostages were freed"', () => {
    const workers =
      'BRASÍLIA, 28 August 2025 – The federal police rescued 412 workers from conditions analogous to slavery during Operation Free Grain, which ran from 4 to 22 August 2025.';
    expect(fields(workers, 'en').victimsIdentified).toMatchObject({ value: 412 });
    const hostages =
      'BOGOTÁ, 3 July 2008 – The 15 hostages were freed on Wednesday, July 2, in an operation codenamed Checkmate.';
    expect(fields(hostages, 'en').victimsIdentified).toMatchObject({ value: 15 });
  });

  it('"29 children who appeared in material shared on the site have been identified", "23 children have been identified"', () => {
    const text =
      'Operation Dark Room ran from 1 to 30 June 2017. Fourteen suspects have been arrested and 29 children who appeared in material shared on the site have been identified and brought to safety.';
    expect(fields(text, 'en').victimsIdentified).toMatchObject({ value: 29 });
    const short =
      'Operation Dark Room ran from 1 to 30 June 2017. Investigators worked together, and 23 children have been identified.';
    expect(fields(short, 'en').victimsIdentified).toMatchObject({ value: 23 });
  });
});

describe('investigations and victims in key-figure lists (Spanish, French)', () => {
  it('"- Nuevas investigaciones abiertas: 316", "- Investigaciones penales abiertas por la Fiscalía: 41"', () => {
    const text =
      'La operación Balcán 2024 se desarrolló del 3 al 9 de junio de 2024.\n\nResultados:\n- Nuevas investigaciones abiertas: 316';
    expect(fields(text, 'es').investigationsOpened).toMatchObject({ value: 316 });
    const byWhom =
      'La campaña Selva se desarrolló del 3 al 9 de junio de 2024.\n\nResultados:\n- Investigaciones penales abiertas por la Fiscalía: 41';
    expect(fields(byWhom, 'es').investigationsOpened).toMatchObject({ value: 41 });
  });

  it('"- Nuevas investigaciones abiertas: 9, a partir de la información hallada …"', () => {
    const text =
      'La operación Océano se desarrolló del 3 al 9 de junio de 2024.\n\nResultados:\n- Nuevas investigaciones abiertas: 9, a partir de la información hallada en los dispositivos incautados';
    expect(fields(text, 'es').investigationsOpened).toMatchObject({ value: 9 });
  });

  it('"Las autoridades nacionales han abierto además unas 1.200 investigaciones"', () => {
    const text =
      'La operación Pangea VII se desarrolló del 13 al 20 de mayo de 2014. Las autoridades nacionales han abierto además unas 1.200 investigaciones.';
    expect(fields(text, 'es').investigationsOpened).toMatchObject({ value: 1200, qualifier: 'approximately' });
  });

  it('"- Víctimas de trata de seres humanos identificadas: 37"', () => {
    const text =
      'La operación Balcán 2024 se desarrolló del 3 al 9 de junio de 2024.\n\nResultados:\n- Víctimas de trata de seres humanos identificadas: 37';
    expect(fields(text, 'es').victimsIdentified).toMatchObject({ value: 37 });
  });

  it('"— 3 615 affaires pénales ouvertes …", "- 127 nouvelles affaires enregistrées ;", and "Pour la seule Fédération de Russie" a part', () => {
    const text = [
      "L'opération Frontière 2018 s'est déroulée du 15 mai au 25 septembre 2018.",
      '',
      'Bilan :',
      '— 3 615 affaires pénales ouvertes pour organisation de la migration illégale ;',
      '',
      'Pour la seule Fédération de Russie, les autorités ont fait état de plus de 1 900 affaires pénales ouvertes.',
    ].join('\n');
    expect(fields(text, 'fr').investigationsOpened).toMatchObject({ value: 3615 });
    const registered =
      "L'opération Garuda s'est déroulée du 2 au 9 mai 2024.\n\nBilan :\n- 127 nouvelles affaires enregistrées ;";
    expect(fields(registered, 'fr').investigationsOpened).toMatchObject({ value: 127 });
  });

  it('"Plus de 200 enquêtes ont d\'ores et déjà été ouvertes": opened by the operation, not before it', () => {
    const text =
      "L'opération Mer Propre s'est déroulée du 1er au 31 mars 2021. Plus de 200 enquêtes ont d'ores et déjà été ouvertes dans les pays participants.";
    expect(fields(text, 'fr').investigationsOpened).toMatchObject({ value: 200, qualifier: 'moreThan' });
    const before =
      "L'opération Mer Propre s'est déroulée du 1er au 31 mars 2021. Plus de 200 procédures déjà ouvertes ont été reprises.";
    expect(fields(before, 'fr').investigationsOpened).toBeUndefined();
  });
});

describe('victims in more words, and ratios', () => {
  it('"Casi dos de cada tres víctimas identificadas tienen más de 45 años": a ratio, no count (Spanish)', () => {
    const text =
      'La operación Corazón se desarrolló del 3 al 9 de junio de 2024.\n\nResultados:\n• Víctimas identificadas: 1.463\n\nCasi dos de cada tres víctimas identificadas tienen más de 45 años.';
    expect(fields(text, 'es').victimsIdentified).toMatchObject({ value: 1463 });
  });

  it('"se ha saldado con la identificación o recuperación de 103 niños" (Spanish)', () => {
    const text =
      'La Operación Día Libre se desarrolló del 1 al 31 de julio de 2022 y se ha saldado con la identificación o recuperación de 103 niños y la detención de 67 traficantes.';
    expect(fields(text, 'es').victimsIdentified).toMatchObject({ value: 103 });
  });

  it('"230 enfants, victimes de ces crimes, ont été identifiés et mis à l\'abri" (French)', () => {
    const text =
      "L'opération Refuge s'est déroulée du 2 au 9 mai 2019. « 184 suspects ont été arrêtés et 230 enfants, victimes de ces crimes, ont été identifiés et mis à l'abri », a déclaré le directeur.";
    expect(fields(text, 'fr').victimsIdentified).toMatchObject({ value: 230 });
  });

  it('"deux victimes sur trois", "two in three victims": ratios, no counts (French, English)', () => {
    const fr =
      "L'opération Refuge s'est déroulée du 2 au 9 mai 2019. Deux victimes sur trois ont été secourues en Côte d'Ivoire.";
    expect(fields(fr, 'fr').victimsIdentified).toBeUndefined();
    const en = 'Operation Refuge ran from 2 to 9 May 2019. Two in three victims rescued were women.';
    expect(fields(en, 'en').victimsIdentified).toBeUndefined();
  });
});

describe('headquarters in more words (French, Spanish)', () => {
  it('"INTERPOL avait déployé à Marseille un centre de coordination opérationnelle"', () => {
    const text =
      "L'opération Neptune s'est déroulée du 2 au 9 mai 2019. Pour l'occasion, INTERPOL avait déployé à Marseille un centre de coordination opérationnelle, où des officiers de six pays travaillaient côte à côte.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Marseille' });
  });

  it('"Une cellule de conduite commune, installée au Centre de la Blécherette, à Lausanne"', () => {
    const text =
      "L'opération Strada s'est déroulée du 1er juillet au 31 décembre 2013. Une cellule de conduite commune, installée au Centre de la Blécherette, à Lausanne, fixait chaque matin les secteurs prioritaires.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Lausanne' });
  });

  it('a heading "Une cellule centrale à Tanger" over the paragraph on how it was run', () => {
    const text =
      "RABAT, le 15 juillet 2024 – La police a rendu public le bilan de l'opération Détroit, menée du 10 juin au 7 juillet 2024.\n\nUne cellule centrale à Tanger\n\nLes opérations ont été coordonnées par une cellule centrale, sous la supervision de la direction.";
    expect(fields(text, 'fr').headquarters).toMatchObject({ value: 'Tanger' });
  });

  it('"desde el Centro de Mando instalado en las oficinas centrales de la SSPC, en la Ciudad de México"', () => {
    const text =
      'La Operación Escudo se desarrolló del 3 al 9 de junio de 2024. Las operaciones se dirigieron desde el Centro de Mando instalado en las oficinas centrales de la SSPC, en la Ciudad de México, con el respaldo de una base regional.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Ciudad de México' });
  });
});

describe('a scheme beside the operation has its own dates (English)', () => {
  it('"a government surrender and compensation scheme that ran from 26 August to 23 September": not the operation\'s', () => {
    const text =
      'LONDON, 26 November 2024 – Police forces took 11,840 knives off the streets during the latest week of action of Operation Blade, which ran from Monday 11 to Sunday 17 November. Zombie-style knives became illegal to own on 24 September 2024 after a government surrender and compensation scheme that ran from 26 August to 23 September.';
    const found = fields(text, 'en');
    expect(found.startDate).toMatchObject({ value: '2024-11-11' });
    expect(found.endDate).toMatchObject({ value: '2024-11-17' });
  });
});

import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 39 (issue 14): what the sixty-first batch and the rest of the fifty-seventh and fifty-ninth showed, as
 * general rules. The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const fields = (text: string, locale: Locale) => read(text, locale).fields;

describe('a separate investigation told beside this operation (English)', () => {
  const text = [
    'Agents raid pirate servers in nine cities',
    '',
    'WASHINGTON, 4 March 2003 – The raids, code-named Operation Dry Dock, were led by the U.S. Customs Service and carried out with the help of police in three other countries, bringing to four the number of countries involved.',
    '',
    'Agents seized 88 computers and 12 servers.',
    '',
    'The same day, a separate three-year undercover investigation known as Operation Harbour Gate, run by the FBI, ended with 20 search warrants. Agents in that case had set up their own site, which drew some 300 users who swapped about 50,000 files.',
  ].join('\n');

  it("names this operation and the body that led the raids, not the other investigation's", () => {
    const found = fields(text, 'en');
    expect(found.codename).toMatchObject({ value: 'Dry Dock' });
    expect(found.agency).toMatchObject({ value: 'U.S. Customs Service' });
  });

  it('"bringing to four the number of countries involved": the countries', () => {
    expect(fields(text, 'en').countries).toMatchObject({ value: 4, qualifier: 'exact' });
  });

  it('"Agents in that case …": the sentence after goes on about the other investigation (no row for its users or files)', () => {
    const labels = read(text, 'en').additionalStats.map((row) => row.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(['computers', 'servers']));
    expect(labels.some((label) => /users|files/.test(label))).toBe(false);
  });
});

describe('a body "which leads the operation" (English)', () => {
  it('"The Portuguese Maritime Police, which leads the operation, deployed …": that body, not an agency named later', () => {
    const text =
      'LISBON – Operation Tide Mark began on 3 June 2013. The Portuguese Maritime Police, which leads the operation, deployed 400 officers along the coast. Frontex, which sent 20 guest officers in 2011, continues to support the patrols.';
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Portuguese Maritime Police' });
  });

  it('not a unit of a body named before it ("the FBI\'s Boston Field Office, which directed the operation")', () => {
    const text =
      "BOSTON – More than 20 people were arrested in FBI-led Operation Low Ebb. Agents of the FBI's Boston Field Office, which directed the operation, posed as buyers for a year.";
    expect(fields(text, 'en').agency).toMatchObject({ value: 'FBI' });
  });
});

describe('an operation said to have no end: its first day only (English, French, Spanish)', () => {
  it('"which has no set end date": the last day of a window of figures is no end', () => {
    const text =
      'Operation Tide Mark began on 3 June 2013. The operation, which has no set end date, is run from Faro. Figures released on Tuesday show that officers detected 640 migrants between 3 June and 30 September 2013.';
    const found = fields(text, 'en');
    expect(found.startDate).toMatchObject({ value: '2013-06-03' });
    expect(found.endDate).toBeUndefined();
  });

  it('"marks its second anniversary today": a key-figures window since the launch', () => {
    const text =
      'NAPLES, 1 May 2024 – Operation Blue Keel marks its second anniversary today. KEY FIGURES, 1 May 2022 – 1 May 2024: 3,100 vessels hailed.';
    const found = fields(text, 'en');
    expect(found.startDate).toMatchObject({ value: '2022-05-01' });
    expect(found.endDate).toBeUndefined();
  });

  it('French: "l\'opération n\'a pas de date de fin"', () => {
    const text =
      "L'opération Marée Haute a débuté le 3 juin 2013 et n'a pas de date de fin. Les policiers ont intercepté 640 migrants entre le 3 juin et le 30 septembre 2013.";
    const found = fields(text, 'fr');
    expect(found.startDate).toMatchObject({ value: '2013-06-03' });
    expect(found.endDate).toBeUndefined();
  });

  it('Spanish: "la operación no tiene fecha de finalización"', () => {
    const text =
      'La operación Marea Alta, que no tiene fecha de finalización, comenzó el 3 de junio de 2013. Los agentes interceptaron a 640 migrantes entre el 3 de junio y el 30 de septiembre de 2013.';
    const found = fields(text, 'es');
    expect(found.startDate).toMatchObject({ value: '2013-06-03' });
    expect(found.endDate).toBeUndefined();
  });
});

describe("an event's dates and people, beside the operation (English)", () => {
  const text =
    'LIMA, 9 March 2019 – Peru\'s National Police arrested six people on Friday 8 March 2019 in Operation Quiet Harbour, a week before the Pan American Games. The Games, which run from 26 July to 11 August, will draw 7,000 athletes. "More than 20,000 police officers will be on duty for the Games," the minister said. The operation was preceded in February by a week of training in Lima for 35 border officers.';

  it('"the Games, which run from 26 July to 11 August": no period of the operation', () => {
    const found = fields(text, 'en');
    expect(found.startDate).toMatchObject({ value: '2019-03-08' });
    expect(found.endDate).toMatchObject({ value: '2019-03-08' });
  });

  it('"will be on duty for the Games" and "training … for 35 border officers": no officers of the operation', () => {
    expect(fields(text, 'en').officers).toBeUndefined();
  });
});

describe('French national bodies in more shapes', () => {
  it('"Le Bureau central d\'enquête (CBI), la principale agence …, a mené": the body, not INTERPOL among the partners', () => {
    const text =
      "Le Bureau central d'enquête (CBI), la principale agence fédérale d'investigation du pays, a mené en mars 2024 des perquisitions dans 40 lieux dans le cadre de l'opération Chakra-III. Elle s'appuie sur des renseignements transmis par des partenaires étrangers – le FBI américain, la police japonaise, INTERPOL ainsi que des entreprises.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: "Bureau central d'enquête" });
  });

  it('"la Garde côtière" in the headline, "la Garde côtière des États-Unis" in the body: the name with its country', () => {
    const text =
      "Détroit de Floride : la Garde côtière dresse le bilan de l'opération Vent Calme\n\nPlus de 3 000 migrants ont été interceptés par la Garde côtière des États-Unis au cours de l'opération Vent Calme.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Garde côtière des États-Unis' });
  });

  it('a ministry in lower case telling the news (", a annoncé jeudi le ministère de la Défense")', () => {
    const text =
      "L'armée a achevé mercredi l'opération Frontière 9, un vaste déploiement le long des frontières du pays, a annoncé jeudi le ministère de la Défense.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Ministère de la Défense' });
  });

  it('"Le ministère de la Sécurité publique (MSP) a dressé mardi à Pékin le bilan de l\'opération"', () => {
    const text =
      "PÉKIN – Le ministère de la Sécurité publique (MSP) a dressé mardi à Pékin le bilan de l'opération Filet du Ciel 2016, qui a permis l'arrestation de 300 fugitifs.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Ministère de la Sécurité publique' });
  });

  it('"La Marine sénégalaise a présenté le bilan de la phase offensive de l\'opération": a navy with its country', () => {
    const text =
      "DAKAR – La Marine sénégalaise a présenté mardi le bilan de la phase offensive de l'opération Banc d'Arguin, lancée contre la pêche illicite.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Marine sénégalaise' });
  });

  it('"l\'opération a été déclenchée par la Police fédérale (PF)"', () => {
    const text =
      "Baptisée du nom d'un navigateur, l'opération Cabral a été déclenchée par la Police fédérale (PF), avec l'appui du ministère public fédéral. Elle vise des marchés publics truqués.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Police fédérale' });
  });
});

describe('Spanish: "Una investigación internacional dirigida por …"', () => {
  it('the body that led it, not Eurojust named for its judicial part', () => {
    const text =
      'LA HAYA – Una investigación internacional dirigida por la Policía Federal de Bélgica, con el apoyo de Europol y Eurojust, ha desmantelado la web CallMask. Eurojust coordinó la cooperación judicial.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Policía Federal de Bélgica' });
  });
});

describe('French figures and dates in more words', () => {
  it('"Lancée en 2004 avec seulement trois pays": the first edition\'s countries, not this one\'s', () => {
    const text =
      "LYON – L'opération Saturne VI a mobilisé les polices de douze pays – l'Argentine, le Chili, le Pérou et neuf autres – en 2012. Lancée en 2004 avec seulement trois pays, l'opération n'a cessé de s'étendre.";
    expect(fields(text, 'fr').countries).toMatchObject({ value: 12, qualifier: 'exact' });
  });

  it('"200 agents ont suivi un module de formation": people trained, not the officers deployed', () => {
    const text =
      "L'opération Points Fixes a été menée aux frontières terrestres. Avant d'être déployés, 200 agents ont suivi un module de formation de trois jours.";
    expect(fields(text, 'fr').officers).toBeUndefined();
  });

  it('a line of a list, the figure first: "- 105 enfants retrouvés, pour la plupart …"', () => {
    const text =
      "Bilan de l'opération Traversée :\n- 64 enfants retrouvés, pour la plupart âgés de 14 à 17 ans ;\n- 21 proxénètes arrêtés.";
    expect(fields(text, 'fr').victimsIdentified).toMatchObject({ value: 64, evidence: '64 enfants retrouvés' });
  });

  it('"Cette offensive contre les gangs armés a été lancée le 26 janvier 2023": its first day', () => {
    const text =
      "PORT-AU-PRINCE – La police fait le point sur l'opération Rafale. Cette offensive contre les gangs armés a été lancée le 12 mars 2023 par le haut commandement.";
    expect(fields(text, 'fr').startDate).toMatchObject({ value: '2023-03-12' });
  });

  it('"depuis le lancement, le 21 avril 2015, de l\'opération": its first day', () => {
    const text =
      "PRETORIA, 30 juin 2015 – Plus de 5 000 personnes ont été arrêtées depuis le lancement, le 14 avril 2015, de l'opération Fiela Nord.";
    expect(fields(text, 'fr').startDate).toMatchObject({ value: '2015-04-14' });
  });
});

describe('Spanish figures and dates in more words', () => {
  it('a running total told before what it counts: "con lo que asciende a 32 el número de detenidos"', () => {
    const text =
      'La Guardia Civil ha detenido a otras dos personas en el marco de la operación Brisa, con lo que asciende a 19 el número de detenidos.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 19, qualifier: 'exact' });
  });

  it('"detuvo este jueves, 4 de mayo de 2006, a 46 personas": the arrests and the day', () => {
    const text =
      'Brasilia, 11 may (EFE).- La Policía Federal de Brasil detuvo este jueves, 11 de mayo de 2006, a 28 personas en la operación Sanguijuela.';
    const found = fields(text, 'es');
    expect(found.arrests).toMatchObject({ value: 28, qualifier: 'exact' });
    expect(found.startDate).toMatchObject({ value: '2006-05-11' });
  });

  it('"La operación, que …, se inició en la madrugada del 16 de octubre de 2009": its first day', () => {
    const text =
      'La operación Brisa, que la Guardia Civil dirige por encargo del Juzgado de Instrucción número 2 de Lugo, que mantiene el secreto de sumario, se inició en la madrugada del 9 de octubre de 2009.';
    expect(fields(text, 'es').startDate).toMatchObject({ value: '2009-10-09' });
  });

  it('"identificado a 26 mujeres, la mayoría …, como presuntas víctimas": an aside before "como"', () => {
    const text =
      'En la operación Brisa, los investigadores han identificado a 14 mujeres, la mayoría de nacionalidad paraguaya, como presuntas víctimas de explotación.';
    expect(fields(text, 'es').victimsIdentified).toMatchObject({ value: 14, qualifier: 'exact' });
  });
});

describe("a person's death in an earlier year does not make the sentence past", () => {
  it('Spanish: "contra la red de X, que murió en julio de 1997": the operation\'s name is read', () => {
    const text =
      'WASHINGTON, 22 de septiembre de 1999 – La DEA dio hoy por concluida la operación Inmunidad, dirigida contra la red del narcotraficante Luis Herrera, que murió en julio de 1997, y contra las células que le sucedieron.';
    expect(fields(text, 'es').codename).toMatchObject({ value: 'Inmunidad' });
  });

  it('English: "the network of a trafficker who died in 1997"', () => {
    const text =
      'WASHINGTON, 22 September 1999 – The DEA today ended Operation Clean Slate, which was run against the network of a trafficker who died in 1997.';
    expect(fields(text, 'en').codename).toMatchObject({ value: 'Clean Slate' });
  });
});

describe('an earlier time and a last part of the operation, in more words (English)', () => {
  it('"In June 2013 a presidential task force arrested more than 4,500 people": an earlier year\'s sweep', () => {
    const text =
      'ACCRA, 31 July 2018 – Operation Bedrock has arrested 1,120 suspects in the twelve months since it took to the field. In June 2013 a presidential task force arrested more than 4,500 people in a six-month sweep.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 1120, qualifier: 'exact' });
  });

  it('"Since HSI launched Operation X in 2005, agents have arrested …": a total over the years', () => {
    const text =
      'A four-week surge led by HSI has resulted in 812 arrests, officials said. Since HSI launched Operation Street Net in 2005, special agents have arrested more than 30,000 gang members.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 812, qualifier: 'exact' });
  });

  it('"The final enforcement wave came on Wednesday, when … made 429 arrests": a part of the whole', () => {
    const text =
      'Over the life of Operation Long Reach, 1,730 people were arrested, the agency said. The final enforcement wave came on Wednesday, when more than 2,000 officers made 310 arrests in 12 states.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 1730, qualifier: 'exact' });
  });

  it('"Since February 2015, Operation X has led to 1,863 arrests": the operation\'s own months', () => {
    const text =
      'BOGOTÁ, 5 May 2017 – Since February 2015, Operation Cordillera has led to 1,204 arrests across the country, police said.';
    expect(fields(text, 'en').arrests).toMatchObject({ value: 1204, qualifier: 'exact' });
  });
});

describe('a Spanish lead in more shapes', () => {
  it('the body that acted, after a long aside, under a dated dateline', () => {
    const text =
      'Lima, 23 de abril de 2024 – La Policía Nacional del Perú, en coordinación con la Fiscalía de la Nación y la agencia estadounidense Homeland Security Investigations (HSI), desarrolló la Operación Ángel Guardián contra una red de explotación.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Policía Nacional del Perú' });
  });

  it("the first paragraph under a headline and an undated line, Catalonia's police by its usual name", () => {
    const text =
      "Los Mossos d'Esquadra detienen a nueve personas en la operación Estige\nGirona, 9 de abril de 2015\n\nLa Policía de la Generalitat-Mossos d'Esquadra detuvo en la madrugada de ayer, miércoles 8 de abril, a nueve personas en el marco de la operación Estige.";
    expect(fields(text, 'es').agency).toMatchObject({ value: "Mossos d'Esquadra" });
  });
});

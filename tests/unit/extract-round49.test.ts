import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 49 (issue 14): what the seventy-ninth batch and the releases left in incoming/ showed, as general rules.
 * The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const found = (text: string, locale: Locale, field: string) =>
  (extractRelease(text, { locale }).fields as Record<string, { value: unknown; qualifier?: string } | undefined>)[
    field
  ];
const value = (text: string, locale: Locale, field: string) => found(text, locale, field)?.value;
const rows = (text: string, locale: Locale) =>
  extractRelease(text, { locale }).additionalStats.map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('round 49', () => {
  it('es: Peru\'s "S/" is money when it is the sentence\'s only figure ("La policía incautó S/ 8.300 en efectivo.")', () => {
    expect(rows('La policía incautó S/ 8.300 en efectivo.', 'es')).toEqual([
      expect.objectContaining({ value: 8300, unit: 'PEN', qualifier: 'exact' }),
    ]);
    // (a slash after other letters is no sign)
    expect(rows('La policía incautó AS/ 8.300 en efectivo.', 'es')).toEqual([]);
  });

  it('es: a release signed at its end ("Pamplona, 27 de agosto de 2015") gives the year of days written without one', () => {
    const text = [
      'La Guardia Civil desarticula cuatro redes de venta de droga en la Ribera',
      '',
      'El dispositivo de la operación Burrito se desplegó entre el martes 18 y el viernes 21 de agosto, durante las fiestas de varios pueblos de la zona.',
      '',
      'Más de un centenar de guardias civiles participaron en los registros. '.repeat(8).trim(),
      '',
      'Pamplona, 27 de agosto de 2015',
    ].join('\n');
    expect([value(text, 'es', 'startDate'), value(text, 'es', 'endDate')]).toEqual(['2015-08-18', '2015-08-21']);
    // (a date in the last sentence of the text is no signature)
    const said = text.replace(
      'Pamplona, 27 de agosto de 2015',
      'El juzgado decidió el asunto en Pamplona, 27 de agosto de 2015.'
    );
    expect(found(said, 'es', 'startDate')).toBeUndefined();
  });

  it('en: "in June last year" dates what it follows; the sentence\'s figure is this operation\'s', () => {
    const text = [
      'MELBOURNE – A taskforce led by the Australian Federal Police (AFP) has arrested 19 people over 4.4 tonnes of MDMA hidden in tins of tomatoes shipped from Italy in June last year.',
      '',
      'Most will appear in court today; three people arrested in New South Wales face extradition hearings in Sydney.',
    ].join('\n');
    expect(value(text, 'en', 'arrests')).toBe(19);
    // (a period told with "last year" and no "in" before its month is still an earlier time's)
    const riots =
      'Operation Withern is the investigation into the disorder that took place between Saturday 6 and Tuesday 9 August last year.';
    expect(found(riots, 'en', 'startDate')).toBeUndefined();
  });

  it('en: "was launched at dawn on Tuesday, 5 March 2013" is a first day; "will continue until every last intruder …" no end', () => {
    const text = [
      'Kuala Lumpur, 14 March 2013',
      '',
      'Ops Daulat was launched at dawn on Tuesday, 5 March 2013, with air strikes.',
      '',
      'The Minister said: "Ops Daulat will continue until every last intruder has been dealt with."',
    ].join('\n');
    expect(value(text, 'en', 'startDate')).toBe('2013-03-05');
    expect(found(text, 'en', 'endDate')).toBeUndefined();
  });

  it('en: "Aurora, Ontario – Thursday, July 18, 2019": a province after the city tells the dollars', () => {
    const text = [
      'NEWS RELEASE',
      'York Regional Police',
      'Aurora, Ontario – Thursday, July 18, 2019',
      '',
      'Investigators seized more than $1.1 million in cash.',
    ].join('\n');
    expect(rows(text, 'en')).toEqual([expect.objectContaining({ value: 1100000, unit: 'CAD', qualifier: 'moreThan' })]);
  });

  it('en: "arrested 498 people from 42 countries" is where they came from, not who took part', () => {
    const text =
      'Officers arrested 498 people from 42 countries during a four-day enforcement action, dubbed Operation Safe City.';
    expect(value(text, 'en', 'arrests')).toBe(498);
    expect(found(text, 'en', 'countries')).toBeUndefined();
    // ("arrested 334 people in four countries": where the operation acted)
    expect(value('Police arrested 334 people in four countries during Operation Sunbird.', 'en', 'countries')).toBe(4);
  });

  it('fr: "a mis un terme, le mardi 30 août 1994, à l\'opération" is its last day only', () => {
    const text =
      "MONTRÉAL, le 31 août 1994 – La Gendarmerie royale du Canada (GRC) a mis un terme, le mardi 30 août 1994, à l'opération Compote, une enquête d'infiltration.";
    expect(found(text, 'fr', 'startDate')).toBeUndefined();
    expect(value(text, 'fr', 'endDate')).toBe('1994-08-30');
  });

  it('fr: "un partenariat naval de 34 pays" is a membership, not who took part', () => {
    const text =
      "L'opération Artemis relève des Forces maritimes combinées (CMF), un partenariat naval de 34 pays dont le quartier général est établi au Bahreïn.";
    expect(found(text, 'fr', 'countries')).toBeUndefined();
  });

  it('fr: "Une enquête de grande envergure dirigée par la Drug Enforcement Administration (DEA)" names its lead', () => {
    const text =
      "OTTAWA, le 31 mars 2005 – Une enquête de grande envergure dirigée par la Drug Enforcement Administration (DEA) des États-Unis, à laquelle la Gendarmerie royale du Canada (GRC) a participé, a abouti au démantèlement d'un réseau. Baptisée « Candy Box », l'opération a été menée dans deux pays.";
    expect(value(text, 'fr', 'agency')).toBe('DEA');
  });

  it("fr: \"l'une d'elles … a été interpellée … avec 40 000 euros en liquide\" is one person's case", () => {
    const text =
      "Plusieurs faisaient l'objet d'une notice rouge ; l'une d'elles, recherchée par la justice italienne, a été interpellée au port avec 40 000 euros en liquide dissimulés dans une valise.";
    expect(rows(text, 'fr')).toEqual([]);
  });

  it('es: "más de 800 detenciones diarias" is a daily rate, not the arrests', () => {
    const text =
      'Antes del operativo, los agentes del sector realizaban más de 800 detenciones diarias; hoy la cifra ronda las 150 por día.';
    expect(found(text, 'es', 'arrests')).toBeUndefined();
  });

  it('es: "Costa Rica participó con 340 oficiales …, doce embarcaciones y dos aeronaves" is one country\'s part', () => {
    const text = [
      'La campaña naval Orión VIII, coordinada por la Armada de Colombia, reunió a cuarenta países.',
      '',
      'Costa Rica participó con 340 oficiales del Servicio Nacional de Guardacostas, doce embarcaciones y dos aeronaves.',
    ].join('\n');
    expect(found(text, 'es', 'officers')).toBeUndefined();
    expect(rows(text, 'es')).toEqual([]);
  });

  it('es: "…, la estrategia contra el narcotráfico … liderada por la Armada de Colombia" names its lead', () => {
    const text =
      'La Armada del Ecuador concluyó su participación en la Campaña Naval Multinacional Orión X, la estrategia contra el narcotráfico por vía marítima liderada por la Armada de Colombia, con la participación de 36 Estados.';
    expect(value(text, 'es', 'agency')).toBe('Armada de Colombia');
    expect(value(text, 'es', 'countries')).toBe(36);
    // (a country's states are no countries)
    expect(
      found('Con la participación de 12 estados del país, la policía detuvo a 30 personas.', 'es', 'countries')
    ).toBeUndefined();
  });

  it('es: "puso fin, el martes 30 de agosto de 1994, a la operación" is its last day only', () => {
    const text =
      'MADRID, 31 de agosto de 1994 – La Policía Nacional puso fin, el martes 30 de agosto, a la operación Compás, una investigación de dos años.';
    expect(found(text, 'es', 'startDate')).toBeUndefined();
    expect(value(text, 'es', 'endDate')).toBe('1994-08-30');
  });

  it('es: "coordinada por la Dirección General de Protección Civil y Emergencias del Ministerio del Interior": the directorate', () => {
    const text =
      'Salvamento Marítimo concluyó su participación en la Operación Paso del Estrecho 2019. La operación, coordinada por la Dirección General de Protección Civil y Emergencias del Ministerio del Interior, se desarrolló entre el 15 de junio y el 15 de septiembre de 2019.';
    expect(value(text, 'es', 'agency')).toBe('Dirección General de Protección Civil y Emergencias');
  });

  it('es: "Entre los casos documentados destaca el de …" and "interrogó por radio a 64 buques" are no rows', () => {
    const text =
      'Entre los casos documentados destaca el de un depósito de Puerto Cabello, donde los funcionarios hallaron 310 toneladas de cobre ocultas bajo chatarra.';
    expect(rows(text, 'es')).toEqual([]);
    expect(rows('La fragata interrogó por radio a 64 buques mercantes durante la operación.', 'es')).toEqual([]);
  });

  it('es: "informa que concluyó la Operación", "anunció hoy que la operación": the body that tells it', () => {
    const closed =
      'La Secretaría de Marina (SEMAR) informa que concluyó la Operación Gárgola, desarrollada en Sinaloa.';
    expect(value(closed, 'es', 'agency')).toBe('Secretaría de Marina');
    const told =
      'La Patrulla Fronteriza de Estados Unidos anunció hoy que la operación de vigilancia que mantiene en El Paso se llamará Operación Hold the Line.';
    expect(value(told, 'es', 'agency')).toBe('Patrulla Fronteriza de Estados Unidos');
    const opinion =
      'La Secretaría de la Defensa Nacional informa a la opinión pública sobre los primeros resultados de la Operación Conjunta Chihuahua.';
    expect(value(opinion, 'es', 'agency')).toBe('Secretaría de la Defensa Nacional');
  });

  it('es: first days "comenzó antes del amanecer del domingo 19", "inició el jueves 27", "…, coordinada por …, comenzó el 5 de marzo"', () => {
    const dawn =
      'EL PASO, 20 de octubre de 1993 – La operación comenzó antes del amanecer del domingo 19 de septiembre de 1993 y seguirá en marcha.';
    expect(value(dawn, 'es', 'startDate')).toBe('1993-09-19');
    const began =
      'Ciudad Juárez, Chih., a 31 de marzo de 2008.\n\nLa operación inició el jueves 27 de marzo del presente año, con el arribo de las tropas.';
    expect(value(began, 'es', 'startDate')).toBe('2008-03-27');
    const aside =
      'CARACAS, 14 de mayo de 2018.– La operación, coordinada por el Ministerio Público con el respaldo de los cuerpos de seguridad, comenzó el 5 de marzo de 2018 y continúa activa.';
    expect(value(aside, 'es', 'startDate')).toBe('2018-03-05');
  });

  it('es: "interceptó a unas 5.300 personas que intentaban ingresar al país sin documentos" are irregular migrants', () => {
    const text =
      'Durante sus cuatro primeras semanas, la Operación Hold the Line interceptó a unas 5.300 personas que intentaban ingresar al país sin documentos.';
    expect(found(text, 'es', 'irregularMigrants')).toEqual(
      expect.objectContaining({ value: 5300, qualifier: 'approximately' })
    );
  });

  it('es: "La estrategia reúne a unos 3.200 efectivos", "una fuerza de 2.451 efectivos"; officers sent to vetting are none', () => {
    const text = [
      'El Operativo Guerrero Seguro cumplió su primer mes.',
      '',
      'La estrategia reúne a unos 3.200 efectivos: alrededor de 2.000 elementos federales y cerca de 1.200 policías estatales.',
      '',
      'Además, 128 agentes de policías municipales fueron enviados a evaluaciones de control de confianza.',
    ].join('\n');
    expect(found(text, 'es', 'officers')).toEqual(expect.objectContaining({ value: 3200, qualifier: 'approximately' }));
    const force =
      'La operación comenzó con el arribo de 2.026 elementos del Ejército, quienes se suman a 425 agentes de la Policía Federal, para integrar una fuerza de 2.451 efectivos.';
    expect(value(force, 'es', 'officers')).toBe(2451);
  });

  it('es: "El antecedente más cercano … fue la Operación Conjunta Guerrero" is an earlier operation', () => {
    const text = [
      'El Operativo Guerrero Seguro, puesto en marcha el 6 de octubre, cumplió su primer mes.',
      '',
      'El antecedente más cercano en la entidad fue la Operación Conjunta Guerrero de enero de 2007.',
    ].join('\n');
    expect(value(text, 'es', 'codename')).toBe('Guerrero Seguro');
  });

  it('es: "ejecutaron en conjunto este jueves el caso denominado «Cooptación del Estado»; 31 personas se encontraban detenidas"', () => {
    const text =
      'Ciudad de Guatemala, 2 de junio de 2016.– El Ministerio Público y la CICIG ejecutaron en conjunto este jueves el caso denominado "Cooptación del Estado", una investigación de corrupción. Al cierre del día, 31 personas se encontraban detenidas.';
    expect(value(text, 'es', 'codename')).toBe('Cooptación del Estado');
    expect([value(text, 'es', 'startDate'), value(text, 'es', 'endDate')]).toEqual(['2016-06-02', '2016-06-02']);
    expect(value(text, 'es', 'arrests')).toBe(31);
  });

  it('es: "la operación Sea Guardian de la OTAN" over "la operación Atalanta" named in passing; "está conducida por el Mando …, con cuartel general en Northwood"', () => {
    const text = [
      'La fragata regresa a Rota tras un mes integrada en la operación Sea Guardian de la OTAN',
      '',
      'La fragata completó su participación en la operación de seguridad marítima Sea Guardian en el Mediterráneo.',
      '',
      'Sea Guardian está conducida por el Mando Marítimo Aliado (MARCOM), con cuartel general en Northwood (Reino Unido), y en ella contribuyen buques de nueve países aliados.',
      '',
      'La Armada contribuye además a la operación Atalanta de la Unión Europea.',
    ].join('\n');
    expect(value(text, 'es', 'codename')).toBe('Sea Guardian');
    expect(value(text, 'es', 'agency')).toBe('Mando Marítimo Aliado');
    expect(value(text, 'es', 'headquarters')).toBe('Northwood, Reino Unido');
  });

  it('en: "Oplan Ligtas Undas … coordinated nationally by the PNP"; "The Philippine National Police (PNP) on Friday said"', () => {
    const text = [
      'PNP declares Undas "generally peaceful"; 108 arrested under Oplan Ligtas Undas',
      '',
      'Quezon City — The Philippine National Police (PNP) on Friday said the observance was peaceful during the six-day Oplan Ligtas Undas.',
      '',
      'The security operation ran from October 28 to November 2, 2023 and was coordinated nationally by the PNP. It was carried out by all 17 police regional offices.',
      '',
      'A total of 31,087 police officers were deployed, and police apprehended 108 persons during the operation.',
      '',
      'Separately, the Commission on Elections reported that 1,203 persons have been arrested for violating the gun ban.',
    ].join('\n');
    expect(value(text, 'en', 'codename')).toBe('Ligtas Undas');
    expect(value(text, 'en', 'agency')).toBe('Philippine National Police');
    expect(value(text, 'en', 'officers')).toBe(31087);
    expect(value(text, 'en', 'arrests')).toBe(108);
  });

  it('en: "An Garda Síochána today published an update on Operation Ravenpoint, … set up in February of last year"', () => {
    const text = [
      'Garda Press Office',
      '',
      'An Garda Síochána today published an update on Operation Ravenpoint, the policing operation set up in February of last year in response to a gangland feud.',
      '',
      'Some 120 Gardaí are assigned to the operation on any given day, and 98 people have now been arrested.',
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('An Garda Síochána');
    expect(found(text, 'en', 'officers')).toEqual(expect.objectContaining({ value: 120, qualifier: 'approximately' }));
    expect(value(text, 'en', 'arrests')).toBe(98);
    // (a body's words on two lines are no name)
    const twoLines =
      'Garda Press Office\n\nAn Garda Síochána said on Monday that 98 people were arrested in Operation Ravenpoint.';
    expect(value(twoLines, 'en', 'agency')).not.toContain('\n');
  });

  it('en: "The National Crime Agency (NCA) today gave its latest update on Operation Pallial"', () => {
    const text =
      'The National Crime Agency (NCA) today gave its latest update on Operation Pallial, the independent investigation into historic abuse.';
    expect(value(text, 'en', 'agency')).toBe('National Crime Agency');
  });

  it('en: "since Operation Lion\'s Roar was launched on Saturday 10 May 2008" is a first day only', () => {
    const text =
      "BAGHDAD, 18 May 2008 – Iraqi forces have detained more than 1,000 suspects since Operation Lion's Roar was launched on Saturday 10 May 2008, the Ministry of Defence said.";
    expect(value(text, 'en', 'startDate')).toBe('2008-05-10');
    expect(found(text, 'en', 'endDate')).toBeUndefined();
  });

  it('en: "presented the results of the first month of Operation Fardh al-Qanoon": its name, its lead, no end', () => {
    const text = [
      'The Baghdad Operations Command today presented the results of the first month of Operation Fardh al-Qanoon, the security plan for the capital that began on 14 February 2007.',
      '',
      'KEY FIGURES, 14 FEBRUARY – 14 MARCH 2007',
    ].join('\n');
    expect(value(text, 'en', 'codename')).toBe('Fardh al-Qanoon');
    expect(value(text, 'en', 'agency')).toBe('Baghdad Operations Command');
    expect(found(text, 'en', 'endDate')).toBeUndefined();
  });

  it('en: "Of the suspects arrested, 212 were taken into custody between April and June" is a part of those arrested', () => {
    const text = [
      'JTF: 1,032 SUSPECTS ARRESTED IN 18 MONTHS OF OPERATION DELTA WATCH',
      '',
      'The Joint Task Force announced the results of Operation Delta Watch today.',
      '',
      'Of the suspects arrested, 212 were taken into custody between April and June this year.',
    ].join('\n');
    expect(value(text, 'en', 'arrests')).toBe(1032);
  });

  it('en: "REPUBLIC OF TÜRKİYE – MINISTRY OF INTERIOR" is a letterhead, no place', () => {
    const text = [
      'REPUBLIC OF TÜRKİYE – MINISTRY OF INTERIOR',
      'Press and Public Relations Office',
      '',
      'Operation Kafes: 312 suspects arrested in 27 provinces',
    ].join('\n');
    expect(found(text, 'en', 'headquarters')).toBeUndefined();
  });

  it('fr: "l\'exercice Saharan Express 2014" is named; "la 29e place sur 176 pays" is a ranking', () => {
    const text =
      "Quatorze nations ont clôturé à Dakar l'exercice Saharan Express 2014, consacré à la sûreté maritime. Le Portugal occupe la 29e place sur 176 pays.";
    expect(value(text, 'fr', 'codename')).toBe('Saharan Express 2014');
    expect(
      found('Selon Transparency International, le pays occupe la 29e place sur 176 pays.', 'fr', 'countries')
    ).toBeUndefined();
  });

  it('es: "El BCCI, que opera en 73 países" is where a body works; "la Fuerza de Tarea Conjunta 160" keeps its number', () => {
    expect(
      found('El BCCI, que opera en 73 países, aseguró que colaborará con la justicia.', 'es', 'countries')
    ).toBeUndefined();
    const text =
      'Sea Signal fue dirigida por la Fuerza de Tarea Conjunta 160 (JTF-160), que tenía su cuartel general en la Base Naval de Guantánamo.';
    expect(value(text, 'es', 'agency')).toBe('Fuerza de Tarea Conjunta 160');
  });
});

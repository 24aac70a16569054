import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 10 (issue 14), every language: what the tenth batch's tuning releases missed on first reading, each
 * in a general form. Codenames in quotes, named in the lead or the title only, or in full in a headline; a period
 * whose year only the dateline gives; agencies named as presenting the results; police "from" countries; officers
 * "taking turns"; running totals "since last September"; a country's own share ("in our country"); the largest
 * single seizure. The sentences are written for these tests.
 */

type Fields = Record<string, { value: unknown; qualifier?: string; evidence?: string } | undefined>;
const read = (text: string, locale: 'en' | 'fr' | 'es') => extractRelease(text, { locale }).fields as Fields;
const rows = (text: string, locale: 'en' | 'fr' | 'es') =>
  extractRelease(text, { locale }).additionalStats.map(({ value, unit }) => ({ value, unit }));

describe('codenames', () => {
  it('reads a quoted name whole, its lower-case words too', () => {
    const text = "Bilan\n\nMARSEILLE – L'opération « Coup de filet XXL » a mobilisé 900 policiers.";
    expect(read(text, 'fr').codename).toEqual({
      value: 'Coup de filet XXL',
      evidence: 'opération « Coup de filet XXL',
    });
  });

  it('picks the name the lead gives when a later paragraph names the next operation', () => {
    const text =
      'Fin de mission aux frontières\n\nVARSOVIE – Les équipes ont quitté la région. ' +
      "L'opération Grive 2019 avait débuté en juin.\n\nLe relais est pris par l'opération Mésange Terre.";
    expect(read(text, 'fr').codename?.value).toBe('Grive 2019');
  });

  it('picks the title’s name over the standfirst’s', () => {
    const text =
      'Frontex da por concluida Garza tras dos años\n\nLa operación, que hoy releva Alcotán, ayudó a detener a 80 personas\n\n' +
      'VARSOVIA – Frontex ha cerrado la Operación Conjunta Garza. Desde hoy la sustituye la operación Alcotán.';
    expect(read(text, 'es').codename?.value).toBe('Garza');
  });

  it('still names none when the lead names two and no headline tells', () => {
    const text = 'Police week nets 300 suspects\n\nOperation Grey Kite ran in 12 countries, after Operation Red Kite.';
    expect(read(text, 'en').codename).toBeUndefined();
  });

  it('reads the headline’s full name when the body’s reading stops at a lower-case word', () => {
    const text =
      'Faro en la Costa 3: 90 detenidos en cinco países\n\nMADRID – Las policías participaron en la operación ' +
      'internacional Faro en la Costa, dirigida contra el fraude.';
    expect(read(text, 'es').codename).toEqual({ value: 'Faro en la Costa 3', evidence: 'Faro en la Costa 3' });
  });
});

describe('dates', () => {
  it('gives a period without a year the year of the dateline', () => {
    const text =
      'Bilan\n\nMARSEILLE, le 23 mars 2024 – Lancée le lundi 18 mars au petit matin, elle s’est achevée le vendredi 22 mars.';
    const fields = read(text, 'fr');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2024-03-18', '2024-03-22']);
  });

  it('gives the year before the dateline’s to a period that would end after it', () => {
    const text =
      'Balance\n\nMADRID, 10 de enero de 2025 – La operación arrancó el lunes 2 de diciembre y concluyó el viernes 20 de diciembre.';
    const fields = read(text, 'es');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2024-12-02', '2024-12-20']);
  });

  it('reads two ends joined by a semicolon, a word set off by commas before the last', () => {
    const text =
      "Bilan\n\nVARSOVIE – L'opération avait débuté le mardi 2 novembre 2010 ; elle a pris fin hier, jeudi 3 mars 2011.";
    const fields = read(text, 'fr');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2010-11-02', '2011-03-03']);
  });

  it('reads a period of years when both ends give theirs', () => {
    const text =
      'Balance\n\nVARSOVIA – Garza se puso en marcha el 1 de noviembre de 2014, pocos días después del final de otra ' +
      'operación, y ha permanecido activa hasta el miércoles 31 de enero de 2018.';
    const fields = read(text, 'es');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2014-11-01', '2018-01-31']);
  });

  it('reads a Spanish day of action', () => {
    const text =
      'Balance\n\nLA HAYA – Policías de cuatro países participaron en la jornada de acción del miércoles 5 de diciembre de 2018.';
    const fields = read(text, 'es');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2018-12-05', '2018-12-05']);
  });
});

describe('agencies, countries and officers', () => {
  it('reads the body that presented the results, its acronym in brackets', () => {
    const text =
      "Bilan\n\nBRUXELLES – L'Organisation mondiale des douanes (OMD) a présenté les résultats de l'opération Héron. " +
      "Les dossiers ont été transmis aux bureaux d'INTERPOL.";
    expect(read(text, 'fr').agency?.value).toBe('WCO');
  });

  it('names none when two bodies presented the results together', () => {
    const text =
      'Balance\n\nLYON – La OMA e INTERPOL han presentado conjuntamente los resultados de la operación Garza.';
    expect(read(text, 'es').agency).toBeUndefined();
  });

  it('reads the countries the police came from, not the countries victims came from', () => {
    expect(
      read('Bilan\n\nLYON – Plus de 60 services répressifs issus de 50 pays ont uni leurs efforts.', 'fr').countries
    ).toMatchObject({ value: 50 });
    expect(read('Bilan\n\nLYON – Des victimes issues de 30 pays ont été identifiées.', 'fr').countries).toBeUndefined();
    expect(
      read('Balance\n\nLYON – Cuerpos policiales procedentes de 40 países unieron fuerzas.', 'es').countries
    ).toMatchObject({ value: 40 });
  });

  it('reads officers who took turns on the ground', () => {
    expect(
      read('Review\n\nWARSAW – In all, 175 border guards took turns alongside the local police.', 'en').officers
    ).toMatchObject({ value: 175 });
    expect(
      read('Bilan\n\nVARSOVIE – Au total, 175 garde-frontières se sont relayés aux côtés de la police.', 'fr').officers
    ).toMatchObject({ value: 175 });
    expect(
      read('Balance\n\nVARSOVIA – Unos 2.300 agentes invitados rotaron por la operación.', 'es').officers
    ).toMatchObject({ value: 2300, qualifier: 'approximately' });
  });
});

describe('figures that are not this operation’s', () => {
  it('leaves out running totals since last September', () => {
    const text =
      'Bilan\n\nMARSEILLE – 164 personnes ont été interpellées. Depuis septembre dernier, les opérations ont abouti à plus de 2 500 interpellations.';
    expect(read(text, 'fr').arrests).toMatchObject({ value: 164 });
  });

  it('leaves out one country’s own share, told as "our country"', () => {
    const text =
      'Balance\n\nBUENOS AIRES – En total, 141 personas quedaron detenidas. En nuestro país, la policía practicó nueve detenciones.';
    expect(read(text, 'es').arrests).toMatchObject({ value: 141 });
  });

  it('proposes no row from the largest single seizure', () => {
    expect(
      rows(
        'Review\n\nLAGOS – Customs in 9 countries took part. The largest single seizure was made in a warehouse, where officers found 2 tonnes of cocaine.',
        'en'
      )
    ).toEqual([]);
    expect(
      rows(
        'Balance\n\nNAIROBI – Participaron las aduanas de 9 países. El hallazgo más voluminoso se produjo en un almacén, donde aparecieron 1,2 toneladas de analgésicos.',
        'es'
      )
    ).toEqual([]);
    expect(
      rows(
        'Bilan\n\nDAKAR – Les douanes de 9 pays ont participé. La saisie la plus importante a eu lieu au port, où 2 tonnes de cocaïne ont été découvertes.',
        'fr'
      )
    ).toEqual([]);
  });
});

describe('English, tuning round 10', () => {
  it('reads the states of one federation as no count of countries, and African or EU states as one', () => {
    expect(read('Review\n\nWASHINGTON – Task forces in all 50 states took part.', 'en').countries).toBeUndefined();
    expect(read('Review\n\nLYON – Police from 18 African states took part.', 'en').countries).toMatchObject({
      value: 18,
    });
    expect(read('Review\n\nLYON – Police of 12 member states took part.', 'en').countries).toMatchObject({ value: 12 });
  });

  it('leaves out a name told as past, in an earlier year', () => {
    const text =
      'Review\n\nROME, 19 December 2019 – Police struck the clan today under Operation Lantern Fox. ' +
      'Operation Iron Gate, carried out in July 2010, had led to some 300 arrests.';
    expect(read(text, 'en').codename?.value).toBe('Lantern Fox');
  });

  it('reads a national body telling the results of its operation, and the city of its headquarters', () => {
    const text =
      'Review\n\nLONDON – The National Crime Agency (NCA) today set out the results of Operation Heron. ' +
      "The response was run from a command room at the NCA's London headquarters.";
    const fields = read(text, 'en');
    expect(fields.agency).toMatchObject({ value: 'National Crime Agency' });
    expect(fields.headquarters).toMatchObject({ value: 'London' });
  });

  it('reads Carabinieri who moved in as the officers', () => {
    expect(
      read('Review\n\nROME – Some 2,500 Carabinieri moved before dawn against the clan.', 'en').officers
    ).toMatchObject({
      value: 2500,
      qualifier: 'approximately',
    });
  });
});

/*
 * Tuning round 11, on the eleventh batch's tuning releases: whole months, a last day "of the same month", more words
 * that start and end a period, Spanish coordination posts, a title naming the edition, what an operation follows,
 * a joint investigation's countries, officers who boarded or served, and more counted things.
 */
describe('round 11', () => {
  const period = (text: string, locale: 'en' | 'fr' | 'es') => {
    const fields = read(text, locale);
    return [fields.startDate?.value, fields.endDate?.value];
  };

  it('reads a whole month as a period', () => {
    expect(
      period("Bilan\n\nLYON – Pendant tout le mois d'octobre 2018, les garde-côtes ont contrôlé les navires.", 'fr')
    ).toEqual(['2018-10-01', '2018-10-31']);
    expect(period('Review\n\nLYON – Checks ran throughout October 2018 in 58 countries.', 'en')).toEqual([
      '2018-10-01',
      '2018-10-31',
    ]);
  });

  it('reads a last day of the same month, and more words for the two ends', () => {
    expect(
      period(
        "Bilan\n\nBRUXELLES – L'opération s'est ouverte le 1er octobre 2023 et a pris fin le 31 du même mois.",
        'fr'
      )
    ).toEqual(['2023-10-01', '2023-10-31']);
    expect(
      period("Bilan\n\nLA HAYE – Engagée le 15 septembre, l'opération s'est achevée le 30 novembre 2021.", 'fr')
    ).toEqual(['2021-09-15', '2021-11-30']);
    expect(
      period(
        'Balance\n\nBRUSELAS – Los controles empezaron el domingo 7 de septiembre de 2014 y se cerraron el martes 16.',
        'es'
      )
    ).toEqual(['2014-09-07', '2014-09-16']);
    expect(
      period(
        'Balance\n\nLYON – La fase operativa arrancó el 1 de octubre de 2018 y se prolongó todo el mes, hasta el día 31.',
        'es'
      )
    ).toEqual(['2018-10-01', '2018-10-31']);
    expect(
      period('Review\n\nLYON – The sweep started on 3 May 2024 and ended on the 9th of the same month.', 'en')
    ).toEqual(['2024-05-03', '2024-05-09']);
  });

  it('reads Spanish coordination posts set up or working in a seat', () => {
    const hq = (body: string) => read(`Balance\n\nMADRID – ${body}`, 'es').headquarters?.value;
    expect(
      hq(
        'Un centro de coordinación operativa instalado en la sede de la OMA, en Bruselas (Bélgica), recibió los avisos.'
      )
    ).toBe('Bruselas, Bélgica');
    expect(
      hq('El centro de coordinación de la operación funcionó en la sede de Europol, en La Haya, con analistas.')
    ).toBe('La Haya');
    expect(
      hq(
        'El mando operativo se instaló en la Oficina Regional de INTERPOL para Centroamérica, en San Salvador (El Salvador).'
      )
    ).toBe('San Salvador, El Salvador');
  });

  it('reads a title that opens on a name with its edition, when the body writes it', () => {
    const text =
      'Pangea X : 400 arrestations\n\nLYON – Pangea X, qui marque les dix ans de cette action annuelle, a réuni 123 pays.';
    expect(read(text, 'fr').codename).toEqual({ value: 'Pangea X', evidence: 'Pangea X' });
    expect(read('Phase 2: results\n\nLYON – Phase 2 of the plan is over.', 'en').codename).toBeUndefined();
  });

  it('leaves out the figures of the operation this one follows, and of a joint investigation', () => {
    const en =
      'Review\n\nLYON – Authorities of 58 countries took part. The operation follows Clean Harbour, which in June 2017 involved 43 countries.';
    expect(read(en, 'en').countries).toMatchObject({ value: 58 });
    const es =
      'Balance\n\nLYON – Autoridades de 58 países participaron. Una investigación conjunta de dos países localizó una red.';
    expect(read(es, 'es').countries).toMatchObject({ value: 58 });
  });

  it('reads officers who boarded vessels or served in the operation', () => {
    expect(
      read('Review\n\nLYON – Some 1,200 officers boarded vessels and checked ports.', 'en').officers
    ).toMatchObject({ value: 1200 });
    expect(
      read('Review\n\nVALLETTA – Some 250 border guards, pilots and crew members served in the operation.', 'en')
        .officers
    ).toMatchObject({ value: 250 });
  });

  it('counts money mules, grenades, transactions and offences', () => {
    expect(rows('Review\n\nTHE HAGUE – Officers identified 3,833 money mules and seized 20 grenades.', 'en')).toEqual([
      { value: 3833, unit: null },
      { value: 20, unit: null },
    ]);
    expect(
      rows('Balance\n\nLA HAYA – Se detectaron 7.520 transacciones fraudulentas y 500 infracciones.', 'es')
    ).toEqual([
      { value: 7520, unit: null },
      { value: 500, unit: null },
    ]);
  });
});

describe('round 11, other figures', () => {
  it('proposes no row that restates one of the six', () => {
    const found = extractRelease(
      'Review\n\nLYON – Some 1,200 inspectors and officers boarded vessels and checked ports.'
    );
    expect(found.fields.officers).toMatchObject({ value: 1200 });
    expect(found.additionalStats).toEqual([]);
  });

  it('proposes nothing from one suspect’s or one place’s seizure', () => {
    expect(
      rows(
        'Review\n\nDAR ES SALAAM – Officers took part. One of them, a man of 47, was carrying 58 kilograms of ivory.',
        'en'
      )
    ).toEqual([]);
    expect(
      rows(
        'Review\n\nLYON – Ports took part. In an Asian port, inspectors opened a single container holding 5 tonnes of plastic waste.',
        'en'
      )
    ).toEqual([]);
  });
});

describe('round 11, the one day of the action', () => {
  const period = (text: string, locale: 'en' | 'fr' | 'es') => {
    const fields = read(text, locale);
    return [fields.startDate?.value, fields.endDate?.value];
  };

  it('reads the day the lead names with its weekday, shortly before a dated release', () => {
    expect(
      period(
        'Review\n\nCATANZARO, Italy, 20 December 2019 – Some 2,500 Carabinieri moved before dawn on Thursday 19 December against the clan.',
        'en'
      )
    ).toEqual(['2019-12-19', '2019-12-19']);
    expect(
      period(
        'Balance\n\nBUENOS AIRES, 29 de marzo de 2019 – La operación se ejecutó el jueves 28 de marzo de manera simultánea en seis países.',
        'es'
      )
    ).toEqual(['2019-03-28', '2019-03-28']);
    expect(
      period(
        'Bilan\n\nLA HAYE, 6 avril 2023 – La place de marché a été fermée le mardi 4 et le mercredi 5 avril, au terme d’une opération.',
        'fr'
      )
    ).toEqual(['2023-04-04', '2023-04-05']);
  });

  it('reads no day far from the release, none without a dated release, and none when the lead names two', () => {
    expect(period('Review\n\nROME, 20 December 2019 – The inquiry began on Monday 4 March.', 'en')).toEqual([
      undefined,
      undefined,
    ]);
    expect(period('Review\n\nROME – Carabinieri moved before dawn on Thursday 19 December.', 'en')).toEqual([
      undefined,
      undefined,
    ]);
    expect(
      period(
        'Review\n\nROME, 20 December 2019 – Raids on Monday 16 December and arrests on Thursday 19 December.',
        'en'
      )
    ).toEqual([undefined, undefined]);
  });
});

import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 32 (issue 14): what the thirty-eighth batch showed once scored, as general rules. The sentences are
 * written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const rows = (text: string, locale: Locale) => read(text, locale).additionalStats.map((s) => [s.label, s.value]);

describe('who led it', () => {
  it('en: "the City of London Police", "the U.S. Marshals Service"', () => {
    const london =
      'LONDON – Police forces arrested 422 people during Operation Kestrel, a month-long crackdown coordinated by the City of London Police in its role as the national lead force for fraud.';
    expect(read(london, 'en').fields.agency?.value).toBe('City of London Police');
    const marshals =
      'WASHINGTON – The U.S. Marshals Service (USMS) today announced the results of Operation Kestrel, a six-week national operation that located 225 missing children.';
    expect(read(marshals, 'en').fields.agency?.value).toBe('U.S. Marshals Service');
  });

  it('fr: a unit named at length in lower-case words, then by its initials', () => {
    const upac =
      "MONTRÉAL – L'Unité permanente anticorruption (UPAC) a mené hier une vaste opération d'arrestations. L'opération, baptisée Kestrel, a permis 37 arrestations.";
    expect(read(upac, 'fr').fields.agency?.value).toBe('Unité permanente anticorruption');
    const enrco =
      "QUÉBEC – L'Escouade nationale de répression du crime organisé (ENRCO) dresse le bilan du projet Kestrel, une enquête visant des réseaux de stupéfiants. Au total, 32 personnes ont été arrêtées.";
    expect(read(enrco, 'fr').fields.agency?.value).toBe('Escouade nationale de répression du crime organisé');
  });

  it('fr: "Pilotée par la Police cantonale vaudoise, avec …, l\'opération"; "Conduite par … sous l\'autorité du préfet, …, elle"', () => {
    const vaud =
      "Lausanne – Le Conseil d'État a pris connaissance du bilan de l'opération Kestrel. Pilotée par la Police cantonale vaudoise, avec le concours de la Police de Lausanne et du Ministère public, l'opération a débuté le 1er juillet 2013.";
    expect(read(vaud, 'fr').fields.agency?.value).toBe('Police cantonale vaudoise');
    const gendarmerie =
      "ANNECY – La Haute-Savoie a vécu au rythme de l'opération Kestrel. Conduite par la Gendarmerie nationale sous l'autorité du préfet de la Haute-Savoie, et en lien étroit avec les procureurs, elle s'est déroulée du lundi 25 septembre au vendredi 13 octobre 2023.";
    expect(read(gendarmerie, 'fr').fields.agency?.value).toBe('Gendarmerie nationale');
  });

  it('fr: "la Police nationale" named again for "la Police nationale du Mali" is the same body', () => {
    const text =
      "BAMAKO (Mali) – La Police nationale du Mali a présenté ce jour les résultats de l'opération Kestrel. Conduite par la Police nationale, avec l'appui de la Gendarmerie nationale, l'opération a mobilisé plus de 600 agents.";
    expect(read(text, 'fr').fields.agency?.value).toBe('Police nationale du Mali');
  });

  it('es: "informó sobre los resultados", "dio a conocer los resultados de la primera etapa del Operativo", a Procuraduría', () => {
    const fge =
      'QUITO – La Fiscalía General del Estado (FGE) informó sobre los resultados de la Operación Kestrel, dirigida contra una red de jueces corruptos.';
    expect(read(fge, 'es').fields.agency?.value).toBe('Fiscalía General del Estado');
    const ministry =
      'BUENOS AIRES – El Ministerio de Seguridad de la Nación dio a conocer los resultados de la primera etapa del Operativo Kestrel, el plan de control de las fronteras del norte.';
    expect(read(ministry, 'es').fields.agency?.value).toBe('Ministerio de Seguridad de la Nación');
    const pgr =
      'CULIACÁN – La Procuraduría General de la República (PGR) dio a conocer hoy los resultados obtenidos hasta el 31 de mayo por la Operación Kestrel, la campaña contra el cultivo de estupefacientes.';
    expect(read(pgr, 'es').fields.agency?.value).toBe('Procuraduría General de la República');
  });
});

describe('the codename and the period', () => {
  it('es: a name before "una serie de acciones"; the operation it "sucede a" is an earlier one', () => {
    const text =
      'LA HAYA – Policías de 61 países han participado en Kestrel Amber, una serie de acciones simultáneas contra la delincuencia organizada que se desarrolló entre el 4 de mayo y el 24 de junio de 2015. El balance supera los 500 detenidos.\n\nKestrel Amber sucede a la operación Archimedes, que del 15 al 23 de septiembre de 2014 se saldó con más de 1.000 detenciones.';
    const { fields } = read(text, 'es');
    expect(fields.codename?.value).toBe('Kestrel Amber');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2015-05-04', '2015-06-24']);
  });
});

describe('where it was run from', () => {
  it('en: a body that "ran it from its offices in Kampala, Uganda"', () => {
    const text =
      'BRUSSELS – Customs in ten countries seized 193 kg of rhino horn during Operation Kestrel, organised by the WCO. The Operational Control Unit was hosted by one of the participating administrations: the Uganda Revenue Authority ran it from its offices in Kampala, Uganda.';
    expect(read(text, 'en').fields.headquarters?.value).toBe('Kampala, Uganda');
  });

  it('es: "un puesto de comando unificado instalado en Maracay"', () => {
    const text =
      'CARACAS – El ministerio presentó el balance de la Operación Kestrel, con 88 personas aprehendidas. El ministerio coordinó las acciones desde un puesto de comando unificado instalado en Maracay.';
    expect(read(text, 'es').fields.headquarters?.value).toBe('Maracay');
  });
});

describe('countries and officers', () => {
  it('en: "24 Member States and Schengen associated countries took part"; guest officers\' home states are some', () => {
    const text =
      'WARSAW – Border police at 42 airports in 24 Member States and Schengen associated countries took part in Operation Kestrel. Frontex deployed 30 guest officers from 17 Member States to 14 of those airports, where they worked in mixed teams with national officers.';
    const { fields } = read(text, 'en');
    expect(fields.countries).toMatchObject({ value: 24, qualifier: 'exact' });
    expect(fields.officers).toBeUndefined();
  });

  it('en: officers "fielded"; officers who "had completed the courses" were trained', () => {
    const text =
      'SINGAPORE – The four countries fielded more than 300 officers from police, navy and customs services during Operation Kestrel. Some 140 officers from the participating countries had completed the courses earlier in the year.';
    expect(read(text, 'en').fields.officers).toMatchObject({ value: 300, qualifier: 'moreThan' });
  });

  it('es: officials who "asistieron en Lomé a un seminario" were trained', () => {
    const text =
      'BRUSELAS – Aduanas de 23 países interceptaron 550 millones de dosis de medicamentos en la operación Kestrel. Antes del despliegue, 46 funcionarios de aduanas asistieron en Lomé (Togo) a un seminario sobre análisis de riesgo.';
    expect(read(text, 'es').fields.officers).toBeUndefined();
  });

  it('fr: "Le Kenya, où 64 personnes ont été interpellées" is one country\'s share', () => {
    const text =
      "LYON (France) – Plus de 200 suspects derrière les barreaux : INTERPOL a présenté le bilan de l'opération Kestrel contre le trafic d'ivoire.\n\nLe Kenya, où 64 personnes ont été interpellées, et la Tanzanie affichent les résultats les plus marquants.";
    expect(read(text, 'fr').fields.arrests?.value).not.toBe(64);
  });

  it("fr: people rescued at sea by the operation's ships are no victims", () => {
    const text =
      "VARSOVIE – Frontex dresse le bilan de l'opération Kestrel en Méditerranée centrale.\n\nBilan :\n- plus de 58 000 personnes secourues avec la participation des moyens de Kestrel\n- 31 passeurs arrêtés\n";
    expect(read(text, 'fr').fields.victimsIdentified).toBeUndefined();
  });
});

describe('other figures', () => {
  it('en: livestock counted by the head; raiders named by what they steal are no count; cattle among them are a part', () => {
    const text =
      'NAIROBI – Officers in Operation Kestrel arrested 87 suspected bandits and livestock raiders.\n\nResults:\n- 3,960 head of stolen livestock recovered and returned to their owners, including 1,240 cattle\n';
    expect(rows(text, 'en')).toEqual([['Head of stolen livestock recovered', 3960]]);
  });

  it('en: "mobile phones, laptops and other digital devices" are all counted; one boat\'s load is one case', () => {
    const text =
      'LONDON – Police arrested 422 people in Operation Kestrel.\n\nResults:\n- 1,162 mobile phones, laptops and other digital devices seized\n\nA single fishing boat stopped off the coast of Sabah was carrying 1.2 tonnes of sea cucumbers.';
    expect(rows(text, 'en')).toEqual([['Mobile phones, laptops and other digital devices', 1162]]);
  });

  it('fr: pills of a drug take its name', () => {
    const text =
      "QUÉBEC – L'opération Kestrel a mené à 32 arrestations.\n\nSaisies :\n- 232 000 comprimés de méthamphétamine ;\n- 4,1 kg de cocaïne.\n";
    expect(rows(text, 'fr')).toContainEqual(['Comprimés de méthamphétamine', 232000]);
  });

  it("es and fr: what was found in one suspect's home is one case", () => {
    const es =
      'MADRID – La policía detuvo a 20 personas en la operación Kestrel. En su vivienda se intervinieron 3,4 kilos de MDMA.';
    expect(read(es, 'es').additionalStats).toEqual([]);
    const fr =
      "PARIS – La police a arrêté 20 personnes lors de l'opération Kestrel. À son domicile, les enquêteurs ont découvert 3,4 kg de MDMA.";
    expect(read(fr, 'fr').additionalStats).toEqual([]);
  });

  it('es: doses of medicines are counted as the medicines', () => {
    const text =
      'BRUSELAS – Aduanas de 23 países participaron en la operación Kestrel.\n\nResultados:\n- Unos 550 millones de dosis de medicamentos: antibióticos y analgésicos\n';
    const [row] = read(text, 'es').additionalStats;
    expect(row.label.toLowerCase()).toContain('medicamentos');
    expect([row.value, row.qualifier]).toEqual([550000000, 'approximately']);
  });
});

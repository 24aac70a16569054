import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 28 (issue 14): what the thirty-fifth batch showed once scored, as general rules. The sentences are
 * written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const rows = (text: string, locale: Locale) => read(text, locale).additionalStats.map((s) => [s.label, s.value]);

describe('the codename', () => {
  it('en: what people "named … as" is none', () => {
    const text =
      'VILNIUS, Lithuania – Border guards in 24 countries detected 10,459 irregular migrants. Some 55 per cent of those interviewed named Germany as their final destination.';
    expect(read(text, 'en').fields.codename).toBeUndefined();
  });
});

describe('who led it', () => {
  it('en: a body\'s unit named first leads as the body; an agency glossed before "supported" lent support', () => {
    const text =
      "VILNIUS, Lithuania – Border guards in 24 countries detected 10,459 irregular migrants during Operation Perkunas, the State Border Guard Service (SBGS) said today.\n\nThe operation was coordinated by the National Coordination Centre of the SBGS in Vilnius. Frontex, the EU's external borders agency, supported the SBGS by gathering data.";
    expect(read(text, 'en').fields.agency?.value).toBe('State Border Guard Service');
  });

  it('fr: "par l\'intermédiaire d\'INTERPOL" names its channels, not a lead', () => {
    const text =
      "OTTAWA – La Gendarmerie royale du Canada présente sa contribution au projet Kestrel, qui a abouti à 348 arrestations. Les renseignements ont été acheminés vers les services partenaires par l'intermédiaire d'INTERPOL.";
    expect(read(text, 'fr').fields.agency?.value).not.toBe('INTERPOL');
  });

  it('es: "a través de INTERPOL" names its channels; the force that carried it out leads', () => {
    const text =
      'ARICA – La Policía de Investigaciones de Chile (PDI) ejecutó en la madrugada del jueves 16 de mayo la operación Kestrel, con 27 detenidos. Las órdenes pendientes se gestionan a través de INTERPOL.';
    expect(read(text, 'es').fields.agency?.value).toBe('Policía de Investigaciones de Chile');
  });

  it('es: a body that led "este viernes" the operation', () => {
    const text =
      'TOLUCA – La Fiscalía General de Justicia del Estado de México (FGJEM) encabezó este viernes el Operativo Kestrel, con siete detenidos.';
    expect(read(text, 'es').fields.agency?.value).toBe('Fiscalía General de Justicia del Estado de México');
  });
});

describe('where it was run from', () => {
  it('es: a state after the dateline city is no country', () => {
    const text =
      'TOLUCA, Estado de México –\n\nLa Fiscalía desplegó el Operativo Kestrel, con siete detenidos. El operativo se dirigió desde un centro de mando instalado en las oficinas centrales de la Fiscalía en Toluca.';
    expect(read(text, 'es').fields.headquarters?.value).toBe('Toluca');
  });

  it("es: a task force's name after a command post is no place", () => {
    const text =
      'BOGOTÁ – La Campaña Kestrel contra la deforestación se saldó con 96 capturas. Las operaciones se dirigen desde el puesto de mando de la Fuerza de Tarea Conjunta Omega, en el municipio de La Macarena.';
    expect(read(text, 'es').fields.headquarters?.value).not.toBe('Tarea Conjunta Omega');
  });
});

describe('officers trained', () => {
  it('fr: told after up to four describing words', () => {
    const text =
      "LYON (France) – L'opération Kestrel, menée du 1er au 5 juin 2024 dans 12 pays, a conduit à 40 arrestations. En juin, 80 enquêteurs spécialisés des pays participants avaient été formés au traçage des cryptoactifs.";
    expect(read(text, 'fr').fields.officers).toBeUndefined();
  });
});

describe('other figures', () => {
  it('es: pieces and heads on a key-figure line count what its label names, and money valuing them is theirs', () => {
    const text =
      'BOGOTÁ – La Campaña Kestrel se saldó con 96 capturas.\n\nBalance:\n- Maquinaria amarilla: 38 piezas (retroexcavadoras y tractores), avaluadas en unos 4.800 millones de pesos\n- Ganado incautado: cerca de 1.150 cabezas\n';
    expect(read(text, 'es').additionalStats.map((s) => [s.label, s.value, s.unit])).toEqual([
      ['Maquinaria amarilla', 38, null],
      ['Maquinaria amarilla', 4800000000, 'COP'],
      ['Ganado incautado', 1150, null],
    ]);
  });

  it('es: pieces off a key-figure line are counted', () => {
    const text = 'MADRID – La Operación Kestrel se saldó con 12 detenidos y 380 piezas arqueológicas recuperadas.';
    expect(rows(text, 'es')).toEqual([['Piezas arqueológicas recuperadas', 380]]);
  });

  it('es: houses searched ("allanaron") were searched, not seized', () => {
    const text =
      'ARICA – La operación Kestrel se saldó con 27 detenidos. Más de 250 detectives allanaron 37 inmuebles del sector Cerro Chuño.';
    expect(rows(text, 'es')).toEqual([]);
  });
});

describe('French other figures of the batch', () => {
  const lead =
    "LYON (France) – L'opération Kestrel, menée du 1er au 5 juin 2024 dans 12 pays, a conduit à 40 arrestations.";

  it('a line of identity checks ("Contrôles d\'identité et de véhicules") counts checks', () => {
    expect(rows(`${lead}\n\nChiffres clés :\n• Contrôles d'identité et de véhicules : plus de 12 000\n`, 'fr')).toEqual(
      []
    );
  });

  it('what was seized "sur le territoire national" is one country\'s share', () => {
    const text = `${lead} Les unités de gendarmerie ont interpellé 72 personnes sur le territoire national et saisi 146 000 euros en numéraire.`;
    expect(rows(text, 'fr')).toEqual([]);
  });

  it('what a company "aurait engrangé" is suspected, not seized', () => {
    const text = `${lead} Selon les enquêteurs, l'entreprise aurait engrangé plus de 4 millions de dollars de revenus.`;
    expect(rows(text, 'fr')).toEqual([]);
  });

  it('pangolins and tigers are counted', () => {
    const text = `${lead} Les équipes ont saisi environ 1 220 pangolins et 8 tigres.`;
    expect(rows(text, 'fr')).toEqual([
      ['Pangolins', 1220],
      ['Tigres', 8],
    ]);
  });
});

describe("the tuning sets' missed fields", () => {
  it('fr: the results of "la première phase" are this operation\'s, told by the prefecture that ran it', () => {
    const text =
      "MAMOUDZOU, 26 juin 2023 – La Préfecture de Mayotte dresse le bilan de la première phase de l'opération Kestrel, conduite du 24 avril au 25 juin 2023. Quelque 1 800 policiers ont été engagés et 662 personnes interpellées.";
    const { fields } = read(text, 'fr');
    expect([fields.startDate?.value, fields.endDate?.value, fields.agency?.value]).toEqual([
      '2023-04-24',
      '2023-06-25',
      'Préfecture de Mayotte',
    ]);
  });

  it('fr: a body that presents "un premier bilan", and its headquarters with a street before the city', () => {
    const text =
      "MONTRÉAL, le 29 mars 2001 – La Sûreté du Québec présente aujourd'hui un premier bilan de l'opération Kestrel, qui a mené à 131 arrestations. Les équipes ont été dirigées depuis un poste de commandement aménagé au Grand quartier général de la Sûreté du Québec, rue Parthenais, à Montréal.";
    const { fields } = read(text, 'fr');
    expect([fields.agency?.value, fields.headquarters?.value]).toEqual(['Sûreté du Québec', 'Montréal']);
  });

  it('es: a codename that goes on past "del Norte" to its edition', () => {
    const text = 'ARICA – La PDI ejecutó la operación Tren del Norte IV, con 27 detenidos.';
    expect(read(text, 'es').fields.codename?.value).toBe('Tren del Norte IV');
  });
});

describe("the English tuning set's missed fields", () => {
  it.each([
    'has resulted in the identification or recovery of 103 juveniles and the arrest of 67 people',
    'identified or recovered 103 juveniles and arrested 67 people',
  ])('children found: %s', (words) => {
    const text = `WASHINGTON – A nationwide FBI operation ${words}. Operation Lantern ran from July 1 through July 31, 2019.`;
    expect(read(text, 'en').fields.victimsIdentified?.value).toBe(103);
  });

  it('one day of coordinated arrests and searches', () => {
    const text =
      'THE HAGUE – Police forces in five countries carried out coordinated arrests and searches against people-smuggling networks on Tuesday 7 June 2005, in an operation coordinated by Europol.';
    const { fields } = read(text, 'en');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2005-06-07', '2005-06-07']);
  });

  it('"The arrests include 52 people …" is a part of them', () => {
    const text =
      'WASHINGTON – The DEA today announced the results of Operation Lantern, an investigation that has led to 755 arrests. The arrests include 52 people taken into custody over the past 48 hours in California.';
    expect(read(text, 'en').fields.arrests?.value).toBe(755);
  });
});

describe('the thirty-sixth batch, English part', () => {
  it('a body that "carried out a nationwide operation code-named …" led it, INTERPOL only sending information', () => {
    const text =
      'NEW DELHI, 25 September 2022 – The Central Bureau of Investigation (CBI) carried out a nationwide operation code-named Megh Chakra on Saturday, 24 September 2022, and arrested seven people. The original information came through INTERPOL.';
    expect(read(text, 'en').fields.agency?.value).toBe('Central Bureau of Investigation');
  });

  it("bottles on a key-figure line count what its label names; one address's find is one case", () => {
    const text =
      'NEW YORK – Operation Kestrel led to 61 arrests in 12 countries.\n\nResults:\n- Liquid synthetic opioids: 333 bottles\n\nAt a single address in Kolhapur, investigators recovered more than 3,000 video files.';
    expect(rows(text, 'en')).toEqual([['Liquid synthetic opioids', 333]]);
  });
});

import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 27 (issue 14): what the thirty-fourth batch showed once scored, as general rules. The sentences are
 * written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const values = (text: string, locale: Locale) => read(text, locale).additionalStats.map((s) => [s.label, s.value]);

describe('a range whose ends carry a time of day', () => {
  it.each([
    [
      'en',
      'LYON, France – Operation Kestrel, carried out between the night of Thursday 28 and the morning of Friday 29 July 2016, led to 78 arrests.',
    ],
    [
      'fr',
      "LYON (France) – L'opération Kestrel, menée entre la nuit du jeudi 28 et le vendredi 29 juillet 2016, a conduit à 78 arrestations.",
    ],
    [
      'es',
      'LYON (Francia) – La Operación Kestrel, ejecutada entre la noche del jueves 28 y la madrugada del viernes 29 de julio de 2016, permitió capturar a 78 personas.',
    ],
  ] as [Locale, string][])('%s', (locale, text) => {
    const { fields } = read(text, locale);
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2016-07-28', '2016-07-29']);
  });
});

describe('where the operation was run from', () => {
  it('es: a bracketed country of two words joined by "y"', () => {
    const text =
      'LA HAYA – La operación JAD, coordinada por Europol, reunió a 26 países. Las acciones se dirigieron desde un centro de coordinación instalado en Sarajevo (Bosnia y Herzegovina).';
    expect(read(text, 'es').fields.headquarters?.value).toBe('Sarajevo, Bosnia y Herzegovina');
  });

  it("fr: INTERPOL's innovation complex, named with the agency inside", () => {
    const text =
      "LYON (France) – L'opération Ramz, coordonnée par INTERPOL, a abouti à 201 arrestations. Les échanges ont été pilotés depuis le Complexe mondial INTERPOL pour l'innovation, à Singapour.";
    expect(read(text, 'fr').fields.headquarters?.value).toBe('Singapour');
  });
});

describe('who led it', () => {
  it("es: a force's division and superintendence, named before the force, are the force's", () => {
    const text =
      'BUENOS AIRES – El Ministerio de Seguridad de la Nación informa los resultados de la Operación Bobinas Blancas, con 17 detenidos.\n\nLa operación estuvo a cargo de la División Operaciones Federales de la Superintendencia de Drogas Peligrosas de la Policía Federal Argentina (PFA), con la colaboración de la DEA.';
    expect(read(text, 'es').fields.agency?.value).toBe('Policía Federal Argentina');
  });

  it('en: the Federal Bureau of Investigation announcing the news is the FBI', () => {
    const text =
      'WASHINGTON – A nationwide operation against child trafficking led to 67 arrests, the Federal Bureau of Investigation announced on Tuesday. Operation Lantern ran from July 1 through July 31, 2019.';
    expect(read(text, 'en').fields.agency?.value).toBe('FBI');
  });
});

describe("figures that are not the operation's", () => {
  it('es: countries that asked for information did not take part', () => {
    const text =
      'LYON (Francia) – La Operación Kestrel se desarrolló en 12 países. Siete países —Francia, Países Bajos, Reino Unido, Rusia, Estados Unidos, Canadá y Alemania— han pedido ya información sobre la red.';
    expect(read(text, 'es').fields.countries?.value).toBe(12);
  });

  it('fr: officers trained before the launch of the operation', () => {
    const text =
      "LYON (France) – L'opération Kestrel, menée du 1er au 5 juin 2024, a conduit à 40 arrestations. Avant le lancement de l'opération, 45 inspecteurs phytosanitaires et douaniers avaient été formés à Alicante.";
    expect(read(text, 'fr').fields.officers).toBeUndefined();
  });

  it("fr: a sentence opening on one island's or province's name is that place's share", () => {
    const text =
      "Opération Kestrel : 131 arrestations\n\nMONTRÉAL – L'opération Kestrel, lancée le 28 mars 2001, a visé les Hells Angels.\n\nSur l'île de Montréal, 57 suspects ont été arrêtés. Dans la province de l'Ontario, 12 suspects ont été arrêtés.";
    expect(read(text, 'fr').fields.arrests?.value).toBe(131);
  });

  it('en: a programme that "has since" identified children counts since its launch', () => {
    const text =
      'WASHINGTON – Operation Lantern ran from July 1 through July 31, 2019 and led to 67 arrests. It belongs to the Innocence Lost National Initiative, launched in 2003, which has since recovered or identified more than 6,600 children.';
    expect(read(text, 'en').fields.victimsIdentified).toBeUndefined();
  });

  it('es: "El golpe más contundente del año" is one case', () => {
    const text =
      'BOGOTÁ – La Operación Kestrel se saldó con 1.200 capturas y 96 toneladas de cocaína incautadas. El golpe más contundente del año se dio en Turbo, donde los investigadores hallaron 12 toneladas de cocaína enterradas.';
    expect(values(text, 'es')).toEqual([['Cocaína incautadas', 96]]);
  });

  it('en: parcels subjected to secondary checks were checked, not seized', () => {
    const text =
      'LYON, France – Operation Kestrel led to 61 arrests in 20 countries. More than 5,800 parcels and 1,100 passengers were subjected to secondary checks.';
    expect(values(text, 'en')).toEqual([]);
  });
});

describe('other figures', () => {
  it("fr: sums listed after a key-figure line's first are what its label names", () => {
    const text =
      "LYON (France) – L'opération Kestrel, menée du 1er au 5 juin 2024 dans 12 pays, a conduit à 40 arrestations.\n\nRésultats :\n• Espèces saisies : 148 millions de francs CFA, 212 000 dollars US et 36 500 euros\n";
    expect(read(text, 'fr').additionalStats.map((s) => [s.label, s.value, s.unit])).toEqual([
      ['Espèces saisies', 148000000, 'XOF'],
      ['Espèces saisies', 212000, 'USD'],
      ['Espèces saisies', 36500, 'EUR'],
    ]);
  });

  it("es: estates counted, and a quote's looser count of properties restates them", () => {
    const text =
      'MADRID – La Operación Kestrel se saldó con 41 detenidos. En los registros se han intervenido 251 fincas. «Hemos intervenido más de doscientas propiedades», ha declarado el comisario.';
    expect(values(text, 'es')).toEqual([['Fincas', 251]]);
  });
});

describe("the tuning sets' wrong rows, read after the batch", () => {
  it('en: a list of counted things after a count is all counted; a list with an uncounted thing is not', () => {
    const text =
      'LYON, France – Operation Kestrel led to 40 arrests in 12 countries. Thirty-four computers, phones and storage devices were seized. Police also seized 20 firearms, drugs and cash.';
    expect(values(text, 'en')).toEqual([
      ['Computers, phones and storage devices', 34],
      ['Firearms', 20],
    ]);
  });

  it('es: "servidores públicos" are public servants, not servers', () => {
    const text =
      'CIUDAD DE MÉXICO – La Operación Kestrel se saldó con 120 detenidos. La Guardia Nacional desplegó 3,612 elementos y 280 servidores públicos del INM.';
    expect(values(text, 'es')).toEqual([]);
  });

  it('fr: what the offences concerned ("portent sur …, ainsi que sur …") was intercepted', () => {
    const text =
      "BRUXELLES – L'opération Kestrel a mobilisé les douanes de 106 pays. Au total, 338 infractions ont été relevées. Elles portent sur 17 486 tonnes de déchets, ainsi que sur près de 70 tonnes de substances réglementées.";
    expect(values(text, 'fr')).toEqual(
      expect.arrayContaining([
        ['Déchets', 17486],
        ['Substances réglementées', 70],
      ])
    );
  });

  it('fr: computer equipment counted', () => {
    const text =
      "LYON (France) – L'opération Kestrel a conduit à 25 arrestations dans quatre pays. Les enquêteurs ont saisi quelque 250 équipements informatiques et téléphones portables.";
    expect(values(text, 'fr')).toContainEqual(['Équipements informatiques et téléphones portables', 250]);
  });
});

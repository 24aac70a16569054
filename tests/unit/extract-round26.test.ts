import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 26 (issue 14): what the French part of the thirty-third batch showed, as general rules, in the
 * languages that say the same. The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const rows = (text: string, locale: Locale) =>
  extractRelease(text, { locale }).additionalStats.map((s) => ({
    label: s.label,
    value: s.value,
    unit: s.unit,
    qualifier: s.qualifier,
  }));

const LEADS: Record<Locale, string> = {
  en: 'LYON, France – Operation Kestrel ran from 1 to 5 June 2024 in 12 countries and led to 40 arrests.',
  fr: "LYON (France) – L'opération Kestrel, menée du 1er au 5 juin 2024 dans 12 pays, a conduit à 40 arrestations.",
  es: 'LYON (Francia) – La Operación Kestrel, del 1 al 5 de junio de 2024 en 12 países, se saldó con 40 detenciones.',
};

describe("a key-figure line's label that lists things is read to its colon", () => {
  it.each([
    ['en', '- Pistols, rifles and cartridges: about 6,000', 'Pistols, rifles and cartridges'],
    ['fr', "– Pièces d'armes, munitions et explosifs : environ 6 000", "Pièces d'armes, munitions et explosifs"],
    ['es', '- Piezas de armas, munición y explosivos: unas 6.000', 'Piezas de armas, munición y explosivos'],
  ] as [Locale, string, string][])('%s', (locale, line, label) => {
    expect(rows(`${LEADS[locale]}\n\nResults:\n${line}\n`, locale)).toEqual([
      { label, value: 6000, unit: null, qualifier: 'approximately' },
    ]);
  });

  // (round 42: a key-figure line's total is kept over a smaller figure of the same thing elsewhere, a quote's too; a
  // larger one still disputes it)
  it("what it names is the first thing it lists: a quote's smaller figure for it is a part, a larger one disputes it", () => {
    const text = `${LEADS.en}\n\nResults:\n- Ivory, raw and worked: 1,260 kg\n\n"A thousand kilos of ivory are off the market," said the coordinator.`;
    expect(rows(text, 'en')).toEqual([
      expect.objectContaining({ label: 'Ivory, raw and worked', value: 1260, unit: 'kg' }),
    ]);
    expect(rows(text.replace('A thousand kilos', 'Two thousand kilos'), 'en')).toEqual([]);
  });
});

describe("a weight on a key-figure line, then a comma: the line's, and money after it is its value", () => {
  it.each([
    [
      'en',
      '- Illegally mined gold: more than 26 kg, with an estimated value of nearly USD 1.5 million',
      'Illegally mined gold',
      1500000,
      'USD',
    ],
    [
      'fr',
      "– Or extrait illégalement : plus de 26 kg, d'une valeur estimée à près de 900 millions de francs CFA",
      'Or extrait illégalement',
      900000000,
      'XOF',
    ],
    [
      'es',
      '- Oro extraído ilegalmente: más de 26 kg, por un valor estimado de casi 900 millones de francos CFA',
      'Oro extraído ilegalmente',
      900000000,
      'XOF',
    ],
  ] as [Locale, string, string, number, string][])('%s', (locale, line, label, value, unit) => {
    expect(rows(`${LEADS[locale]}\n\nResults:\n${line}\n`, locale)).toEqual([
      { label, value: 26, unit: 'kg', qualifier: 'moreThan' },
      { label, value, unit, qualifier: 'approximately' },
    ]);
  });

  it.each([
    ['en', '- Illicit goods: more than 45 tonnes, including more than 3 tonnes of fake medicines', 'Illicit goods'],
    [
      'fr',
      '– Marchandises illicites : plus de 45 tonnes, dont plus de 3 tonnes de faux médicaments',
      'Marchandises illicites',
    ],
    [
      'es',
      '- Mercancías ilícitas: más de 45 toneladas, de las cuales más de 3 toneladas de medicamentos falsos',
      'Mercancías ilícitas',
    ],
  ] as [Locale, string, string][])('%s: the part after the comma is no row of its own', (locale, line, label) => {
    expect(rows(`${LEADS[locale]}\n\nResults:\n${line}\n`, locale)).toEqual([
      { label, value: 45, unit: 't', qualifier: 'moreThan' },
    ]);
  });

  it('a weight the sentence values is what the money is ("140 tonnes de médicaments …, d\'une valeur de")', () => {
    const text = `${LEADS.fr} Les enquêteurs ont saisi plus de 140 tonnes de médicaments illicites, d'une valeur marchande totale d'environ 7,8 millions d'euros.`;
    expect(rows(text, 'fr')).toContainEqual({
      label: 'Médicaments illicites',
      value: 7800000,
      unit: 'EUR',
      qualifier: 'approximately',
    });
  });
});

describe('criminal networks and groups are a row where they were taken apart', () => {
  it.each([
    ['en', 'Investigators also dismantled 14 criminal groups.', 14],
    ['fr', 'Onze réseaux criminels ont été démantelés.', 11],
    ['fr', 'Les enquêteurs ont démantelé 31 réseaux de passeurs.', 31],
    ['es', 'Los investigadores desarticularon además 68 grupos criminales.', 68],
    ['es', 'Se desmantelaron tres redes criminales.', 3],
    ['es', 'La Guardia Civil ha desarticulado cinco organizaciones dedicadas al contrabando.', 5],
  ] as [Locale, string, number][])('%s: %s', (locale, sentence, value) => {
    expect(rows(`${LEADS[locale]} ${sentence}`, locale).map((r) => r.value)).toEqual([value]);
  });

  it.each([
    ['en', 'The operation targeted 14 criminal groups accused of moving migrants.'],
    ['fr', 'Deux réseaux russophones convertissaient l’argent liquide en cryptoactifs.'],
    ['es', 'Los mensajes fueron intercambiados por unos 300 grupos criminales.'],
    ['es', 'La operación se dirigió contra cinco organizaciones dedicadas al contrabando.'],
  ] as [Locale, string][])('%s: not whom the operation was after: %s', (locale, sentence) => {
    expect(rows(`${LEADS[locale]} ${sentence}`, locale)).toEqual([]);
  });
});

describe('suitcases are counted things', () => {
  it.each([
    ['en', '- Suitcases intercepted: 118', 'Suitcases intercepted'],
    ['fr', '– Valises et caissons isothermes interceptés : 118', 'Valises et caissons isothermes interceptés'],
    ['es', '- Maletas interceptadas: 118', 'Maletas interceptadas'],
  ] as [Locale, string, string][])('%s', (locale, line, label) => {
    expect(rows(`${LEADS[locale]}\n\nResults:\n${line}\n`, locale)).toEqual([
      { label, value: 118, unit: null, qualifier: 'exact' },
    ]);
  });

  it('fr: not the suitcases of the largest single catch', () => {
    const text = `${LEADS.fr} La plus grosse prise individuelle – 38 kg dissimulés dans les doubles fonds de quatre valises – a été réalisée à Lomé.`;
    expect(rows(text, 'fr')).toEqual([]);
  });
});

describe('things counted "during" or "at" gatherings are the occasions, not results', () => {
  it.each([
    ['en', 'Before the launch, 140 investigators were trained during two regional workshops held in Nairobi.'],
    [
      'fr',
      'Avant le lancement, 140 enquêteurs avaient été formés lors de deux ateliers régionaux organisés à Nairobi.',
    ],
    ['es', 'Antes del inicio, 140 investigadores se formaron durante dos talleres regionales celebrados en Nairobi.'],
  ] as [Locale, string][])('%s', (locale, sentence) => {
    expect(rows(`${LEADS[locale]} ${sentence}`, locale)).toEqual([]);
  });
});

describe("a key-figure line's name for a weight or a count wins over the sentence's, money aside", () => {
  it('fr: the list names the medicines', () => {
    const text = `Pangea : plus de 500 tonnes de médicaments\n\n${LEADS.fr.replace('40 arrestations', '40 arrestations et à la saisie de plus de 500 tonnes de produits pharmaceutiques dangereux')}\n\nPrincipaux résultats :\n– Médicaments illicites saisis : plus de 500 tonnes\n`;
    expect(rows(text, 'fr')).toEqual([
      { label: 'Médicaments illicites saisis', value: 500, unit: 't', qualifier: 'moreThan' },
    ]);
  });

  it('fr: "Valeur des saisies" names no thing; the sentence that values the medicines does', () => {
    const text = `${LEADS.fr} Les enquêteurs ont saisi 9,8 millions de doses de médicaments contrefaits, d'une valeur d'environ 41 millions de dollars américains.\n\nBilan :\n• Valeur des saisies : environ 41 millions USD\n`;
    expect(rows(text, 'fr')).toContainEqual({
      label: 'Doses de médicaments contrefaits',
      value: 41000000,
      unit: 'USD',
      qualifier: 'approximately',
    });
  });
});

describe("a sentence whose subject is one country's teams tells that country's share", () => {
  it('fr', () => {
    const text = `${LEADS.fr} Les équipes camerounaises ont procédé à 27 arrestations et saisi 312 kg d'écailles de pangolin, 48 défenses d'éléphant et onze perroquets gris.`;
    const found = extractRelease(text, { locale: 'fr' });
    expect(found.additionalStats).toEqual([]);
    expect(found.fields.arrests?.value).toBe(40);
  });
});

describe("money valuing a weight or a count before it takes that thing's whole name", () => {
  it.each([
    ['es', '- 61 kilos de oro en bruto, valorados en unos 4,4 millones de dólares', 'Oro en bruto'],
    ['fr', "– 61 kilos d'or brut, d'une valeur estimée à environ 4,4 millions de dollars", 'Or brut'],
  ] as [Locale, string, string][])('%s', (locale, line, label) => {
    expect(rows(`${LEADS[locale]}\n\nResults:\n${line}\n`, locale)).toContainEqual({
      label,
      value: 4400000,
      unit: 'USD',
      qualifier: 'approximately',
    });
  });
});

describe('a list item labelled by the thing it counts, with a unit or a measure between, is no place', () => {
  it.each([
    [
      'es',
      '- Gasóleo: 1,5 millones de litros de gasóleo intervenidos (unas 1.270 toneladas);',
      { label: 'Gasóleo intervenidos', value: 1500000, unit: 'L', qualifier: 'exact' },
    ],
    [
      'es',
      '• Cigarrillos: 1,5 millones de cajetillas de cigarrillos falsificados',
      { label: 'Cajetillas de cigarrillos falsificados', value: 1500000, unit: null, qualifier: 'exact' },
    ],
    [
      'fr',
      '– Cigarettes : 2 millions de paquets de cigarettes de contrebande',
      { label: 'Paquets de cigarettes', value: 2000000, unit: null, qualifier: 'exact' },
    ],
    ['en', '- Fuel: 1.5 million litres of fuel', { label: 'Fuel', value: 1500000, unit: 'L', qualifier: 'exact' }],
  ] as [Locale, string, { label: string; value: number; unit: string | null; qualifier: string }][])(
    '%s: %s',
    (locale, line, row) => {
      expect(rows(`${LEADS[locale]}\n\nResults:\n${line}\n`, locale)).toEqual([row]);
    }
  );

  it('es: a place still is ("- Jalisco: 312 detenidos")', () => {
    const text = `${LEADS.es}\n\nPor estados:\n- Jalisco: 312 detenidos y 40 armas de fuego\n`;
    expect(rows(text, 'es')).toEqual([]);
  });
});

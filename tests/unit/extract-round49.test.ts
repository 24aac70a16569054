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
});

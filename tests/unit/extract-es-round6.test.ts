import { SPANISH } from '../../server/src/extract/es';
import { extractFields } from '../../server/src/extract/fields';
import { extractRelease } from '../../server/src/extract/release';

/**
 * Spanish, tuning round 6: constructions the seventh batch of releases showed, each with the sibling phrasings a
 * journalist would write, and the distractors that must not be read. Each sentence here was written for this test.
 */

type Found = Record<string, { value: unknown; qualifier?: string; evidence: string } | undefined>;
const fields = (text: string) => extractFields(text, SPANISH) as Found;
const stat = (text: string, field: string) => {
  const found = fields(text)[field];
  return found ? { value: found.value, qualifier: found.qualifier } : undefined;
};
const metrics = (text: string) =>
  extractRelease(text, { locale: 'es' }).additionalStats.map(({ value, unit, qualifier }) => ({
    value,
    unit,
    qualifier,
  }));

describe('Spanish arrests told as prison', () => {
  it.each([
    ['En total, 52 presuntos tratantes y traficantes acabaron entre rejas.', 52, 'exact'],
    ['Unos 40 sospechosos quedaron entre rejas.', 40, 'approximately'],
    ['Más de 30 estafadores terminaron tras las rejas.', 30, 'moreThan'],
    ['12 tratantes y traficantes fueron detenidos.', 12, 'exact'],
  ])('%p', (text, value, qualifier) => expect(stat(text, 'arrests')).toEqual({ value, qualifier }));
});

describe('Spanish dates ending "del mismo mes"', () => {
  it.each([
    [
      'Las actuaciones arrancaron el martes 4 de junio de 2019 y se prolongaron hasta el 29 del mismo mes.',
      '2019-06-04',
      '2019-06-29',
    ],
    ['La operación comenzó el 3 de marzo de 2024 y terminó el 20 del mismo mes.', '2024-03-03', '2024-03-20'],
  ])('%p', (text, start, end) => {
    const found = fields(text);
    expect([found.startDate?.value, found.endDate?.value]).toEqual([start, end]);
  });

  it('reads no range whose end comes before its start', () => {
    expect(fields('La operación comenzó el 23 de marzo de 2024 y terminó el 2 del mismo mes.').endDate).toBeUndefined();
  });
});

describe('Spanish earlier operations named "N años antes"', () => {
  it.each([
    'La operación Tormenta, dos años antes, había reunido a 43 países.',
    'Hace tres años, la operación Tormenta reunió a 43 países.',
  ])('does not read another operation: %p', (text) => {
    const found = fields(`Ciento nueve países tomaron parte en la operación.\n\n${text}`);
    expect(found.codename).toBeUndefined();
    expect(found.countries?.value).toBe(109);
  });
});

describe('Spanish codename in the headline, the body naming it bare', () => {
  it('reads the headline\'s "Operación X" when the body writes X', () => {
    const text =
      'Cientos de víctimas rescatadas en la Operación Amanecer\n\nINTERPOL ha dado a conocer los resultados de Amanecer, su operación contra la trata.';
    expect(fields(text).codename?.value).toBe('Amanecer');
  });

  it('does not read a headline name the body never writes', () => {
    const text =
      'Cientos de víctimas rescatadas en la Operación Amanecer\n\nINTERPOL ha dado a conocer sus resultados.';
    expect(fields(text).codename).toBeUndefined();
  });
});

describe('Spanish countries', () => {
  it.each([
    'Policías de 21 países trabajaron juntos. El 60 % de los fondos rastreados pasó por al menos tres países.',
    'Policías de 21 países trabajaron juntos. El dinero transitó por cinco países.',
  ])('keeps the participants, not where money went: %p', (text) =>
    expect(stat(text, 'countries')).toEqual({ value: 21, qualifier: 'exact' })
  );
});

describe('Spanish other figures', () => {
  it.each([
    ['El efectivo incautado sumó 96.000 dólares estadounidenses.', 96000, 'USD'],
    ['Los fondos bloqueados ascendieron a 2 millones de euros.', 2000000, 'EUR'],
    ['El dinero incautado alcanzó los 3 millones de euros.', 3000000, 'EUR'],
    ['Se intervinieron 23 primates vivos.', 23, null],
    ['Se rescataron 40 grandes felinos.', 40, null],
    ['Se decomisaron 440 colmillos de elefante.', 440, null],
    ['El cannabis aprehendido dio un peso de 8.500 kilos.', 8500, 'kg'],
    ['Se interceptó un cargamento de cocaína con un peso de 5.100 kilos.', 5100, 'kg'],
    ['Se incautaron fardos de hachís que pesaban 300 kilos.', 300, 'kg'],
  ])('%p', (text, value, unit) => expect(metrics(text)).toEqual([{ value, unit, qualifier: 'exact' }]));

  it.each([
    'En el mercado negro, un loro gris africano puede venderse por 1.500 dólares.',
    'En el mercado ilegal, un colmillo se paga a 2.000 euros.',
  ])("does not read one item's market price: %p", (text) => expect(metrics(text)).toEqual([]));
});

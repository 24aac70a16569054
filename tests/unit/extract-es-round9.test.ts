import { SPANISH } from '../../server/src/extract/es';
import { extractFields } from '../../server/src/extract/fields';
import { extractRelease } from '../../server/src/extract/release';

/**
 * Spanish, tuning round 9: constructions the ninth batch of releases showed, each with the sibling phrasings a
 * journalist would write, and the distractors that must not be read. Each sentence here was written for this test.
 */

type Found = Record<string, { value: unknown; qualifier?: string; evidence: string } | undefined>;
const fields = (text: string) => extractFields(text, SPANISH) as Found;
const stat = (text: string, field: string) => {
  const found = fields(text)[field];
  return found ? { value: found.value, qualifier: found.qualifier } : undefined;
};
const metrics = (text: string) =>
  extractRelease(text, { locale: 'es' }).additionalStats.map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('Spanish officers trained or sent abroad', () => {
  it.each([
    'Durante la operación, en la que colaboraron varias agencias, Europol impartió talleres a 85 agentes y fiscales.',
    'Con el apoyo de la ONUDC, que colaboró en la preparación, se capacitó a unos 60 policías sobre trata.',
    'La policía trabajó en los aeropuertos; antes, la agencia dio cursos a 45 aduaneros sobre documentos falsos.',
    'Participaron nueve países, con la ayuda de once policías nacionales desplazados a esos países durante la fase.',
    'Los registros se practicaron con la participación de veinte agentes destacados al extranjero.',
  ])('%p is not the operation’s officers', (text) => expect(stat(text, 'officers')).toBeUndefined());

  it.each([
    ['En la operación participaron 300 agentes de aduanas y policías de cinco países.', 300],
    ['Un total de 1.200 policías desplegados en los puertos controlaron los accesos.', 1200],
  ])('%p', (text, value) => expect(stat(text, 'officers')?.value).toBe(value));
});

describe('Spanish headquarters named in four words, or a mobile office sent to a city', () => {
  it.each([
    [
      'La operación se coordinó desde el centro de mando instalado en Santa Cruz de Tenerife, con doce países.',
      'Santa Cruz de Tenerife',
    ],
    [
      'El dispositivo se dirigió desde una unidad de Europol trasladada a Vilna (Lituania) durante la semana.',
      'Vilna, Lituania',
    ],
  ])('%p', (text, place) => expect(fields(text).headquarters?.value).toBe(place));
});

describe('Spanish single cases and sizes told in containers', () => {
  it.each([
    'Entre los casos más destacados, la policía cerró una imprenta que hacía etiquetas falsas valoradas en 2 millones de euros.',
    'En el puerto de Valencia, un solo contenedor llevaba perfumes valorados en 900.000 euros.',
    'El carbón incautado, suficiente para llenar unos 300 camiones, quedó bajo custodia judicial.',
  ])('%p proposes nothing', (text) => expect(metrics(text)).toEqual([]));

  it('reads money after a singular noun and a comma clause', () =>
    expect(
      metrics(
        'La pesca intervenida, que procedía de barcos sin licencia, tenía un valor estimado de 3 millones de euros.'
      )
    ).toEqual([expect.objectContaining({ value: 3000000, unit: 'EUR', qualifier: 'exact' })]));
});

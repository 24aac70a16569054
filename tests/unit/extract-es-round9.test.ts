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

describe('Spanish earlier operations dated by month, and a name in apposition to "la primera operación"', () => {
  it('a sentence dated "en marzo de 2019" before this operation tells of then', () => {
    const text =
      'MADRID, 3 de mayo de 2021 – En Tormenta Azul participaron 30 países y se detuvo a 210 personas. ' +
      'La edición que la precedió, en marzo de 2019, reunió a 18 países y terminó con 95 detenciones.';
    expect(stat(text, 'countries')?.value).toBe(30);
    expect(stat(text, 'arrests')?.value).toBe(210);
  });

  it('"en Marea, la primera operación contra …" dates this operation', () => {
    const text =
      'Once países trabajaron entre el 4 de marzo y el 2 de abril de 2015 en Marea, la primera operación regional contra la pesca ilegal.';
    expect([fields(text).startDate?.value, fields(text).endDate?.value]).toEqual(['2015-03-04', '2015-04-02']);
  });
});

describe('Spanish codename described as a week of action', () => {
  it.each([
    [
      'Veinte países sumaron fuerzas con INTERPOL en Mar Abierto, una semana de acción contra la pesca ilegal.',
      'Mar Abierto',
    ],
    ['Las aduanas participaron en Orbita IV, la cuarta edición de la campaña.', 'Orbita IV'],
  ])('%p', (text, name) => expect(fields(text).codename?.value).toBe(name));

  it('a week of action after a place word is no name', () =>
    expect(
      fields('Las policías unieron fuerzas en la frontera norte, una semana de acción discreta.').codename
    ).toBeUndefined());
});

describe('Spanish migrants who came irregularly', () => {
  it.each([
    ['- personas llegadas de forma irregular y atendidas en los puertos: 4.210', 4210],
    ['Los equipos registraron a 1.530 migrantes llegados de manera irregular a las islas durante la operación.', 1530],
  ])('%p', (text, value) => expect(stat(text, 'irregularMigrants')?.value).toBe(value));

  it('migrants who came legally are not read', () =>
    expect(stat('- migrantes llegados de forma regular y registrados: 800', 'irregularMigrants')).toBeUndefined());
});

describe('Spanish counted banknotes and tools, suspected figures, and a value after a bare verb', () => {
  it('reads banknotes and chainsaws seized', () =>
    expect(metrics('Los agentes incautaron 1.480 billetes falsos y 75 motosierras en los registros.')).toEqual([
      expect.objectContaining({ value: 1480, unit: null, qualifier: 'exact' }),
      expect.objectContaining({ value: 75, unit: null, qualifier: 'exact' }),
    ]));

  it('a figure the network "habría" moved is suspected, not seized', () =>
    expect(metrics('Según la fiscalía, el grupo habría distribuido unos 9.000 billetes falsos en tres años.')).toEqual(
      []
    ));

  it('reads money whose cue took the words after the verb', () =>
    expect(
      metrics('El marfil confiscado, guardado en dos almacenes, tiene un valor aproximado de 4 millones de dólares.')
    ).toEqual([expect.objectContaining({ value: 4000000, unit: 'USD', qualifier: 'approximately' })]));
});

describe('Spanish counted things with their count set off by commas', () => {
  it.each([
    'Los loros rescatados, unos 650, estaban encerrados en jaulas diminutas.',
    'Las tortugas, 212, fueron devueltas al mar.',
  ])('%p', (text) => expect(metrics(text)).toEqual([expect.objectContaining({ unit: null })]));

  it('a count between commas with no verb of the things after it is not read', () =>
    expect(metrics('Las tortugas, 212 según la fiscalía, no aparecen en el informe.')).toEqual([]));
});

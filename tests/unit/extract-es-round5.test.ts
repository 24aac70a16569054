import { findDateRanges } from '../../server/src/extract/dates';
import { SPANISH } from '../../server/src/extract/es';
import { extractFields } from '../../server/src/extract/fields';
import { extractRelease } from '../../server/src/extract/release';

/**
 * Spanish, tuning round 5: constructions the sixth batch of releases showed, each with the sibling phrasings a
 * journalist would write, and the distractors that must not be read. Each sentence here was written for this test.
 */

type Found = Record<string, { value: unknown; qualifier?: string; evidence: string } | undefined>;
const fields = (text: string) => extractFields(text, SPANISH) as Found;
const stat = (text: string, field: string) => {
  const found = fields(text)[field];
  return found ? { value: found.value, qualifier: found.qualifier } : undefined;
};
const ranges = (text: string) =>
  findDateRanges(text, SPANISH).map(({ startDate, endDate }) => ({ startDate, endDate }));
const metrics = (text: string) =>
  extractRelease(text, { locale: 'es' }).additionalStats.map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('Spanish figures told as a collective noun', () => {
  it.each([
    ['Más de un millar de sospechosos fueron arrestados.', 'arrests', 1000, 'moreThan'],
    // (a round figure said as one, about a thousand: round 37, as the tuning sets' "un centenar de agentes")
    ['La policía detuvo a un millar de personas.', 'arrests', 1000, 'approximately'],
    ['Participaron en la operación más de un centenar de agentes.', 'officers', 100, 'moreThan'],
  ])('%p', (text, field, value, qualifier) => expect(stat(text, field)).toEqual({ value, qualifier }));

  it('reads "un millar de" and "un centenar de" only', () => {
    expect(SPANISH.numbers.read('un millar de')).toBe(1000);
    expect(SPANISH.numbers.read('un centenar de')).toBe(100);
    expect(SPANISH.numbers.read('millar')).toBeNull();
  });

  it('does not read "miles de" as a figure', () => {
    expect(stat('Miles de personas fueron detenidas.', 'arrests')).toBeUndefined();
  });
});

describe('the six figures in Spanish: round 5 constructions', () => {
  it.each([
    // the verb before its subject, "bajo arresto"
    ['Quedaron bajo arresto cuarenta presuntos tratantes.', 'arrests', 40, 'exact'],
    ['Han quedado bajo custodia 12 narcotraficantes.', 'arrests', 12, 'exact'],
    ['La policía detuvo a 30 estafadores.', 'arrests', 30, 'exact'],
    // the noun, then its total between commas
    ['Los arrestos, 183 en total, se concentraron en la frontera.', 'arrests', 183, 'exact'],
    ['Las detenciones, unas 90 en total, se produjeron en la capital.', 'arrests', 90, 'approximately'],
    ['Las víctimas rescatadas, 78 en total, recibieron asistencia.', 'victimsIdentified', 78, 'exact'],
    [
      'Las investigaciones derivadas, 325 según los primeros recuentos, siguen abiertas.',
      'investigationsOpened',
      325,
      'exact',
    ],
    // victims named as such before or after the people
    ['Se identificó como posibles víctimas de trata a 78 personas.', 'victimsIdentified', 78, 'exact'],
    ['La policía identificó como víctimas a 12 mujeres.', 'victimsIdentified', 12, 'exact'],
    ['Los agentes rescataron a 40 menores como posibles víctimas.', 'victimsIdentified', 40, 'exact'],
    ['La policía puso a salvo a 50 menores.', 'victimsIdentified', 50, 'exact'],
    ['Se localizó a 200 migrantes sin documentos.', 'irregularMigrants', 200, 'exact'],
    // officers doing the work
    ['Alrededor de 1.200 agentes intercambiaron información.', 'officers', 1200, 'approximately'],
    ['Al menos 1.700 agentes de policía revisaron pasos fronterizos.', 'officers', 1700, 'atLeast'],
    ['Unos 500 policías controlaron las carreteras.', 'officers', 500, 'approximately'],
    // migrants
    ['Otras 31 personas en situación migratoria irregular fueron detectadas.', 'irregularMigrants', 31, 'exact'],
    ['Se localizó a 64 extranjeros en condición irregular.', 'irregularMigrants', 64, 'exact'],
    // investigations the operation led to
    ['Las pesquisas han dado pie a más de 60 investigaciones nuevas.', 'investigationsOpened', 60, 'moreThan'],
    ['La operación condujo a 25 nuevas causas.', 'investigationsOpened', 25, 'exact'],
  ])('%p', (text, field, value, qualifier) => expect(stat(text, field)).toEqual({ value, qualifier }));

  it.each([
    // officers trained, or a noun that is not a verb of work
    [
      'Antes de la operación, 40 investigadores de la región recibieron formación en rastreo de criptoactivos.',
      'officers',
    ],
    ['INTERPOL formó a 120 investigadores en la revisión de servidores.', 'officers'],
    // people checked are not victims, nor arrested
    ['Se identificó a 300 personas en los controles.', 'victimsIdentified'],
    ['Se revisaron 400 expedientes abiertos.', 'investigationsOpened'],
    // "quedaron bajo arresto" of things
    ['Quedaron bajo custodia 12 vehículos.', 'arrests'],
  ])('does not read %p', (text, field) => expect(stat(text, field)).toBeUndefined());
});

describe('Spanish date ranges: round 5', () => {
  it.each([
    ['del lunes 29 de octubre de 2018 al domingo 4 de noviembre del mismo año', '2018-10-29', '2018-11-04'],
    ['Iniciada el lunes 3 de octubre y concluida el viernes 14 de octubre de 2022', '2022-10-03', '2022-10-14'],
    ['La operación, comenzada el 2 de junio de 2025 y terminada el 9 de junio', '2025-06-02', '2025-06-09'],
    ['se desarrolló durante cuatro días a partir del lunes 14 de julio de 2025', '2025-07-14', '2025-07-17'],
    ['durante 10 días desde el 28 de febrero de 2024', '2024-02-28', '2024-03-08'],
    ['a lo largo de tres jornadas consecutivas a partir del 27 de mayo de 2024', '2024-05-27', '2024-05-29'],
  ])('%p', (text, startDate, endDate) => expect(ranges(text)).toEqual([{ startDate, endDate }]));

  it('does not make up a year: "del mismo año" needs one at the start', () => {
    expect(ranges('del 29 de octubre al 4 de noviembre del mismo año')).toEqual([]);
  });
});

describe('Spanish codename and agency: round 5', () => {
  it.each([
    ['Cinco países participaron en la ofensiva, con el nombre en clave «Desert Light».', 'Desert Light'],
    [
      'Una operación orquestada por INTERPOL, cuyo nombre en clave es Epervier II, se desarrolló en África.',
      'Epervier II',
    ],
    ['El dispositivo, denominado Halcón 3, movilizó a 200 agentes.', 'Halcón 3'],
  ])('%p', (text, codename) => expect(fields(text).codename?.value).toBe(codename));

  it('reads the agency after its verb ("Coordinó Europol")', () => {
    expect(fields('Coordinó Europol, con el apoyo de Eurojust, una acción contra el grupo.').agency?.value).toBe(
      'Europol'
    );
  });
});

describe('Spanish headquarters: round 5', () => {
  it('reads a named centre of the agency and where it is ("el Centro Europeo … de Europol, en La Haya")', () => {
    const text =
      'El Centro Europeo de Ciberdelincuencia (EC3) de Europol, en La Haya, cruzó la información de los países implicados.';
    expect(fields(text).headquarters?.value).toBe('La Haya');
  });

  it('does not take a centre of another body', () => {
    expect(fields('El Centro Nacional de Inteligencia, en Madrid, colaboró.').headquarters).toBeUndefined();
  });
});

describe('Spanish additional figures: round 5', () => {
  it('labels money on a key-figure line by the line, even when words follow the figure', () => {
    const found = metrics(
      'LA HAYA – Balance:\n- Dinero intervenido: más de 26,7 millones de euros en efectivo y criptomonedas\n'
    );
    expect(found).toEqual([{ label: 'Dinero intervenido', value: 26_700_000, unit: 'EUR', qualifier: 'moreThan' }]);
  });

  it('reads francs CFA and a code after "millones de"; arrest warrants are legal steps, not figures', () => {
    const found = metrics(
      'LYON – Se intervino dinero en efectivo valorado en 4,3 millones de francos CFA. Aparecieron 1,2 millones de USD en efectivo. Se emitieron siete órdenes de detención.'
    );
    expect(found.map((m) => [m.value, m.unit])).toEqual([
      [4_300_000, 'XOF'],
      [1_200_000, 'USD'],
    ]);
  });

  it('reads seized computers and cigarettes, and collective figures of things', () => {
    const found = metrics(
      'LYON – Se incautaron 12 portátiles, 30 discos duros y 2 millones de cigarrillos, y más de un centenar de armas.'
    );
    expect(found.map((m) => [m.value, m.qualifier])).toEqual([
      [12, 'exact'],
      [30, 'exact'],
      [2_000_000, 'exact'],
      [100, 'moreThan'],
    ]);
  });

  it('does not read what another thing holds ("mercados con 100.000 anuncios"), but reads a boat\'s load', () => {
    expect(metrics('LA HAYA – Italia bloqueó dos mercados con 100.000 anuncios.')).toEqual([]);
    expect(
      metrics('LA HAYA – La policía interceptó una lancha con 2 toneladas de cocaína.').map((m) => m.value)
    ).toEqual([2]);
  });
});

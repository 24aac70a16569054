import { SPANISH } from '../../server/src/extract/es';
import { extractFields } from '../../server/src/extract/fields';
import { extractRelease } from '../../server/src/extract/release';

/**
 * Spanish, tuning round 8: constructions the eighth batch of releases showed, each with the sibling phrasings a
 * journalist would write, and the distractors that must not be read. Each sentence here was written for this test.
 */

type Found = Record<string, { value: unknown; qualifier?: string; evidence: string } | undefined>;
const fields = (text: string) => extractFields(text, SPANISH) as Found;
const stat = (text: string, field: string) => {
  const found = fields(text)[field];
  return found ? { value: found.value, qualifier: found.qualifier } : undefined;
};
const dates = (text: string) => {
  const found = fields(text);
  return [found.startDate?.value, found.endDate?.value];
};
const metrics = (text: string) =>
  extractRelease(text, { locale: 'es' }).additionalStats.map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('Spanish dates told in pieces', () => {
  it.each([
    // the start in a participle clause, the end's verb after a comma
    ['Las inspecciones, iniciadas el 2 de febrero de 2022, concluyeron el 28 de marzo.', '2022-02-02', '2022-03-28'],
    ['Los controles, comenzados el 5 de julio de 2021, y terminados el 19 de julio.', '2021-07-05', '2021-07-19'],
    // a bare end day, the start's month
    ['La fase operativa comenzó el lunes 7 de abril de 2025 y terminó el domingo 13.', '2025-04-07', '2025-04-13'],
    // the month first, then its days
    ['El despliegue cubrió marzo de 2020 completo, del día 1 al 31, en doce países.', '2020-03-01', '2020-03-31'],
    ['Los agentes actuaron en octubre de 2019, del 8 al 14, en puertos del Báltico.', '2019-10-08', '2019-10-14'],
  ])('%p', (text, start, end) => expect(dates(text)).toEqual([start, end]));

  it.each([
    // the end day has a month of its own: the other pattern reads it, never the bare day
    ['La campaña arrancó el 3 de mayo de 2023 y terminó el 9 de junio.', '2023-05-03', '2023-06-09'],
  ])('reads the end with its own month: %p', (text, start, end) => expect(dates(text)).toEqual([start, end]));

  it('reads no bare end day that comes before the start', () => {
    expect(fields('La operación comenzó el 20 de mayo de 2024 y terminó el martes 4.').endDate).toBeUndefined();
  });

  it('reads no month-first range of shares', () => {
    expect(fields('En mayo de 2019, del 10 al 20 por ciento de los envíos eran falsos.').startDate).toBeUndefined();
  });

  it('reads no month-first range after a full date', () => {
    expect(fields('Se firmó el 3 de mayo de 2018, del 1 al 31 de cada mes se revisará.').startDate).toBeUndefined();
  });
});

describe('Spanish round figures said as collective nouns', () => {
  it.each([
    ['Una veintena de países se sumaron a la iniciativa.', 20, 'approximately'],
    ['Participaron más de una treintena de países.', 30, 'moreThan'],
    ['Tomó parte una docena de países de la región.', 12, 'approximately'],
  ])('%p', (text, value, qualifier) => expect(stat(text, 'countries')).toEqual({ value, qualifier }));

  it('does not read "cuarentena" (a quarantine) as forty', () => {
    expect(stat('Una cuarentena de países cerró sus fronteras a la operación.', 'countries')).toBeUndefined();
  });
});

describe('Spanish officers at the seat or the coordination centre', () => {
  it('does not read the staff of the centre as the officers deployed', () => {
    expect(
      stat(
        'El puesto de mando se montó en la sede de INTERPOL, donde una decena de analistas y 15 agentes trabajaron sin descanso.',
        'officers'
      )
    ).toBeUndefined();
  });

  it('still reads officers deployed', () => {
    expect(stat('Unos 450 agentes trabajaron en los puertos, donde se revisaron miles de envíos.', 'officers')).toEqual(
      {
        value: 450,
        qualifier: 'approximately',
      }
    );
  });
});

describe('Spanish codenames', () => {
  it.each([
    [
      'Se presentaron los resultados de KESTREL 4, la cuarta Acción Europea contra el fraude con tarjetas.',
      'KESTREL 4',
    ],
    [
      'Policías de 30 países participaron en Halcón Gris III, la primera operación de su clase en la región.',
      'Halcón Gris III',
    ],
    ['Agentes de 50 países tomaron parte en Borealis, la operación mundial contra el tráfico de ámbar.', 'Borealis'],
    [
      'Frontex cerró la Operación Conjunta Gaviota 2024, desplegada durante la Operación Puerta del Sur en los puertos.',
      'Gaviota 2024',
    ],
  ])('%p', (text, name) => expect(fields(text).codename?.value).toBe(name));

  it('does not cut a longer name to its first word', () => {
    expect(
      fields('Los agentes reforzaron los controles durante la Operación Puerta del Sur.').codename
    ).toBeUndefined();
  });

  it('still reads a name followed by the body that ran it', () => {
    expect(fields('La operación Tormenta de la Guardia Civil terminó con 40 detenidos.').codename?.value).toBe(
      'Tormenta'
    );
    expect(fields('La operación Orca de INTERPOL terminó con 40 detenidos.').codename?.value).toBe('Orca');
  });

  it('does not read a place a verb of taking part names', () => {
    expect(fields('Unos 200 agentes participaron en Madrid, la capital, en los registros.').codename).toBeUndefined();
  });

  it('still reads "la primera edición" of another operation as earlier', () => {
    const found = fields('Ciento dos países tomaron parte.\n\nLa primera edición reunió a 40 países en 2015.');
    expect(found.countries?.value).toBe(102);
  });
});

describe('Spanish key-figure lines with the crime or the finding before the colon', () => {
  it.each([
    ['Resultados:\n- víctimas de explotación identificadas: 27', 'victimsIdentified', 27],
    ['Resultados:\n- víctimas de trata rescatadas: 14', 'victimsIdentified', 14],
    ['Resultados:\n- migrantes en situación irregular interceptados: 506', 'irregularMigrants', 506],
    ['Resultados:\n- migrantes irregulares localizados: 61', 'irregularMigrants', 61],
  ])('%p', (text, field, value) => expect(stat(text, field)).toEqual({ value, qualifier: 'exact' }));

  it('does not read victims of another kind of line', () => {
    expect(stat('Resultados:\n- víctimas de trata atendidas: 14', 'victimsIdentified')).toBeUndefined();
  });
});

describe('Spanish States named with their region', () => {
  it.each([
    ['Tomaron parte 14 Estados africanos y la Unión Africana.', 14],
    ['En el dispositivo colaboraron 9 Estados ribereños del Mediterráneo.', 9],
  ])('%p', (text, value) => expect(stat(text, 'countries')).toEqual({ value, qualifier: 'exact' }));

  it('does not read "Estados Unidos" as a count of States', () => {
    expect(stat('Participaron 3 Estados Unidos mexicanos.', 'countries')).toBeUndefined();
  });
});

describe('Spanish countries after the name of a crime', () => {
  it('reads "el tráfico de migrantes en trece países" as where the operation ran', () => {
    expect(stat('Su ofensiva contra el tráfico de migrantes en once países dio frutos.', 'countries')).toEqual({
      value: 11,
      qualifier: 'exact',
    });
  });

  it('still refuses where migrants were found', () => {
    expect(stat('Se localizó a migrantes en cinco países de tránsito.', 'countries')).toBeUndefined();
  });
});

describe('Spanish headquarters in a kind of place', () => {
  it.each([
    ['Un centro de coordinación instalado en el puerto de Valencia dirigió las inspecciones.', 'Valencia'],
    ['El puesto de mando se situó en la ciudad de Panamá durante los cinco días.', 'Panamá'],
  ])('%p', (text, place) => expect(fields(text).headquarters?.value).toBe(place));
});

describe('Spanish earlier editions in background', () => {
  it('reads figures of a sentence that closes on a pluperfect relative clause', () => {
    expect(
      stat(
        'Se han abierto 63 investigaciones, y muchas apuntan a grupos que ya habían actuado en ediciones anteriores.',
        'investigationsOpened'
      )
    ).toEqual({ value: 63, qualifier: 'exact' });
  });

  it('still refuses a relative clause that holds a figure', () => {
    expect(
      stat(
        'Se abrieron investigaciones contra redes que ya habían detenido a 90 personas en ediciones anteriores.',
        'arrests'
      )
    ).toBeUndefined();
  });

  it('reads a sentence opening on another name in the pluperfect as earlier', () => {
    const found = fields('Un total de 61 países participaron en la operación.\n\nCondor había contado con 35 países.');
    expect(found.countries?.value).toBe(61);
  });
});

describe('Spanish other figures', () => {
  it('does not propose one place or one thing told alone', () => {
    expect(metrics('En un único taller clandestino aparecieron 40.000 pastillas.')).toEqual([]);
    expect(metrics('Una sola furgoneta transportaba 900 teléfonos robados.')).toEqual([]);
  });

  it('still reads the whole operation\'s "una sola semana"', () => {
    expect(metrics('En una sola semana se bloquearon 2.400 sitios web fraudulentos.')).toEqual([
      expect.objectContaining({ value: 2400, unit: null, qualifier: 'exact' }),
    ]);
  });

  it('does not propose traffic or checked documents', () => {
    expect(
      metrics(
        'Por la frontera transitaron 1,2 millones de viajeros y unos 300.000 vehículos, y se comprobaron 80.000 pasaportes.'
      )
    ).toEqual([]);
  });

  it.each([
    [
      'Los medicamentos falsificados incautados tenían un valor estimado de 3 millones de euros.',
      3_000_000,
      'EUR',
      'exact',
    ],
    ['Las piezas recuperadas tienen un valor que ronda los 2 millones de dólares.', 2_000_000, 'USD', 'approximately'],
  ])('reads money valued after its subject: %p', (text, value, unit, qualifier) =>
    expect(metrics(text)).toEqual([expect.objectContaining({ value, unit, qualifier })])
  );

  it('reads shut warehouses and a count set off after its noun', () => {
    expect(metrics('Los inspectores clausuraron 17 almacenes ilegales.')).toEqual([
      expect.objectContaining({ label: expect.stringMatching(/^Almacenes/), value: 17 }),
    ]);
    expect(metrics('Se intervinieron los teléfonos móviles —215 en total— de la red.')).toEqual([
      expect.objectContaining({ label: expect.stringMatching(/^Teléfonos móviles/), value: 215 }),
    ]);
  });

  it('does not read warehouses as what was seized in them', () => {
    expect(metrics('Se hallaron 6 toneladas de tabaco en 3 almacenes.')).toEqual([
      expect.objectContaining({ value: 6, unit: 't' }),
    ]);
  });
});

describe('Spanish officers listed with other professions', () => {
  it.each([
    ['En los controles participaron 1.300 fiscales, jueces y agentes de policía.', 1300, 'exact'],
    ['Colaboraron unos 650 veterinarios, guardas forestales y aduaneros.', 650, 'approximately'],
    ['Trabajaron sobre el terreno 90 analistas e investigadores.', 90, 'exact'],
  ])('%p', (text, value, qualifier) => expect(stat(text, 'officers')).toEqual({ value, qualifier }));

  it('does not read a list that closes on no officers', () => {
    expect(stat('Participaron 300 fiscales y jueces de doce países.', 'officers')).toBeUndefined();
  });
});

describe('Spanish whole months', () => {
  it.each([
    ['Los controles se mantuvieron durante todo el mes de febrero de 2024.', '2024-02-01', '2024-02-29'],
    ['El despliegue ocupó el mes de junio de 2022 entero.', '2022-06-01', '2022-06-30'],
    ['La campaña cubrió el mes completo de noviembre de 2021.', '2021-11-01', '2021-11-30'],
  ])('%p', (text, start, end) => expect(dates(text)).toEqual([start, end]));

  it('does not read a month named without "todo", "entero" or "completo"', () => {
    expect(dates('El mes de mayo de 2018 se cerró con buenos resultados.')).toEqual([undefined, undefined]);
  });
});

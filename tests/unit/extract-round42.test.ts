import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 42 (issue 14): what the tuning sets' misses showed, as general rules. The sentences are written for
 * these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const metrics = (text: string, locale: Locale) => extractRelease(text, { locale }).additionalStats;
const rows = (text: string, locale: Locale) =>
  metrics(text, locale).map(({ value, unit, qualifier }) => ({ value, unit, qualifier }));

describe('another operation named as "el operativo X" (Spanish)', () => {
  const text = [
    'Operación Nieve Austral: la policía secuestra casi una tonelada de cocaína',
    '',
    'ROSARIO – El Ministerio de Seguridad informa los resultados de la Operación Nieve Austral. Entre el 3 y el 6 de mayo de 2019, los agentes detuvieron a 12 personas y secuestraron 940 kilos de cocaína.',
    '',
    'Antecedentes',
    '',
    'Hasta ahora, el mayor secuestro de la provincia era el del operativo Río Blanco, realizado en marzo de 2009, en el que se incautaron 610 kilos de cocaína.',
  ].join('\n');

  it("its seizure is that operation's: this one's cocaine is still proposed", () => {
    expect(rows(text, 'es')).toContainEqual({ value: 940, unit: 'kg', qualifier: 'exact' });
    expect(rows(text, 'es').some((m) => m.value === 610)).toBe(false);
  });

  it('a unit\'s name holding the adjective ("Agrupamiento Operativo Especial") names no other operation', () => {
    const unit = [
      'Golpe a la mafia en Sicilia: 91 detenidos en la operación Cala Nera',
      '',
      'PALERMO, 4 de junio de 2021 – Unos 600 carabinieri participaron en la operación Cala Nera contra el clan de Brancaccio.',
      '',
      'La operación, dirigida y coordinada por el Arma de Carabinieri desde Palermo, con agentes del Agrupamiento Operativo Especial (ROS), se centró en la extorsión.',
    ].join('\n');
    expect(extractRelease(unit, { locale: 'es' }).fields.agency).toMatchObject({ value: 'Carabinieri' });
  });
});

describe("a body's own estimate of the drugs it seized (Spanish)", () => {
  it('"De acuerdo con las estimaciones de la Prefectura, la cocaína secuestrada tiene un valor de …" is this seizure\'s value', () => {
    const text = [
      'Operación Puerto Seco: la Prefectura secuestra 700 kilos de cocaína',
      '',
      'BUENOS AIRES – La Prefectura Naval Argentina informa los resultados de la Operación Puerto Seco, realizada entre el 2 y el 4 de agosto de 2021, en la que fueron detenidas nueve personas y se secuestraron 700 kilos de cocaína.',
      '',
      'De acuerdo con las estimaciones de la Prefectura, la cocaína secuestrada tiene un valor de unos 21 millones de dólares en el mercado europeo.',
    ].join('\n');
    expect(rows(text, 'es')).toContainEqual({ value: 21000000, unit: 'USD', qualifier: 'approximately' });
  });
});

describe("a key-figure line's total over a smaller figure of the same things in the body", () => {
  it('Spanish: "- 38.600 plantas de marihuana" and "hallaron una nave con 3.100 plantas"', () => {
    const text = [
      'Operación Verde Gris: los Mossos desmantelan 96 plantaciones de marihuana',
      '',
      'BARCELONA, 14 de octubre de 2022 – Los Mossos d\u2019Esquadra han desmantelado 96 plantaciones interiores de marihuana en una operación desarrollada entre el 3 y el 9 de octubre de 2022 en toda Cataluña.',
      '',
      'Durante la semana los agentes inspeccionaron 300 inmuebles, y en uno de los barrios hallaron una nave con 3.100 plantas conectadas a la red eléctrica.',
      '',
      'Balance de la operación:',
      '- 74 detenidos',
      '- 38.600 plantas de marihuana',
      '- 210 kilos de cogollos',
    ].join('\n');
    expect(rows(text, 'es')).toContainEqual({ value: 38600, unit: null, qualifier: 'exact' });
    expect(rows(text, 'es').some((m) => m.value === 3100)).toBe(false);
  });

  it('English: "• 4,042 firearms seized" and one province\'s "1,120 firearms"', () => {
    const text = [
      'Police seize 4,042 firearms during election gun ban',
      '',
      'MANILA, 20 May 2022 – The Philippine National Police seized firearms across the country during Operation Safe Ballot, which ran from 9 January to 8 June 2022.',
      '',
      'In the Bangsamoro region, officers recovered 1,120 firearms at checkpoints.',
      '',
      'Key results:',
      '• 4,042 firearms seized',
      '• 3,910 people arrested',
    ].join('\n');
    expect(rows(text, 'en')).toContainEqual({ value: 4042, unit: null, qualifier: 'exact' });
    expect(rows(text, 'en').some((m) => m.value === 1120)).toBe(false);
  });

  it('the same line\'s second figure is another thing: "- 36 armas largas y 14 armas cortas"', () => {
    const text = [
      'Operativo Costa Norte: 44 detenidos y 36 armas largas aseguradas',
      '',
      'CULIACÁN, 3 de marzo de 2021 – La Guardia Nacional concluyó el Operativo Costa Norte, desplegado del 1 al 28 de febrero de 2021 en Sinaloa, con 44 personas detenidas.',
      '',
      'Aseguramientos:',
      '- 36 armas largas y 14 armas cortas',
      '- 21 vehículos',
    ].join('\n');
    expect(rows(text, 'es')).toEqual(
      expect.arrayContaining([
        { value: 36, unit: null, qualifier: 'exact' },
        { value: 14, unit: null, qualifier: 'exact' },
      ])
    );
  });
});

describe('things compared with a database were checked, not seized', () => {
  it('Spanish: "compararon además más de 40.000 armas con la base de datos"', () => {
    const text =
      'LYON, Francia – La policía de quince países ha incautado 8.263 armas de fuego en la operación Gatillo Sur, coordinada por INTERPOL del 1 al 30 de abril de 2023.\n\nLos investigadores compararon además más de 40.000 armas con la base de datos iARMS de INTERPOL.';
    expect(rows(text, 'es').some((m) => m.value === 40000)).toBe(false);
  });

  it('French: "Plus de 12 000 armes ont été comparées avec le fichier iARMS"', () => {
    const text =
      "LYON (France) – La police de douze pays a saisi 3 100 armes à feu lors de l'opération Détente, coordonnée par INTERPOL du 1er au 30 avril 2023.\n\nPlus de 12 000 armes ont été comparées avec le fichier iARMS d'INTERPOL.";
    expect(rows(text, 'fr').some((m) => m.value === 12000)).toBe(false);
  });

  it('English: "more than 20,000 firearms were compared against the iARMS database"', () => {
    const text =
      'LYON, France – Police in twelve countries seized 3,100 firearms during Operation Safety Catch, coordinated by INTERPOL from 1 to 30 April 2023.\n\nOfficers also compared more than 20,000 firearms against the iARMS database.';
    expect(rows(text, 'en').some((m) => m.value === 20000)).toBe(false);
  });
});

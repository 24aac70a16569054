import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 17 (issue 14): families of distractor sentences written for the purpose (people trained, a workshop's
 * participants, one raid's or one case's figures, a price, traffic through a place), and what the eighteenth batch's
 * tuning releases missed or read wrong on first reading, each in a general form. The sentences are written for these
 * tests.
 */

type Fields = Record<string, { value: unknown; qualifier?: string; evidence?: string } | undefined>;
type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale }).fields as Fields;
const others = (text: string, locale: Locale) => extractRelease(text, { locale }).additionalStats;
const HEAD: Record<Locale, string> = {
  en: 'Operation results\n\nLYON, France – Operation Mare was coordinated by INTERPOL. ',
  fr: 'Bilan de l’opération\n\nLYON (France) – L’opération Mare a été coordonnée par INTERPOL. ',
  es: 'Balance de la operación\n\nLYON (Francia) – La operación Mare fue coordinada por INTERPOL. ',
};

describe('figures that are not the operation’s', () => {
  it.each([
    ['en', 'Before the operation, the programme trained around 80 wildlife and customs officers from the region.'],
    ['en', 'The training course brought together 45 investigators from 12 countries.'],
    ['en', 'Ten countries in West Africa took part in a workshop held before the operation.'],
    ['en', 'In one case, officers rescued 12 victims from a farm.'],
    ['en', 'A single raid in Lagos netted 14 arrests.'],
    ['en', 'In one apartment alone officers found about USD 50,000 in cash.'],
    ['en', 'Several hundred officers patrolled the border.'],
    ['en', 'Customers could rent phone numbers from more than 80 countries.'],
    ['en', 'The Universal Postal Union, whose 192 member countries voted for the change, welcomed it.'],
    ['fr', 'Avant l’opération, le programme a formé environ 80 agents de la région.'],
    ['fr', 'La formation a réuni 45 enquêteurs venus de 12 pays.'],
    ['fr', 'Dix pays d’Afrique de l’Ouest ont participé à un atelier organisé avant l’opération.'],
    ['fr', 'Lors d’une seule descente à Abidjan, 14 personnes ont été interpellées.'],
    ['fr', 'Dans un cas, les policiers ont secouru 12 victimes dans une ferme.'],
    ['es', 'El curso reunió a 45 investigadores de 12 países.'],
    ['es', 'Diez países de África Occidental participaron en un taller celebrado antes de la operación.'],
    ['es', 'En una sola redada en Lagos fueron detenidas 14 personas.'],
    ['es', 'Solo España practicó 212 detenciones.'],
  ] as const)('%s: %s', (locale, sentence) => {
    const fields = read(HEAD[locale] + sentence, locale);
    for (const stat of ['countries', 'officers', 'arrests', 'victimsIdentified']) expect(fields[stat]).toBeUndefined();
  });

  it.each([
    ['en', 'Officers from 17 countries took part, and 300 officers were deployed at ports.', 'countries', 17],
    ['en', 'A hundred officers took part in the operation.', 'officers', 100],
    ['en', 'Police made a thousand arrests.', 'arrests', 1000],
    ['es', 'Más de un millar de policías participaron en la jornada de acción del 5 de diciembre.', 'officers', 1000],
  ] as const)('the operation’s own figure still counts: %s %j', (locale, sentence, field, value) => {
    expect(read(HEAD[locale] + sentence, locale)[field]).toMatchObject({ value });
  });

  it.each([
    ['fr', 'Quelque 1 150 véhicules et plus de 2 000 passagers ont ainsi été contrôlés.'],
    ['en', 'Some 3 million passengers and 760,000 vehicles crossed the Strait.'],
    ['en', 'The heaviest single interception was a parcel that contained 12 kg of methamphetamine.'],
    ['en', 'One of the largest single hauls came from a vendor whose home yielded 10 kilograms of pills.'],
    ['en', 'Each handset sold for about USD 1,700 on the black market.'],
    ['es', 'Cada terminal se vendía en el mercado negro por unos 1.700 dólares.'],
    ['fr', 'Chaque appareil se vendait environ 1 700 dollars.'],
    ['en', 'Through two websites, customers could rent phone numbers.'],
    ['en', 'Police seized several hundred servers.'],
    ['en', 'The Strait sees 30 million tonnes of cargo each year.'],
    ['fr', 'Les victimes ont perdu plus de 3 millions de dollars en cinq ans.'],
    ['es', 'Las víctimas perdieron más de 3 millones de dólares en cinco años.'],
    ['es', 'Cada kilo de cocaína se vende por unos 35.000 euros en Europa.'],
  ] as const)('no other figure: %s %s', (locale, sentence) => {
    expect(others(HEAD[locale] + sentence, locale)).toEqual([]);
  });
});

describe('what the eighteenth batch missed', () => {
  it('en: "Operation X, which was led by the Latvian State Police"', () => {
    const text =
      'SIM boxes shut\n\nRIGA, Latvia – Officers in four countries moved against the network in Operation Mare, which was led by the Latvian State Police. The suspects ran so-called SIM boxes.';
    const fields = read(text, 'en');
    expect(fields.agency).toMatchObject({ value: 'Latvian State Police' });
    expect(fields.codename).toMatchObject({ value: 'Mare' });
  });

  it('en: "the operation, which was led by the National Crime Agency" names the body that led', () => {
    const text = 'Results\n\nTHE HAGUE – Europol supported the operation, which was led by the National Crime Agency.';
    expect(read(text, 'en').agency).toMatchObject({ value: 'National Crime Agency' });
  });

  it('fr: "menée conjointement par le FBI et la police nationale néerlandaise": no agency, and no seat for a headquarters', () => {
    const text =
      'Marchés fermés\n\nLA HAYE, 20 juillet 2017 – L’opération Mare, menée conjointement par le FBI et la police nationale néerlandaise, avec le soutien d’Europol, a fermé deux marchés.\n\nEuropol soutient les États membres. Plus de 1 000 personnes travaillent à son siège de La Haye.';
    const fields = read(text, 'fr');
    expect(fields.agency).toBeUndefined();
    expect(fields.headquarters).toBeUndefined();
  });

  it.each([
    [
      'en',
      'Emotet down\n\nTHE HAGUE – The action day of Operation Mare took place on 26 January 2021, after two years of investigation.',
      '2021-01-26',
    ],
    [
      'es',
      'Operación Mare: armas retiradas\n\nLYON (Francia) – Ocho países han participado en Mare, una operación coordinada por INTERPOL. Tras un año de preparación, la fase operativa se concentró en una única jornada de acción, el jueves 26 de enero de 2023.',
      '2023-01-26',
    ],
  ] as const)('%s: one action day told with its year', (locale, text, day) => {
    const fields = read(text, locale);
    expect(fields.startDate).toMatchObject({ value: day });
    expect(fields.endDate).toMatchObject({ value: day });
  });

  it.each([
    [
      'en',
      'Drugs by post\n\nBRUSSELS, Belgium – 20 November 2012 – Customs administrations in 68 countries took part. The operation was steered by an Operational Coordination Unit set up at WCO headquarters in Brussels.',
      'Brussels, Belgium',
    ],
    [
      'fr',
      'Bilan\n\nLYON (France) – Les opérations étaient suivies depuis un centre de coordination installé à Nairobi, au Kenya.\n\nINTERPOL compte 192 pays membres. Son secrétariat général est installé à Lyon.',
      'Nairobi, Kenya',
    ],
    [
      'es',
      'Balance\n\nNAIROBI, 3 de junio de 2022 – Doce países participaron en Mare, coordinada por la Oficina Regional de INTERPOL para África Oriental, en Nairobi (Kenia), en el marco de un acuerdo.',
      'Nairobi, Kenia',
    ],
  ] as const)('%s: where it was run from', (locale, text, place) => {
    expect(read(text, locale).headquarters).toMatchObject({ value: place });
  });

  it('en: "a 40-country operation"', () => {
    const text = 'Results\n\nLYON, France – A 40-country operation coordinated by INTERPOL ended on Friday.';
    expect(read(text, 'en').countries).toMatchObject({ value: 40, qualifier: 'exact' });
  });

  it('en: the countries that took part, beside "whose 192 member countries"', () => {
    const text =
      'Drugs by post\n\nBRUSSELS – Customs administrations in 68 countries took part.\n\nThe Universal Postal Union, whose 192 member countries voted for it, welcomed the operation.';
    expect(read(text, 'en').countries).toMatchObject({ value: 68 });
  });
});

describe('where the operation was run from, told in more ways (round 17, second part)', () => {
  it.each([
    [
      'es',
      'Europol acogió en su sede de La Haya (Países Bajos) el centro de mando operativo desde el que se siguieron las actuaciones.',
      'La Haya, Países Bajos',
    ],
    [
      'es',
      'La Operación Mare, dirigida desde la sede de la Unidad Central Operativa (UCO) en Madrid, se ha desarrollado con el FBI.',
      'Madrid',
    ],
    [
      'es',
      'España ha tomado parte en la operación Mare, la iniciativa que INTERPOL coordina desde su Secretaría General en Lyon (Francia).',
      'Lyon, Francia',
    ],
    [
      'fr',
      'Europol a accueilli dans son siège de La Haye (Pays-Bas) le centre de coordination depuis lequel les actions ont été suivies.',
      'La Haye, Pays-Bas',
    ],
  ] as const)('%s: %s', (locale, sentence, place) => {
    const head =
      locale === 'es' ? 'Balance\n\nMADRID, 9 de noviembre de 2022 – ' : 'Bilan\n\nPARIS, 9 novembre 2022 – ';
    expect(read(head + sentence, locale).headquarters).toMatchObject({ value: place });
  });
});

describe('other figures in key-figure lists (round 17, second part)', () => {
  it('"39 servers seized" and "221 further servers taken offline": two sets, both proposed', () => {
    const text =
      'Results\n\nVERDEN, Germany – The network was taken down.\n\nIn numbers\n\n- 39 servers seized\n- 221 further servers taken offline after abuse notifications\n';
    expect(others(text, 'en').map((m) => m.value)).toEqual([39, 221]);
  });

  it('"39 servers seized" and "221 servers taken offline" still dispute each other', () => {
    const text =
      'Results\n\nVERDEN, Germany – The network was taken down.\n\nIn numbers\n\n- 39 servers seized\n- 221 servers taken offline\n';
    expect(others(text, 'en').map((m) => m.value)).toEqual([]);
  });

  it('"1,200 SIM-box devices seized": a name in capitals opening a compound describes the thing', () => {
    const text =
      'Results\n\nRIGA, Latvia – The network was taken down.\n\nKey figures\n- 1,200 SIM-box devices seized\n';
    expect(others(text, 'en')).toMatchObject([{ value: 1200, unit: null, label: 'SIM-box devices seized' }]);
  });
});

describe('two days the operation took place on, the year from the dateline (round 17, second part)', () => {
  it.each([
    [
      'en',
      'Results\n\nHARARE, Zimbabwe, 8 June 2010 – The operation was carried out on 13 and 14 May in six countries.',
    ],
    ['fr', 'Bilan\n\nLYON (France), 8 juin 2010 – L’opération s’est déroulée les 13 et 14 mai dans six pays.'],
    [
      'es',
      'Balance\n\nLYON (Francia), 8 de junio de 2010 – La operación se desarrolló el 13 y 14 de mayo en seis países.',
    ],
  ] as const)('%s: %s', (locale, text) => {
    const fields = read(text, locale);
    expect(fields.startDate).toMatchObject({ value: '2010-05-13' });
    expect(fields.endDate).toMatchObject({ value: '2010-05-14' });
  });

  it('en: two days named without saying the operation took place on them are no period', () => {
    const text = 'Results\n\nHARARE, Zimbabwe, 8 June 2010 – Suspects appeared in court on 13 and 14 May.';
    expect(read(text, 'en').startDate).toBeUndefined();
  });
});

describe('a figure with a plus after it (round 17, second part)', () => {
  it.each([
    'Results\n\nLYON, France – The operation ended.\n\nKey figures\n- 1,300+ arrests\n',
    'Results\n\nLYON, France – The operation ended.\n\nKey figures\n- Arrests: 1,300+\n',
  ])('en: %j is more than 1,300', (text) => {
    expect(read(text, 'en').arrests).toMatchObject({ value: 1300, qualifier: 'moreThan' });
  });

  it('a phone number after a plus is no figure', () => {
    const text = 'Results\n\nLYON, France – The operation ended. Press office: +33 4 72 44 70 15.';
    expect(read(text, 'en').arrests).toBeUndefined();
  });
});

describe('round 17, third part: asides in Spanish, a network’s members', () => {
  it.each([
    'Veintidós personas, sospechosas de haber captado a las víctimas, fueron detenidas.',
    'Veintidós personas, acusadas de blanquear dinero, de estafa y de extorsión, fueron detenidas.',
  ])('es: %s', (sentence) => {
    expect(read(HEAD.es + sentence, 'es').arrests).toMatchObject({ value: 22, qualifier: 'exact' });
  });

  it.each([
    ['en', 'The network had around 200 members in five countries.'],
    ['fr', 'Le réseau comptait environ 200 membres dans cinq pays.'],
  ] as const)('%s: where a network’s members were is not who took part: %s', (locale, sentence) => {
    expect(read(HEAD[locale] + sentence, locale).countries).toBeUndefined();
  });
});

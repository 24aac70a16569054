import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 36 (issue 14): what the forty-seventh batch showed, and the tuning sets, as general rules. The
 * sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const fields = (text: string, locale: Locale) => read(text, locale).fields;

describe("a paragraph on one country's case or on highlighted cases (French)", () => {
  const intro = "LYON (France) – L'opération Harmattan s'est achevée le 4 octobre 2024.\n\n";

  it('a paragraph opening "Au Sénégal," tells that country\'s figures, up to its end', () => {
    const text = `${intro}Au Sénégal, les douaniers ont ciblé le port de Dakar. Neuf personnes ont été interpellées et 212 kg de bois saisis.`;
    expect(fields(text, 'fr').arrests).toBeUndefined();
  });

  it('so does one opening "Parmi les dossiers mis en avant,"', () => {
    const text = `${intro}Parmi les dossiers mis en avant, la police portugaise a démantelé un trafic de coquillages. Huit personnes ont été arrêtées.`;
    expect(fields(text, 'fr').arrests).toBeUndefined();
  });

  it('a paragraph naming several places in turn is not one country\'s ("Au Kenya, …; au Sénégal, …")', () => {
    const text = `${intro}Au Kenya, une fraude a été mise au jour ; au Sénégal, une escroquerie a été démantelée. Au total, 1 006 suspects ont été arrêtés.`;
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 1006, qualifier: 'exact' });
  });

  it("the operation's own paragraph keeps its figures", () => {
    const text = `${intro}Au total, 1 006 suspects ont été arrêtés dans 14 pays.`;
    expect(fields(text, 'fr').arrests).toMatchObject({ value: 1006 });
  });
});

describe('a project led by a national agency and run from its division (French)', () => {
  const text =
    'WASHINGTON – La DEA a présenté ce mercredi les résultats du projet Mistral, une action contre un cartel.\n\n' +
    'Placé sous la direction de la DEA et coordonné par sa Division des opérations spéciales, installée à Chantilly, en Virginie, le projet réunissait les enquêtes de nombreux services.\n\n' +
    "Lancé le lundi 9 septembre 2019, le projet Mistral s'est achevé le mardi 10 mars 2020 par une vague d'interpellations.";

  it("reads the agency, the division's city, the project's name and its two days", () => {
    const got = fields(text, 'fr');
    expect(got.agency).toMatchObject({ value: 'DEA' });
    expect(got.headquarters).toMatchObject({ value: 'Chantilly' });
    expect(got.codename).toMatchObject({ value: 'Mistral' });
    expect(got.startDate).toMatchObject({ value: '2019-09-09' });
    expect(got.endDate).toMatchObject({ value: '2020-03-10' });
  });

  it("a weekday's date set off by commas, not after a start, is still the one day of the action", () => {
    const one =
      "LYON (France) – Le mardi 26 janvier 2021, les enquêteurs ont interpellé 40 suspects lors de l'opération Mistral.";
    expect(fields(one, 'fr')).toMatchObject({ startDate: { value: '2021-01-26' }, endDate: { value: '2021-01-26' } });
  });

  it('a project named elsewhere is no codename ("les partenaires du projet AIRCOP")', () => {
    const other = 'LYON (France) – Les partenaires du projet AIRCOP ont formé 40 agents.';
    expect(fields(other, 'fr').codename).toBeUndefined();
  });
});

describe('an operation an agency ran from its Special Operations Division (English)', () => {
  it("reads the division's city as the headquarters", () => {
    const text =
      "WASHINGTON – Operation Dry Creek ended on Sunday.\n\nThe operation was coordinated by the DEA's Special Operations Division in Chantilly, Virginia, which pooled the intelligence.";
    expect(fields(text, 'en')).toMatchObject({
      agency: { value: 'DEA' },
      headquarters: { value: 'Chantilly, Virginia' },
    });
  });

  it('"bringing the number of countries involved to nine" counts the countries', () => {
    const text =
      'WASHINGTON – Operation Dry Creek ended on Sunday.\n\nPartners in Mexico, Canada and China took parallel action, bringing the number of countries involved to nine.';
    expect(fields(text, 'en').countries).toMatchObject({ value: 9, qualifier: 'exact' });
  });
});

describe('a navy-led rescue mission (English)', () => {
  const text =
    'ROME – The sea mission has ended.\n\nOperations were directed by the Maltese Navy from its base. Crews rescued 4,810 migrants in the course of the mission.';

  it('the navy directing the operations leads it', () => {
    expect(fields(text, 'en').agency).toMatchObject({ value: 'Maltese Navy' });
  });

  it.each([
    ['Crews rescued 4,810 migrants in the course of the mission.', 4810],
    ['In all, 2,400 asylum seekers were rescued by merchant ships.', 2400],
  ])('migrants rescued are irregular migrants: "%s"', (sentence, value) => {
    const rescue = `ROME – Operation Tide ended on Friday.\n\n${sentence}`;
    expect(fields(rescue, 'en').irregularMigrants).toMatchObject({ value, qualifier: 'exact' });
  });

  it('victims rescued stay victims', () => {
    const victims = 'ROME – Operation Tide ended.\n\nOfficers rescued 48 victims of trafficking.';
    expect(fields(victims, 'en')).toMatchObject({ victimsIdentified: { value: 48 } });
    expect(fields(victims, 'en').irregularMigrants).toBeUndefined();
  });
});

describe('"an international operation led by" a national body (French, Spanish)', () => {
  it.each([
    [
      'es',
      'Una operación internacional dirigida por el Buró Federal de Investigaciones (FBI) ha terminado con 61 personas detenidas.',
      'FBI',
    ],
    [
      'es',
      'Una operación conjunta coordinada por la Guardia Civil ha terminado con 61 personas detenidas.',
      'Guardia Civil',
    ],
    [
      'fr',
      "Une opération internationale menée par la Police nationale a permis l'arrestation de 61 personnes.",
      'Police nationale',
    ],
  ] as [Locale, string, string][])('%s: "%s"', (locale, sentence, agency) => {
    expect(fields(sentence, locale).agency).toMatchObject({ value: agency });
  });

  it('an operation of some other kind is no lead ("Una operación dirigida contra …")', () => {
    expect(
      fields('Una operación internacional dirigida contra la Policía corrupta terminó con 61 detenidos.', 'es').agency
    ).toBeUndefined();
  });
});

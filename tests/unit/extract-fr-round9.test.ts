import { findAdditional } from '../../server/src/extract/additional/additional';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';
import { extractRelease } from '../../server/src/extract/release';

/*
 * French, tuning round 9: people "arrêtées ou placées sous enquête", a speaker's office, long city names, a dateline
 * of two offices, one country's force as a share of the officers, "agi" as taking part, start and end participles,
 * a weekday as the one day of the action, things seized "there" (y), and a gathering in another city than a dated
 * dateline's. The sentences are written for these tests.
 */

const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.fr), 'fr').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));
const release = (text: string) =>
  extractRelease(text).fields as Record<string, { value: unknown; qualifier?: string } | undefined>;
const fields = (body: string) => release(`Opération Milan : bilan\n\nLYON (France) – ${body}`);

describe('French arrests with another legal step', () => {
  it('refuses people arrested or placed under investigation', () => {
    expect(fields('Près de 80 personnes ont été interpellées ou placées sous enquête.').arrests).toBeUndefined();
    expect(fields('Une trentaine de suspects ont été arrêtés ou mis en examen.').arrests).toBeUndefined();
  });

  it('still reads people arrested and then charged', () => {
    expect(fields('Près de 80 personnes ont été interpellées et seront jugées.').arrests).toMatchObject({
      value: 80,
      qualifier: 'approximately',
    });
  });
});

describe('French headquarters', () => {
  it("does not take a quoted speaker's office for the operation's centre", () => {
    const found = release(
      "Opération Milan : bilan\n\nDAKAR (Sénégal), 4 mars 2024 – L'opération a mobilisé 12 pays.\n\n" +
        "« Le travail continue », a indiqué Awa Diallo, du bureau régional d'INTERPOL à Nairobi."
    );
    expect(found.headquarters).toBeUndefined();
  });

  it('still reads a regional office the operation was run from', () => {
    expect(
      fields("L'opération a été suivie par une cellule de coordination installée au bureau régional à Nairobi (Kenya).")
        .headquarters
    ).toMatchObject({ value: 'Nairobi, Kenya' });
  });

  it('reads a city of four words', () => {
    expect(
      fields(
        'Les patrouilles étaient dirigées depuis le centre de coordination régional, à Santa Cruz de La Palma (Espagne).'
      ).headquarters
    ).toMatchObject({ value: 'Santa Cruz de La Palma, Espagne' });
  });

  it('reads no dateline of two offices', () => {
    const found = release("Opération Milan : bilan\n\nPARIS – ABIDJAN, 3 mai 2022 – L'opération a réuni 9 pays.");
    expect(found.headquarters).toBeUndefined();
    const one = release("Opération Milan : bilan\n\nPARIS – L'opération a réuni 9 pays.");
    expect(one.headquarters).toMatchObject({ value: 'Paris' });
  });

  const dated = (body: string) =>
    release(
      `Opération Milan : bilan\n\nLYON (France), 5 mai 2024 – ${body}\n\nÀ propos d'INTERPOL\nINTERPOL, dont le secrétariat général est installé à Lyon, compte 196 pays membres.`
    );

  it('does not confirm a dated dateline when the operation gathers in another city', () => {
    expect(
      dated('Onze pays y ont pris part. Un séminaire de bilan se tiendra à Accra en juin.').headquarters
    ).toBeUndefined();
  });

  it("confirms it by the agency's seat otherwise", () => {
    expect(dated('Onze pays y ont pris part. Les suspects ont été arrêtés.').headquarters).toMatchObject({
      value: 'Lyon, France',
    });
  });
});

describe('French officers', () => {
  it("leaves out one country's force, a share of the whole", () => {
    expect(
      fields('Dans huit pays, 90 agents de la police fédérale ont mené des perquisitions à Anvers.').officers
    ).toBeUndefined();
    expect(
      fields('Ce jour-là, 40 enquêteurs de la gendarmerie nationale ont procédé aux contrôles.').officers
    ).toBeUndefined();
  });

  it('reads officers who "ont agi" together', () => {
    expect(fields('Au total, plus de 1 500 policiers ont agi le même jour dans six pays.').officers).toMatchObject({
      value: 1500,
      qualifier: 'moreThan',
    });
  });

  it('does not read "il s\'agit" as taking part', () => {
    expect(fields("Il s'agit de la formation de 200 agents.").officers).toBeUndefined();
  });
});

describe('French dates', () => {
  it('reads "lancée le … et achevée le …", the year given once', () => {
    expect(fields('Lancée le 3 mars 2019 et achevée le 28 avril, la mission a réuni huit pays.')).toMatchObject({
      startDate: { value: '2019-03-03' },
      endDate: { value: '2019-04-28' },
    });
  });

  it('reads a weekday set off by commas as the one day of the action', () => {
    expect(fields('Le jeudi 14 mars 2024, des policiers de six pays ont fermé la plateforme.')).toMatchObject({
      startDate: { value: '2024-03-14' },
      endDate: { value: '2024-03-14' },
    });
  });

  it('refuses a weekday that is the day of an announcement or of a start', () => {
    expect(fields('Le jeudi 14 mars 2024, INTERPOL a annoncé les résultats.').startDate).toBeUndefined();
    expect(fields("Le lundi 4 mars 2024, l'opération a débuté dans six pays.").startDate).toBeUndefined();
  });
});

describe('French things seized "there"', () => {
  it('leaves out what "y ont été saisis": one place, not the operation', () => {
    expect(
      rows('Les policiers ont fouillé trois maisons à Liège. Deux motos et 8 000 euros en espèces y ont été saisis.')
    ).toEqual([]);
  });

  it('still reads what the operation seized', () => {
    expect(rows('Au total, deux motos et 8 000 euros en espèces ont été saisis.')).toMatchObject([
      { value: 2, unit: null },
      { value: 8000, unit: 'EUR' },
    ]);
  });
});

describe('French counts within a weight, and more counted things', () => {
  it('reads a count of things within a weight set off by "dont" as a figure by kind', () => {
    expect(rows("Les douanes ont retiré 12 tonnes de produits, dont 300 000 gélules, d'un entrepôt.")).toMatchObject([
      { value: 12, unit: 't' },
      { value: 300000, unit: null },
    ]);
  });

  it('still refuses a share of a weight in one place', () => {
    expect(rows('Les douanes ont saisi 12 tonnes de haschich, dont 3 tonnes au Maroc.')).toMatchObject([
      { value: 12, unit: 't' },
    ]);
    expect(rows('Les douanes ont saisi 12 tonnes de haschich, dont 3 tonnes au Maroc.')).toHaveLength(1);
  });

  it('reads sticks of dynamite, detonators and cartons', () => {
    expect(rows('Détonateurs : 75\nBâtons de dynamite : 1 200')).toMatchObject([
      { label: 'Détonateurs', value: 75 },
      { label: 'Bâtons de dynamite', value: 1200 },
    ]);
    expect(rows('Les inspecteurs ont saisi 640 cartons de cigarettes.')).toMatchObject([{ value: 640, unit: null }]);
  });
});

describe('French countries the officers came from', () => {
  it('reads "les policiers des N pays" as the countries taking part', () => {
    expect(fields('Quelque 200 douaniers et policiers des neuf pays ont contrôlé les ports.').countries).toMatchObject({
      value: 9,
      qualifier: 'exact',
    });
  });

  it('still refuses a membership after an article', () => {
    expect(fields('Les policiers des 27 pays membres ont échangé des données.').countries).toBeUndefined();
    expect(fields('Les données des 40 pays ont été versées au fichier.').countries).toBeUndefined();
  });
});

describe('French patrol craft', () => {
  it('reads what "les avions de patrouille" spotted', () => {
    expect(rows('Des avions de patrouille ont repéré 14 embarcations au large.')).toMatchObject([
      { value: 14, unit: null },
    ]);
  });

  it('still refuses what patrols checked', () => {
    expect(rows('Les garde-côtes ont patrouillé autour de 14 embarcations.')).toEqual([]);
  });
});

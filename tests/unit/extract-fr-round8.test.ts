import { findAdditional } from '../../server/src/extract/additional/additional';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';
import { extractRelease } from '../../server/src/extract/release';

/*
 * French, tuning round 8: a total stated after its noun, round figures told as collective nouns, weights and counts
 * after their noun, money that "représente une valeur marchande", and counts of traffic or of a site's users that
 * are no result. The sentences are written for these tests.
 */

const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.fr), 'fr').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));
const fields = (body: string) =>
  extractRelease(`Opération Héron : bilan\n\nLYON (France) – ${body}`).fields as Record<
    string,
    { value: unknown; qualifier?: string } | undefined
  >;

describe('French totals after their noun', () => {
  it.each([
    ['Les interpellations se montent à 412, selon les autorités.', 412],
    ["Le nombre d'arrestations s'établit à 97 pour l'ensemble des pays.", 97],
    ['Les arrestations sont au nombre de 58.', 58],
  ])('%s', (body, value) => {
    expect(fields(body).arrests).toMatchObject({ value, qualifier: 'exact' });
  });
});

describe('French round figures told as collective nouns', () => {
  it('reads "une trentaine de", "un millier de" as approximately that figure', () => {
    expect(fields("Une quarantaine d'enquêtes ont été ouvertes dans la foulée.").investigationsOpened).toMatchObject({
      value: 40,
      qualifier: 'approximately',
    });
    expect(fields('Un millier de suspects ont été arrêtés.').arrests).toMatchObject({
      value: 1000,
      qualifier: 'approximately',
    });
    expect(rows("Les douaniers ont saisi une cinquantaine de pistolets et un millier d'armes à feu.")).toMatchObject([
      { value: 50, unit: null, qualifier: 'approximately' },
      { value: 1000, unit: null, qualifier: 'approximately' },
    ]);
  });

  it('keeps a cue before the collective for a stat, but proposes no other figure hedged twice', () => {
    expect(fields("Plus d'une centaine de personnes ont été interpellées.").arrests).toMatchObject({
      value: 100,
      qualifier: 'moreThan',
    });
    expect(rows("Les policiers ont fermé plus d'une centaine de sites web.")).toEqual([]);
  });

  it('refuses "une" alone and countries where inquiries are', () => {
    expect(rows('Une voiture a été saisie.')).toEqual([]);
    expect(
      fields('Douze pays ont participé ; des enquêtes ouvertes dans une vingtaine de pays sont en cours.').countries
    ).toMatchObject({ value: 12 });
  });
});

describe('French weights and counts after their noun', () => {
  it.each([
    ["Ils ont saisi des bijoux d'un poids total de 12 kilogrammes.", 'bijoux', 12, 'kg'],
    ['La police a découvert des cornes de rhinocéros pesant 40 kg.', 'cornes', 40, 'kg'],
    ['Le cannabis intercepté pèse 3,5 tonnes.', 'cannabis', 3.5, 't'],
    ['Le bois brut ou scié confisqué pèse 12 tonnes.', 'bois', 12, 't'],
  ])('%s', (text, about, value, unit) => {
    const found = rows(text);
    expect(found).toMatchObject([{ value, unit, qualifier: 'exact' }]);
    expect(found[0].label.toLowerCase()).toContain(about);
  });

  it('reads "au nombre de" after a counted noun, with or without commas', () => {
    expect(rows('Les passeports falsifiés, au nombre de 64, ont été transmis au parquet.')).toMatchObject([
      { value: 64, unit: null, qualifier: 'exact' },
    ]);
    expect(rows('Les téléphones saisis sont au nombre de 220.')).toMatchObject([{ value: 220, unit: null }]);
  });

  it('refuses a weight whose noun it cannot name', () => {
    expect(rows('Le tout pèse 3 tonnes.')).toEqual([]);
  });
});

describe('French money named before its figure', () => {
  it.each([
    [
      "L'ensemble des médicaments saisis représente une valeur marchande estimée à 2 millions d'euros.",
      'médicaments',
      2_000_000,
      'EUR',
      'exact',
    ],
    [
      'Les bijoux confisqués, d’une valeur estimée à environ 600 000 euros, seront vendus aux enchères.',
      'bijoux',
      600_000,
      'EUR',
      'approximately',
    ],
    [
      'La valeur des voitures et des montres saisies dépasse 4 millions de dollars.',
      'voitures',
      4_000_000,
      'USD',
      'moreThan',
    ],
    ['Revendues, ces cigarettes auraient rapporté 7 millions d’euros.', 'cigarettes', 7_000_000, 'EUR', 'exact'],
  ])('%s', (text, about, value, unit, qualifier) => {
    const found = rows(text);
    expect(found).toMatchObject([{ value, unit, qualifier }]);
    expect(found[0].label.toLowerCase()).toContain(about);
    expect(found[0].label.toLowerCase()).not.toContain('marchande');
  });
});

describe('French counts that are no result', () => {
  it('refuses traffic through checks and the size of a targeted site', () => {
    expect(rows('Au total, 90 000 camions ont franchi la frontière pendant le mois.')).toEqual([]);
    expect(rows('Le forum comptait près de 20 000 utilisateurs.')).toEqual([]);
  });

  it('still reads what was seized in the same release', () => {
    expect(rows('Les agents ont saisi 14 camions volés.')).toMatchObject([{ value: 14, unit: null }]);
  });
});

describe('French seizures listed after "mis la main sur"', () => {
  it('reads each "sur" of the list as what was seized', () => {
    expect(
      rows(
        "Les gendarmes ont mis la main sur 2 millions d'euros en espèces, sur 300 kilos de cannabis et sur 45 pistolets."
      )
    ).toMatchObject([
      { value: 2_000_000, unit: 'EUR' },
      { value: 300, unit: 'kg' },
      { value: 45, unit: null },
    ]);
  });

  it('still refuses a place after "sur" with no seizure before it', () => {
    expect(rows('Les données étaient réparties sur 30 serveurs.')).toEqual([]);
    expect(rows('Ils ont enquêté sur 12 sites, sur 3 forums et sur 8 comptes.')).toEqual([]);
  });
});

describe('French counts restated after their noun', () => {
  it('reads "– quinze au total –" and ", neuf en tout" after a counted noun', () => {
    expect(rows('Ils ont saisi des bateaux – quinze au total – et des motos.')).toMatchObject([
      { value: 15, unit: null, qualifier: 'exact' },
    ]);
    expect(rows('Les enquêteurs ont bloqué des comptes bancaires, neuf en tout.')).toMatchObject([
      { value: 9, unit: null },
    ]);
  });

  it('refuses a figure after a noun with no restating words', () => {
    expect(rows('Ils ont saisi des bateaux – quinze selon la presse.')).toEqual([]);
  });
});

describe('French key-figure lines with a long label', () => {
  it('reads a label holding a list in brackets', () => {
    const found = rows(
      'Bilan chiffré\n– comptes en ligne (messageries, forums, boutiques et places de marché) fermés : plus de 1 500'
    );
    expect(found).toMatchObject([{ value: 1500, unit: null, qualifier: 'moreThan' }]);
    expect(found[0].label.toLowerCase()).toContain('comptes');
  });

  it('refuses a line whose label names no counted thing', () => {
    expect(
      rows('Bilan chiffré\n– contrôles réalisés dans les ports, les aéroports et les gares routières : 4 000')
    ).toEqual([]);
  });
});

describe('French counts of what is yet to be done', () => {
  it('refuses a count followed or preceded by a future plural verb', () => {
    expect(rows('Ensuite, quelque 400 clients recevront une lettre de mise en garde.')).toEqual([]);
    expect(rows('Les enquêteurs fermeront 60 comptes bancaires la semaine prochaine.')).toEqual([]);
  });

  it('still reads a past count in the same words', () => {
    expect(rows('Les enquêteurs ont fermé 60 comptes bancaires.')).toMatchObject([{ value: 60, unit: null }]);
  });
});

describe('French single action days', () => {
  it.each([
    ['Les polices de six pays ont agi simultanément le jeudi 12 mars 2026 contre le réseau.', '2026-03-12'],
    ["Lors de la journée d'action du 3 février 2025, 40 suspects ont été arrêtés.", '2025-02-03'],
  ])('%s', (body, day) => {
    const found = fields(body);
    expect(found.startDate).toMatchObject({ value: day });
    expect(found.endDate).toMatchObject({ value: day });
  });

  it('reads no period from a date alone', () => {
    expect(fields('Le jeudi 12 mars 2026, la police a présenté son rapport annuel.').startDate).toBeUndefined();
  });
});

describe('French "unités", a noun naming no kind of thing', () => {
  it("reads it on a key-figure line, with the line's label", () => {
    const found = rows("Bilan chiffré\n– cigarettes saisies : 2,5 millions d'unités");
    expect(found).toMatchObject([{ value: 2_500_000, unit: null, qualifier: 'exact' }]);
    expect(found[0].label.toLowerCase()).toContain('cigarettes');
  });

  it('refuses it off a line ("douze unités" of police took part)', () => {
    expect(rows('Douze unités spécialisées ont été saisies de ces dossiers.')).toEqual([]);
  });
});

describe('French officers who dismantled or ended something', () => {
  it('reads officers with "ont mis fin" or "ont démantelé"', () => {
    expect(fields('Environ 300 gendarmes ont démantelé le réseau en une matinée.').officers).toMatchObject({
      value: 300,
      qualifier: 'approximately',
    });
    expect(fields("Une soixantaine d'enquêteurs ont mis fin au trafic.").officers).toMatchObject({
      value: 60,
      qualifier: 'approximately',
    });
  });

  it('refuses officers named without what they did', () => {
    expect(fields('Le réseau employait 40 agents de sécurité privés.').officers).toBeUndefined();
  });
});

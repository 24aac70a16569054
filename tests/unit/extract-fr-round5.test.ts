import { findAdditional } from '../../server/src/extract/additional/additional';
import { findDateRanges } from '../../server/src/extract/dates';
import { extractFields } from '../../server/src/extract/fields';
import { FRENCH } from '../../server/src/extract/fr';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';

/*
 * French, tuning round 5: constructions the sixth batch of releases showed, each with its siblings and the
 * distractors that must not be read. Every sentence here was written for this test.
 */

type Found = Record<string, { value: unknown; qualifier?: string; evidence: string } | undefined>;
const fields = (text: string) => extractFields(text, FRENCH) as Found;
const stat = (text: string, field: string) => {
  const found = fields(text)[field];
  return found ? { value: found.value, qualifier: found.qualifier } : undefined;
};
const range = (text: string) => findDateRanges(text, FRENCH).map((r) => [r.startDate, r.endDate]);
const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.fr), 'fr').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('French agencies: joint leads and supporters named after', () => {
  it.each([
    "Menée conjointement par le FBI et la police néerlandaise, avec l'appui d'Europol, l'opération a visé un marché.",
    "Une opération conjointe de la police espagnole et d'Europol a visé un réseau.",
    "Coordonnée conjointement avec la Guardia Civil et INTERPOL, l'action a duré une semaine.",
  ])('proposes no agency when two bodies led: %p', (text) => {
    expect(fields(text).agency).toBeUndefined();
  });

  it.each([
    "L'opération était organisée par l'Italie ; Frontex fournissait des analyses de risque.",
    "L'opération était menée par la police grecque. Europol a apporté son soutien opérationnel.",
    'Les polices de 20 pays ont agi ; INTERPOL a fourni une assistance technique.',
  ])('takes a supporter named before its help for no lead: %p', (text) => {
    expect(fields(text).agency).toBeUndefined();
  });

  it('still reads the one agency that led', () => {
    expect(fields("L'opération, coordonnée par Europol, a visé 30 pays.").agency?.value).toBe('Europol');
  });
});

describe('French countries: one more than the figure, or where a tool is used', () => {
  it.each([
    'Les polices de seize pays européens et des États-Unis ont participé.',
    'Les polices de douze pays africains ainsi que la France ont participé.',
    "L'application était utilisée dans plus de 100 pays.",
    'Le logiciel, diffusé dans 40 pays, a été neutralisé.',
  ])('reads no countries in %p', (text) => {
    expect(stat(text, 'countries')).toBeUndefined();
  });

  it.each([
    ["Les polices de seize pays d'Europe et d'Afrique ont participé.", 16],
    ['Des policiers de 30 pays et territoires ont participé.', 30],
  ])('still reads the countries of %p', (text, value) => {
    expect(stat(text, 'countries')).toEqual({ value, qualifier: 'exact' });
  });
});

describe('French arrests: apposition, an aside between dashes, more people', () => {
  it.each([
    ['Les arrestations, 288 au total, ont visé des vendeurs.', 288],
    ['Les interpellations, au nombre de 47, ont eu lieu à l’aube.', 47],
    ['Sept suspects – cinq Lettons et deux étrangers – ont été placés en garde à vue.', 7],
    ["L'opération a conduit à l'arrestation de trois administrateurs, deux en France et un en Allemagne.", 3],
    ['Les policiers ont interpellé 12 vendeurs et acheteurs.', 12],
    ['Neuf organisateurs présumés ont été capturés.', 9],
  ])('reads the arrests of %p', (text, value) => {
    expect(stat(text, 'arrests')).toEqual({ value, qualifier: 'exact' });
  });

  it.each([
    'Les arrestations, 153 en Espagne, ont suivi.',
    'Douze suspects – dont trois mineurs – ont été interrogés.',
    'Les arrestations, trois par jour, ont continué.',
  ])('reads no arrests in %p', (text) => {
    expect(stat(text, 'arrests')).toBeUndefined();
  });
});

describe('French investigations opened: case files', () => {
  it.each([
    ["Environ 140 dossiers d'enquête ont par ailleurs été ouverts.", 140, 'approximately'],
    ['Quarante dossiers judiciaires ont parallèlement été ouverts.', 40, 'exact'],
  ])('reads %p', (text, value, qualifier) => {
    expect(stat(text, 'investigationsOpened')).toEqual({ value, qualifier });
  });

  it('reads no inquiries from files merely examined', () => {
    expect(stat("Environ 140 dossiers d'enquête ont été examinés.", 'investigationsOpened')).toBeUndefined();
  });
});

describe('French dates: a start and an end said apart, a number of days', () => {
  it.each([
    [
      "Menée à partir du lundi 13 octobre 2014 et jusqu'au dimanche 26 octobre, l'opération…",
      '2014-10-13',
      '2014-10-26',
    ],
    ["À compter du 28 décembre 2024 jusqu'au 3 janvier, les contrôles…", '2024-12-28', '2025-01-03'],
    ["Elle a débuté le 1er juillet 2025 et s'est achevée le 31 août.", '2025-07-01', '2025-08-31'],
    ['Elle a commencé le 3 juin 2024 et a pris fin le 9 juin 2024.', '2024-06-03', '2024-06-09'],
    ['Pendant trois jours à compter du lundi 7 juin 2021, les polices ont frappé.', '2021-06-07', '2021-06-09'],
    ['À partir du 30 mars 2023 et pendant 5 jours, les douanes ont contrôlé.', '2023-03-30', '2023-04-03'],
  ])('reads %p', (text, start, end) => {
    expect(range(text)).toEqual([[start, end]]);
  });

  it.each([
    'Pendant un jour à compter du 7 juin 2021, rien.',
    "L'analyse prendra au moins six mois à compter du 7 juin 2021.",
  ])('reads no range in %p', (text) => {
    expect(range(text)).toEqual([]);
  });
});

describe('French codenames after "dite", "appelée"', () => {
  it.each([
    ["Le site a été fermé au terme d'une opération dite « Cookie Monster ».", 'Cookie Monster'],
    ['Les polices ont lancé une opération appelée Aube Rouge.', 'Aube Rouge'],
    ['INTERPOL a coordonné Catalyst, une opération visant le financement du terrorisme.', 'Catalyst'],
  ])('reads the codename of %p', (text, value) => {
    expect(fields(text).codename?.value).toBe(value);
  });
});

describe('French additional figures: round 5', () => {
  it.each([
    'Un seul vendeur, installé en Allemagne, aurait encaissé 1,2 million d’euros en deux ans.',
    'Une seule victime avait perdu 400 000 euros.',
  ])('refuses one case’s money in %p', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it.each([
    'Le réseau aurait permis de créer plus de 49 millions de comptes en ligne.',
    'En chiffres :\n• entretiens préventifs avec des utilisateurs : 97\n',
    'Au total, 300 utilisateurs ont été entendus par les enquêteurs.',
  ])('refuses alleged counts and people questioned in %p', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it.each([
    ['Quatre cent dix services cachés ont été mis hors ligne.', 410, 'services'],
    ['Les policiers ont saisi 1 200 boîtiers SIM-box.', 1200, 'boîtiers'],
    ['En chiffres :\n• noms de domaine saisis : 11\n', 11, 'domaine'],
  ])('reads the counted things of %p', (text, value, about) => {
    const found = rows(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, unit: null, qualifier: 'exact' });
    expect(found[0].label.toLowerCase()).toContain(about);
  });
});

import { findAdditional } from '../../server/src/extract/additional/additional';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';

/*
 * French other figures, tuning round 7: money as the subject of its clause, money nouns right before their figure,
 * francs CFA, wildlife and e-mail address counts. The sentences are written for these tests.
 */

const rows = (text: string) =>
  findAdditional(readRelease(text, LANGUAGES.fr), 'fr').map(({ label, value, unit, qualifier }) => ({
    label,
    value,
    unit,
    qualifier,
  }));

describe('French money as the subject of its clause', () => {
  it.each([
    ['Les avoirs illicites interceptés atteignent USD 2,2 millions.', 'avoirs', 2_200_000, 'USD', 'exact'],
    [
      'Les saisies sont nombreuses, tandis que les espèces découvertes lors des perquisitions se montent à 85 000 €.',
      'espèces',
      85_000,
      'EUR',
      'exact',
    ],
    ['Les fonds gelés s’élèvent à 3 millions de dollars.', 'fonds', 3_000_000, 'USD', 'exact'],
    [
      "Les sommes confisquées en espèces représentent plus de 5,1 millions d'euros.",
      'espèces',
      5_100_000,
      'EUR',
      'moreThan',
    ],
    ['Les biens saisis totalisent 900 000 euros.', 'biens', 900_000, 'EUR', 'exact'],
  ])('%s', (text, about, value, unit, qualifier) => {
    const found = rows(text);
    expect(found).toMatchObject([{ value, unit, qualifier }]);
    expect(found[0].label.toLowerCase()).toContain(about);
  });

  it('reads a money noun right before its figure', () => {
    expect(rows("Des fonds d'environ 3 millions de dollars américains ont été récupérés.")).toMatchObject([
      { value: 3_000_000, unit: 'USD', qualifier: 'approximately' },
    ]);
    expect(rows('Les enquêteurs ont saisi 3,2 millions de francs CFA en espèces.')).toMatchObject([
      { value: 3_200_000, unit: 'XOF' },
    ]);
  });

  it('does not read a clause that starts elsewhere, or a count of countries', () => {
    expect(rows('Les perquisitions menées pendant les contrôles atteignent 40 pays.')).toEqual([]);
    expect(rows('Des fonds de 12 pays ont contribué.')).toEqual([]);
  });
});

describe('French counted wildlife and addresses', () => {
  it.each([
    ["Les douaniers ont saisi 440 défenses d'éléphant.", 'défenses', 440],
    ['Près de 10 000 tortues vivantes ont été récupérées.', 'tortues', 10_000],
    ['Vingt-trois primates vivants ont également été récupérés.', 'primates', 23],
    ['Une base de 4 324 770 adresses électroniques dérobées a été saisie.', 'adresses', 4_324_770],
    ['Les agents ont récupéré 350 oiseaux protégés.', 'oiseaux', 350],
  ])('%s', (text, about, value) => {
    const found = rows(text);
    expect(found).toMatchObject([{ value, unit: null }]);
    expect(found[0].label.toLowerCase()).toContain(about);
  });

  it('does not count checked things or a share', () => {
    expect(rows('Plus de 2 000 oiseaux ont été contrôlés aux frontières.')).toEqual([]);
    expect(rows('Près de 40 % des tortues venaient d’Asie.')).toEqual([]);
  });
});

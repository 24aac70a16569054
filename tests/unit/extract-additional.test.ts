import { findAdditional } from '../../server/src/extract/additional/additional';
import { readDigits } from '../../server/src/extract/additional/figures';
import { ENGLISH_ADDITIONAL } from '../../server/src/extract/additional/en';
import { SPANISH_ADDITIONAL } from '../../server/src/extract/additional/es';
import { FRENCH_ADDITIONAL } from '../../server/src/extract/additional/fr';
import { LANGUAGES } from '../../server/src/extract/languages';
import { readRelease } from '../../server/src/extract/reading';
import { extractRelease } from '../../server/src/extract/release';
import type { ReleaseLanguage } from '../../shared/types';

/*
 * The figures a release gives beyond the six ("additionalStats" proposals):
 * money with its currency, weights and volumes with their unit, counted
 * things, in each language, and what is refused (one of the six, a share, an
 * earlier edition, a comparison, a percentage, one case). The sentences are
 * written for these tests; the corpus test scores whole releases.
 */

const additional = (text: string, language: ReleaseLanguage = 'en') =>
  findAdditional(readRelease(text, LANGUAGES[language]), language);
const rows = (text: string, language: ReleaseLanguage = 'en') =>
  additional(text, language).map(({ label, value, unit, qualifier }) => ({ label, value, unit, qualifier }));

describe('additional figures in English', () => {
  it.each([
    [
      'Officers seized USD 7 million in illicit medicines.',
      'Illicit medicines',
      7_000_000,
      'USD',
      'USD 7 million in illicit medicines',
    ],
    [
      'Police froze €2.5 million in criminal assets.',
      'Criminal assets',
      2_500_000,
      'EUR',
      '€2.5 million in criminal assets',
    ],
    [
      'Investigators traced $65 million of stolen funds.',
      'Stolen funds',
      65_000_000,
      'USD',
      '$65 million of stolen funds',
    ],
    ['Agents recovered US$1.2 million in cash.', 'Cash', 1_200_000, 'USD', 'US$1.2 million in cash'],
    [
      'Customs seized R$4 million in counterfeit goods.',
      'Counterfeit goods',
      4_000_000,
      'BRL',
      'R$4 million in counterfeit goods',
    ],
    ['Units seized 3 million euros in cash.', 'Cash', 3_000_000, 'EUR', '3 million euros in cash'],
    ['Police seized assets worth USD 300 million.', 'Assets', 300_000_000, 'USD', 'assets worth USD 300 million'],
    [
      'Counterfeit spirits valued at GBP 450,000 were destroyed.',
      'Counterfeit spirits',
      450_000,
      'GBP',
      'Counterfeit spirits valued at GBP 450,000',
    ],
    ['The scams caused losses of USD 40 million.', 'Losses', 40_000_000, 'USD', 'losses of USD 40 million'],
  ])('money: %p', (text, label, value, unit, evidence) => {
    expect(additional(text)).toEqual([{ label, value, unit, qualifier: 'exact', evidence }]);
  });

  it.each([
    ['Officers seized 850 kg of ivory.', 'Ivory', 850, 'kg', '850 kg of ivory'],
    ['The haul included 2.5 tonnes of cocaine.', 'Cocaine', 2.5, 't', '2.5 tonnes of cocaine'],
    ['Police found 40 tons of illegal timber.', 'Illegal timber', 40, 't', '40 tons of illegal timber'],
    [
      'Inspectors poured away 12,000 litres of adulterated oil.',
      'Adulterated oil',
      12_000,
      'L',
      '12,000 litres of adulterated oil',
    ],
    ['They seized 300 liters of fuel.', 'Fuel', 300, 'L', '300 liters of fuel'],
    ['Divers recovered 600 kilos of MDMA.', 'MDMA', 600, 'kg', '600 kilos of MDMA'],
    ['Customs seized 1.5 million litres of alcohol.', 'Alcohol', 1_500_000, 'L', '1.5 million litres of alcohol'],
  ])('a weight or volume: %p', (text, label, value, unit, evidence) => {
    expect(additional(text)).toEqual([{ label, value, unit, qualifier: 'exact', evidence }]);
  });

  it.each([
    ['Regulators closed 1,300 websites.', 'Websites', 1300, '1,300 websites'],
    ['Registrars suspended 412 domains.', 'Domains', 412, '412 domains'],
    ['Banks blocked 2,800 social-media accounts.', 'Social-media accounts', 2800, '2,800 social-media accounts'],
    ['Analysts flagged 4,500 cryptocurrency wallets.', 'Cryptocurrency wallets', 4500, '4,500 cryptocurrency wallets'],
    ['Police seized 120 firearms.', 'Firearms', 120, '120 firearms'],
    ['They also seized 9,000 rounds of ammunition.', 'Rounds of ammunition', 9000, '9,000 rounds of ammunition'],
    ['Officers impounded 64 stolen vehicles.', 'Stolen vehicles', 64, '64 stolen vehicles'],
    ['Border guards detected 310 forged documents.', 'Forged documents', 310, '310 forged documents'],
    ['Searches turned up 400 mobile phones.', 'Mobile phones', 400, '400 mobile phones'],
    ['Officers confiscated 9,000 SIM cards.', 'SIM cards', 9000, '9,000 SIM cards'],
    ['Customs stopped 1.5 million pills.', 'Pills', 1_500_000, '1.5 million pills'],
    ['Rangers rescued 19,000 live specimens.', 'Live specimens', 19_000, '19,000 live specimens'],
    ['Police took down twelve servers.', 'Servers', 12, 'twelve servers'],
  ])('a counted thing: %p', (text, label, value, evidence) => {
    expect(additional(text)).toEqual([{ label, value, unit: null, qualifier: 'exact', evidence }]);
  });

  it('adds what was done to the things counted to their label', () => {
    expect(rows('More than 1,300 websites closed in a week.')).toEqual([
      { label: 'Websites closed', value: 1300, unit: null, qualifier: 'moreThan' },
    ]);
  });

  it.each([
    ['Officers seized about 850 kg of ivory.', 'approximately', 'about 850 kg of ivory'],
    ['Police closed more than 1,300 websites.', 'moreThan', 'more than 1,300 websites'],
    ['Banks blocked almost 2,800 accounts.', 'approximately', 'almost 2,800 accounts'],
    ['Police seized at least 120 firearms.', 'atLeast', 'at least 120 firearms'],
    ['The gangs laundered up to USD 5 million in bribes.', 'upTo', 'up to USD 5 million in bribes'],
    [
      'Assets worth an estimated USD 3 million were frozen.',
      'approximately',
      'Assets worth an estimated USD 3 million',
    ],
  ])('reads the qualifier from the cue before the figure: %p', (text, qualifier, evidence) => {
    expect(additional(text)).toMatchObject([{ qualifier, evidence }]);
  });

  it('proposes a figure given twice once, hedged if either time is', () => {
    const text =
      'Police closed 1,300 websites in Operation Glass Net\n\nOfficers closed more than 1,300 websites. The 1,300 websites sold fake drugs.';
    expect(rows(text)).toEqual([{ label: 'Websites', value: 1300, unit: null, qualifier: 'moreThan' }]);
  });

  it("lets the body's figure win over the headline's round one", () => {
    const text = 'More than 200 tonnes of cocaine seized at sea\n\nNavies seized 203.4 tonnes of cocaine in six weeks.';
    expect(rows(text)).toEqual([{ label: 'Cocaine', value: 203.4, unit: 't', qualifier: 'exact' }]);
  });

  it('leaves out a thing two sentences give different figures for', () => {
    expect(rows('Police closed 1,300 websites. Regulators closed 1,900 websites.')).toEqual([]);
  });

  it.each([
    ['one of the six figures', 'Police made 3,744 arrests and identified 1,200 victims in 40 countries.'],
    ['an earlier edition', 'Last year, the operation closed 1,300 websites.'],
    ['a comparison', 'Seizures of cocaine rose by half, up from 850 kg of cocaine.'],
    ['one country’s share', 'Police seized firearms across the region, including 40 firearms in Brazil.'],
    ['a sentence about one place', 'In Spain, police seized 40 firearms.'],
    ['one case', 'In one case, a victim lost USD 2 million in savings.'],
    ['one place among several', 'Officers seized 800 kg of seafood in a single port.'],
    ['things inspected, not seized', 'Officers inspected 3,000 vehicles at the border.'],
    ['checks of things', 'Officers ran 3,000 vehicle checks and 500 document checks.'],
    ['a percentage', 'About 40% of the websites sold opioids.'],
    [
      'a duration, an age, a year',
      'The 12-week campaign against websites ran in 2023; suspects aged 19 to 45 ran them.',
    ],
    ['a phone number', 'Press office: +33 4 72 44 70 00 websites.'],
    ['money that says not what it is', 'A company recovered USD 1.5 million from the scammers.'],
    ['money for a place', 'Police in Spain seized USD 2 million in Spain.'],
    ['searches and raids', 'Police carried out 1,200 searches and 300 raids.'],
    ['a count that is not a whole number', 'Analysts counted 2.5 websites per seller.'],
  ])('refuses %s', (_what, text) => {
    expect(rows(text)).toEqual([]);
  });

  it('reads past an earlier edition of the same operation and a comparison', () => {
    const text =
      'Operation Glass Net 2 closed 500 websites. Glass Net 1, held in 2022, had closed 300 domains. ' +
      'Seizures reached 4 tonnes of cocaine, up from 850 kg of heroin.';
    expect(rows(text)).toEqual([
      { label: 'Websites', value: 500, unit: null, qualifier: 'exact' },
      { label: 'Cocaine', value: 4, unit: 't', qualifier: 'exact' },
    ]);
  });

  it('keeps each of several things counted in one sentence', () => {
    expect(
      rows('The haul included 2,000 tonnes of timber, 850 kg of ivory and 120 firearms used by poachers.')
    ).toEqual([
      { label: 'Timber', value: 2000, unit: 't', qualifier: 'exact' },
      { label: 'Ivory', value: 850, unit: 'kg', qualifier: 'exact' },
      { label: 'Firearms used', value: 120, unit: null, qualifier: 'exact' },
    ]);
  });

  it('answers through extractRelease, beside the six figures, with evidence from the text as pasted', () => {
    const text =
      'INTERPOL says 72 arrests were made.\n\nMore than\u00a01,300 websites were closed and USD 7 million in medicines seized.';
    const found = extractRelease(text);
    expect(found.fields.arrests?.value).toBe(72);
    expect(found.additionalStats).toEqual([
      { label: 'Websites', value: 1300, unit: null, qualifier: 'moreThan', evidence: 'More than\u00a01,300 websites' },
      {
        label: 'Medicines seized',
        value: 7_000_000,
        unit: 'USD',
        qualifier: 'exact',
        evidence: 'USD 7 million in medicines seized',
      },
    ]);
  });
});

describe('figures in digits, as each language writes them', () => {
  const words = { en: ENGLISH_ADDITIONAL, fr: FRENCH_ADDITIONAL, es: SPANISH_ADDITIONAL };
  it.each([
    ['en', '1,300', 1300],
    ['en', '2.5', 2.5],
    ['en', '1.500', null],
    ['fr', '1 300', 1300],
    ['fr', '2,5', 2.5],
    ['fr', '1,500', null],
    ['es', '13.000', 13_000],
    ['es', '203,4', 203.4],
    ['es', '1,500', null],
  ] as const)('%s: %p is %p', (language, raw, value) => {
    expect(readDigits(raw, words[language])).toBe(value);
  });
});

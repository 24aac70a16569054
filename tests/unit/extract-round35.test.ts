import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 35 (issue 14): the tuning sets' misses, then what the forty-fifth batch showed once scored, as general
 * rules. The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const rows = (text: string, locale: Locale) => read(text, locale).additionalStats.map((s) => [s.value, s.unit]);

describe('money in the currencies of the releases of Africa and Asia', () => {
  it.each([
    ['Police arrested 12 people and seized RM 612,000 in cash.', 612000, 'MYR'],
    ['Officers seized ₦45 million in cash.', 45000000, 'NGN'],
    ['Officers seized KSh 4 million in cash.', 4000000, 'KES'],
    ['Officers seized KSh4 million in cash.', 4000000, 'KES'],
    ['Officers seized GH¢ 2 million in cash.', 2000000, 'GHS'],
    ['Police seized ₱12.5 million worth of shabu.', 12500000, 'PHP'],
    ['Police seized Rp 3 billion in cash.', 3000000000, 'IDR'],
    ['Police also seized counterfeit clothing worth R1.8 million.', 1800000, 'ZAR'],
    ['Police also seized counterfeit clothing worth R 1.8 million.', 1800000, 'ZAR'],
    ['- Cash: R2.1 million', 2100000, 'ZAR'],
  ])('"%s": the sign alone names the currency, the sentence naming no other measure', (sentence, value, unit) => {
    const text = `JOHANNESBURG – Operation Kestrel ended on Friday.\n\n${sentence}`;
    expect(rows(text, 'en')).toEqual([[value, unit]]);
  });

  it('a decimal comma before "million" in an English release is a decimal ("R14,2 million")', () => {
    const text =
      'PRETORIA – Operation Kestrel ended on Friday.\n\nDrugs worth about R14,2 million were seized, among them cannabis.';
    expect(read(text, 'en').additionalStats).toMatchObject([
      { value: 14200000, unit: 'ZAR', qualifier: 'approximately' },
    ]);
  });

  it.each([
    ['a comma then three digits groups thousands', 'Officers seized USD 14,200 in cash.', [[14200, 'USD']]],
    ['a decimal comma is read before a scale only', 'Officers seized 14,2 kg of heroin.', []],
    ['a letter before a figure is no sign', 'The team seized XR1.8 million in cash.', []],
  ])('%s', (_, sentence, expected) => {
    expect(rows(`LAGOS – Operation Kestrel ended on Friday.\n\n${sentence}`, 'en')).toEqual(expected);
  });
});

import { parseDigits, parseWords, qualifierBefore } from '../../server/src/extract/en/numbers';

describe('press-release number reading', () => {
  it.each([
    ['3,744', 3744],
    ['3 744', 3744],
    ['12\u00a0992', 12992],
    ['14000', 14000],
    ['3.7 million', 3_700_000],
    ['8 million', 8_000_000],
    ['2.5 thousand', 2500],
  ])('reads %p as %i', (text, value) => expect(parseDigits(text)).toBe(value));

  it.each(['3.7', '1,23', 'abc', '3.71234567 million'])('refuses %p', (text) => expect(parseDigits(text)).toBeNull());

  it.each([
    ['fourteen thousand', 14000],
    ['one hundred and nineteen', 119],
    ['two thousand five hundred', 2500],
    ['seven hundred twenty', 720],
    ['forty-two', 42],
  ])('reads the words %p as %i', (text, value) => expect(parseWords(text)).toBe(value));

  it('refuses words that are not a number', () => expect(parseWords('many hundred')).toBeNull());

  it.each([
    ['Approximately ', 'approximately'],
    ['some ', 'approximately'],
    ['nearly ', 'approximately'],
    ['the opening of at least ', 'atLeast'],
    ['more than ', 'moreThan'],
    ['in excess of ', 'moreThan'],
    ['up to ', 'upTo'],
    ['arrested ', 'exact'],
  ])('reads the cue in %p as %s', (before, qualifier) => expect(qualifierBefore(before).qualifier).toBe(qualifier));
});

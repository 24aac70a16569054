import { parseStatInput, formatStatForEditing } from '../../admin/src/utils/parseStatInput';

describe('parseStatInput', () => {
  it.each([
    ['14,000', 'en', 14000],
    ['14 000', 'en', 14000],
    ['14000', 'en', 14000],
    ['14.000', 'de', 14000],
    ['14 000', 'fr', 14000],
    ['14\u202f000', 'fr', 14000],
    ["14'000", 'de-CH', 14000],
    ['2,147,483,647', 'en', 2147483647],
    ['0', 'en', 0],
  ])('reads %p in %s as %i', (text, locale, value) => {
    expect(parseStatInput(text, locale)).toEqual({ kind: 'value', value });
  });

  it.each([
    ['-5', 'en', 'negative'],
    ['14.5', 'en', 'fraction'],
    ['14.000', 'en', 'fraction'],
    ['14,5', 'de', 'fraction'],
    ['2,147,483,648', 'en', 'overflow'],
    ['12abc', 'en', 'invalid'],
    ['1e5', 'en', 'invalid'],
  ])('refuses %p in %s (%s), never rounding', (text, locale, reason) => {
    expect(parseStatInput(text, locale)).toEqual({ kind: 'error', reason });
  });

  it('treats blank as empty (not reported)', () => {
    expect(parseStatInput('  ', 'en')).toEqual({ kind: 'empty' });
  });

  it('groups for editing in the locale', () => {
    expect(formatStatForEditing(14000, 'en')).toBe('14,000');
    expect(formatStatForEditing(14000, 'de')).toBe('14.000');
    expect(formatStatForEditing(null, 'en')).toBe('');
  });
});

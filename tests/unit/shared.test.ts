import { formatStat, qualifierMark } from '../../shared/format-stat';

describe('formatStat', () => {
  it.each([
    [14000, 'approximately', 'en', '~14,000'],
    [720, 'atLeast', 'en', '720+'],
    [1300, 'moreThan', 'en', '>1,300'],
    [50, 'upTo', 'en', '≤50'],
    [3744, 'exact', 'en', '3,744'],
    [3744, 'exact', 'de', '3.744'],
  ] as const)('renders %i %s in %s as %s', (value, qualifier, locale, expected) => {
    expect(formatStat(value, qualifier, locale)).toBe(expected);
  });

  it('has a long form for prose', () => {
    expect(formatStat(14000, 'approximately', 'en', { style: 'long' })).toBe('approximately 14,000');
    expect(formatStat(720, 'atLeast', 'en', { style: 'long' })).toBe('at least 720');
    expect(formatStat(1300, 'moreThan', 'en', { style: 'long' })).toBe('more than 1,300');
    expect(formatStat(50, 'upTo', 'en', { style: 'long' })).toBe('up to 50');
  });

  it('follows a French admin: groups with the narrow no-break space U+202F, marks as in English', () => {
    // U+202F is what Intl prints for fr and the French typographic rule; it is kept, not swapped for a space.
    expect(formatStat(14000, 'exact', 'fr')).toBe('14\u202F000');
    expect(formatStat(14000, 'approximately', 'fr')).toBe('~14\u202F000');
    expect(formatStat(720, 'atLeast', 'fr')).toBe('720+');
    expect(formatStat(1300, 'moreThan', 'fr')).toBe('>1\u202F300');
    expect(formatStat(2147483647, 'exact', 'fr')).toBe('2\u202F147\u202F483\u202F647');
  });

  it('writes the long form with the qualifier words it is given', () => {
    const french = {
      exact: 'exact',
      approximately: 'environ',
      atLeast: 'au moins',
      moreThan: 'plus de',
      upTo: "jusqu'à",
    };
    expect(formatStat(14000, 'approximately', 'fr', { style: 'long', words: french })).toBe('environ 14\u202F000');
    expect(formatStat(720, 'atLeast', 'fr', { style: 'long', words: french })).toBe('au moins 720');
    expect(formatStat(3744, 'exact', 'fr', { style: 'long', words: french })).toBe('3\u202F744');
    // Without words, the English ones.
    expect(formatStat(14000, 'approximately', 'fr', { style: 'long' })).toBe('approximately 14\u202F000');
  });

  it('renders nothing for a stat that was not reported', () => {
    expect(formatStat(null, 'exact')).toBe('');
  });
});

describe('qualifierMark', () => {
  it('is the mark formatStat puts on a short figure, for the legend', () => {
    expect(
      (['exact', 'approximately', 'atLeast', 'moreThan', 'upTo'] as const).map((q) => [q, qualifierMark(q)])
    ).toEqual([
      ['exact', ''],
      ['approximately', '~'],
      ['atLeast', '+'],
      ['moreThan', '>'],
      ['upTo', '≤'],
    ]);
    expect(formatStat(14000, 'approximately', 'fr')).toBe(`${qualifierMark('approximately')}14\u202f000`);
  });
});

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

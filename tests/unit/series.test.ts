import { applySeriesRule, isRomanNumeral, seriesFromCodename } from '../../server/src/rules/series';
import { SERIES_REPORTS } from '../fixtures/operation-series';

describe('seriesFromCodename', () => {
  it.each([
    ['Liberterra III', 'Liberterra'],
    ['Liberterra II', 'Liberterra'],
    ['Liberterra', 'Liberterra'],
    ['Pangea XVI', 'Pangea'],
    ['Pangea XVII', 'Pangea'],
    ['Global Chain 2024', 'Global Chain'],
    ['HAECHI III', 'HAECHI'],
    ['HAECHI IV', 'HAECHI'],
    ['Trigger IX', 'Trigger'],
    ['Operation Lionfish 7', 'Operation Lionfish'],
    ['  Liberterra   III  ', 'Liberterra'],
    ['Pangea-XVI', 'Pangea'],
    ['Pangea – XVI', 'Pangea'],
    ['Trigger #4', 'Trigger'],
    ['Sentinel MMXXIV', 'Sentinel'],
    // Not edition marks: words in Roman letters, lower case, non-canonical numerals, digits inside a word.
    ['Operation CIVIL', 'Operation CIVIL'],
    ['Operation DIM', 'Operation DIM'],
    ['Liberterra iii', 'Liberterra iii'],
    ['Pangea IIII', 'Pangea IIII'],
    ['Pangea VX', 'Pangea VX'],
    ['Storm2024', 'Storm2024'],
    ['Global Chain 2024b', 'Global Chain 2024b'],
  ])('%j → %j', (codename, series) => {
    expect(seriesFromCodename(codename)).toBe(series);
  });

  it.each([['2024'], ['XII'], ['  III '], ['- 7'], [''], ['   ']])(
    'a codename that is only a mark (%j) names no series',
    (codename) => {
      expect(seriesFromCodename(codename)).toBeNull();
    }
  );

  it('is null for anything but text', () => {
    for (const value of [null, undefined, 12, {}, ['Liberterra II']]) expect(seriesFromCodename(value)).toBeNull();
  });

  it('strips one mark only', () => {
    expect(seriesFromCodename('Global Chain 2024 II')).toBe('Global Chain 2024');
  });

  it('derives every fixture edition as the fixture expects', () => {
    for (const report of SERIES_REPORTS) expect(seriesFromCodename(report.codename)).toBe(report.expectedSeries);
  });

  it('answers quickly on long hostile text (linear scan)', () => {
    const hostile = `${'I '.repeat(5000)}x ${'-'.repeat(5000)}`;
    expect(seriesFromCodename(hostile)).toBe(hostile.trim());
  });
});

describe('isRomanNumeral', () => {
  it('knows canonical numerals from 1 to 3999 and nothing else', () => {
    expect(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'CM', 'MMMCMXCIX'].every(isRomanNumeral)).toBe(true);
    expect(['', 'IIII', 'VV', 'IC', 'MMMM', 'iv', 'ABC', 'IL'].some(isRomanNumeral)).toBe(false);
  });
});

describe('applySeriesRule', () => {
  const run = (data: Record<string, unknown>, stored: Record<string, unknown> | null) => {
    applySeriesRule(data, stored);
    return data.series;
  };

  it('derives on create when series is absent, null or blank', () => {
    expect(run({ codename: 'Liberterra III' }, null)).toBe('Liberterra');
    expect(run({ codename: 'Liberterra III', series: null }, null)).toBe('Liberterra');
    expect(run({ codename: 'Liberterra III', series: '  ' }, null)).toBe('Liberterra');
  });

  it("keeps an editor's series", () => {
    expect(run({ codename: 'Liberterra III', series: 'INTERPOL trafficking ops' }, null)).toBe(
      'INTERPOL trafficking ops'
    );
  });

  it('leaves data alone when nothing can be derived', () => {
    const data: Record<string, unknown> = { title: 'x' };
    applySeriesRule(data, null);
    expect('series' in data).toBe(false);
    expect(run({ codename: '2024', series: null }, null)).toBeNull();
  });

  it('keeps a stored series on a partial update, even when the codename changes', () => {
    const data: Record<string, unknown> = { codename: 'Pangea XVI' };
    applySeriesRule(data, { series: 'Liberterra', codename: 'Liberterra II' });
    expect('series' in data).toBe(false);
  });

  it('derives from the new codename when the stored series is empty', () => {
    expect(run({ codename: 'Pangea XVI' }, { series: null, codename: 'Liberterra II' })).toBe('Pangea');
  });

  it('derives from the stored codename when a write clears the series', () => {
    expect(run({ series: null }, { series: 'Old', codename: 'HAECHI III' })).toBe('HAECHI');
  });
});

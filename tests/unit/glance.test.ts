import { computeRatios, describeDuration, findWarnings, headlineParts } from '../../admin/src/utils/glance';
import { LIBERTERRA_FORM_VALUES } from '../helpers/liberterra-form';

const liberterra = LIBERTERRA_FORM_VALUES;

describe('at-a-glance panel logic', () => {
  it('describes the duration inclusively with the date range', () => {
    expect(describeDuration(liberterra, 'en-GB')).toEqual({ days: 12, range: '10–21 Nov 2025' });
    expect(describeDuration({ ...liberterra, endDate: '2025-11-10' }, 'en-GB')?.days).toBe(1);
  });

  it('has no duration while a date is missing or the end is before the start', () => {
    expect(describeDuration({ startDate: '2025-11-10' }, 'en')).toBeNull();
    expect(describeDuration({ ...liberterra, endDate: '2025-11-01' }, 'en')).toBeNull();
  });

  it('writes the headline a reader would see, qualifiers included', () => {
    expect(headlineParts(liberterra, 'en')).toEqual({ arrests: '3,744', countries: '119' });
    expect(headlineParts({ ...liberterra, arrestsQualifier: 'moreThan' }, 'en').arrests).toBe('more than 3,744');
    expect(headlineParts({}, 'en')).toEqual({ arrests: null, countries: null });
  });

  it('writes the headline in French with the French qualifier words and U+202F grouping', () => {
    const words = {
      exact: 'exact',
      approximately: 'environ',
      atLeast: 'au moins',
      moreThan: 'plus de',
      upTo: "jusqu'à",
    };
    expect(headlineParts({ ...liberterra, arrestsQualifier: 'moreThan' }, 'fr', words)).toEqual({
      arrests: 'plus de 3\u202F744',
      countries: '119',
    });
    expect(describeDuration(liberterra, 'fr')).toEqual({ days: 12, range: '10–21 nov. 2025' });
  });

  it('computes ratios, and none when a figure is missing or the divisor is 0', () => {
    const ratios = computeRatios(liberterra);
    expect(ratios.arrestsPerCountry).toBeCloseTo(31.46, 2);
    expect(ratios.victimsPerArrest).toBeCloseTo(1.179, 3);
    expect(ratios.officersPerArrest).toBeCloseTo(3.739, 3);
    expect(computeRatios({ ...liberterra, arrests: 0 })).toMatchObject({
      victimsPerArrest: null,
      officersPerArrest: null,
      arrestsPerCountry: 0,
    });
    expect(computeRatios({ ...liberterra, countries: null }).arrestsPerCountry).toBeNull();
  });

  it('finds nothing wrong with a complete report', () => {
    expect(findWarnings(liberterra)).toEqual([]);
  });

  it('warns about a missing source, reversed dates, preliminary figures, empty stats and qualifiers on empty stats', () => {
    const warnings = findWarnings({
      ...liberterra,
      sources: [],
      endDate: '2025-11-01',
      figuresStatus: 'preliminary',
      victimsIdentified: null,
      irregularMigrants: null,
      irregularMigrantsQualifier: 'approximately',
    });
    expect(warnings).toEqual([
      { code: 'noSource' },
      { code: 'endBeforeStart' },
      { code: 'preliminary' },
      { code: 'statEmpty', stat: 'victimsIdentified' },
      { code: 'qualifierOnEmpty', stat: 'irregularMigrants', qualifier: 'approximately' },
    ]);
  });
});

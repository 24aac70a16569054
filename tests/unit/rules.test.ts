import { checkAttributes, isHttpUrl, type Attributes } from '../../server/src/rules/attribute-rules';
import { parseDateOnly } from '../../server/src/rules/date-rules';
import { applyDateRules, computeDurationDays } from '../../server/src/rules/report-rules';
import { FieldErrors } from '../../server/src/rules/field-errors';
import { slugFrom } from '../../server/src/slugs/slug-registry';
import { validateConfig } from '../../server/src/config';

describe('computeDurationDays', () => {
  it('counts both ends: 10–21 Nov 2025 is 12 days', () => {
    expect(computeDurationDays('2025-11-10', '2025-11-21')).toBe(12);
    expect(computeDurationDays('2025-03-30', '2025-03-31')).toBe(2); // across a DST change
  });
});

describe('applyDateRules', () => {
  it('reads the stored date when an update sends only one', () => {
    const errors = new FieldErrors();
    const data: Record<string, unknown> = { endDate: '2025-11-09' };
    applyDateRules(data, { startDate: '2025-11-10', endDate: '2025-11-21' }, errors);
    expect(errors.list.map((e) => e.path)).toEqual([['endDate']]);
  });

  it('clears durationDays when a date is removed', () => {
    const data: Record<string, unknown> = { endDate: null };
    applyDateRules(data, { startDate: '2025-11-10', endDate: '2025-11-21' }, new FieldErrors());
    expect(data.durationDays).toBeNull();
  });
});

describe('parseDateOnly', () => {
  it.each([
    ['2025-11-10', '2025-11-10'],
    ['2025-11-10T00:00:00.000Z', '2025-11-10'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', null],
    ['2025-02-30', null],
    ['0000-01-01', null],
    ['12025-01-01', null],
    ['10/11/2025', null],
    ['2025-11-10T23:59:59+02:00', '2025-11-10'],
    ['2025-11-10Tgarbage', null],
    ['2025-11-10T99:99:99Z', null],
    [42, null],
  ])('%p → %p', (input, expected) => {
    expect(parseDateOnly(input)).toBe(expected);
  });
});

describe('checkAttributes', () => {
  const attributes: Attributes = {
    arrests: { type: 'integer', min: 0, max: 2147483647 },
    arrestsQualifier: { type: 'enumeration', enum: ['exact', 'atLeast'], default: 'exact' },
    title: { type: 'string', minLength: 1, maxLength: 5 },
    sources: { type: 'component', repeatable: true, component: 'x.source' },
  };
  const components = (uid: string): Attributes | undefined =>
    uid === 'x.source'
      ? { url: { type: 'string', pluginOptions: { 'operation-reports': { format: 'http-url' } } } }
      : undefined;

  it('normalises digit strings and null qualifiers', () => {
    const data: Record<string, unknown> = { arrests: '12', arrestsQualifier: null };
    const errors = new FieldErrors();
    checkAttributes(attributes, data, [], errors, components);
    expect(errors.list).toEqual([]);
    expect(data).toEqual({ arrests: 12, arrestsQualifier: 'exact' });
  });

  it('counts characters, not UTF-16 units, for lengths', () => {
    const errors = new FieldErrors();
    checkAttributes(attributes, { title: '🚨🚨🚨🚨🚨' }, [], errors, components);
    expect(errors.list).toEqual([]);
  });

  it('names nested component paths', () => {
    const errors = new FieldErrors();
    checkAttributes(
      attributes,
      { sources: [{ url: 'https://ok.example' }, { url: 'javascript:x' }] },
      [],
      errors,
      components
    );
    expect(errors.list.map((e) => e.path)).toEqual([['sources', 1, 'url']]);
    expect(() => errors.throwIfAny()).toThrow('sources.1.url');
  });

  it('refuses NaN, Infinity and exponent strings for integers', () => {
    for (const value of [NaN, Infinity, '1e3', '0x10', ' ', '1.0']) {
      const errors = new FieldErrors();
      checkAttributes(attributes, { arrests: value }, [], errors, components);
      expect(errors.list).toHaveLength(1);
    }
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://www.interpol.int', true],
    ['HTTP://EXAMPLE.ORG', true],
    ['javascript:alert(1)', false],
    ['mailto:a@b.c', false],
    ['//example.org', false],
  ])('%s → %s', (url, ok) => expect(isHttpUrl(url)).toBe(ok));
});

describe('slugFrom', () => {
  it('slugifies lower case and strict', () => {
    expect(slugFrom('Opération Liberterra III: 2025!', 'x')).toBe('operation-liberterra-iii-2025');
  });
  it('falls back when nothing is left', () => {
    expect(slugFrom('🚨', 'operation-report')).toBe('operation-report');
  });
  it('leaves room for a suffix', () => {
    expect(slugFrom('a'.repeat(500), 'x').length).toBeLessThanOrEqual(194);
  });
});

describe('validateConfig', () => {
  it('accepts the defaults', () => expect(() => validateConfig({ publicRead: false })).not.toThrow());
  it('names an unknown key', () => expect(() => validateConfig({ publicread: true })).toThrow('"publicread"'));
  it('names a key of the wrong type', () =>
    expect(() => validateConfig({ publicRead: 'true' })).toThrow('"publicRead"'));
  it('refuses a non-object', () => expect(() => validateConfig([])).toThrow('object'));
});

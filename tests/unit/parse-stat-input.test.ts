import fc from 'fast-check';
import { parseStatInput, formatStatForEditing } from '../../admin/src/utils/parseStatInput';
import { notationOf } from '../../admin/src/utils/numberNotation';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** Arabic letter mark: what right-to-left text carries around its digits when pasted. */
const ALM = '\u061c';

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

describe('a group separator counts only where the locale puts it', () => {
  const value = (v: number) => ({ kind: 'value', value: v });
  const refused = (reason: string) => ({ kind: 'error', reason });

  it.each([
    // English: commas every three digits from the right.
    ['en', '14,000', 14000],
    ['en', '1,234,567', 1234567],
    ['en', '999', 999],
    ['en', '1 234 567', 1234567],
    // French: Intl prints U+202F; a no-break space and a plain space are the same separator to an editor.
    ['fr', `14${NNBSP}000`, 14000],
    ['fr', `14${NBSP}000`, 14000],
    ['fr', '14 000', 14000],
    ['fr', `1${NNBSP}234${NNBSP}567`, 1234567],
    ['fr', `1 234${NBSP}567`, 1234567],
    // German: dots.
    ['de', '14.000', 14000],
    ['de', '1.234.567', 1234567],
    // Spanish: what Intl prints (`14000` or `14.000` depending on the ICU version, `1.234.567`).
    ['es', '14000', 14000],
    ['es', '14.000', 14000],
    ['es', '1.234.567', 1234567],
    // Arabic with Arabic-Indic digits and U+066C, with or without the direction marks a paste brings.
    ['ar', '١٤٬٠٠٠', 14000],
    ['ar', `${ALM}١٤٬٠٠٠${ALM}`, 14000],
    ['ar', '١٢٣٤٥٦٧', 1234567],
    ['ar', '١٬٢٣٤٬٥٦٧', 1234567],
    // …and with the Latin digits an Arabic admin may type as well.
    ['ar', '14,000', 14000],
    // Persian digits, Indian grouping: both read from Intl, not from a table of ours.
    ['fa', '۱۴٬۰۰۰', 14000],
    ['en-IN', '12,34,567', 1234567],
    ['de-CH', '14’000', 14000],
  ])('%s: %p is %i', (locale, text, expected) => {
    expect(parseStatInput(text, locale)).toEqual(value(expected));
  });

  it.each([
    // The bug: the comma was deleted wherever it stood (12345, 123, 123).
    ['en', '1 234,5', 'grouping'],
    ['en', '1,23', 'grouping'],
    ['en', '1,2,3', 'grouping'],
    ['en', '12,34', 'grouping'],
    ['en', '1234,567', 'grouping'],
    ['en', '1,2345', 'grouping'],
    ['en', '14,,000', 'grouping'],
    ['en', '14,000,', 'grouping'],
    ['en', ',14', 'invalid'],
    // Two kinds of separator in one number.
    ['en', '1,234 567', 'grouping'],
    ['en', '1.234,5', 'grouping'],
    ['en', '1.234.567', 'grouping'],
    ['en', '1,234.5', 'fraction'],
    // `0,123` may be a decimal written the continental way.
    ['en', '0,123', 'grouping'],
    ['fr', '14,000', 'fraction'],
    ['fr', '14.000', 'grouping'],
    ['fr', '1 234,5', 'fraction'],
    ['fr', '1 23', 'grouping'],
    ['de', '14,000', 'fraction'],
    ['de', '14 000,5', 'fraction'],
    ['de', '1.23', 'grouping'],
    ['de', '1.2.3', 'grouping'],
    ['de', '14.000 000', 'grouping'],
    ['es', '1.23', 'grouping'],
    ['es', '1,234,567', 'grouping'],
    ['es', '14,5', 'fraction'],
    ['ar', '١٤٫٥', 'fraction'],
    ['ar', '١٬٢٣', 'grouping'],
    ['ar', '١٤,٠٠٠', 'grouping'],
    // Digits from two scripts are a typing accident, not a number.
    ['ar', '1٤٬٠٠٠', 'invalid'],
    ['en-IN', '1,234,567', 'grouping'],
    ['en', '+14', 'invalid'],
    ['en', '−14', 'negative'],
    ['ar', `${ALM}-١٤`, 'negative'],
    ['en', '99999999999999999999', 'overflow'],
  ])('%s: %p is refused (%s)', (locale, text, reason) => {
    expect(parseStatInput(text, locale)).toEqual(refused(reason));
  });

  it.each(['en', 'fr', 'de', 'es', 'ar', 'ar-EG', 'fa', 'en-IN', 'de-CH', 'ru', 'hi', 'bn'])(
    'in %s, reads back every whole number as Intl prints it',
    (locale) => {
      const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2_147_483_647 }), (n) => {
          expect(parseStatInput(format.format(n), locale)).toEqual(value(n));
          expect(parseStatInput(formatStatForEditing(n, locale), locale)).toEqual(value(n));
        }),
        { numRuns: 300 }
      );
    }
  );

  it('never reads a number other than the one written: any text is refused or read as its digits, in order', () => {
    const chars = fc.constantFrom('1', '2', '0', '7', ',', '.', ' ', NNBSP, NBSP, "'", '٤', '٬', '٫', 'a', '-');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 16 }),
        fc.constantFrom('en', 'fr', 'de', 'es', 'ar'),
        (parts, locale) => {
          const text = parts.join('');
          const parsed = parseStatInput(text, locale);
          if (parsed.kind !== 'value') return;
          // Whatever was accepted, its digits are exactly the digits typed.
          const typedDigits = Array.from(text)
            .filter((char) => /\p{Nd}/u.test(char))
            .map((char) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(char) >= 0 ? '٠١٢٣٤٥٦٧٨٩'.indexOf(char) : char))
            .join('');
          expect(String(parsed.value)).toBe(typedDigits.replace(/^0+(?=\d)/, ''));
          // And a separator in it is the locale's group separator (or a space), never its decimal mark.
          const { decimal } = notationOf(locale, /[٠-٩]/.test(text) ? 'arab' : 'latn');
          expect(text.includes(decimal)).toBe(false);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it('writes its examples the locale way', () => {
    expect(notationOf('en')).toMatchObject({ example: '1,234,567', plainExample: '1234567' });
    expect(notationOf('fr').example).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(notationOf('de').example).toBe('1.234.567');
    expect(notationOf('en-IN')).toMatchObject({ primaryGroup: 3, secondaryGroup: 2 });
    expect(notationOf('ar', 'arab')).toMatchObject({ group: '٬', decimal: '٫' });
  });
});

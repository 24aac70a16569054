/**
 * How a locale writes whole numbers, read from Intl rather than from a table
 * of our own: which characters are digits (and in which numbering system),
 * which character groups them, which marks decimals, and the group sizes
 * (3 then 3 in `1,234,567`; 3 then 2 in Indian `12,34,567`).
 */

export interface NumberNotation {
  /** The numbering system these rules are for: `latn`, `arab`, `deva`… */
  numberingSystem: string;
  /** The group separator as Intl prints it (`,`, `.`, U+202F, U+066C, `'`). */
  group: string;
  decimal: string;
  /** Size of the last group (3 in every locale Intl knows). */
  primaryGroup: number;
  /** Size of the groups before it (2 in en-IN and hi, else 3). */
  secondaryGroup: number;
  /** A seven-digit number grouped the locale's way, for messages: `1,234,567`. */
  example: string;
  /** The same number without grouping: `1234567`. */
  plainExample: string;
}

interface Digit {
  numberingSystem: string;
  value: number;
}

/**
 * Spaces that separate digit groups: a plain space, the no-break space (ru,
 * pl, sv…) and the narrow no-break space Intl prints for fr. An editor cannot
 * tell them apart, so they count as one separator. No locale uses a space as
 * its decimal mark, so a space never turns into a decimal point.
 */
export const SPACE_SEPARATORS: ReadonlySet<string> = new Set([' ', '\u00A0', '\u202F', '\u2009']);

/** Straight and typographic apostrophes: Intl has printed both for de-CH. */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);

/**
 * The class a separator belongs to: every space is `' '`, every apostrophe
 * `'`, any other character itself. Two separators of the same class are the
 * same separator to the editor.
 */
export function separatorClass(char: string): string {
  if (SPACE_SEPARATORS.has(char)) return ' ';
  if (APOSTROPHES.has(char)) return "'";
  return char;
}

let digitTable: Map<string, Digit> | null = null;

/**
 * Every decimal digit Intl can print, with its numbering system and value:
 * `٤` is 4 in `arab`, `۴` is 4 in `arabext`, `4` is 4 in `latn`.
 */
function digits(): Map<string, Digit> {
  if (digitTable) return digitTable;
  const table = new Map<string, Digit>();
  const systems = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('numberingSystem') : ['latn'];
  for (const numberingSystem of ['latn', ...systems]) {
    let printed: string[];
    try {
      printed = Array.from(new Intl.NumberFormat('en', { numberingSystem, useGrouping: false }).format(1234567890));
    } catch {
      continue;
    }
    // Only positional systems with ten decimal digits (not `hanidec`'s ideographs).
    if (printed.length !== 10 || !printed.every((char) => /^\p{Nd}$/u.test(char))) continue;
    printed.forEach((char, index) => {
      if (!table.has(char)) table.set(char, { numberingSystem, value: (index + 1) % 10 });
    });
  }
  digitTable = table;
  return table;
}

/** The value and numbering system of one character, or null when it is not a digit. */
export const readDigit = (char: string): Digit | null => digits().get(char) ?? null;

const notations = new Map<string, NumberNotation>();

/**
 * The notation of `locale` in `numberingSystem` (the locale's own when
 * omitted): `ar` with Arabic-Indic digits groups with U+066C, `ar` with Latin
 * digits with a comma, exactly as Intl prints them.
 */
export function notationOf(locale: string, numberingSystem?: string): NumberNotation {
  const key = `${locale}|${numberingSystem ?? ''}`;
  const known = notations.get(key);
  if (known) return known;
  const format = new Intl.NumberFormat(locale, numberingSystem ? { numberingSystem } : {});
  const parts = format.formatToParts(1234567890.5);
  const integerGroups = parts.filter((part) => part.type === 'integer').map((part) => Array.from(part.value).length);
  const notation: NumberNotation = {
    numberingSystem: format.resolvedOptions().numberingSystem,
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    primaryGroup: integerGroups[integerGroups.length - 1] ?? 3,
    secondaryGroup: integerGroups.length > 2 ? integerGroups[integerGroups.length - 2] : 3,
    example: format.format(1234567),
    plainExample: new Intl.NumberFormat(locale, {
      ...(numberingSystem ? { numberingSystem } : {}),
      useGrouping: false,
    }).format(1234567),
  };
  notations.set(key, notation);
  return notation;
}

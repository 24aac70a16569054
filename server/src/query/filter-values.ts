import { STAT_MAX } from '../../../shared/stats';
import { parseDateOnly } from '../rules/date-rules';
import { textProblem } from '../rules/text-rules';
import { invalid } from '../rules/validation-error';

/**
 * The values a filter may hold, shared by every profile of the filter walker:
 * what counts as an object of conditions, how a qs list is read, and the
 * bounds and forms of whole numbers, dates, text and booleans.
 */

export type Path = string[];

/** An object of conditions (a Date, as GraphQL may pass, is a value). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** A list, as qs gives it: an array, or an object with numeric keys (qs turns long lists into those). Null otherwise. */
export function readList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.keys(value)
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => value[key]);
  }
  return null;
}

export interface WholeBounds {
  min: number;
  max: number;
}

/** integer and increments columns are signed 32-bit in every database; PostgreSQL fails the query on a wider value. */
export const INT32: WholeBounds = { min: -STAT_MAX - 1, max: STAT_MAX };
export const SAFE_INTEGER: WholeBounds = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };

/** A whole number (or its digits, at most `digits` of them) within `bounds`. */
export function readWholeNumber(value: unknown, path: Path, bounds: WholeBounds, digits: number): number {
  const text = typeof value === 'number' ? String(value) : value;
  const pattern = new RegExp(`^-?\\d{1,${digits}}$`);
  const number = typeof text === 'string' && pattern.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number) || number < bounds.min || number > bounds.max) {
    invalid(path, `${path.join('.')} must be a whole number between ${bounds.min} and ${bounds.max}`);
  }
  return number;
}

/** A calendar date, as `YYYY-MM-DD`. */
export function readDate(value: unknown, path: Path): string {
  const day = parseDateOnly(value);
  return day ?? invalid(path, `${path.join('.')} must be a date (YYYY-MM-DD)`);
}

/** Refuses text no database can store as sent (NUL, unpaired surrogates). */
export function checkText(value: string, path: Path): string {
  const problem = textProblem(value);
  return problem ? invalid(path, `${path.join('.')} ${problem}`) : value;
}

const TRUE = [true, 'true', '1'];
const FALSE = [false, 'false', '0'];

/** true/false, as qs ('true', '1') or JSON gives them; `numbers` also takes 1 and 0. */
export function readBoolean(value: unknown, path: Path, { numbers = false } = {}): boolean {
  if (TRUE.includes(value as never) || (numbers && value === 1)) return true;
  if (FALSE.includes(value as never) || (numbers && value === 0)) return false;
  return invalid(path, `${path.join('.')} must be true or false`);
}

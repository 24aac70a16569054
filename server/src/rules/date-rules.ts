import { isValid, parseISO } from 'date-fns';

const DATE_PREFIX = /^(\d{4,})-(\d{2})-(\d{2})(?:$|T)/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;

/**
 * Reads the calendar date of a value Strapi accepts for a `date` attribute
 * (`2025-11-10`, an ISO timestamp or a Date) and returns `YYYY-MM-DD`, or null
 * when it is not a real date (2025-02-30, year 0, free text).
 */
export function parseDateOnly(value: unknown): string | null {
  if (value instanceof Date) {
    return isValid(value) ? value.toISOString().slice(0, 10) : null;
  }
  if (typeof value !== 'string') return null;
  const match = DATE_PREFIX.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (Number(year) < 1 || year.length > 4) return null;
  // A timestamp must be a real one: 2025-11-10T99:99 or 2025-11-10Tgarbage is not a date.
  if (value.trim().length > 10 && !TIMESTAMP.test(value.trim())) return null;
  const date = parseISO(`${year}-${month}-${day}`);
  if (!isValid(date)) return null;
  // parseISO rolls nothing over, but guard against 2025-02-30 style inputs anyway.
  if (date.getFullYear() !== Number(year) || date.getMonth() + 1 !== Number(month) || date.getDate() !== Number(day)) {
    return null;
  }
  return `${year}-${month}-${day}`;
}

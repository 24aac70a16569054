import { differenceInCalendarDays, parseISO } from 'date-fns';
import { FieldErrors } from './field-errors';
import { parseDateOnly } from './date-rules';
import { reason } from './validation-error';

/** Inclusive length of an operation in days: 10–21 Nov is 12 days. */
export function computeDurationDays(startDate: string, endDate: string): number {
  return differenceInCalendarDays(parseISO(endDate), parseISO(startDate)) + 1;
}

export interface StoredDates {
  startDate?: unknown;
  endDate?: unknown;
}

/**
 * Cross-field rules of a report: end ≥ start (reading the stored date when a
 * partial update sends only one of the two) and durationDays, which is always
 * recomputed and never taken from the client.
 */
export function applyDateRules(data: Record<string, unknown>, stored: StoredDates | null, errors: FieldErrors): void {
  const start = 'startDate' in data ? data.startDate : stored?.startDate;
  const end = 'endDate' in data ? data.endDate : stored?.endDate;
  const startDay = start === null || start === undefined ? null : parseDateOnly(start);
  const endDay = end === null || end === undefined ? null : parseDateOnly(end);

  if (startDay && endDay && endDay < startDay) {
    const message = `endDate (${endDay}) must be on or after startDate (${startDay})`;
    errors.add(['endDate'], message, reason('endBeforeStart', { endDate: endDay, startDate: startDay }), end);
  }

  data.durationDays = startDay && endDay && endDay >= startDay ? computeDurationDays(startDay, endDay) : null;
}

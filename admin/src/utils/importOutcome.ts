import type { ImportOutcome } from '../../../shared/types';
import { isRecord } from './isRecord';

/** Reads an import answer (200 data, or a 400's details); anything else is null. */
export function readImportOutcome(value: unknown): ImportOutcome | null {
  if (!isRecord(value) || !Array.isArray(value.reports) || !isRecord(value.summary)) return null;
  return value as unknown as ImportOutcome;
}

/** The `error.details` of a refused request, as Strapi's fetch client throws it. */
export const errorDetails = (error: unknown): unknown =>
  (error as { response?: { data?: { error?: { details?: unknown } } } })?.response?.data?.error?.details;

import { PLUGIN_ID } from '../../../shared/constants';
import type { RefusalReason } from '../../../shared/types';
import { isRecord } from './isRecord';

/**
 * A refused save, as the server sends it: a ValidationError whose
 * `details.errors` entries carry, beside Strapi's `path` and English `message`,
 * the plugin's message `id` and its `values` (server/src/rules/validation-error.ts).
 */
export interface Reason extends RefusalReason {
  /** The server's English message: what is shown when the id is unknown. */
  message: string;
}

/** Says one reason in the editor's words. */
export type Say = (reason: Reason) => string;

const ID_PREFIX = `${PLUGIN_ID}.error.`;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const reasonOf = (entry: unknown): Reason | null => {
  if (!isRecord(entry) || typeof entry.id !== 'string' || !entry.id.startsWith(ID_PREFIX)) return null;
  if (typeof entry.message !== 'string') return null;
  const values = isRecord(entry.values) ? (entry.values as Reason['values']) : {};
  return { id: entry.id, values, message: entry.message };
};

/**
 * The same refusal with every entry the plugin gave a reason for re-worded by
 * `say`, and the 400's own message made of those words (one per line, as the
 * admin joins several errors). Null when the error is not such a refusal, so
 * Strapi's own refusals pass untouched. Paths, ids and values are kept.
 */
export function sayRefusal(error: unknown, say: Say): Record<string, unknown> | null {
  if (!isRecord(error) || error.name !== 'ValidationError' || !isRecord(error.details)) return null;
  const entries = error.details.errors;
  if (!Array.isArray(entries) || !entries.some((entry) => reasonOf(entry) !== null)) return null;
  const worded = entries.map((entry) => {
    const reason = reasonOf(entry);
    return reason ? { ...(entry as Record<string, unknown>), message: say(reason) } : entry;
  });
  const message = worded.map((entry) => (isRecord(entry) ? entry.message : '')).join('\n');
  return { ...error, message, details: { ...error.details, errors: worded } };
}

/** ISO days (`2023-10-01`) as the editor's locale writes them ("Oct 1, 2023", "1 oct. 2023"); other values as sent. */
export function localValues(values: Reason['values'], locale: string): Reason['values'] {
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const local = (value: string | number) => {
    const date = typeof value === 'string' && ISO_DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    return date && !Number.isNaN(date.getTime()) ? day.format(date) : value;
  };
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, local(value)]));
}

import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../../shared/constants';
import type { RefusalReason } from '../../../shared/types';

/** Why a field is refused, in words an admin can translate: a stable message id and its values (shared/types.ts). */
export type Reason = RefusalReason;
/** The values a message id is filled with: ISO dates, numbers and plain words, formatted by the admin. */
export type MessageValues = RefusalReason['values'];

/** One entry of `details.errors`: the shape Strapi's own validation answers with, plus the plugin's message id and values. */
export type FieldError = {
  path: string[];
  message: string;
  name: 'ValidationError';
  value?: unknown;
  id?: string;
  values?: MessageValues;
};

/** A field error before it is shaped: where, what, optionally why (id and values) and the refused value. */
export type FieldProblem = { path: readonly string[]; message: string; value?: unknown; reason?: Reason };

/** The reason `operation-reports.error.<key>`: its id is a key of the admin's translations. */
export const reason = (key: string, values: MessageValues = {}): Reason => ({
  id: `${PLUGIN_ID}.error.${key}`,
  values,
});

const shaped = ({ path, message, reason: why, ...rest }: FieldProblem): FieldError => {
  const error: FieldError = { path: [...path], message, name: 'ValidationError' };
  if ('value' in rest) error.value = rest.value;
  if (why) Object.assign(error, { id: why.id, values: why.values });
  return error;
};

/**
 * The one way the plugin builds a refusal: a `ValidationError` (HTTP 400)
 * whose `details.errors` lists the fields, as Strapi's own validation does.
 * `message` is the 400's message; `details` adds further keys beside `errors`.
 */
export function refusal(
  message: string,
  problems: readonly FieldProblem[],
  details: Record<string, unknown> = {}
): InstanceType<typeof errors.ValidationError> {
  return new errors.ValidationError(message, { ...details, errors: problems.map(shaped) });
}

/** A refusal naming one field, whose message is the 400's message. */
export function validationError(
  path: readonly string[],
  message: string,
  options: { value?: unknown; reason?: Reason; more?: readonly FieldProblem[] } = {}
): InstanceType<typeof errors.ValidationError> {
  const { more = [], ...first } = options;
  return refusal(message, [{ path, message, ...first }, ...more]);
}

/** Throws {@link validationError}: for readers that refuse as soon as one value is wrong. */
export function invalid(
  path: readonly string[],
  message: string,
  options?: { value?: unknown; reason?: Reason }
): never {
  throw validationError(path, message, options);
}

import { errors } from '@strapi/utils';

/** One entry of `details.errors`: the shape Strapi's own validation answers with. */
export type FieldError = { path: string[]; message: string; name: 'ValidationError'; value?: unknown };

/** A field error before it is shaped: where, what, and optionally the refused value. */
export type FieldProblem = { path: readonly string[]; message: string; value?: unknown };

const shaped = ({ path, message, ...rest }: FieldProblem): FieldError => {
  const error: FieldError = { path: [...path], message, name: 'ValidationError' };
  if ('value' in rest) error.value = rest.value;
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
  options: { value?: unknown; more?: readonly FieldProblem[] } = {}
): InstanceType<typeof errors.ValidationError> {
  const first: FieldProblem = 'value' in options ? { path, message, value: options.value } : { path, message };
  return refusal(message, [first, ...(options.more ?? [])]);
}

/** Throws {@link validationError}: for readers that refuse as soon as one value is wrong. */
export function invalid(path: readonly string[], message: string, options?: { value?: unknown }): never {
  throw validationError(path, message, options);
}

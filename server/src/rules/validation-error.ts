import { errors } from '@strapi/utils';

/** One entry of `details.errors`: the shape Strapi's own validation answers with. */
export type FieldError = { path: string[]; message: string; name: 'ValidationError'; value?: unknown };

/**
 * The one way the plugin builds a refusal: a `ValidationError` (HTTP 400)
 * whose `details.errors` names the field, as Strapi's own validation does.
 * Further entries may be passed for a refusal that names several fields.
 */
export function validationError(
  path: readonly string[],
  message: string,
  options: { value?: unknown; more?: readonly FieldError[] } = {}
): InstanceType<typeof errors.ValidationError> {
  const first: FieldError = { path: [...path], message, name: 'ValidationError' };
  if ('value' in options) first.value = options.value;
  return new errors.ValidationError(message, { errors: [first, ...(options.more ?? [])] });
}

/** Throws {@link validationError}: for readers that refuse as soon as one value is wrong. */
export function invalid(path: readonly string[], message: string, options?: { value?: unknown }): never {
  throw validationError(path, message, options);
}

import { validationError, type FieldError } from './validation-error';

export interface FieldProblem {
  path: (string | number)[];
  message: string;
  value?: unknown;
}

/**
 * Collects every problem of one write so the editor sees them all at once, then
 * throws a single ValidationError shaped like Strapi's own (details.errors[].path),
 * which the Content Manager maps onto the form's fields.
 */
export class FieldErrors {
  readonly list: FieldProblem[] = [];

  add(path: (string | number)[], message: string, value?: unknown): void {
    this.list.push({ path, message, value });
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const [first, ...rest] = this.list;
    const more = rest.map((e) => (errorOf(e).details as { errors: FieldError[] }).errors[0]);
    const error = errorOf(first, more);
    if (more.length > 0)
      error.message = `${this.list.length} errors occurred: ${this.list.map((e) => e.message).join('; ')}`;
    throw error;
  }
}

const errorOf = (e: FieldProblem, more: FieldError[] = []) =>
  validationError(e.path.map(String), e.message, { value: e.value, more });

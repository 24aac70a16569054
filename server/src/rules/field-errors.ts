import { refusal, type FieldProblem, type Reason } from './validation-error';

export interface WriteProblem {
  path: (string | number)[];
  message: string;
  reason: Reason;
  value?: unknown;
}

/**
 * Collects every problem of one write so the editor sees them all at once, then
 * throws a single ValidationError shaped like Strapi's own (details.errors[].path),
 * which the Content Manager maps onto the form's fields. Each problem carries
 * its reason (message id and values) for the admin to say it in the editor's words.
 */
export class FieldErrors {
  readonly list: WriteProblem[] = [];

  add(path: (string | number)[], message: string, reason: Reason, value?: unknown): void {
    this.list.push({ path, message, reason, value });
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const message =
      this.list.length === 1
        ? this.list[0].message
        : `${this.list.length} errors occurred: ${this.list.map((e) => e.message).join('; ')}`;
    throw refusal(
      message,
      this.list.map(
        (e): FieldProblem => ({ path: e.path.map(String), message: e.message, reason: e.reason, value: e.value })
      )
    );
  }
}

import { FieldErrors } from './field-errors';
import { findBadText, textIssue } from './text-rules';
import { reason } from './validation-error';
import { parseDateOnly } from './date-rules';

/** The subset of a Strapi attribute definition these rules read. */
export interface AttributeDef {
  type: string;
  enum?: string[];
  default?: unknown;
  min?: number | string;
  max?: number | string;
  minLength?: number;
  maxLength?: number;
  repeatable?: boolean;
  component?: string;
  pluginOptions?: { 'operation-reports'?: { format?: 'http-url' } } & Record<string, unknown>;
}

export type Attributes = Record<string, AttributeDef>;
export type ComponentLookup = (uid: string) => Attributes | undefined;

type Data = Record<string, unknown>;

/** Where a value sits in the write, and what collects its problems. */
interface Place {
  at: (string | number)[];
  label: string;
  errors: FieldErrors;
  componentOf: ComponentLookup;
}

const DIGITS = /^\d+$/;

/**
 * Enforces the schema's own limits (lengths, ranges, enums, dates, URL schemes)
 * on every write, drafts included: Strapi core only checks them on publish.
 * Values are normalised in place (digit strings to integers, a null enum to its
 * default) so what is stored is exactly what was checked.
 */
export function checkAttributes(
  attributes: Attributes,
  data: Data,
  path: (string | number)[],
  errors: FieldErrors,
  componentOf: ComponentLookup
): void {
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    const at = [...path, name];
    const label = at.join('.');
    const place: Place = { at, label, errors, componentOf };

    switch (attribute.type) {
      case 'string':
      case 'text':
      case 'uid':
      case 'email':
        checkString(attribute, value, place);
        break;
      case 'integer':
      case 'biginteger':
      case 'decimal':
      case 'float':
        data[name] = checkNumber(attribute, value, place);
        break;
      case 'enumeration':
        data[name] = checkEnum(attribute, value, place);
        break;
      case 'date':
        if (value !== null && value !== undefined && parseDateOnly(value) === null) {
          errors.add(at, `${label} must be a valid date (YYYY-MM-DD)`, reason('date'), value);
        }
        break;
      case 'component':
        checkComponent(attribute, value, place);
        break;
      case 'blocks':
        // Strapi stores anything that is not a list of blocks as null, silently.
        if (value !== null && value !== undefined && !Array.isArray(value)) {
          errors.add(at, `${label} must be a list of blocks`, reason('blocks'), value);
        } else if (Array.isArray(value)) {
          const bad = findBadText(value);
          if (bad)
            errors.add([...at, ...bad.path], `${[...at, ...bad.path].join('.')} ${bad.problem}`, reason(bad.key));
        }
        break;
      default:
        break;
    }
  }
}

function checkString(attribute: AttributeDef, value: unknown, { at, label, errors }: Place): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'string') {
    errors.add(at, `${label} must be a string`, reason('string'), value);
    return;
  }
  const issue = textIssue(value);
  if (issue) {
    errors.add(at, `${label} ${issue.problem}`, reason(issue.key));
    return;
  }
  const length = [...value].length;
  if (attribute.maxLength !== undefined && length > attribute.maxLength) {
    const values = { max: attribute.maxLength, length };
    errors.add(
      at,
      `${label} must be at most ${attribute.maxLength} characters (got ${length})`,
      reason('maxLength', values)
    );
  }
  if (attribute.minLength !== undefined && length < attribute.minLength) {
    const { minLength: min } = attribute;
    errors.add(
      at,
      `${label} must be at least ${min} character${min === 1 ? '' : 's'}`,
      reason('minLength', { min, length })
    );
  }
  if (attribute.pluginOptions?.['operation-reports']?.format === 'http-url' && value !== '') {
    if (!isHttpUrl(value)) {
      errors.add(
        at,
        `${label} must be an http:// or https:// URL`,
        reason('url', { schemes: 'http://, https://' }),
        value
      );
    }
  }
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** Integers take whole numbers (or digit strings); decimals any finite number. */
function checkNumber(attribute: AttributeDef, value: unknown, { at, label, errors }: Place): unknown {
  if (value === null || value === undefined) return value;
  const integer = attribute.type === 'integer' || attribute.type === 'biginteger';
  const text = typeof value === 'string' ? value.trim() : null;
  let number: number | null = null;
  if (typeof value === 'number' && (integer ? Number.isSafeInteger(value) : Number.isFinite(value))) number = value;
  else if (text !== null && (integer ? DIGITS : DECIMAL).test(text)) number = Number(text);
  if (integer && number !== null && !Number.isSafeInteger(number)) number = null;

  const min = toLimit(attribute.min);
  const max = toLimit(attribute.max);
  const expected = `${label} must be a ${integer ? 'whole number' : 'number'}${describeRange(min, max)}`;
  const why = numberReason(integer, min, max);
  if (number === null) {
    errors.add(at, expected, why, value);
    return value;
  }
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
    errors.add(at, `${expected} (got ${number})`, { ...why, values: { ...why.values, got: number } }, value);
    return value;
  }
  return number;
}

function checkEnum(attribute: AttributeDef, value: unknown, { at, label, errors }: Place): unknown {
  if (value === undefined) return value;
  if (value === null) return attribute.default ?? null;
  const allowed = attribute.enum ?? [];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    errors.add(
      at,
      `${label} must be one of ${allowed.join(', ')}`,
      reason('enum', { allowed: allowed.join(', ') }),
      value
    );
  }
  return value;
}

function checkComponent(attribute: AttributeDef, value: unknown, { at, label, errors, componentOf }: Place): void {
  if (value === null || value === undefined) return;
  const attributes = attribute.component ? componentOf(attribute.component) : undefined;
  if (!attributes) return;
  const items = attribute.repeatable ? value : [value];
  if (!Array.isArray(items)) {
    errors.add(at, `${label} must be a list`, reason('list'), value);
    return;
  }
  items.forEach((item, index) => {
    const itemPath = attribute.repeatable ? [...at, index] : at;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      // Strapi also accepts a bare id of an existing component entry.
      if (typeof item === 'number' || typeof item === 'string') return;
      errors.add(itemPath, `${itemPath.join('.')} must be an object`, reason('object'), item);
      return;
    }
    checkAttributes(attributes, item as Data, itemPath, errors, componentOf);
  });
}

const toLimit = (limit: number | string | undefined): number | undefined =>
  limit === undefined ? undefined : Number(limit);

/** `number`, `number.between`, `number.atLeast` or `number.atMost`, with `kind` (whole or decimal) and the limits. */
function numberReason(integer: boolean, min: number | undefined, max: number | undefined) {
  const kind = integer ? 'whole' : 'decimal';
  if (min !== undefined && max !== undefined) return reason('number.between', { kind, min, max });
  if (min !== undefined) return reason('number.atLeast', { kind, min });
  if (max !== undefined) return reason('number.atMost', { kind, max });
  return reason('number', { kind });
}

function describeRange(min: number | undefined, max: number | undefined): string {
  const fmt = (n: number) => n.toLocaleString('en');
  if (min !== undefined && max !== undefined) return ` between ${fmt(min)} and ${fmt(max)}`;
  if (min !== undefined) return ` of at least ${fmt(min)}`;
  if (max !== undefined) return ` of at most ${fmt(max)}`;
  return '';
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

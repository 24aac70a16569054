import { errors } from '@strapi/utils';
import { parseDateOnly } from '../middlewares/attribute-rules';
import { textProblem } from '../middlewares/text-rules';

/**
 * The `filters` of GET /api/operation-reports/stats: the syntax of find, on a
 * whitelist of fields and operators, with every value checked against its
 * field's type. Anything else is a 400 naming the offending path; nothing
 * unchecked reaches SQL.
 */

type FieldKind = 'integer' | 'date' | 'enumeration' | 'string';
interface FieldRule {
  kind: FieldKind;
  enum?: readonly string[];
}
export type FieldRules = Record<string, FieldRule>;

const OPERATORS: Record<string, FieldKind[]> = {
  $eq: ['integer', 'date', 'enumeration', 'string'],
  $ne: ['integer', 'date', 'enumeration', 'string'],
  $lt: ['integer', 'date'],
  $lte: ['integer', 'date'],
  $gt: ['integer', 'date'],
  $gte: ['integer', 'date'],
  $in: ['integer', 'date', 'enumeration', 'string'],
  $notIn: ['integer', 'date', 'enumeration', 'string'],
  $null: ['integer', 'date', 'enumeration', 'string'],
  $notNull: ['integer', 'date', 'enumeration', 'string'],
  $between: ['integer', 'date'],
  $contains: ['string'],
  $containsi: ['string'],
  $startsWith: ['string'],
};
export const STATS_FILTER_OPERATORS = Object.keys(OPERATORS);

const MAX_DEPTH = 6;
const MAX_LIST = 100;
const MAX_STRING = 500;
/** Integer columns are 32-bit in every database; PostgreSQL fails the query on a wider value. */
const INTEGER_MIN = -2147483648;
const INTEGER_MAX = 2147483647;

/** Which attributes of a content type can be filtered on, and as what. */
export function filterableFields(
  attributes: Record<string, { type: string; enum?: string[]; private?: boolean }>
): FieldRules {
  const rules: FieldRules = { documentId: { kind: 'string' } };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.private) continue;
    switch (attribute.type) {
      case 'integer':
        rules[name] = { kind: 'integer' };
        break;
      case 'date':
        rules[name] = { kind: 'date' };
        break;
      case 'enumeration':
        rules[name] = { kind: 'enumeration', enum: attribute.enum ?? [] };
        break;
      case 'string':
      case 'text':
      case 'uid':
        rules[name] = { kind: 'string' };
        break;
      default:
        break;
    }
  }
  return rules;
}

type Path = string[];

const fail = (path: Path, message: string): never => {
  throw new errors.ValidationError(message, {
    errors: [{ path, message, name: 'ValidationError' }],
  });
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** qs turns long lists into objects with numeric keys; read both forms. */
function asList(value: unknown, path: Path): unknown[] {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.keys(value)
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => value[key]);
  }
  return fail(path, `${path.join('.')} must be a list`);
}

function castValue(rule: FieldRule, value: unknown, path: Path): string | number {
  const where = path.join('.');
  switch (rule.kind) {
    case 'integer': {
      const text = typeof value === 'number' ? String(value) : value;
      const number = typeof text === 'string' && /^-?\d{1,16}$/.test(text.trim()) ? Number(text) : NaN;
      if (!Number.isSafeInteger(number) || number < INTEGER_MIN || number > INTEGER_MAX) {
        return fail(path, `${where} must be a whole number between ${INTEGER_MIN} and ${INTEGER_MAX}`);
      }
      return number;
    }
    case 'date': {
      const day = parseDateOnly(value);
      return day ?? fail(path, `${where} must be a date (YYYY-MM-DD)`);
    }
    case 'enumeration':
      if (typeof value !== 'string' || !rule.enum?.includes(value)) {
        return fail(path, `${where} must be one of ${rule.enum?.join(', ')}`);
      }
      return value;
    default:
      if (typeof value !== 'string' && typeof value !== 'number') return fail(path, `${where} must be a string`);
      if (String(value).length > MAX_STRING) return fail(path, `${where} is longer than ${MAX_STRING} characters`);
      const problem = textProblem(String(value));
      return problem ? fail(path, `${where} ${problem}`) : String(value);
  }
}

function castBoolean(value: unknown, path: Path): boolean {
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  return fail(path, `${path.join('.')} must be true or false`);
}

function checkCondition(rule: FieldRule, condition: unknown, path: Path): unknown {
  if (!isPlainObject(condition)) return { $eq: castValue(rule, condition, path) };
  const out: Record<string, unknown> = {};
  const entries = Object.entries(condition);
  if (entries.length === 0) fail(path, `${path.join('.')} has no operator`);
  for (const [operator, value] of entries) {
    const at = [...path, operator];
    const kinds = OPERATORS[operator];
    if (!kinds) fail(at, `Unknown filter operator "${operator}" on ${path.join('.')}`);
    if (!kinds.includes(rule.kind)) fail(at, `Operator ${operator} does not apply to ${path.join('.')} (${rule.kind})`);
    switch (operator) {
      case '$null':
      case '$notNull':
        out[operator] = castBoolean(value, at);
        break;
      case '$in':
      case '$notIn': {
        const list = asList(value, at);
        if (list.length === 0 || list.length > MAX_LIST) fail(at, `${at.join('.')} must list 1 to ${MAX_LIST} values`);
        out[operator] = list.map((item, i) => castValue(rule, item, [...at, String(i)]));
        break;
      }
      case '$between': {
        const list = asList(value, at);
        if (list.length !== 2) fail(at, `${at.join('.')} must list exactly 2 values`);
        out[operator] = list.map((item, i) => castValue(rule, item, [...at, String(i)]));
        break;
      }
      default:
        out[operator] = castValue(rule, value, at);
    }
  }
  return out;
}

/** Checks `filters` and returns the equivalent `where` for Strapi's query builder. */
export function checkStatsFilters(
  filters: unknown,
  fields: FieldRules,
  relations: Record<string, FieldRules>,
  path: Path = ['filters'],
  depth = 0
): Record<string, unknown> {
  if (depth > MAX_DEPTH) fail(path, `filters are nested deeper than ${MAX_DEPTH} levels`);
  if (!isPlainObject(filters)) return fail(path, `${path.join('.')} must be an object of field conditions`);
  const where: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const at = [...path, key];
    if (key === '$and' || key === '$or') {
      const list = asList(value, at);
      if (list.length === 0 || list.length > MAX_LIST)
        fail(at, `${at.join('.')} must list 1 to ${MAX_LIST} conditions`);
      where[key] = list.map((item, i) => checkStatsFilters(item, fields, relations, [...at, String(i)], depth + 1));
    } else if (relations[key]) {
      where[key] = checkStatsFilters(value, relations[key], {}, at, depth + 1);
    } else if (fields[key]) {
      where[key] = checkCondition(fields[key], value, at);
    } else if (key.startsWith('$')) {
      fail(at, `Unknown filter operator "${key}"`);
    } else {
      fail(at, `Unknown filter field "${key}"`);
    }
  }
  return where;
}

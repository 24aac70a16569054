import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { invalid } from '../rules/validation-error';
import { walkFilters, type FilterProfile } from './filter-walker';
import {
  checkText,
  INT32,
  isPlainObject,
  readBoolean,
  readDate,
  readList,
  readWholeNumber,
  type Path,
} from './filter-values';

/**
 * The stats and export profile: `filters` of GET /operation-reports/stats and
 * of the export. The syntax of find, on a whitelist of fields and operators,
 * with every value checked against its field's type and cast. Anything else is
 * a 400 naming the offending path; nothing unchecked reaches SQL.
 */

type FieldKind = 'integer' | 'date' | 'enumeration' | 'string';
interface FieldRule {
  kind: FieldKind;
  enum?: readonly string[];
}
export type FieldRules = Record<string, FieldRule>;
interface Scope {
  fields: FieldRules;
  relations: Record<string, FieldRules>;
}

const ALL: FieldKind[] = ['integer', 'date', 'enumeration', 'string'];
const ORDERED: FieldKind[] = ['integer', 'date'];
const OPERATORS: Record<string, FieldKind[]> = {
  $eq: ALL,
  $ne: ALL,
  $lt: ORDERED,
  $lte: ORDERED,
  $gt: ORDERED,
  $gte: ORDERED,
  $in: ALL,
  $notIn: ALL,
  $null: ALL,
  $notNull: ALL,
  $between: ORDERED,
  $contains: ['string'],
  $containsi: ['string'],
  $startsWith: ['string'],
};

/** Shallower than find: the SQL of stats runs over every published report. */
const MAX_DEPTH = 6;
const MAX_LIST = 100;
const MAX_STRING = 500;
/** Digits read as a whole number: no 32-bit value needs more. */
const WHOLE_DIGITS = 16;
const NOT_FILTERABLE = ['locale', 'publishedAt', 'createdAt', 'updatedAt'];

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

const statsProfile: FilterProfile<Scope> = {
  maxDepth: MAX_DEPTH,
  allowsNot: false,
  readConditions(value, path) {
    const list = readList(value) ?? invalid(path, `${path.join('.')} must be a list`);
    if (list.length === 0 || list.length > MAX_LIST)
      invalid(path, `${path.join('.')} must list 1 to ${MAX_LIST} conditions`);
    return list;
  },
  notAnObject: (_value, path) => invalid(path, `${path.join('.')} must be an object of field conditions`),
  name({ fields, relations }, key, _value, path) {
    if (has(relations, key)) return { scope: { fields: relations[key], relations: {} } };
    if (has(fields, key)) return { condition: (condition, at) => readCondition(fields[key], condition, at) };
    return key.startsWith('$')
      ? invalid(path, `Unknown filter operator "${key}"`)
      : invalid(path, `Unknown filter field "${key}"`);
  },
};

/** Which attributes of a content type can be filtered on, and as what. */
function filterableFields(
  attributes: Record<string, { type: string; enum?: string[]; private?: boolean }>
): FieldRules {
  const rules: FieldRules = { documentId: { kind: 'string' } };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.private) continue;
    if (attribute.type === 'integer' || attribute.type === 'date') rules[name] = { kind: attribute.type };
    else if (attribute.type === 'enumeration') rules[name] = { kind: 'enumeration', enum: attribute.enum ?? [] };
    else if (['string', 'text', 'uid'].includes(attribute.type)) rules[name] = { kind: 'string' };
  }
  return rules;
}

/** A report's filterable fields, and its crime areas' (by slug, name or documentId). */
function reportFilterScope(strapi: Core.Strapi): Scope {
  type Attributes = Parameters<typeof filterableFields>[0];
  const fields = filterableFields(strapi.contentType(REPORT_UID).attributes as Attributes);
  for (const name of NOT_FILTERABLE) delete fields[name];
  const area = filterableFields(strapi.contentType(CRIME_AREA_UID).attributes as Attributes);
  return { fields, relations: { crimeAreas: { slug: area.slug, name: area.name, documentId: area.documentId } } };
}

/** Checks the `filters` of a stats or export request and returns the equivalent `where` ({} when absent). */
export function readReportFilters(strapi: Core.Strapi, filters: unknown): Record<string, unknown> {
  if (filters === undefined || filters === '') return {};
  return walkFilters(statsProfile, filters, reportFilterScope(strapi)) as Record<string, unknown>;
}

function readValue(rule: FieldRule, value: unknown, path: Path): string | number {
  const where = path.join('.');
  switch (rule.kind) {
    case 'integer':
      return readWholeNumber(value, path, INT32, WHOLE_DIGITS);
    case 'date':
      return readDate(value, path);
    case 'enumeration':
      if (typeof value !== 'string' || !rule.enum?.includes(value)) {
        return invalid(path, `${where} must be one of ${rule.enum?.join(', ')}`);
      }
      return value;
    default:
      if (typeof value !== 'string' && typeof value !== 'number') return invalid(path, `${where} must be a string`);
      if (String(value).length > MAX_STRING) return invalid(path, `${where} is longer than ${MAX_STRING} characters`);
      return checkText(String(value), path);
  }
}

function readValues(rule: FieldRule, value: unknown, path: Path, count: { min: number; max: number }) {
  const list = readList(value) ?? invalid(path, `${path.join('.')} must be a list`);
  if (list.length < count.min || list.length > count.max) {
    invalid(
      path,
      `${path.join('.')} must list ${count.min === count.max ? `exactly ${count.min}` : `${count.min} to ${count.max}`} values`
    );
  }
  return list.map((item, i) => readValue(rule, item, [...path, String(i)]));
}

function readCondition(rule: FieldRule, condition: unknown, path: Path): unknown {
  if (!isPlainObject(condition)) return { $eq: readValue(rule, condition, path) };
  const out: Record<string, unknown> = {};
  const entries = Object.entries(condition);
  if (entries.length === 0) invalid(path, `${path.join('.')} has no operator`);
  for (const [operator, value] of entries) {
    const at = [...path, operator];
    const kinds = has(OPERATORS, operator)
      ? OPERATORS[operator]
      : invalid(at, `Unknown filter operator "${operator}" on ${path.join('.')}`);
    if (!kinds.includes(rule.kind))
      invalid(at, `Operator ${operator} does not apply to ${path.join('.')} (${rule.kind})`);
    if (operator === '$null' || operator === '$notNull') out[operator] = readBoolean(value, at);
    else if (operator === '$in' || operator === '$notIn')
      out[operator] = readValues(rule, value, at, { min: 1, max: MAX_LIST });
    else if (operator === '$between') out[operator] = readValues(rule, value, at, { min: 2, max: 2 });
    else out[operator] = readValue(rule, value, at);
  }
  return out;
}

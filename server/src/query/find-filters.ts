import type { Attributes, ComponentLookup } from '../rules/attribute-rules';
import { invalid } from '../rules/validation-error';
import { walkFilters, type FilterProfile } from './filter-walker';
import * as values from './filter-values';

/**
 * The find profile: `filters` of find, findOne and count on the plugin's types,
 * REST, GraphQL and code alike. Strapi's own checks already refused unknown
 * fields and operators on REST; this refuses values that do not fit their
 * field (Strapi's query builder throws a 500 on `filters[arrests][$eq]=abc`,
 * PostgreSQL on a NUL character or an integer past 32 bits). Keys it does not
 * know are left to Strapi.
 */

export interface Lookups {
  componentOf: ComponentLookup;
  contentTypeOf: (uid: string) => Attributes | undefined;
}

/** Deep enough for any question a client asks through relations and components. */
const MAX_DEPTH = 20;
/** Digits read as a whole number: past 16 no number is safe, so this only bounds the work. */
const WHOLE_DIGITS = 20;
const WHOLE: Record<string, values.WholeBounds> = {
  integer: values.INT32,
  increments: values.INT32,
  biginteger: values.SAFE_INTEGER,
};
const NUMERIC = new Set(['float', 'decimal']);
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);

const findProfile = (lookups: Lookups): FilterProfile<Attributes> => ({
  maxDepth: MAX_DEPTH,
  allowsNot: true,
  readConditions: (value, path) =>
    values.readList(value) ?? invalid(path, `${path.join('.')} must be a list of conditions`),
  // A list of trees is read as their $and; anything else is Strapi's to refuse.
  notAnObject: (value, path, walkItem) =>
    Array.isArray(value) ? value.map((item, i) => walkItem(item, [...path, String(i)])) : value,
  name(attributes, key, value) {
    if (key === 'id') return { condition: (condition, at) => checkCondition('increments', condition, at) };
    if (key === 'documentId') return { condition: (condition, at) => checkCondition('string', condition, at) };
    if (!Object.prototype.hasOwnProperty.call(attributes, key)) return { scope: null };
    const attribute = attributes[key] as { type: string; target?: string; component?: string };
    if (attribute.type === 'relation' || attribute.type === 'component') {
      const target =
        attribute.type === 'relation'
          ? attribute.target && lookups.contentTypeOf(attribute.target)
          : attribute.component && lookups.componentOf(attribute.component);
      return { scope: target && values.isPlainObject(value) ? target : null };
    }
    return { condition: (condition, at) => checkCondition(attribute.type, condition, at) };
  },
});

/** Refuses a filter value that does not fit its field; returns nothing, the filters go on as they are. */
export function checkFilterValues(filters: unknown, attributes: Attributes, lookups: Lookups): void {
  walkFilters(findProfile(lookups), filters, attributes);
}

function checkCondition(type: string, condition: unknown, path: values.Path): unknown {
  if (!values.isPlainObject(condition)) return checkOperand(type, condition, path);
  for (const [operator, value] of Object.entries(condition)) {
    const at = [...path, operator];
    if (operator === '$not') {
      checkCondition(type, value, at);
    } else if (operator === '$null' || operator === '$notNull') {
      values.readBoolean(value, at, { numbers: true });
    } else if (operator === '$jsonSupersetOf') {
      // On any other column the database refuses the operator: a 500.
      if (type !== 'json') invalid(at, `Operator $jsonSupersetOf does not apply to ${path.join('.')} (${type})`);
    } else if (LIST_OPERATORS.has(operator)) {
      const list = values.readList(value) ?? (operator === '$between' ? null : [value]);
      if (!list) return invalid(at, `${at.join('.')} must list 2 values`);
      if (operator === '$between' && list.length !== 2) invalid(at, `${at.join('.')} must list exactly 2 values`);
      list.forEach((item, i) => checkOperand(type, item, [...at, String(i)]));
    } else if (operator.startsWith('$')) {
      checkOperand(type, value, at);
    }
  }
  return condition;
}

function checkOperand(type: string, value: unknown, path: values.Path): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'object' && !(value instanceof Date)) {
    invalid(path, `${path.join('.')} must be a single value, not ${Array.isArray(value) ? 'a list' : 'an object'}`);
  }
  if (typeof value === 'string') values.checkText(value, path);
  if (WHOLE[type]) {
    values.readWholeNumber(value, path, WHOLE[type], WHOLE_DIGITS);
  } else if (NUMERIC.has(type)) {
    const number =
      typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(number)) invalid(path, `${path.join('.')} must be a number`);
  } else if (type === 'date') {
    values.readDate(value, path);
  }
  return value;
}

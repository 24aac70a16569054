import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseDateOnly, type Attributes, type ComponentLookup } from './attribute-rules';
import { attributesOf, componentLookup } from './content-model';
import { MODELS } from './write-documents';
import { LOCALE_PATTERN } from '../stats/stats-query';
import { textProblem } from './text-rules';

type Middleware = Modules.Documents.Middleware.Middleware;
type Path = string[];

const STATUSES = ['draft', 'published'];
const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);

const invalid = (path: Path, message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path, message, name: 'ValidationError' }] });
};

/**
 * The parameters of every document-service call on the plugin's types, REST,
 * GraphQL and code alike: `status` must be draft or published (Strapi reads any
 * other word as draft), a write's `locale` must be a configured locale (Strapi
 * would store rows under any string), a `documentId` must be text a database
 * can compare, and filter values must fit their field (Strapi's query builder
 * throws a 500 on `filters[arrests][$eq]=abc`, PostgreSQL on a NUL character
 * or an integer past 32 bits).
 */
export const createRequestParamsMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!MODELS[context.uid]) return next();
    const params = context.params as { status?: unknown; locale?: unknown; filters?: unknown; documentId?: unknown };
    if (typeof params.documentId === 'string') {
      const problem = textProblem(params.documentId);
      if (problem) invalid(['documentId'], `documentId ${problem}`);
    }
    if (params.status !== undefined && params.status !== null && !STATUSES.includes(params.status as string)) {
      invalid(['status'], `status must be "draft" or "published", got ${JSON.stringify(params.status)}`);
    }
    await checkLocale(strapi, context.uid, params.locale, WRITES.has(context.action));
    if (params.filters !== undefined && params.filters !== null) {
      checkFilterValues(params.filters, attributesOf(strapi, context.uid), ['filters'], {
        componentOf: componentLookup(strapi),
        contentTypeOf: (uid) => (strapi.contentTypes[uid as never] ? attributesOf(strapi, uid) : undefined),
      });
    }
    return next();
  };

async function checkLocale(strapi: Core.Strapi, uid: string, locale: unknown, writing: boolean) {
  const localized = (strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } })
    .pluginOptions?.i18n?.localized;
  const i18n = strapi.plugin('i18n');
  if (!localized || !i18n || locale === undefined || locale === null || locale === '*') return;
  if (typeof locale !== 'string' || !LOCALE_PATTERN.test(locale)) {
    invalid(['locale'], 'locale must be a locale code such as "en" or "fr-FR"');
  }
  if (!writing) return;
  const codes = ((await i18n.service('locales').find()) as { code: string }[]).map((l) => l.code);
  if (!codes.includes(locale as string)) {
    invalid(['locale'], `locale "${locale}" is not one of the configured locales (${codes.join(', ')})`);
  }
}

interface Lookups {
  componentOf: ComponentLookup;
  contentTypeOf: (uid: string) => Attributes | undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** qs turns long lists into objects with numeric keys. */
const listOf = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value);
  return null;
};

const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);
const BOOLEAN_OPERATORS = new Set(['$null', '$notNull']);
const BOOLEANS = [true, false, 'true', 'false', '1', '0', 1, 0];
/** Whole-number columns and the values they hold: integer and increments are 32-bit in every database. */
const WHOLE: Record<string, { min: number; max: number }> = {
  integer: { min: -2147483648, max: 2147483647 },
  increments: { min: -2147483648, max: 2147483647 },
  biginteger: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
};
const NUMERIC = new Set(['float', 'decimal']);
/** $and/$or/$not and relations, one level each: beyond this a filter is abuse, not a question. */
const MAX_FILTER_DEPTH = 20;

/**
 * Walks a filter tree (Strapi's own checks already refused unknown fields and
 * operators on REST) and refuses values that do not fit their field.
 */
export function checkFilterValues(
  filters: unknown,
  attributes: Attributes,
  path: Path,
  lookups: Lookups,
  depth = 0
): void {
  if (depth > MAX_FILTER_DEPTH) invalid(path, `filters are nested deeper than ${MAX_FILTER_DEPTH} levels`);
  if (Array.isArray(filters)) {
    filters.forEach((item, i) => checkFilterValues(item, attributes, [...path, String(i)], lookups, depth));
    return;
  }
  if (!isPlainObject(filters)) return;
  for (const [key, value] of Object.entries(filters)) {
    const at = [...path, key];
    const nested = (item: unknown, itemPath: Path, itemAttributes = attributes) =>
      checkFilterValues(item, itemAttributes, itemPath, lookups, depth + 1);
    if (key === '$and' || key === '$or') {
      const list = listOf(value);
      if (!list) invalid(at, `${at.join('.')} must be a list of conditions`);
      list!.forEach((item, i) => nested(item, [...at, String(i)]));
    } else if (key === '$not') {
      // Strapi's query builder throws a 500 on `filters[$not]=1`.
      if (!isPlainObject(value) && !Array.isArray(value)) invalid(at, `${at.join('.')} must hold conditions`);
      nested(value, at);
    } else if (key === 'id') {
      checkCondition('increments', value, at);
    } else if (key === 'documentId') {
      checkCondition('string', value, at);
    } else if (Object.prototype.hasOwnProperty.call(attributes, key)) {
      const attribute = attributes[key] as { type: string; target?: string; component?: string };
      if (attribute.type === 'relation') {
        const target = attribute.target ? lookups.contentTypeOf(attribute.target) : undefined;
        if (target && isPlainObject(value)) nested(value, at, target);
      } else if (attribute.type === 'component') {
        const component = attribute.component ? lookups.componentOf(attribute.component) : undefined;
        if (component && isPlainObject(value)) nested(value, at, component);
      } else {
        checkCondition(attribute.type, value, at);
      }
    }
  }
}

function checkCondition(type: string, condition: unknown, path: Path): void {
  if (!isPlainObject(condition)) {
    checkOperand(type, condition, path);
    return;
  }
  for (const [operator, value] of Object.entries(condition)) {
    const at = [...path, operator];
    if (operator === '$not') {
      checkCondition(type, value, at);
    } else if (BOOLEAN_OPERATORS.has(operator)) {
      if (!BOOLEANS.includes(value as never)) invalid(at, `${at.join('.')} must be true or false`);
    } else if (operator === '$jsonSupersetOf') {
      // On any other column the database refuses the operator: a 500.
      if (type !== 'json') invalid(at, `Operator $jsonSupersetOf does not apply to ${path.join('.')} (${type})`);
    } else if (LIST_OPERATORS.has(operator)) {
      const list = listOf(value) ?? (operator === '$between' ? null : [value]);
      if (!list) return invalid(at, `${at.join('.')} must list 2 values`);
      if (operator === '$between' && list.length !== 2) invalid(at, `${at.join('.')} must list exactly 2 values`);
      list.forEach((item, i) => checkOperand(type, item, [...at, String(i)]));
    } else if (operator.startsWith('$')) {
      checkOperand(type, value, at);
    }
  }
}

function checkOperand(type: string, value: unknown, path: Path): void {
  const where = path.join('.');
  if (value === null || value === undefined) return;
  if (typeof value === 'object' && !(value instanceof Date)) {
    invalid(path, `${where} must be a single value, not ${Array.isArray(value) ? 'a list' : 'an object'}`);
  }
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) invalid(path, `${where} ${problem}`);
  }
  const whole = WHOLE[type];
  if (whole) {
    const text = typeof value === 'number' ? String(value) : value;
    const number = typeof text === 'string' && /^-?\d{1,20}$/.test(text.trim()) ? Number(text) : NaN;
    if (!Number.isSafeInteger(number) || number < whole.min || number > whole.max) {
      invalid(path, `${where} must be a whole number between ${whole.min} and ${whole.max}`);
    }
  } else if (NUMERIC.has(type)) {
    const number =
      typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(number)) invalid(path, `${where} must be a number`);
  } else if (type === 'date' && parseDateOnly(value) === null) {
    invalid(path, `${where} must be a date (YYYY-MM-DD)`);
  }
}

import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseDateOnly, type Attributes, type ComponentLookup } from './attribute-rules';
import { attributesOf, componentLookup } from './content-model';
import { MODELS } from './write-documents';
import { textProblem } from './text-rules';

type Middleware = Modules.Documents.Middleware.Middleware;
type Path = string[];

const STATUSES = ['draft', 'published'];
const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const invalid = (path: Path, message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path, message, name: 'ValidationError' }] });
};

/**
 * The parameters of every document-service call on the plugin's types, REST,
 * GraphQL and code alike: `status` must be draft or published (Strapi reads any
 * other word as draft), a write's `locale` must be a configured locale (Strapi
 * would store rows under any string), a `documentId` must be text a database
 * can compare, and filter values must fit their field (Strapi's query builder
 * throws a 500 on `filters[arrests][$eq]=abc`, PostgreSQL on a NUL character).
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
const ANY_VALUE_OPERATORS = new Set(['$null', '$notNull', '$jsonSupersetOf']);
const NUMERIC = new Set(['integer', 'biginteger', 'float', 'decimal', 'increments']);

/**
 * Walks a filter tree (Strapi's own checks already refused unknown fields and
 * operators on REST) and refuses values that do not fit their field.
 */
export function checkFilterValues(filters: unknown, attributes: Attributes, path: Path, lookups: Lookups): void {
  if (Array.isArray(filters)) {
    filters.forEach((item, i) => checkFilterValues(item, attributes, [...path, String(i)], lookups));
    return;
  }
  if (!isPlainObject(filters)) return;
  for (const [key, value] of Object.entries(filters)) {
    const at = [...path, key];
    if (key === '$and' || key === '$or') {
      const list = listOf(value);
      if (!list) invalid(at, `${at.join('.')} must be a list of conditions`);
      list!.forEach((item, i) => checkFilterValues(item, attributes, [...at, String(i)], lookups));
    } else if (key === '$not') {
      checkFilterValues(value, attributes, at, lookups);
    } else if (key === 'id') {
      checkCondition('increments', value, at);
    } else if (key === 'documentId') {
      checkCondition('string', value, at);
    } else if (Object.prototype.hasOwnProperty.call(attributes, key)) {
      const attribute = attributes[key] as { type: string; target?: string; component?: string };
      if (attribute.type === 'relation') {
        const target = attribute.target ? lookups.contentTypeOf(attribute.target) : undefined;
        if (target && isPlainObject(value)) checkFilterValues(value, target, at, lookups);
      } else if (attribute.type === 'component') {
        const component = attribute.component ? lookups.componentOf(attribute.component) : undefined;
        if (component && isPlainObject(value)) checkFilterValues(value, component, at, lookups);
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
    } else if (ANY_VALUE_OPERATORS.has(operator)) {
      continue;
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
  if (NUMERIC.has(type)) {
    const number =
      typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(number)) invalid(path, `${where} must be a number`);
  } else if (type === 'date' && parseDateOnly(value) === null) {
    invalid(path, `${where} must be a date (YYYY-MM-DD)`);
  }
}

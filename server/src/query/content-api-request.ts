import { invalid } from '../rules/validation-error';

type Path = string[];
export interface Ctx {
  method: string;
  query: Record<string, unknown>;
  request: { body?: unknown };
}

/** page and pageSize from 1, start from 0, limit from 1 (or -1: as many as allowed). */
const PAGINATION: Record<string, { min: number; allowMinusOne?: boolean }> = {
  page: { min: 1 },
  pageSize: { min: 1 },
  start: { min: 0 },
  limit: { min: 1, allowMinusOne: true },
};

/**
 * Checks what the core controllers of the plugin's content-API routes take
 * as given before the document service sees the request: Strapi clamps a
 * negative page to 1 and answers `page=abc` with a message about
 * "convertStartQueryParams"; it reads `{ "data": [ … ] }` as an object and
 * answers in yup's words; and a data key such as `constructor` reaches its
 * schema lookup as Object.prototype's and fails with a 500, as does data
 * nested thousands of levels deep.
 */
export function readContentApiRequest(ctx: Ctx): void {
  const pagination = ctx.query.pagination;
  if (pagination !== undefined) {
    if (pagination === null || typeof pagination !== 'object' || Array.isArray(pagination)) {
      invalid(['pagination'], 'pagination must be an object such as pagination[page]=1&pagination[pageSize]=25');
    }
    for (const [key, rule] of Object.entries(PAGINATION)) {
      const value = (pagination as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const text = typeof value === 'number' ? String(value) : value;
      const number = typeof text === 'string' && /^-?\d{1,9}$/.test(text.trim()) ? Number(text) : NaN;
      const ok = Number.isSafeInteger(number) && (number >= rule.min || (rule.allowMinusOne && number === -1));
      if (!ok) {
        invalid(
          ['pagination', key],
          `pagination.${key} must be a whole number of at least ${rule.min}${rule.allowMinusOne ? ' (or -1)' : ''}, got ${JSON.stringify(value)}`
        );
      }
    }
  }
  if (ctx.method === 'POST' || ctx.method === 'PUT') {
    const body = ctx.request.body;
    const data = body && typeof body === 'object' ? (body as { data?: unknown }).data : undefined;
    if (Array.isArray(data))
      invalid(['data'], 'data must be an object of fields, as in { "data": { "title": … } }, not a list');
    checkKeys(data, ['data']);
  }
}

/** Deep enough for nested lists in a blocks field; past it, Strapi's own walks overflow the stack (a 500). */
const MAX_DATA_DEPTH = 64;

/**
 * Keys that would be read from Object.prototype by a schema lookup
 * (constructor, toString …), and nesting past MAX_DATA_DEPTH.
 */
function checkKeys(value: unknown, path: Path): void {
  if (path.length > MAX_DATA_DEPTH) {
    invalid(path.slice(0, 3), `${path.slice(0, 3).join('.')} is nested deeper than ${MAX_DATA_DEPTH} levels`);
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkKeys(item, [...path, String(i)]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key in Object.prototype) invalid([...path, key], `Invalid key ${key} in ${path.join('.')}`);
    checkKeys(item, [...path, key]);
  }
}

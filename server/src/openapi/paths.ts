import { ref, type Schema } from './schemas';

/** Query parameters, responses and the CRUD paths of a content type, as Strapi's REST API answers them. */

export const param = (name: string, description: string, schema: Schema, extra: Schema = {}) => ({
  name,
  in: 'query',
  description,
  required: false,
  deprecated: false,
  schema,
  ...extra,
});

export const FILTERS = param(
  'filters',
  "Filters, in find's syntax: filters[arrests][$gte]=1000, filters[crimeAreas][slug][$eq]=forced-labour",
  { type: 'object', additionalProperties: true },
  { style: 'deepObject', explode: true }
);
export const LOCALE = param('locale', 'Locale code (default: the default locale)', { type: 'string' });

const FIELDS = param('fields', 'Fields to return', {
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
});
const POPULATE = param('populate', 'Relations and components to return', {
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'object' }],
});
const FIND_PARAMS = [
  param('sort', 'Sort, e.g. arrests:desc', {
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  }),
  param('pagination[page]', 'Page number', { type: 'integer' }),
  param('pagination[pageSize]', 'Page size', { type: 'integer' }),
  param('pagination[start]', 'Offset', { type: 'integer' }),
  param('pagination[limit]', 'Number of documents', { type: 'integer' }),
  param('pagination[withCount]', 'Return the total', { type: 'boolean' }),
  FIELDS,
  POPULATE,
  FILTERS,
  LOCALE,
];
const STATUS = param('status', 'published (default) or draft (needs a token: drafts are private)', {
  type: 'string',
  enum: ['published', 'draft'],
});
/** The `{id}` path parameter of every route on one report: its documentId. */
export const DOCUMENT_ID = {
  name: 'id',
  in: 'path',
  description: 'documentId',
  required: true,
  deprecated: false,
  schema: { type: 'string' },
};

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});
const ERRORS = {
  400: error('Bad Request: the message names the field'),
  401: error('Unauthorized'),
  403: error('Forbidden'),
  404: error('Not Found'),
  500: error('Internal Server Error'),
};
export const ok = (schema: string, status = 200) => ({
  [status]: { description: 'OK', content: { 'application/json': { schema: ref(schema) } } },
  ...ERRORS,
});
const body = (schema: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
});

export function crudPaths(plural: string, name: string, tag: string, draftAndPublish: boolean) {
  const statusParams = draftAndPublish ? [STATUS] : [];
  return {
    [`/${plural}`]: {
      get: {
        tags: [tag],
        operationId: `get/${plural}`,
        parameters: [...FIND_PARAMS, ...statusParams],
        responses: ok(`${name}ListResponse`),
      },
      post: {
        tags: [tag],
        operationId: `post/${plural}`,
        parameters: [LOCALE, ...statusParams],
        requestBody: body(`${name}Request`),
        responses: ok(`${name}Response`, 201),
      },
    },
    [`/${plural}/{id}`]: {
      get: {
        tags: [tag],
        operationId: `get/${plural}/{id}`,
        parameters: [DOCUMENT_ID, LOCALE, ...statusParams, FIELDS, POPULATE],
        responses: ok(`${name}Response`),
      },
      put: {
        tags: [tag],
        operationId: `put/${plural}/{id}`,
        parameters: [DOCUMENT_ID, LOCALE, ...statusParams],
        requestBody: body(`${name}Request`),
        responses: ok(`${name}Response`),
      },
      delete: {
        tags: [tag],
        operationId: `delete/${plural}/{id}`,
        parameters: [DOCUMENT_ID, LOCALE],
        responses: { 204: { description: 'Deleted' }, ...ERRORS },
      },
    },
  };
}

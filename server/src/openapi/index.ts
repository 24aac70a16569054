import type { Core } from '@strapi/strapi';
import { STATS, STAT_MAX, STAT_QUALIFIERS } from '../../../shared/stats';
import reportSchema from '../../../content-types/operation-report/schema.json';
import crimeAreaSchema from '../../../content-types/crime-area/schema.json';
import { COMPONENT_CATEGORY, componentSchemas } from '../content-types';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';

/**
 * OpenAPI for the plugin's content API, handed to @strapi/plugin-documentation
 * when it is installed (it is not a dependency: without it this does nothing).
 *
 * The documentation plugin only generates paths for the plugins listed in its
 * `x-strapi-config.plugins`, and its generator would describe
 * `/operation-reports/stats` as a list of reports. So the plugin excludes
 * itself from generation and registers its own description, built from the
 * same content-type schemas and stat list the server uses.
 */

type Schema = Record<string, unknown>;
type Attribute = Record<string, any>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pascal = (name: string) => name.replace(/(^|[-_.])([a-z])/g, (_, __, c: string) => c.toUpperCase());

const COMPONENT_NAMES: Record<string, string> = Object.fromEntries(
  Object.keys(componentSchemas).map((name) => [
    `${COMPONENT_CATEGORY}.${name}`,
    `OperationReports${pascal(name)}Component`,
  ])
);

const RELATION_NAMES: Record<string, string> = {
  [CRIME_AREA_UID]: 'OperationReportsCrimeArea',
  [REPORT_UID]: 'OperationReportsOperationReport',
};

function attributeSchema(attribute: Attribute, mode: 'read' | 'write'): Schema | undefined {
  const described = (schema: Schema): Schema => {
    const out: Schema = { ...schema };
    if (attribute.default !== undefined) out.default = attribute.default;
    if (attribute.writable === false) out.readOnly = true;
    return out;
  };
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'uid':
    case 'richtext':
      return described({
        type: 'string',
        ...(attribute.minLength !== undefined ? { minLength: attribute.minLength } : {}),
        ...(attribute.maxLength !== undefined ? { maxLength: attribute.maxLength } : {}),
      });
    case 'date':
      return described({ type: 'string', format: 'date' });
    case 'datetime':
      return described({ type: 'string', format: 'date-time' });
    case 'integer':
    case 'biginteger':
      return described({
        type: 'integer',
        ...(attribute.min !== undefined ? { minimum: attribute.min } : {}),
        ...(attribute.max !== undefined ? { maximum: attribute.max } : {}),
      });
    case 'decimal':
    case 'float':
      return described({ type: 'number', ...(attribute.min !== undefined ? { minimum: attribute.min } : {}) });
    case 'boolean':
      return described({ type: 'boolean' });
    case 'enumeration':
      return described({ type: 'string', enum: attribute.enum });
    case 'customField':
      // The `stat` field: an integer, null when not reported.
      return described({
        type: 'integer',
        nullable: true,
        minimum: attribute.min ?? 0,
        maximum: attribute.max ?? STAT_MAX,
        description: 'null = not reported',
      });
    case 'blocks':
      return described({ type: 'array', items: { type: 'object', additionalProperties: true } });
    case 'json':
      return described({});
    case 'component': {
      const item = ref(COMPONENT_NAMES[attribute.component]);
      return attribute.repeatable ? { type: 'array', items: item } : item;
    }
    case 'relation': {
      if (mode === 'write') {
        // Strapi accepts documentIds, or the connect/disconnect/set syntax.
        return {
          oneOf: [
            { type: 'array', items: { type: 'string', description: 'documentId' } },
            { type: 'object', additionalProperties: true, description: 'connect / disconnect / set' },
          ],
        };
      }
      const target = RELATION_NAMES[attribute.target];
      const item = target ? ref(target) : { type: 'object', additionalProperties: true };
      return attribute.relation.endsWith('ToMany') ? { type: 'array', items: item } : item;
    }
    default:
      return undefined;
  }
}

function objectSchema(attributes: Record<string, Attribute>, mode: 'read' | 'write'): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (mode === 'write' && attribute.writable === false) continue;
    const schema = attributeSchema(attribute, mode);
    if (!schema) continue;
    properties[name] = schema;
    if (attribute.required) required.push(name);
  }
  return { type: 'object', ...(required.length ? { required } : {}), properties };
}

const SYSTEM_READ_FIELDS: Record<string, Schema> = {
  id: { type: 'integer' },
  documentId: { type: 'string' },
};
const SYSTEM_TIMESTAMPS: Record<string, Schema> = {
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
  publishedAt: { type: 'string', format: 'date-time', nullable: true },
};

function documentSchema(schema: { attributes: Record<string, Attribute> }, localized: boolean): Schema {
  const base = objectSchema(schema.attributes, 'read') as { properties: Record<string, Schema> };
  return {
    type: 'object',
    properties: {
      ...SYSTEM_READ_FIELDS,
      ...base.properties,
      ...SYSTEM_TIMESTAMPS,
      ...(localized ? { locale: { type: 'string' } } : {}),
    },
  };
}

const PAGINATION_META = {
  type: 'object',
  properties: {
    pagination: {
      type: 'object',
      properties: {
        page: { type: 'integer' },
        pageSize: { type: 'integer', minimum: 1 },
        pageCount: { type: 'integer' },
        total: { type: 'integer' },
      },
    },
  },
};

function contentTypeSchemas(name: string, schema: { attributes: Record<string, Attribute> }, localized: boolean) {
  return {
    [name]: documentSchema(schema, localized),
    [`${name}Request`]: {
      type: 'object',
      required: ['data'],
      properties: { data: objectSchema(schema.attributes, 'write') },
    },
    [`${name}Response`]: {
      type: 'object',
      properties: { data: ref(name), meta: { type: 'object' } },
    },
    [`${name}ListResponse`]: {
      type: 'object',
      properties: { data: { type: 'array', items: ref(name) }, meta: PAGINATION_META },
    },
  };
}

function statsSchemas(): Record<string, Schema> {
  const totals = {
    type: 'object',
    required: STATS.map((stat) => stat.name),
    properties: Object.fromEntries(STATS.map((stat) => [stat.name, ref('OperationReportStatTotal')])),
  };
  return {
    OperationReportStatTotal: {
      type: 'object',
      required: ['value', 'qualifier', 'reported'],
      properties: {
        value: {
          type: 'number',
          nullable: true,
          description: 'Sum of the non-null values of the matching published reports; null when none gives one',
        },
        qualifier: {
          type: 'string',
          enum: [...STAT_QUALIFIERS],
          description:
            'exact only when every summed value is exact; any approximately makes it approximately; ' +
            'else any atLeast/moreThan makes it atLeast; else any upTo makes it upTo',
        },
        reported: { type: 'integer', minimum: 0, description: 'How many reports gave a value' },
      },
    },
    OperationReportStatTotals: totals,
    OperationReportStats: {
      type: 'object',
      required: ['count', 'totals', 'byYear'],
      properties: {
        count: { type: 'integer', minimum: 0, description: 'Published reports matching the filters' },
        totals: ref('OperationReportStatTotals'),
        byYear: {
          type: 'array',
          description: 'By the year of startDate, ascending',
          items: {
            type: 'object',
            required: ['year', 'count', 'totals'],
            properties: {
              year: { type: 'integer' },
              count: { type: 'integer', minimum: 0 },
              totals: ref('OperationReportStatTotals'),
            },
          },
        },
      },
    },
    OperationReportStatsResponse: {
      type: 'object',
      required: ['data', 'meta'],
      properties: {
        data: ref('OperationReportStats'),
        meta: {
          type: 'object',
          required: ['status'],
          properties: {
            status: { type: 'string', enum: ['published'], description: 'Drafts never count' },
            locale: { type: 'string', nullable: true },
          },
        },
      },
    },
  };
}

const param = (name: string, description: string, schema: Schema, extra: Schema = {}) => ({
  name,
  in: 'query',
  description,
  required: false,
  deprecated: false,
  schema,
  ...extra,
});

const FILTERS = param(
  'filters',
  "Filters, in find's syntax: filters[arrests][$gte]=1000, filters[crimeAreas][slug][$eq]=forced-labour",
  { type: 'object', additionalProperties: true },
  { style: 'deepObject', explode: true }
);
const LOCALE = param('locale', 'Locale code (default: the default locale)', { type: 'string' });

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
const DOCUMENT_ID = {
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
const ok = (schema: string, status = 200) => ({
  [status]: { description: 'OK', content: { 'application/json': { schema: ref(schema) } } },
  ...ERRORS,
});
const body = (schema: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
});

function crudPaths(plural: string, name: string, tag: string, draftAndPublish: boolean) {
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

/** The override: paths relative to the REST prefix (the spec's server URL ends in /api), and their schemas. */
export function buildOpenApi(): { tags: Schema[]; paths: Schema; components: { schemas: Schema } } {
  const reportTag = 'Operation Report';
  const crimeAreaTag = 'Crime Area';
  const componentSchemasOut = Object.fromEntries(
    Object.entries(componentSchemas).map(([name, schema]) => [
      COMPONENT_NAMES[`${COMPONENT_CATEGORY}.${name}`],
      (() => {
        const out = objectSchema(schema.attributes as Record<string, Attribute>, 'read') as {
          properties: Record<string, Schema>;
        };
        return { ...out, properties: { id: { type: 'integer' }, ...out.properties } };
      })(),
    ])
  );
  return {
    tags: [
      { name: reportTag, description: 'Reports of coordinated law-enforcement operations (operation-reports plugin)' },
      { name: crimeAreaTag, description: 'Taxonomy of the crimes an operation targeted (operation-reports plugin)' },
    ],
    paths: {
      // Before the report's :id routes, as the router matches them.
      '/operation-reports/stats': {
        get: {
          tags: [reportTag],
          operationId: 'get/operation-reports/stats',
          summary: 'Totals over published reports',
          description:
            'Sums of each stat over the published reports matching `filters`, with the qualifier a reader ' +
            'should see, and the same per year of startDate. Computed in the database. Drafts never count; ' +
            'status may only be published. Unknown fields, operators or parameters answer 400.',
          parameters: [FILTERS, LOCALE, param('status', 'Only published', { type: 'string', enum: ['published'] })],
          responses: ok('OperationReportStatsResponse'),
        },
      },
      ...crudPaths(
        reportSchema.info.pluralName,
        RELATION_NAMES[REPORT_UID],
        reportTag,
        true
      ),
      ...crudPaths(
        crimeAreaSchema.info.pluralName,
        RELATION_NAMES[CRIME_AREA_UID],
        crimeAreaTag,
        false
      ),
    },
    components: {
      schemas: {
        ...contentTypeSchemas(
          RELATION_NAMES[REPORT_UID],
          reportSchema as { attributes: Record<string, Attribute> },
          true
        ),
        ...contentTypeSchemas(
          RELATION_NAMES[CRIME_AREA_UID],
          crimeAreaSchema as { attributes: Record<string, Attribute> },
          false
        ),
        ...componentSchemasOut,
        ...statsSchemas(),
      },
    },
  };
}

/**
 * Hands the description to the documentation plugin, if it is installed. By
 * default (`x-strapi-config.plugins` unset) the plugin's API is documented;
 * a site that lists the plugins to document decides for itself.
 */
export function registerOpenApi(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const config = strapi.config.get('plugin::documentation') as
    | { 'x-strapi-config'?: { plugins?: string[] | null } }
    | undefined;
  const listed = config?.['x-strapi-config']?.plugins;
  if (Array.isArray(listed) && !listed.includes(PLUGIN_ID)) return;

  const override = documentation.service('override') as {
    excludeFromGeneration(api: string | string[]): void;
    registerOverride(override: unknown, options?: { pluginOrigin?: string; excludeFromGeneration?: string[] }): void;
  };
  // Our description replaces the generic one the documentation plugin would build.
  override.excludeFromGeneration(PLUGIN_ID);
  override.registerOverride(buildOpenApi());
}

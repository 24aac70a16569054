import { STAT_MAX } from '../../../shared/stats';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import { COMPONENT_CATEGORY, componentSchemas } from '../content-types';

/**
 * OpenAPI schemas of the content model: each attribute of a content-type or
 * component schema (content-types/) as the JSON a client reads or writes.
 */

export type Schema = Record<string, unknown>;
export type Attribute = Record<string, any>;
type ContentTypeSchema = { attributes: Record<string, Attribute> };

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pascal = (name: string) => name.replace(/(^|[-_.])([a-z])/g, (_, __, c: string) => c.toUpperCase());

const COMPONENT_NAMES: Record<string, string> = Object.fromEntries(
  Object.keys(componentSchemas).map((name) => [
    `${COMPONENT_CATEGORY}.${name}`,
    `OperationReports${pascal(name)}Component`,
  ])
);

export const RELATION_NAMES: Record<string, string> = {
  [CRIME_AREA_UID]: 'OperationReportsCrimeArea',
  [REPORT_UID]: 'OperationReportsOperationReport',
};

type Bounds = [attributeKey: string, openApiKey: string][];
const LENGTH: Bounds = [
  ['minLength', 'minLength'],
  ['maxLength', 'maxLength'],
];
const MIN: Bounds = [['min', 'minimum']];
const RANGE: Bounds = [...MIN, ['max', 'maximum']];

/** Attribute types that are one JSON type, with the bounds of the attribute they carry. */
const SCALARS = new Map<string, { schema: Schema; bounds: Bounds }>([
  ...['string', 'text', 'uid', 'richtext'].map(
    (type) => [type, { schema: { type: 'string' }, bounds: LENGTH }] as const
  ),
  ['date', { schema: { type: 'string', format: 'date' }, bounds: [] }],
  ['datetime', { schema: { type: 'string', format: 'date-time' }, bounds: [] }],
  ...['integer', 'biginteger'].map((type) => [type, { schema: { type: 'integer' }, bounds: RANGE }] as const),
  ...['decimal', 'float'].map((type) => [type, { schema: { type: 'number' }, bounds: MIN }] as const),
  ['boolean', { schema: { type: 'boolean' }, bounds: [] }],
]);

function attributeSchema(attribute: Attribute, mode: 'read' | 'write'): Schema | undefined {
  const described = (schema: Schema): Schema => {
    const out: Schema = { ...schema };
    if (attribute.default !== undefined) out.default = attribute.default;
    if (attribute.writable === false) out.readOnly = true;
    return out;
  };
  const scalar = SCALARS.get(attribute.type);
  if (scalar) {
    const bounds = scalar.bounds.filter(([key]) => attribute[key] !== undefined);
    return described({ ...scalar.schema, ...Object.fromEntries(bounds.map(([key, as]) => [as, attribute[key]])) });
  }
  switch (attribute.type) {
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

function documentSchema(schema: ContentTypeSchema, localized: boolean): Schema {
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

/** A content type's document, its request body and its one- and many-document responses. */
export function contentTypeSchemas(
  name: string,
  schema: ContentTypeSchema,
  localized: boolean
): Record<string, Schema> {
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

/** The plugin's components, each with its id, as a populated document shows them. */
export function componentSchemasOut(): Record<string, Schema> {
  return Object.fromEntries(
    Object.entries(componentSchemas).map(([name, schema]) => {
      const out = objectSchema(schema.attributes as Record<string, Attribute>, 'read') as {
        properties: Record<string, Schema>;
      };
      return [
        COMPONENT_NAMES[`${COMPONENT_CATEGORY}.${name}`],
        { ...out, properties: { id: { type: 'integer' }, ...out.properties } },
      ];
    })
  );
}

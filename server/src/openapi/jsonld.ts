import { DOCUMENT_ID, LOCALE } from './paths';
import { ref, type Schema } from './schemas';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

const typed = (type: string, properties: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  required: ['@type'],
  properties: { '@type': { type: 'string', enum: [type] }, ...properties },
});

/** `GET /operation-reports/{id}/jsonld`: its own path, beside the CRUD paths. */
export function jsonldPaths(tag: string): Schema {
  return {
    '/operation-reports/{id}/jsonld': {
      get: {
        tags: [tag],
        operationId: 'get/operation-reports/{id}/jsonld',
        summary: 'A published report as schema.org JSON-LD',
        description:
          'The published version of the report in `locale` (default: the default locale) as a schema.org `Event`, ' +
          'for a `<script type="application/ld+json">`. Each reported figure is an `additionalProperty` ' +
          '`PropertyValue`: exact → `value`; approximately → `value` with description "approximately"; at least → ' +
          '`minValue`; more than → `minValue` (the published number) with description "more than"; up to → ' +
          '`maxValue`. Figures not reported are left out. 404 when the report has no published version in the ' +
          'locale; any parameter other than `locale` answers 400.',
        parameters: [DOCUMENT_ID, LOCALE],
        responses: {
          200: { description: 'OK', content: { 'application/ld+json': { schema: ref('OperationReportJsonLd') } } },
          400: error('Bad Request: the message names the parameter'),
          403: error('Forbidden'),
          404: error('Not Found: no published version in this locale'),
          500: error('Internal Server Error'),
        },
      },
    },
  };
}

const figure = typed('PropertyValue', {
  name: { type: 'string', description: 'The figure as a reader sees it named ("Arrests")' },
  propertyID: { type: 'string', description: 'The stat (arrests); absent for an additional metric' },
  value: { type: 'number', description: 'exact, or approximately (with description)' },
  minValue: { type: 'number', description: 'at least, or more than (with description)' },
  maxValue: { type: 'number', description: 'up to' },
  description: { type: 'string', enum: ['approximately', 'more than'] },
  unitText: { type: 'string', description: "An additional metric's unit" },
});

/** The JSON-LD answer: keys absent when the report does not give them. */
export function jsonldSchemas(): Record<string, Schema> {
  return {
    OperationReportJsonLd: {
      ...typed('Event', {
        '@context': { type: 'string', enum: ['https://schema.org'] },
        name: { type: 'string' },
        alternateName: { type: 'string', description: 'codename' },
        description: { type: 'string', description: 'summary' },
        startDate: { type: 'string', format: 'date' },
        endDate: { type: 'string', format: 'date' },
        inLanguage: { type: 'string', description: 'locale' },
        identifier: {
          type: 'array',
          items: typed('PropertyValue', {
            propertyID: { type: 'string', enum: ['documentId', 'slug'] },
            value: { type: 'string' },
          }),
        },
        organizer: typed('Organization', { name: { type: 'string', description: 'agency' } }),
        location: typed('Place', { name: { type: 'string' }, address: { type: 'string' } }),
        superEvent: typed('EventSeries', { name: { type: 'string', description: 'series' } }),
        about: {
          type: 'array',
          items: typed('DefinedTerm', { name: { type: 'string' }, termCode: { type: 'string' } }),
        },
        additionalProperty: { type: 'array', items: figure },
        subjectOf: {
          type: 'array',
          description: 'The sources',
          items: typed('CreativeWork', {
            name: { type: 'string' },
            url: { type: 'string' },
            publisher: typed('Organization', { name: { type: 'string' } }),
            datePublished: { type: 'string', format: 'date' },
          }),
        },
      }),
      required: ['@context', '@type', 'name', 'startDate', 'endDate', 'identifier'],
    },
  };
}

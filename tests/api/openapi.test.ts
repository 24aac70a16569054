import fs from 'fs';
import path from 'path';
import { STAT_NAMES, STAT_QUALIFIERS } from '../../shared/stats';
import { describeEachDatabase } from '../helpers/strapi';
import { PLAYGROUND } from '../helpers/paths';

type Spec = {
  servers: { url: string }[];
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, any> };
};

const SPEC = path.join(
  PLAYGROUND,
  'src',
  'extensions',
  'documentation',
  'documentation',
  '1.0.0',
  'full_documentation.json'
);

/** Follows `$ref`s into components.schemas. */
const resolve = (spec: Spec, schema: any): any =>
  schema?.$ref ? resolve(spec, spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')]) : schema;

const loadedAt = Date.now();

describe('OpenAPI through @strapi/plugin-documentation', () => {
  let spec: Spec;

  describeEachDatabase(
    'spec generated at boot',
    (app) => {
      beforeAll(() => {
        spec = JSON.parse(fs.readFileSync(SPEC, 'utf8'));
      });

      it('the documentation plugin is loaded and the spec was written at this boot', () => {
        expect(app().strapi.plugin('documentation')).toBeDefined();
        const generated = Date.parse((spec as any).info['x-generation-date']);
        expect(generated).toBeGreaterThanOrEqual(loadedAt);
        expect(spec.servers[0].url).toMatch(/\/api$/);
      });

      it('lists every content-API route of the plugin, with their methods', () => {
        expect(Object.keys(spec.paths['/operation-reports']).sort()).toEqual(['get', 'post']);
        expect(Object.keys(spec.paths['/operation-reports/{id}']).sort()).toEqual(['delete', 'get', 'put']);
        expect(Object.keys(spec.paths['/operation-reports/stats'])).toEqual(['get']);
        expect(Object.keys(spec.paths['/operation-reports/{id}/jsonld'])).toEqual(['get']);
        expect(Object.keys(spec.paths['/crime-areas']).sort()).toEqual(['get', 'post']);
        expect(Object.keys(spec.paths['/crime-areas/{id}']).sort()).toEqual(['delete', 'get', 'put']);
        // No doubled prefix, no generic description left by the generator.
        expect(Object.keys(spec.paths).filter((p) => p.includes('operation-reports/operation-reports'))).toEqual([]);
        // The other documented plugins are still there.
        expect(Object.keys(spec.paths).some((p) => p.startsWith('/users'))).toBe(true);
      });

      it("every $ref the plugin's paths reach points at a schema the spec defines", () => {
        const seen = new Set<string>();
        const missing: string[] = [];
        const walk = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach(walk);
          else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
              if (key !== '$ref' || typeof value !== 'string') walk(value);
              else if (!seen.has(value)) {
                seen.add(value);
                const target = value.startsWith('#/components/schemas/')
                  ? spec.components.schemas[value.slice('#/components/schemas/'.length)]
                  : undefined;
                if (target) walk(target);
                else missing.push(value);
              }
            }
          }
        };
        walk(Object.entries(spec.paths).filter(([p]) => /^\/(operation-reports|crime-areas)/.test(p)));
        expect(seen.size).toBeGreaterThan(10);
        expect(missing).toEqual([]);
      });

      it('GET /operation-reports/stats has its query parameters and its response schema', () => {
        const stats = spec.paths['/operation-reports/stats'].get;
        const params = Object.fromEntries(stats.parameters.map((p: any) => [p.name, p]));
        expect(params.filters).toMatchObject({ in: 'query', style: 'deepObject', schema: { type: 'object' } });
        expect(params.locale).toMatchObject({ in: 'query', schema: { type: 'string' } });
        expect(params.status).toMatchObject({ in: 'query', schema: { enum: ['published'] } });
        expect(params.groupBy).toMatchObject({
          in: 'query',
          schema: { type: 'string', enum: ['year', 'month', 'agency', 'crimeArea', 'series', 'figuresStatus'] },
        });
        expect(stats.description).toMatch(/several crime areas counts in EACH/);
        expect(Object.keys(params).sort()).toEqual(['filters', 'groupBy', 'locale', 'status']);

        const body = resolve(spec, stats.responses['200'].content['application/json'].schema);
        expect(body.required).toEqual(expect.arrayContaining(['data', 'meta']));
        expect(body.properties.meta.properties.status).toMatchObject({ type: 'string', enum: ['published'] });

        const data = resolve(spec, body.properties.data);
        expect(data.properties.count).toMatchObject({ type: 'integer' });
        const totals = resolve(spec, data.properties.totals);
        const group = resolve(spec, data.properties.groups.items);
        expect(group.required.sort()).toEqual(['count', 'key', 'totals']);
        expect(resolve(spec, group.properties.totals)).toEqual(totals);
        expect(Object.keys(totals.properties).sort()).toEqual([...STAT_NAMES].sort());
        for (const stat of STAT_NAMES) {
          const total = resolve(spec, totals.properties[stat]);
          expect(total.required.sort()).toEqual(['avg', 'max', 'min', 'qualifier', 'reported', 'value']);
          expect(total.properties.value).toMatchObject({ type: 'number', nullable: true });
          expect(total.properties.qualifier).toMatchObject({ type: 'string', enum: [...STAT_QUALIFIERS] });
          expect(total.properties.reported).toMatchObject({ type: 'integer' });
          expect(total.properties.min).toMatchObject({ type: 'integer', nullable: true });
          expect(total.properties.max).toMatchObject({ type: 'integer', nullable: true });
          expect(total.properties.avg).toMatchObject({ type: 'number', nullable: true });
        }
        expect(data.properties.byYear.type).toBe('array');
        const year = resolve(spec, data.properties.byYear.items);
        expect(year.properties.year).toMatchObject({ type: 'integer' });
        expect(year.properties.count).toMatchObject({ type: 'integer' });
        expect(resolve(spec, year.properties.totals)).toEqual(totals);

        expect(stats.responses['400'].content['application/json'].schema).toEqual({
          $ref: '#/components/schemas/Error',
        });
      });

      it('GET /operation-reports/{id}/jsonld answers application/ld+json, its figures by qualifier', () => {
        const jsonld = spec.paths['/operation-reports/{id}/jsonld'].get;
        expect(jsonld.parameters.map((p: any) => p.name).sort()).toEqual(['id', 'locale']);
        const event = resolve(spec, jsonld.responses['200'].content['application/ld+json'].schema);
        expect(event.properties['@type']).toMatchObject({ enum: ['Event'] });
        expect(Object.keys(event.properties.additionalProperty.items.properties)).toEqual(
          expect.arrayContaining(['value', 'minValue', 'maxValue', 'description', 'propertyID'])
        );
        expect(jsonld.responses['404'].content['application/json'].schema).toEqual({
          $ref: '#/components/schemas/Error',
        });
      });

      it('the report schemas carry the stats, the qualifiers and the read-only duration', () => {
        const list = resolve(
          spec,
          spec.paths['/operation-reports'].get.responses['200'].content['application/json'].schema
        );
        const report = resolve(spec, list.properties.data.items);
        for (const stat of STAT_NAMES) {
          expect(report.properties[stat]).toMatchObject({ type: 'integer', nullable: true, minimum: 0 });
          expect(report.properties[`${stat}Qualifier`]).toMatchObject({ enum: [...STAT_QUALIFIERS], default: 'exact' });
        }
        expect(report.properties.durationDays).toMatchObject({ type: 'integer', readOnly: true });
        expect(report.properties.documentId).toMatchObject({ type: 'string' });
        expect(resolve(spec, report.properties.crimeAreas.items).properties.slug).toMatchObject({ type: 'string' });
        expect(resolve(spec, report.properties.sources.items).properties.url).toMatchObject({ type: 'string' });

        const findParams = spec.paths['/operation-reports'].get.parameters.map((p: any) => p.name);
        expect(findParams).toEqual(expect.arrayContaining(['filters', 'sort', 'locale', 'status', 'populate']));

        const request = resolve(
          spec,
          spec.paths['/operation-reports'].post.requestBody.content['application/json'].schema
        );
        expect(request.properties.data.required).toEqual(expect.arrayContaining(['title', 'startDate', 'endDate']));
        expect(request.properties.data.properties.durationDays).toBeUndefined();
      });

      it('the spec describes what the route answers', async () => {
        const response = await app().http().get('/api/operation-reports/stats');
        expect(response.status).toBe(200);
        const totals = resolve(
          spec,
          resolve(
            spec,
            resolve(
              spec,
              spec.paths['/operation-reports/stats'].get.responses['200'].content['application/json'].schema
            ).properties.data
          ).properties.totals
        );
        expect(Object.keys(response.body.data.totals).sort()).toEqual(Object.keys(totals.properties).sort());
        expect(Object.keys(response.body.data).sort()).toEqual(['byYear', 'count', 'totals']);
        expect(response.body.meta.status).toBe('published');
      });

      it('GET /operation-reports/{id}/compare has its parameters and its response schema', () => {
        const compare = spec.paths['/operation-reports/{id}/compare'].get;
        expect(compare.parameters.map((p: any) => p.name)).toEqual(['id', 'locale', 'status']);
        const body = resolve(spec, compare.responses['200'].content['application/json'].schema);
        const stats = body.properties.data.properties.stats;
        expect(Object.keys(stats.properties)).toEqual([...STAT_NAMES]);
        expect(resolve(spec, stats.properties.arrests).required).toEqual([
          'from',
          'fromQualifier',
          'to',
          'toQualifier',
          'delta',
          'percent',
        ]);
        const list = resolve(
          spec,
          spec.paths['/operation-reports'].get.responses['200'].content['application/json'].schema
        );
        expect(resolve(spec, list.properties.data.items).properties.series).toMatchObject({
          type: 'string',
          maxLength: 120,
        });
      });
    },
    { env: { PLAYGROUND_DOCUMENTATION: 'true' } }
  );
});

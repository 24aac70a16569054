import type supertest from 'supertest';
import { adminToken, createApiToken, CRIME_AREA_UID, describeEachDatabase, minimalReport } from '../helpers/strapi';
import { dumpTables } from '../helpers/dump-tables';

/*
 * Hostile input the first suite (hostile.test.ts) did not reach: text no
 * database can store as sent (NUL, unpaired surrogates), bodies and filters
 * nested past any reasonable depth, numbers past a 32-bit column, operators on
 * the wrong kind of field, keys Strapi owns, and other request shapes. Each was
 * a 500, a hang or a silent change on at least one database before it was
 * refused; each refusal is a 4xx in Strapi's error body and changes no table.
 */

type Response = supertest.Response;
type Dump = Awaited<ReturnType<typeof dumpTables>>;

function expectStrapiError(response: Response, status: number, message?: RegExp, path?: string) {
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  expect(response.body.data).toBeNull();
  expect(response.body.error).toMatchObject({ status, name: expect.any(String), message: expect.any(String) });
  if (message) expect(response.body.error.message).toMatch(message);
  if (path) {
    const paths = (response.body.error.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toContain(path);
  }
}

const deepArrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const deepAnd = (levels: number): string =>
  levels === 0 ? '{ arrests: { gt: 1 } }' : `{ and: [${deepAnd(levels - 1)}] }`;
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

describeEachDatabase('hostile text, depth and numbers', (app) => {
  let token: string;
  let jwt: string;
  let seeded: string;

  const http = () => app().http();
  const withToken = (request: supertest.Test) => request.set('Authorization', `Bearer ${token}`);
  const create = (data: unknown, path = '/api/operation-reports?status=draft') =>
    withToken(http().post(path)).send({ data } as object);
  const createRaw = (json: string, path = '/api/operation-reports?status=draft') =>
    withToken(http().post(path)).set('Content-Type', 'application/json').send(json);
  const get = (path: string) => withToken(http().get(path));
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    withToken(http().post('/graphql')).send({ query, variables });

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
    jwt = await adminToken(app());
    const [area] = await app()
      .strapi.documents(CRIME_AREA_UID)
      .findMany({ filters: { slug: 'forced-labour' } });
    const created = await create(
      minimalReport({ title: 'Seeded', arrests: 10, crimeAreas: [area.documentId], body: paragraph('Words') }),
      '/api/operation-reports'
    );
    expect(created.status).toBe(201);
    seeded = created.body.data.documentId;
  });

  describe('text a database cannot store as sent', () => {
    let before: Dump;
    beforeAll(async () => {
      before = await dumpTables(app().strapi);
    });
    afterAll(async () => {
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    // [label, data, path named in details.errors] — PostgreSQL answered 500 to a NUL, SQLite and MariaDB stored it.
    it.each([
      ['a NUL in the title', minimalReport({ title: 'Operation\u0000X' }), 'title'],
      ['a NUL in the summary', minimalReport({ summary: 'a\u0000b' }), 'summary'],
      ['a NUL in the codename', minimalReport({ codename: '\u0000' }), 'codename'],
      ['a NUL in a route', minimalReport({ routes: [{ origin: 'A\u0000', destination: 'B' }] }), 'routes.0.origin'],
      ['a NUL in a quote', minimalReport({ quotes: [{ speaker: 'A', text: 'x\u0000' }] }), 'quotes.0.text'],
      [
        'a NUL in a metric unit',
        minimalReport({ additionalStats: [{ label: 'x', value: 1, unit: '\u0000' }] }),
        'additionalStats.0.unit',
      ],
      ['a NUL in the body blocks', minimalReport({ body: paragraph('a\u0000b') }), 'body.0.children.0.text'],
      ['an unpaired high surrogate in the title', minimalReport({ title: 'Operation \ud800' }), 'title'],
      [
        'an unpaired low surrogate in a source title',
        minimalReport({ sources: [{ url: 'https://x.org', title: '\udc00x' }] }),
        'sources.0.title',
      ],
      [
        'an unpaired surrogate in the body blocks',
        minimalReport({ body: paragraph('\udbff') }),
        'body.0.children.0.text',
      ],
    ])('refuses %s with 400 naming the field, on every database', async (_label, data, path) => {
      const response = await create(data);
      expectStrapiError(response, 400, new RegExp(path.replace(/\./g, '\\.')), path);
      expect(response.body.error.message).toMatch(/NUL|surrogate/);
    });

    it('refuses an unpaired surrogate sent as a JSON escape (was stored as U+FFFD)', async () => {
      const response = await createRaw(
        '{"data": {"title": "Operation \\ud800 X", "startDate": "2025-01-01", "endDate": "2025-01-02"}}'
      );
      expectStrapiError(response, 400, /title.*surrogate/, 'title');
    });

    it('refuses an update that adds a NUL, leaving the stored title', async () => {
      const response = await withToken(http().put(`/api/operation-reports/${seeded}`)).send({
        data: { title: 'Changed\u0000' },
      });
      expectStrapiError(response, 400, /title/, 'title');
    });

    it('refuses a crime area named with a NUL at once (on PostgreSQL the write hung, its transaction open)', async () => {
      const started = Date.now();
      const response = await withToken(http().post('/api/crime-areas')).send({ data: { name: 'Piracy\u0000' } });
      expectStrapiError(response, 400, /name/, 'name');
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it.each([
      ['/api/operation-reports?filters[title][$eq]=%00', 'filters.title.$eq'],
      ['/api/operation-reports?filters[title][$containsi]=a%00', 'filters.title.$containsi'],
      ['/api/operation-reports?filters[$or][0][codename][$in][0]=%00', 'filters.$or.0.codename.$in.0'],
      ['/api/operation-reports?filters[documentId][$eq]=%00', 'filters.documentId.$eq'],
      ['/api/operation-reports?filters[crimeAreas][name][$eq]=%00', 'filters.crimeAreas.name.$eq'],
      ['/api/operation-reports?filters[routes][origin][$eq]=%00', 'filters.routes.origin.$eq'],
      ['/api/crime-areas?filters[name][$eq]=%00', 'filters.name.$eq'],
      ['/api/operation-reports/stats?filters[title][$eq]=%00', 'filters.title.$eq'],
      ['/api/operation-reports/stats?filters[crimeAreas][slug][$eq]=%00', 'filters.crimeAreas.slug.$eq'],
    ])('refuses a NUL in a filter value: GET %s', async (path, named) => {
      expectStrapiError(await get(path), 400, /NUL/, named);
    });

    it.each(['get', 'put', 'delete'] as const)('refuses a NUL in the documentId of a %s', async (method) => {
      const request = withToken(http()[method]('/api/operation-reports/a%00b'));
      const response = method === 'put' ? await request.send({ data: { arrests: 1 } }) : await request;
      expectStrapiError(response, 400, /documentId/, 'documentId');
    });

    it('refuses a NUL in GraphQL filters, data and documentId with an errors array', async () => {
      const REPORTS = 'operationReportsOperationReports';
      const filtered = await gql(`query($v: String) { ${REPORTS}(filters: { title: { eq: $v } }) { title } }`, {
        v: 'a\u0000',
      });
      expect(filtered.body.errors[0].message).toMatch(/filters\.title\.\$eq.*NUL/);
      const created = await gql(
        'mutation($v: String!) { createOperationReportsOperationReport(data: { title: $v, startDate: "2025-01-01", endDate: "2025-01-02" }) { documentId } }',
        { v: 'a\u0000' }
      );
      expect(created.body.errors[0].message).toMatch(/title.*NUL/);
      expect(created.body.data?.createOperationReportsOperationReport ?? null).toBeNull();
      const one = await gql('query($d: ID!) { operationReportsOperationReport(documentId: $d) { title } }', {
        d: 'a\u0000',
      });
      expect(one.body.errors[0].message).toMatch(/documentId/);
    });

    it('still reads a NUL in a press release as text (nothing is stored)', async () => {
      const response = await http()
        .post('/operation-reports/extract')
        .set('Authorization', `Bearer ${jwt}`)
        .send({ text: 'Police arrested 12 suspects.\u0000' });
      expect(response.status).toBe(200);
      expect(response.body.data.fields.arrests).toMatchObject({ value: 12 });
    });
  });

  describe('nesting past any reasonable depth', () => {
    let before: Dump;
    beforeAll(async () => {
      before = await dumpTables(app().strapi);
    });
    afterAll(async () => {
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    // Each was a 500 (Maximum call stack size exceeded) on every database.
    it.each([
      ['10,000 nested lists under an unknown key', `{"data": {"nope": ${deepArrays(10_000)}}}`, 'data.nope.0'],
      ['200,000 nested lists as the title', `{"data": {"title": ${deepArrays(200_000)}}}`, 'data.title.0'],
      [
        '100,000 nested objects in a route',
        `{"data": {"routes": [${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}]}}`,
        'data.routes.0',
      ],
    ])('refuses %s with 400', async (_label, json, path) => {
      const response = await createRaw(json);
      expectStrapiError(response, 400, /nested deeper than 64 levels/, path);
    });

    it('refuses 200,000 nested lists as a crime area name with 400', async () => {
      const response = await createRaw(`{"data": {"name": ${deepArrays(200_000)}}}`, '/api/crime-areas');
      expectStrapiError(response, 400, /nested deeper/, 'data.name.0');
    });

    it('refuses GraphQL filters nested 30 levels deep (REST stops at Strapi\'s own "Invalid key")', async () => {
      const response = await gql(`{ operationReportsOperationReports(filters: ${deepAnd(30)}) { title } }`);
      expect(response.body.errors[0].message).toMatch(/nested deeper than 20 levels/);
    });

    it('answers 400 naming text for a press release that is 200,000 nested lists', async () => {
      const response = await http()
        .post('/operation-reports/extract')
        .set('Authorization', `Bearer ${jwt}`)
        .set('Content-Type', 'application/json')
        .send(`{"text": ${deepArrays(200_000)}}`);
      expectStrapiError(response, 400, /text/, 'text');
    });
  });

  // A write that succeeds: outside the describe above, whose tables must not change at all (a create and a
  // delete leave no row behind, but they do move the content version the HTTP cache tags answers with).
  describe('depth that is fine', () => {
    it('still accepts a body of blocks a few levels deep', async () => {
      const body = [
        {
          type: 'list',
          format: 'unordered',
          children: [{ type: 'list-item', children: [{ type: 'text', text: 'one', bold: true }] }],
        },
        { type: 'quote', children: [{ type: 'link', url: 'https://x.org', children: [{ type: 'text', text: 'q' }] }] },
      ];
      const created = await create(minimalReport({ title: 'Blocks depth', body }));
      expect(created.status).toBe(201);
      expect(created.body.data.body).toEqual(body);
      await withToken(http().delete(`/api/operation-reports/${created.body.data.documentId}`));
    });
  });

  describe('filters that reached the database as errors', () => {
    // [query of GET /api/operation-reports, message] — each a 500 on at least one database before.
    it.each([
      ['filters[$not]=1', /filters\.\$not must hold conditions/],
      ['filters[$not][$not][$not]=1', /filters\.\$not\.\$not\.\$not must hold conditions/],
      ['filters[arrests][$jsonSupersetOf]=1', /\$jsonSupersetOf does not apply to filters\.arrests/],
      ['filters[title][$jsonSupersetOf]=x', /\$jsonSupersetOf does not apply to filters\.title/],
      ['filters[arrests][$eq]=99999999999999999999', /filters\.arrests\.\$eq must be a whole number/],
      ['filters[arrests][$gt]=2147483648', /filters\.arrests\.\$gt must be a whole number between/],
      ['filters[arrests][$lt]=-2147483649', /filters\.arrests\.\$lt must be a whole number between/],
      ['filters[arrests][$gte]=1.5', /filters\.arrests\.\$gte must be a whole number/],
      ['filters[arrests][$in][0]=1&filters[arrests][$in][1]=1e3', /filters\.arrests\.\$in\.1/],
      ['filters[id][$eq]=2147483648', /filters\.id\.\$eq must be a whole number/],
      ['filters[crimeAreas][id][$in][0]=9007199254740993', /filters\.crimeAreas\.id\.\$in\.0/],
      ['filters[arrests][$null]=maybe', /filters\.arrests\.\$null must be true or false/],
      ['filters[title][$notNull][$eq]=x', /filters\.title\.\$notNull must be true or false/],
      ['filters[$where]=1', /\$where/],
      ['filters[title][$where]=1', /\$where/],
      ['filters[createdBy][password][$startsWith]=%242', /password/],
      ['filters[crimeAreas][createdBy][password][$startsWith]=%242', /password/],
      ['filters[crimeAreas][operationReports][title][$eq]=x', /operationReports/],
    ])('GET /api/operation-reports?%s answers 400', async (query, message) => {
      const before = await dumpTables(app().strapi);
      expectStrapiError(await get(`/api/operation-reports?${query}`), 400, message);
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    it.each([
      ['filters[arrests][$eq]=2147483648', /filters\.arrests\.\$eq must be a whole number between/],
      ['filters[arrests][$between][0]=-2147483649&filters[arrests][$between][1]=0', /filters\.arrests\.\$between\.0/],
      ['filters[durationDays][$gt]=9999999999', /filters\.durationDays\.\$gt/],
    ])('GET /api/operation-reports/stats?%s answers 400', async (query, message) => {
      expectStrapiError(await get(`/api/operation-reports/stats?${query}`), 400, message);
    });

    it('keeps the boolean forms of $null working', async () => {
      for (const value of ['true', 'false', '1', '0']) {
        const response = await get(`/api/operation-reports?filters[codename][$null]=${value}`);
        expect({ value, status: response.status }).toEqual({ value, status: 200 });
      }
      const nulls = await get('/api/operation-reports?filters[codename][$null]=true');
      expect(nulls.body.data.map((r: { documentId: string }) => r.documentId)).toContain(seeded);
      const published = await get('/api/operation-reports?filters[arrests][$eq]=10&filters[arrests][$lte]=2147483647');
      expect(published.body.data.map((r: { documentId: string }) => r.documentId)).toEqual([seeded]);
    });
  });

  describe('query parameters and keys Strapi owns', () => {
    it.each([
      ['populate=**', /\*\*/],
      ['populate[0]=*&populate[1]=crimeAreas', /Invalid key/],
      ['populate=*&populate[crimeAreas]=*', /populate/],
      ['populate[crimeAreas][populate][createdBy][fields][0]=password', /password/],
      ['populate[crimeAreas][sort]=nope', /nope/],
      ['fields[0]=password', /password/],
      ['sort=createdBy.password:asc', /password/],
      ['sort=createdBy:asc', /createdBy/],
      ['pagination[withCount]=abc', /withCount/],
      ['pagination[start]=99999999999', /pagination\.start/],
      ['pagination[limit]=-5', /pagination\.limit/],
      ['status[0]=draft', /status/],
      ['status=DRAFT', /status/],
    ])('GET /api/operation-reports?%s answers 400', async (query, message) => {
      expectStrapiError(await get(`/api/operation-reports?${query}`), 400, message);
    });

    it.each([
      ['documentId', 'forged'],
      ['createdAt', '2020-01-01T00:00:00.000Z'],
      ['updatedAt', '2020-01-01T00:00:00.000Z'],
      ['publishedBy', 1],
      ['localizations', [1]],
    ])('refuses data.%s, which Strapi owns', async (key, value) => {
      const before = await dumpTables(app().strapi);
      expectStrapiError(await create(minimalReport({ [key]: value })), 400, new RegExp(key));
      expectStrapiError(
        await withToken(http().put(`/api/operation-reports/${seeded}`)).send({ data: { [key]: value } }),
        400,
        new RegExp(key)
      );
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    it.each([
      [
        'an XML body',
        (r: supertest.Test) => r.set('Content-Type', 'application/xml').send('<data><title>x</title></data>'),
        400,
      ],
      ['a multipart body with malformed JSON data', (r: supertest.Test) => r.field('data', '{"title": '), 400],
      ['a multipart body whose data is a list', (r: supertest.Test) => r.field('data', '[1, 2]'), 400],
      [
        'a form body with a bad stat',
        (r: supertest.Test) =>
          r.type('form').send('data[title]=x&data[startDate]=2025-01-01&data[endDate]=2025-01-02&data[arrests]=abc'),
        400,
      ],
      [
        'an unknown Content-Encoding',
        (r: supertest.Test) =>
          r.set('Content-Type', 'application/json').set('Content-Encoding', 'x-unknown').send('{}'),
        415,
      ],
    ] as const)('answers %s with a 4xx and writes nothing', async (_label, shape, status) => {
      const before = await dumpTables(app().strapi);
      const response = await shape(withToken(http().post('/api/operation-reports?status=draft')));
      expectStrapiError(response, status);
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    it('answers a form body with a good report as JSON would (form fields are text)', async () => {
      const response = await withToken(http().post('/api/operation-reports?status=draft'))
        .type('form')
        .send('data[title]=Form%20post&data[startDate]=2025-01-01&data[endDate]=2025-01-02&data[arrests]=12');
      expect(response.status).toBe(201);
      expect(response.body.data).toMatchObject({ title: 'Form post', arrests: 12 });
      await withToken(http().delete(`/api/operation-reports/${response.body.data.documentId}`));
    });

    it("deletes nothing for DELETE of an unknown documentId ('stats', SQL): Strapi's idempotent 204", async () => {
      const before = await dumpTables(app().strapi);
      for (const id of ['stats', encodeURIComponent("' OR 1=1 --")]) {
        const response = await withToken(http().delete(`/api/operation-reports/${id}`));
        expect(response.status).toBe(204);
      }
      const gqlDelete = await gql(
        `mutation { deleteOperationReportsOperationReport(documentId: "' OR 1=1 --") { documentId } }`
      );
      expect(gqlDelete.body.errors).toBeUndefined();
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    it('refuses drafts to the Public role on findOne and GraphQL too', async () => {
      expectStrapiError(await http().get(`/api/operation-reports/${seeded}?status=draft`), 403);
      const response = await http()
        .post('/graphql')
        .send({
          query: 'query($d: ID!) { operationReportsOperationReport(documentId: $d, status: DRAFT) { title } }',
          variables: { d: seeded },
        });
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it('answers GraphQL batching, a mutation over GET and mixed pagination with errors', async () => {
      const batched = await withToken(http().post('/graphql')).send([
        { query: '{ __typename }' },
        { query: '{ __typename }' },
      ]);
      expect(batched.status).toBe(400);
      expect(batched.body.errors[0].message).toMatch(/batching/);
      const overGet = await withToken(
        http().get(
          `/graphql?query=${encodeURIComponent('mutation { deleteOperationReportsOperationReport(documentId: "x") { documentId } }')}`
        )
      );
      expect(overGet.status).toBe(400);
      expect(overGet.body.errors.length).toBeGreaterThan(0);
      const mixed = await gql('{ operationReportsOperationReports(pagination: { start: 0, page: 1 }) { title } }');
      expect(mixed.body.errors[0].message).toMatch(/page & offset/);
    });

    it('answers the extract route 400 for text sent as a form list, in the query string, or over 100 KB', async () => {
      const extract = () => http().post('/operation-reports/extract').set('Authorization', `Bearer ${jwt}`);
      expectStrapiError(await extract().type('form').send('text[]=a&text[]=b'), 400, /text/, 'text');
      expectStrapiError(
        await http().post('/operation-reports/extract?text=x').set('Authorization', `Bearer ${jwt}`),
        400,
        /text/,
        'text'
      );
      expectStrapiError(await extract().send({ text: 'a'.repeat(200 * 1024) }), 400, /100 KB/, 'text');
    });
  });
});

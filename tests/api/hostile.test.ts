import type supertest from 'supertest';
import { adminToken, createApiToken, CRIME_AREA_UID, describeEachDatabase, minimalReport } from '../helpers/strapi';
import { dumpTables, pluginTables } from '../helpers/dump-tables';

/*
 * Hostile input on every entry point: REST, GraphQL, stats and the admin
 * extract route. Every refused request answers a 4xx with Strapi's error body
 * naming what is wrong, and leaves every table the plugin owns exactly as it was.
 */

type Response = supertest.Response;

const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];
const INJECTIONS = [
  "Robert'); DROP TABLE operation_reports;--",
  "' OR '1'='1",
  '" OR ""="',
  '1; DELETE FROM operation_reports_slug_registry',
  "'; UPDATE operation_reports SET arrests = 0; --",
  '\\x27 UNION SELECT * FROM admin_users --',
];
/** Errors raised by the body parser, before Strapi's controllers: Strapi formats them without `details`. */
const BODY_PARSER_ERRORS = ['SyntaxError', 'PayloadTooLargeError'];

interface Send {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  path: string;
  body?: unknown;
  /** A body sent as is, with this content type. */
  raw?: { type: string; text: string };
  auth?: 'token' | 'public' | 'admin';
}

/** Strapi's error body: `{ data: null, error: { status, name, message, details } }`. */
function expectStrapiError(response: Response, status: number, message?: RegExp, path?: string) {
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  expect(response.body.data).toBeNull();
  expect(response.body.error).toMatchObject({ status, name: expect.any(String), message: expect.any(String) });
  if (!BODY_PARSER_ERRORS.includes(response.body.error.name)) expect(response.body.error).toHaveProperty('details');
  if (message) expect(response.body.error.message).toMatch(message);
  if (path) {
    const paths = (response.body.error.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toContain(path);
  }
}

const nested = (levels: number, leaf: string) => {
  let query = 'filters';
  for (let i = 0; i < levels; i += 1) query += i % 2 ? '[$or][0]' : '[$and][0]';
  return `${query}${leaf}`;
};

describeEachDatabase('hostile input', (app) => {
  let token: string;
  let jwt: string;
  let seeded: string;

  function send({ method, path, body, raw, auth = 'token' }: Send): Promise<Response> {
    const request = app().http()[method](path);
    if (auth === 'token') request.set('Authorization', `Bearer ${token}`);
    if (auth === 'admin') request.set('Authorization', `Bearer ${jwt}`);
    if (raw) return request.set('Content-Type', raw.type).send(raw.text);
    return body === undefined ? request : request.send(body as object);
  }

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
    jwt = await adminToken(app());
    const [area] = await app()
      .strapi.documents(CRIME_AREA_UID)
      .findMany({ filters: { slug: 'forced-labour' } });
    const created = await send({
      method: 'post',
      path: '/api/operation-reports',
      body: {
        data: minimalReport({
          title: 'Seeded',
          arrests: 10,
          crimeAreas: [area.documentId],
          routes: [{ origin: 'Asia', destination: 'Europe' }],
          quotes: [{ speaker: 'A', text: 'Words' }],
          sources: [{ url: 'https://example.org' }],
          additionalStats: [{ label: 'Cash', value: 5 }],
        }),
      },
    });
    expect(created.status).toBe(201);
    seeded = created.body.data.documentId;
  });

  it('dumps every table the plugin owns', async () => {
    const tables = pluginTables(app().strapi);
    expect(tables).toEqual(
      expect.arrayContaining([
        'operation_reports',
        'operation_reports_crime_areas',
        'operation_reports_slug_registry',
        'components_operation_reports_sources',
      ])
    );
    const dump = await dumpTables(app().strapi);
    expect(dump.operation_reports.length).toBeGreaterThan(0);
    expect(Object.values(dump).filter((rows) => rows.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  describe('refused writes change nothing', () => {
    let baseline: Awaited<ReturnType<typeof dumpTables>>;
    beforeAll(async () => {
      baseline = await dumpTables(app().strapi);
    });
    afterAll(async () => {
      expect(await dumpTables(app().strapi)).toEqual(baseline);
    });

    const post = (data: unknown, query = '?status=draft'): Send => ({
      method: 'post',
      path: `/api/operation-reports${query}`,
      body: { data },
    });
    const put = (data: unknown, query = ''): Send => ({
      method: 'put',
      path: `/api/operation-reports/:seeded${query}`,
      body: { data },
    });
    const json = (text: string): Send => ({
      method: 'post',
      path: '/api/operation-reports',
      raw: { type: 'application/json', text },
    });

    // [label, request, status, message, path in details.errors]
    const cases: [string, Send, number, RegExp | undefined, string | undefined][] = [
      // body shape
      ['malformed JSON', json('{"data": {"title": "x",'), 400, /JSON/, undefined],
      ['JSON with a trailing comma', json('{"data": {"title": "x",}}'), 400, /JSON/, undefined],
      ['a JSON string as body', json('"hello"'), 400, /object and array/, undefined],
      ['a JSON array as body', json('[{"title": "x"}]'), 400, /data/, undefined],
      ['a JSON number as body', json('42'), 400, /object and array/, undefined],
      ['a text/plain body', { ...json('hello'), raw: { type: 'text/plain', text: 'hello' } }, 400, /data/, undefined],
      ['an oversize body (3 MB)', post(minimalReport({ summary: 'x'.repeat(3_000_000) })), 413, undefined, undefined],
      ['data missing', { ...post(undefined), body: { title: 'x' } }, 400, /data/, undefined],
      ['data null', post(null), 400, /data/, undefined],
      ['data a string', post('title=x'), 400, /data/, undefined],
      ['data a number', post(42), 400, /data/, undefined],
      ['data an array', post([minimalReport()]), 400, /data must be an object/, undefined],
      ['data an array on update', put([{ arrests: 1 }]), 400, /data must be an object/, undefined],
      // wrong types
      ['a string for a stat', post(minimalReport({ countries: 'many' })), 400, /countries/, 'countries'],
      ['an object for a stat', post(minimalReport({ officers: { value: 1 } })), 400, /officers/, 'officers'],
      ['an array for a stat', post(minimalReport({ arrests: [1] })), 400, /arrests/, 'arrests'],
      [
        'a boolean for a stat',
        post(minimalReport({ victimsIdentified: true })),
        400,
        /victimsIdentified/,
        'victimsIdentified',
      ],
      ['an object for title', post(minimalReport({ title: { en: 'x' } })), 400, /title/, 'title'],
      ['a number for title', post(minimalReport({ title: 42 })), 400, /title/, 'title'],
      ['an array for codename', post(minimalReport({ codename: ['x'] })), 400, /codename/, 'codename'],
      ['a number for a date', post(minimalReport({ startDate: 20251110 })), 400, /startDate/, 'startDate'],
      ['a boolean for a date', post(minimalReport({ endDate: true })), 400, /endDate/, 'endDate'],
      ['an object for a date', post(minimalReport({ announcedOn: { $gt: 1 } })), 400, /announcedOn/, 'announcedOn'],
      [
        'an array for an enum',
        post(minimalReport({ figuresStatus: ['final'] })),
        400,
        /figuresStatus/,
        'figuresStatus',
      ],
      [
        'a number for a qualifier',
        post(minimalReport({ arrestsQualifier: 1 })),
        400,
        /arrestsQualifier/,
        'arrestsQualifier',
      ],
      [
        'a string for a repeatable component',
        post(minimalReport({ sources: 'https://x.org' })),
        400,
        /sources/,
        'sources',
      ],
      [
        'an object for a repeatable component',
        post(minimalReport({ routes: { origin: 'A' } })),
        400,
        /routes/,
        'routes',
      ],
      ['an array inside a component list', post(minimalReport({ quotes: [['A', 'B']] })), 400, /quotes/, undefined],
      ['null inside a component list', post(minimalReport({ routes: [null] })), 400, /routes\.0/, 'routes.0'],
      [
        'an object for a component field',
        post(minimalReport({ quotes: [{ speaker: { a: 1 }, text: 'x' }] })),
        400,
        /quotes\.0\.speaker/,
        'quotes.0.speaker',
      ],
      [
        'a string for a metric value',
        post(minimalReport({ additionalStats: [{ label: 'x', value: 'lots' }] })),
        400,
        /additionalStats\.0\.value/,
        'additionalStats.0.value',
      ],
      [
        'Infinity for a metric value',
        post(minimalReport({ additionalStats: [{ label: 'x', value: 'Infinity' }] })),
        400,
        /additionalStats\.0\.value/,
        'additionalStats.0.value',
      ],
      ['a string for a blocks field', post(minimalReport({ body: 'plain text' })), 400, /body/, 'body'],
      ['an object for a blocks field', post(minimalReport({ body: { type: 'paragraph' } })), 400, /body/, 'body'],
      [
        'an unknown block type',
        post(minimalReport({ body: [{ type: 'script', children: [] }] })),
        400,
        /block/i,
        'body.0',
      ],
      ['a number for the slug', post(minimalReport({ slug: 42 })), 400, /slug/, 'slug'],
      // unknown and read-only fields
      ['an unknown field', post(minimalReport({ nope: 1 })), 400, /nope/, undefined],
      ['durationDays, which is computed', post(minimalReport({ durationDays: 999 })), 400, /durationDays/, undefined],
      ['id', post(minimalReport({ id: 1 })), 400, /\bid\b/, undefined],
      ['createdBy', post(minimalReport({ createdBy: 1 })), 400, /createdBy/, undefined],
      ['updatedBy on update', put({ updatedBy: 1 }), 400, /updatedBy/, undefined],
      [
        'an unknown field in a component',
        post(minimalReport({ routes: [{ origin: 'A', destination: 'B', via: 'C' }] })),
        400,
        /via/,
        undefined,
      ],
      [
        '__proto__ in data',
        json(
          '{"data": {"title": "x", "startDate": "2025-01-01", "endDate": "2025-01-02", "__proto__": {"isAdmin": true}}}'
        ),
        400,
        /prototype/,
        undefined,
      ],
      [
        'constructor in data',
        post({ ...minimalReport(), constructor: { prototype: { x: 1 } } }),
        400,
        /constructor/,
        undefined,
      ],
      // dates
      ['2025-02-30', post(minimalReport({ startDate: '2025-02-30' })), 400, /startDate/, 'startDate'],
      ['2025-13-01', post(minimalReport({ endDate: '2025-13-01' })), 400, /endDate/, 'endDate'],
      ['0000-01-01', post(minimalReport({ startDate: '0000-01-01' })), 400, /startDate/, 'startDate'],
      ['99999-01-01', post(minimalReport({ endDate: '99999-01-01' })), 400, /endDate/, 'endDate'],
      ['a US date', post(minimalReport({ startDate: '11/10/2025' })), 400, /startDate/, 'startDate'],
      ['an unpadded date', post(minimalReport({ startDate: '2025-1-5' })), 400, /startDate/, 'startDate'],
      [
        'a date with a garbage time',
        post(minimalReport({ startDate: '2025-11-10Tgarbage' })),
        400,
        /startDate/,
        'startDate',
      ],
      [
        'a date with an impossible time',
        post(minimalReport({ endDate: '2025-11-21T99:99:99Z' })),
        400,
        /endDate/,
        'endDate',
      ],
      ['a non-leap 29 February', post(minimalReport({ announcedOn: '2025-02-29' })), 400, /announcedOn/, 'announcedOn'],
      ['an empty string date', post(minimalReport({ startDate: '' })), 400, /startDate/, 'startDate'],
      [
        'a date in a component',
        post(minimalReport({ sources: [{ url: 'https://x.org', publishedOn: '2025-02-30' }] })),
        400,
        /publishedOn/,
        'sources.0.publishedOn',
      ],
      [
        'end before start',
        post(minimalReport({ startDate: '2025-11-21', endDate: '2025-11-10' })),
        400,
        /endDate/,
        'endDate',
      ],
      ['end before the stored start (partial update)', put({ endDate: '2025-01-01' }), 400, /endDate/, 'endDate'],
      // query parameters of writes
      ['an unknown status', post(minimalReport(), '?status=nope'), 400, /status/, 'status'],
      [
        'SQL in status',
        post(minimalReport(), `?status=${encodeURIComponent("draft' OR '1'='1")}`),
        400,
        /status/,
        'status',
      ],
      [
        'SQL in locale',
        post(minimalReport(), `?locale=${encodeURIComponent("en'; DROP TABLE operation_reports;--")}`),
        400,
        /locale/,
        'locale',
      ],
      ['an unknown locale', post(minimalReport(), '?locale=zz'), 400, /locale/, 'locale'],
      ['an unknown locale on update', put({ title: 'x' }, '?locale=xx-YY'), 400, /locale/, 'locale'],
      // slugs
      ['SQL in the slug', post(minimalReport({ slug: "x'; DROP TABLE operation_reports;--" })), 400, /slug/, 'slug'],
      ['an emoji slug', post(minimalReport({ slug: 'op-🚀' })), 400, /slug/, 'slug'],
      ['a zero-width character in the slug', post(minimalReport({ slug: 'oper\u200bation' })), 400, /slug/, 'slug'],
      ['a right-to-left slug', post(minimalReport({ slug: 'عملية' })), 400, /slug/, 'slug'],
      ['a combining character in the slug', post(minimalReport({ slug: 'ope\u0301ration' })), 400, /slug/, 'slug'],
      ['a slug with a slash', post(minimalReport({ slug: '../admin' })), 400, /slug/, 'slug'],
      ['a slug already used', post(minimalReport({ slug: 'seeded' })), 400, /slug/, 'slug'],
      // relations
      ['an unknown crime area', post(minimalReport({ crimeAreas: ["' OR 1=1 --"] })), 400, /crimeAreas/, 'crimeAreas'],
      [
        'a crime area by numeric id that does not exist',
        post(minimalReport({ crimeAreas: [999999] })),
        400,
        /crimeAreas/,
        'crimeAreas',
      ],
      // permissions and routes
      ['a create without a token', { ...post(minimalReport(), ''), auth: 'public' }, 403, undefined, undefined],
      ['an update without a token', { ...put({ arrests: 1 }), auth: 'public' }, 403, undefined, undefined],
      [
        'a delete without a token',
        { method: 'delete', path: '/api/operation-reports/:seeded', auth: 'public' },
        403,
        undefined,
        undefined,
      ],
      [
        'an update of an unknown document',
        { ...put({ arrests: 1 }), path: '/api/operation-reports/nope' },
        404,
        undefined,
        undefined,
      ],
      [
        'an update with SQL as documentId',
        { ...put({ arrests: 1 }), path: `/api/operation-reports/${encodeURIComponent("' OR 1=1 --")}` },
        404,
        undefined,
        undefined,
      ],
      [
        'a crime area without a token',
        { method: 'post', path: '/api/crime-areas', body: { data: { name: 'X' } }, auth: 'public' },
        403,
        undefined,
        undefined,
      ],
      [
        'a crime area with an object name',
        { method: 'post', path: '/api/crime-areas', body: { data: { name: { a: 1 } } } },
        400,
        /name/,
        'name',
      ],
      [
        'a crime area with a duplicate name',
        { method: 'post', path: '/api/crime-areas', body: { data: { name: 'Forced labour' } } },
        400,
        /unique/,
        'name',
      ],
      [
        'a crime area with an SQL slug',
        { method: 'post', path: '/api/crime-areas', body: { data: { name: 'Y', slug: "y' --" } } },
        400,
        /slug/,
        'slug',
      ],
      [
        'a crime area with data as an array',
        { method: 'post', path: '/api/crime-areas', body: { data: [{ name: 'Z' }] } },
        400,
        /data must be an object/,
        undefined,
      ],
    ];

    it.each(cases)('refuses %s', async (_label, request, status, message, path) => {
      const before = await dumpTables(app().strapi);
      const response = await send({ ...request, path: request.path.replace(':seeded', seeded) });
      expectStrapiError(response, status, message, path);
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    const badStats: [string, unknown][] = [
      ['2147483648', 2147483648],
      ['1e308', 1e308],
      ['-1', -1],
      ['-2147483649', -2147483649],
      ['1.5', 1.5],
      ['0.0001', 0.0001],
      ['"NaN"', 'NaN'],
      ['"Infinity"', 'Infinity'],
      ['"-Infinity"', '-Infinity'],
      ['"12abc"', '12abc'],
      ['"1e3"', '1e3'],
      ['"0x10"', '0x10'],
      ['"-0"', '-0'],
      ['"١٢" (Arabic-Indic digits)', '١٢'],
      ['"" (empty)', ''],
      ['"9007199254740993"', '9007199254740993'],
    ];
    it.each(badStats.map(([label, value], i) => [label, STATS[i % STATS.length], value] as const))(
      'refuses %s for %s, on create and on update',
      async (_label, stat, value) => {
        const before = await dumpTables(app().strapi);
        const created = await send(post(minimalReport({ [stat]: value })));
        expectStrapiError(created, 400, new RegExp(stat), stat);
        const updated = await send({ ...put({ [stat]: value }), path: `/api/operation-reports/${seeded}` });
        expectStrapiError(updated, 400, new RegExp(stat), stat);
        expect(await dumpTables(app().strapi)).toEqual(before);
      }
    );

    it.each([
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//example.org/x',
      '/relative/path',
      'jav&#x09;ascript:alert(1)',
      'http://',
      'mailto:press@example.org',
    ])('refuses the source URL %j', async (url) => {
      const before = await dumpTables(app().strapi);
      const response = await send(post(minimalReport({ sources: [{ url }] })));
      expectStrapiError(response, 400, /sources\.0\.url/, 'sources.0.url');
      expect(await dumpTables(app().strapi)).toEqual(before);
    });
  });

  describe('refused reads', () => {
    let before: Awaited<ReturnType<typeof dumpTables>>;
    beforeAll(async () => {
      before = await dumpTables(app().strapi);
    });
    afterAll(async () => {
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    // [query of GET /api/operation-reports, status, message]
    const reads: [string, number, RegExp][] = [
      ['filters[nope][$eq]=1', 400, /nope/],
      ['filters[arrests][$foo]=1', 400, /\$foo/],
      ['filters[title][$regex]=.*', 400, /\$regex/],
      ['filters[$foo]=1', 400, /\$foo/],
      ['filters=abc', 400, /filters/],
      ['filters[createdBy][id][$eq]=1', 400, /createdBy/],
      ['filters[updatedBy][firstname][$eq]=x', 400, /updatedBy/],
      ['filters[crimeAreas][createdBy][id][$eq]=1', 400, /createdBy/],
      ['filters[crimeAreas][nope][$eq]=1', 400, /nope/],
      [nested(30, '[title][$eq]=x'), 400, /Invalid key/],
      [nested(8, '[nope][$eq]=x'), 400, /nope/],
      ['filters[arrests][$eq]=abc', 400, /filters\.arrests\.\$eq/],
      ['filters[arrests][$gte]=12abc', 400, /filters\.arrests\.\$gte/],
      ['filters[arrests][$in][0]=1&filters[arrests][$in][1]=NaN', 400, /filters\.arrests\.\$in\.1/],
      ['filters[arrests][$between]=1', 400, /filters\.arrests\.\$between/],
      ['filters[title][$eq][$eq]=x', 400, /filters\.title\.\$eq/],
      ['filters[startDate][$gte]=notadate', 400, /filters\.startDate\.\$gte/],
      ['filters[startDate][$lt]=2025-02-30', 400, /filters\.startDate\.\$lt/],
      [`filters[$or][0][officers][$lt]=${encodeURIComponent('1 OR 1=1')}`, 400, /filters\.\$or\.0\.officers\.\$lt/],
      ['sort=nope:asc', 400, /nope/],
      ['sort=title:sideways', 400, /order/],
      [`sort=${encodeURIComponent('title;DROP TABLE operation_reports')}`, 400, /DROP TABLE/],
      [`sort=${encodeURIComponent('(SELECT 1)')}`, 400, /SELECT/],
      ['sort[0][title]=sideways', 400, /order/],
      ['fields[0]=nope', 400, /nope/],
      ['fields[0]=createdBy', 400, /createdBy/],
      ['fields=title,nope', 400, /nope/],
      ['populate=nope', 400, /nope/],
      ['populate[crimeAreas][populate][nope]=*', 400, /nope/],
      ['populate[crimeAreas][populate][createdBy]=*', 400, /createdBy/],
      ['populate[createdBy]=*', 400, /createdBy/],
      ['populate[routes][populate][x][populate][y][populate][z]=*', 400, /Invalid key/],
      ['populate[crimeAreas][filters][nope]=1', 400, /nope/],
      ['pagination[page]=abc', 400, /pagination\.page/],
      ['pagination[page]=-1', 400, /pagination\.page/],
      ['pagination[page]=0', 400, /pagination\.page/],
      ['pagination[pageSize]=-5', 400, /pagination\.pageSize/],
      ['pagination[pageSize]=1.5', 400, /pagination\.pageSize/],
      ['pagination[start]=-1', 400, /pagination\.start/],
      ['pagination[limit]=abc', 400, /pagination\.limit/],
      ['pagination[start]=0&pagination[page]=1', 400, /page/],
      ['status=nope', 400, /status/],
      [`status=${encodeURIComponent("draft' OR '1'='1")}`, 400, /status/],
      [`locale=${encodeURIComponent("en'; DROP TABLE operation_reports;--")}`, 400, /locale/],
    ];

    it.each(reads)('GET /api/operation-reports?%s answers %i', async (query, status, message) => {
      const response = await send({ method: 'get', path: `/api/operation-reports?${query}` });
      expectStrapiError(response, status, message);
    });

    it.each([
      ['filters[nope][$eq]=1', 400, /nope/],
      ['sort=nope:asc', 400, /nope/],
      ['filters[name][$eq][$eq]=x', 400, /filters\.name\.\$eq/],
      ['filters[id][$gt]=abc', 400, /filters\.id\.\$gt/],
      ['pagination[page]=abc', 400, /pagination\.page/],
    ] as const)('GET /api/crime-areas?%s answers %i', async (query, status, message) => {
      const response = await send({ method: 'get', path: `/api/crime-areas?${query}` });
      expectStrapiError(response, status, message);
    });

    it.each([
      [`/api/operation-reports/${encodeURIComponent("' OR 1=1 --")}`, 404],
      ['/api/operation-reports/nope?populate=nope', 400],
      ['/api/operation-reports/:seeded?status=nope', 400],
    ] as const)('GET %s answers %i', async (path, status) => {
      const response = await send({ method: 'get', path: path.replace(':seeded', seeded) });
      expectStrapiError(response, status);
    });

    it('refuses drafts to the Public role, and other methods on the collection', async () => {
      expectStrapiError(
        await send({ method: 'get', path: '/api/operation-reports?status=draft', auth: 'public' }),
        403
      );
      expectStrapiError(
        await send({ method: 'get', path: '/api/operation-reports/stats?status=draft', auth: 'public' }),
        400,
        /status/
      );
      // Koa's router answers 405 itself, with an empty body.
      expect((await send({ method: 'patch', path: '/api/operation-reports', body: {} })).status).toBe(405);
    });

    it('caps a huge pageSize at the configured maximum (Strapi rest.maxLimit)', async () => {
      const response = await send({ method: 'get', path: '/api/operation-reports?pagination[pageSize]=100000' });
      expect(response.status).toBe(200);
      expect(response.body.meta.pagination.pageSize).toBe(100);
    });

    it.each(INJECTIONS)('treats SQL in filter values as text: %s', async (value) => {
      const v = encodeURIComponent(value);
      for (const query of [
        `filters[title][$eq]=${v}`,
        `filters[title][$containsi]=${v}`,
        `filters[codename][$in][0]=${v}`,
        `filters[crimeAreas][slug][$eq]=${v}`,
        `filters[$or][0][title][$startsWith]=${v}&filters[$or][1][agency][$endsWith]=${v}`,
      ]) {
        const response = await send({ method: 'get', path: `/api/operation-reports?${query}` });
        expect({ query, status: response.status }).toEqual({ query, status: 200 });
        expect(response.body.data).toEqual([]);
      }
      const areas = await send({ method: 'get', path: `/api/crime-areas?filters[name][$eq]=${v}` });
      expect(areas.status).toBe(200);
      expect(areas.body.data).toEqual([]);
      expect(await dumpTables(app().strapi)).toEqual(before);
    });
  });

  describe('stats', () => {
    it.each([
      ['filters[nope][$eq]=1', /nope/],
      ['filters[arrests][$foo]=1', /\$foo/],
      ['filters[title][$regex]=x', /\$regex/],
      ['filters[createdBy][id][$eq]=1', /createdBy/],
      ['filters[updatedBy][id][$eq]=1', /updatedBy/],
      ['filters[publishedAt][$null]=true', /publishedAt/],
      ['filters[arrests][$eq]=12abc', /filters\.arrests\.\$eq/],
      ['filters[arrests][$gt]=1e308', /filters\.arrests\.\$gt/],
      ['filters[startDate][$gte]=2025-02-30', /filters\.startDate\.\$gte/],
      ['filters[figuresStatus][$eq]=maybe', /figuresStatus/],
      ['filters[title][$eq][$eq]=x', /filters\.title\.\$eq/],
      ['filters[crimeAreas][nope][$eq]=x', /nope/],
      [nested(7, '[arrests][$gt]=1'), /nested deeper/],
      [nested(30, '[arrests][$gt]=1'), /filters/],
      ['filters=abc', /filters/],
      ['status=draft', /status/],
      ['status=nope', /status/],
      ['nope=1', /nope/],
      ['sort=arrests:desc', /sort/],
      [`locale=${encodeURIComponent("en' OR '1'='1")}`, /locale/],
      ['locale[0]=en', /locale/],
    ])('GET /api/operation-reports/stats?%s answers 400', async (query, message) => {
      const before = await dumpTables(app().strapi);
      const response = await send({ method: 'get', path: `/api/operation-reports/stats?${query}`, auth: 'public' });
      expectStrapiError(response, 400, message);
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    it.each(INJECTIONS)('counts nothing for SQL in a stats filter value: %s', async (value) => {
      const v = encodeURIComponent(value);
      for (const query of [`filters[title][$eq]=${v}`, `filters[crimeAreas][slug][$eq]=${v}`]) {
        const response = await send({ method: 'get', path: `/api/operation-reports/stats?${query}` });
        expect(response.status).toBe(200);
        expect(response.body.data.count).toBe(0);
      }
    });
  });

  describe('GraphQL', () => {
    let before: Awaited<ReturnType<typeof dumpTables>>;
    beforeAll(async () => {
      before = await dumpTables(app().strapi);
    });
    afterAll(async () => {
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    const gql = (query: string, variables: Record<string, unknown> = {}) =>
      send({ method: 'post', path: '/graphql', body: { query, variables } });
    const REPORTS = 'operationReportsOperationReports';
    const CREATE = 'createOperationReportsOperationReport';
    const base = 'title: "x", startDate: "2025-01-01", endDate: "2025-01-02"';

    it.each([
      ['a malformed query', `{ ${REPORTS}(`, /Syntax Error/],
      ['an unknown field', `{ ${REPORTS} { title nope } }`, /nope/],
      ['an unknown argument', `{ ${REPORTS}(where: { id: 1 }) { title } }`, /where/],
      ['a wrong argument type', `{ ${REPORTS}(pagination: { pageSize: "abc" }) { title } }`, /Int/],
      ['an unknown filter field', `{ ${REPORTS}(filters: { nope: { eq: 1 } }) { title } }`, /nope/],
      ['an unknown filter operator', `{ ${REPORTS}(filters: { arrests: { regex: 1 } }) { title } }`, /regex/],
      ['a private filter field', `{ ${REPORTS}(filters: { createdBy: { id: { eq: 1 } } }) { title } }`, /createdBy/],
      ['SQL in sort', `{ ${REPORTS}(sort: "title;DROP TABLE operation_reports") { title } }`, /DROP TABLE/],
      ['an unknown sort field', `{ ${REPORTS}(sort: "nope:asc") { title } }`, /nope/],
      ['SQL in locale', `{ ${REPORTS}(locale: "en'--") { title } }`, /locale/i],
      ['a wrong status', `{ ${REPORTS}(status: "draft") { title } }`, /status|PublicationStatus/],
      ['a string for a stat filter', `{ ${REPORTS}(filters: { arrests: { eq: "12abc" } }) { title } }`, /Int/],
      ['a negative stat', `mutation { ${CREATE}(data: { ${base}, arrests: -1 }) { documentId } }`, /arrests/],
      [
        'an overflowing stat',
        `mutation { ${CREATE}(data: { ${base}, arrests: 2147483648 }) { documentId } }`,
        /2147483648/,
      ],
      ['a fractional stat', `mutation { ${CREATE}(data: { ${base}, officers: 1.5 }) { documentId } }`, /Int/],
      [
        'an impossible date',
        `mutation { ${CREATE}(data: { ${base}, announcedOn: "2025-02-30" }) { documentId } }`,
        /date/i,
      ],
      [
        'end before start',
        `mutation { ${CREATE}(data: { title: "x", startDate: "2025-01-02", endDate: "2025-01-01" }) { documentId } }`,
        /endDate/,
      ],
      [
        'a javascript: URL',
        `mutation { ${CREATE}(data: { ${base}, sources: [{ url: "javascript:alert(1)" }] }) { documentId } }`,
        /sources\.0\.url/,
      ],
      ['an unknown field in data', `mutation { ${CREATE}(data: { ${base}, nope: 1 }) { documentId } }`, /nope/],
      ['an object for title', `mutation { ${CREATE}(data: { title: { en: "x" } }) { documentId } }`, /title|String/],
      [
        'SQL in the slug',
        `mutation { ${CREATE}(data: { ${base}, slug: "x'; DROP TABLE operation_reports;--" }) { documentId } }`,
        /slug/,
      ],
      [
        'a title over 200 characters',
        `mutation { ${CREATE}(data: { title: "${'x'.repeat(201)}" }) { documentId } }`,
        /title/,
      ],
      [
        'an update with an unknown status',
        `mutation { updateOperationReportsOperationReport(documentId: "nope", status: DRAFTY, data: { arrests: 1 }) { documentId } }`,
        /DRAFTY/,
      ],
      [
        'a stats filter nested too deep',
        `{ operationReportStats(filters: { and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ arrests: { gt: 1 } }] }] }] }] }] }] }] }] }) { count } }`,
        /nested deeper/,
      ],
      ['a malformed stats locale', `{ operationReportStats(locale: "en' OR '1'='1") { count } }`, /locale/],
    ])('answers an errors array for %s', async (_label, query, message) => {
      const response = await gql(query);
      expect([200, 400]).toContain(response.status);
      expect(Array.isArray(response.body.errors)).toBe(true);
      expect(response.body.errors.length).toBeGreaterThan(0);
      expect(response.body.errors.map((e: { message: string }) => e.message).join(' | ')).toMatch(message);
      expect(response.body.data?.[CREATE] ?? null).toBeNull();
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    it.each([
      ['no query', {}],
      ['a query that is not a string', { query: { a: 1 } }],
      [
        'variables of the wrong type',
        {
          query: 'query($n: Int) { operationReportsOperationReports(pagination: { pageSize: $n }) { title } }',
          variables: { n: 'many' },
        },
      ],
    ])('answers 400 with an errors array for %s', async (_label, body) => {
      const response = await send({ method: 'post', path: '/graphql', body });
      expect(response.status).toBe(400);
      expect(Array.isArray(response.body.errors)).toBe(true);
    });

    it('answers 400 to a malformed JSON body', async () => {
      const response = await send({
        method: 'post',
        path: '/graphql',
        raw: { type: 'application/json', text: '{"query": ' },
      });
      expectStrapiError(response, 400, /JSON/);
    });

    it('caps huge pagination and treats SQL in filters as text', async () => {
      const huge = await gql(`{ ${REPORTS}(pagination: { pageSize: 100000 }) { title } }`);
      expect(huge.body.errors).toBeUndefined();
      expect(huge.body.data[REPORTS].length).toBeLessThanOrEqual(100);
      for (const value of INJECTIONS) {
        const response = await gql(`query($v: String) { ${REPORTS}(filters: { title: { eq: $v } }) { title } }`, {
          v: value,
        });
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data[REPORTS]).toEqual([]);
        const stats = await gql(
          `query($v: String) { operationReportStats(filters: { title: { containsi: $v } }) { count } }`,
          { v: value }
        );
        expect(stats.body.errors).toBeUndefined();
        expect(stats.body.data.operationReportStats.count).toBe(0);
      }
    });
  });

  describe('extract (admin)', () => {
    const extract = (body: unknown, auth: Send['auth'] = 'admin') =>
      send({ method: 'post', path: '/operation-reports/extract', body: body as object, auth });

    it.each([
      ['text as an object', { text: { text: 'Police arrested 12 suspects' } }],
      ['text as an array', { text: ['Police arrested 12 suspects'] }],
      ['text as a number', { text: 12 }],
      ['text as a boolean', { text: true }],
      ['text null', { text: null }],
      ['text under another key', { release: 'Police arrested 12 suspects' }],
      ['nested junk', { data: { text: 'x' }, $where: '1=1', __proto__: { text: 'x' } }],
      ['a body that is an array of objects', [{ text: 'x' }]],
      ['text as a string of SQL that is only whitespace after trimming', { text: '   \u00a0\n ' }],
    ])('answers 400 naming text for %s', async (_label, body) => {
      const before = await dumpTables(app().strapi);
      const response = await extract(body);
      expectStrapiError(response, 400, /text/, 'text');
      expect(await dumpTables(app().strapi)).toEqual(before);
    });

    it.each([
      ['malformed JSON', { type: 'application/json', text: '{"text": "x' }, 400],
      ['a JSON string body', { type: 'application/json', text: '"Police arrested 12 suspects"' }, 400],
      ['an oversize body', { type: 'application/json', text: JSON.stringify({ text: 'x'.repeat(3_000_000) }) }, 413],
    ] as const)('answers %s with a 4xx', async (_label, raw, status) => {
      const response = await send({
        method: 'post',
        path: '/operation-reports/extract',
        raw: { ...raw },
        auth: 'admin',
      });
      expectStrapiError(response, status);
    });

    it('needs an admin session: no token, an API token, a forged JWT', async () => {
      expectStrapiError(await extract({ text: 'x' }, 'public'), 401);
      expectStrapiError(await extract({ text: 'x' }, 'token'), 401);
      const forged = await app()
        .http()
        .post('/operation-reports/extract')
        .set('Authorization', 'Bearer eyJhbGciOiJub25lIn0.eyJpZCI6MX0.')
        .send({ text: 'x' });
      expectStrapiError(forged, 401);
    });

    it('reads SQL and markup in the text as text', async () => {
      const text = `Operation X'); DROP TABLE operation_reports;-- <script>alert(1)</script> Police arrested 12 suspects.`;
      const before = await dumpTables(app().strapi);
      const response = await extract({ text });
      expect(response.status).toBe(200);
      for (const field of Object.values(response.body.data.fields) as { evidence: string }[]) {
        expect(text).toContain(field.evidence);
      }
      expect(await dumpTables(app().strapi)).toEqual(before);
    });
  });

  describe('accepted hostile text is stored verbatim', () => {
    const read = (documentId: string) =>
      send({ method: 'get', path: `/api/operation-reports/${documentId}?status=draft&populate=*` });

    it.each(INJECTIONS)('stores SQL as text in every string position: %s', async (value) => {
      const tablesBefore = pluginTables(app().strapi);
      const data = minimalReport({
        title: value,
        codename: value.slice(0, 120),
        agency: value.slice(0, 120),
        headquarters: value.slice(0, 120),
        summary: value,
        routes: [{ origin: value, destination: value, note: value }],
        quotes: [{ speaker: value, role: value, text: value }],
        sources: [{ title: value, publisher: value, url: `https://example.org/?q=${encodeURIComponent(value)}` }],
        additionalStats: [{ label: value, value: 1, unit: value.slice(0, 20) }],
      });
      const created = await send({ method: 'post', path: '/api/operation-reports?status=draft', body: { data } });
      expect(created.status).toBe(201);
      expect(created.body.data.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const stored = (await read(created.body.data.documentId)).body.data;
      expect(stored).toMatchObject({
        title: value,
        codename: value.slice(0, 120),
        summary: value,
        routes: [expect.objectContaining({ origin: value, destination: value, note: value })],
        quotes: [expect.objectContaining({ speaker: value, role: value, text: value })],
        sources: [expect.objectContaining({ title: value, publisher: value })],
        additionalStats: [expect.objectContaining({ label: value })],
      });
      const found = await send({
        method: 'get',
        path: `/api/operation-reports?status=draft&filters[title][$eq]=${encodeURIComponent(value)}`,
      });
      expect(found.body.data.map((r: { documentId: string }) => r.documentId)).toContain(created.body.data.documentId);
      expect(pluginTables(app().strapi)).toEqual(tablesBefore);
      const counts = await Promise.all(
        tablesBefore.map((table) => app().strapi.db.connection(table).count({ n: '*' }))
      );
      expect(counts).toHaveLength(tablesBefore.length);
    });

    it.each([
      ['right-to-left text', 'عملية الحرية الثالثة'],
      ['Hebrew with a left-to-right override', '\u202eמבצע\u202c Liberterra'],
      ['zero-width characters', 'Oper\u200bation\u200d Lib\ufeffer\u200cterra'],
      ['only zero-width characters', '\u200b\u200b\u200b'],
      ['emoji', 'Operation 🚀🇫🇷 Liberterra 👮🏽‍♀️'],
      ['combining characters', 'Ope\u0301ration Libe\u0300rterra Z\u0351\u0352\u0353'],
      ['CJK', '行动 自由之地 三'],
      ['astral-plane letters', '𝔒𝔭𝔢𝔯𝔞𝔱𝔦𝔬𝔫'],
    ])('stores a title with %s verbatim and gives it a valid slug', async (_label, title) => {
      const created = await send({
        method: 'post',
        path: '/api/operation-reports?status=draft',
        body: { data: minimalReport({ title, codename: title }) },
      });
      expect(created.status).toBe(201);
      expect(created.body.data.title).toBe(title);
      expect(created.body.data.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const stored = await read(created.body.data.documentId);
      expect(stored.body.data).toMatchObject({ title, codename: title, slug: created.body.data.slug });
    });
  });
});

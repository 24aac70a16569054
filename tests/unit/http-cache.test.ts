import { entityTag, matchTag } from '../../server/src/cache/entity-tag';
import { isCachedRoute, withMiddlewareOnCachedRoutes } from '../../server/src/cache/cached-routes';
import { httpCache } from '../../server/src/cache/http-cache';

describe('entity tags', () => {
  const tag = entityTag('v1', '/api/operation-reports/stats', 'code');

  it('is a quoted opaque tag that differs by version, URL and code, and nothing else', () => {
    expect(tag).toMatch(/^"[\w-]{32}"$/);
    expect(entityTag('v1', '/api/operation-reports/stats', 'code')).toBe(tag);
    expect(entityTag('v2', '/api/operation-reports/stats', 'code')).not.toBe(tag);
    expect(entityTag('v1', '/api/operation-reports/stats?locale=fr', 'code')).not.toBe(tag);
    expect(entityTag('v1', '/api/operation-reports/stats', 'other code')).not.toBe(tag);
  });

  it.each([
    [tag, 'tag'],
    [`W/${tag}`, 'tag'],
    [`"a", ${tag}`, 'tag'],
    [` W/"a" ,W/${tag} `, 'tag'],
    ['*', 'any'],
    ['"a", *', 'any'],
    ['"a"', 'none'],
    [tag.slice(0, -2) + '"', 'none'],
    ['', 'none'],
    [undefined, 'none'],
  ])('If-None-Match %j → %s', (header, expected) => {
    expect(matchTag(header, tag)).toBe(expected);
  });

  it('reads a long hostile header in linear time', () => {
    const header = `${'W/'.repeat(50_000)}${',  '.repeat(50_000)}`;
    expect(matchTag(header, tag)).toBe('none');
  });
});

describe('cached routes', () => {
  it.each([
    [{ method: 'GET', handler: 'plugin::operation-reports.operation-report.find' }, true],
    [{ method: 'GET', handler: 'plugin::operation-reports.operation-report.findOne' }, true],
    [{ method: 'GET', handler: 'operation-report.stats' }, true],
    [{ method: 'GET', handler: 'operation-report.compare' }, true],
    [{ method: 'GET', handler: 'operation-report.jsonld' }, true],
    [{ method: 'POST', handler: 'plugin::operation-reports.operation-report.create' }, false],
    [{ method: 'GET', handler: 'plugin::operation-reports.crime-area.find' }, false],
    [{ method: 'GET', handler: 'operation-report.export' }, false],
  ])('%j → %s', (route, expected) => {
    expect(isCachedRoute(route)).toBe(expected);
  });

  it('appends the middleware last, to listed routes only', () => {
    const first = () => undefined;
    const cache = () => undefined;
    const routes = [
      { method: 'GET', handler: 'operation-report.stats', config: { middlewares: [first] } },
      { method: 'PUT', handler: 'plugin::operation-reports.operation-report.update', config: { middlewares: [first] } },
    ];
    withMiddlewareOnCachedRoutes(routes, cache);
    expect(routes[0].config.middlewares).toEqual([first, cache]);
    expect(routes[1].config.middlewares).toEqual([first]);
  });
});

describe('the HTTP cache middleware', () => {
  /** A Strapi of its own (there is no global one here): its content version, models and cacheMaxAge. */
  const instance = (version: string, maxAge = 60) => {
    const table = () => ({ where: () => ({ first: async () => ({ version }) }) });
    return {
      db: { connection: table },
      contentType: () => ({ attributes: { title: { type: 'string' } } }),
      config: { get: (key: string) => (key.endsWith('cacheMaxAge') ? maxAge : '5.0.0') },
    } as never;
  };
  const request = (ifNoneMatch = '') => {
    const headers: Record<string, string> = {};
    const ctx = {
      method: 'GET',
      originalUrl: '/api/operation-reports/stats',
      status: 200,
      body: undefined as unknown,
      get: (name: string) => (name === 'If-None-Match' ? ifNoneMatch : ''),
      set: (name: string, value: string) => void (headers[name] = value),
      remove: (name: string) => void delete headers[name],
      vary: () => undefined,
    };
    return { ctx, headers };
  };
  const next = async () => 'answer';

  it('reads the version and the settings of the Strapi instance it is given', async () => {
    const first = request();
    expect(await httpCache(instance('v1', 60))(first.ctx, next)).toBe('answer');
    expect(first.headers['Cache-Control']).toBe('public, max-age=60');
    const second = request();
    await httpCache(instance('v2', 5))(second.ctx, next);
    expect(second.headers['Cache-Control']).toBe('public, max-age=5');
    expect(second.headers.ETag).toMatch(/^"[\w-]{32}"$/);
    expect(second.headers.ETag).not.toBe(first.headers.ETag);
  });

  it('answers 304 to the tag it gave, without running the route', async () => {
    const cache = httpCache(instance('v1'));
    const first = request();
    await cache(first.ctx, next);
    const again = request(first.headers.ETag);
    const route = jest.fn(next);
    await cache(again.ctx, route);
    expect(again.ctx.status).toBe(304);
    expect(route).not.toHaveBeenCalled();
  });
});

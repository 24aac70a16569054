import { entityTag, matchTag } from '../../server/src/cache/entity-tag';
import { isCachedRoute, withMiddlewareOnCachedRoutes } from '../../server/src/cache/cached-routes';

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

import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';
import { readContentVersion } from '../model/content-version';
import { entityTag, matchTag } from './entity-tag';

type Ctx = {
  method: string;
  originalUrl: string;
  status: number;
  body: unknown;
  get(name: string): string;
  set(name: string, value: string): void;
  remove(name: string): void;
  vary(name: string): void;
};
type Next = () => Promise<unknown>;

const PRIVATE = 'private, no-store';

/**
 * What else an answer's shape depends on besides the data and the URL: the
 * models' attributes (a new field appears in every answer) and the Strapi
 * version. The same on every instance running the same code.
 */
function fingerprintOf(strapi: Core.Strapi): string {
  const models = [REPORT_UID, CRIME_AREA_UID].map((uid) => strapi.contentType(uid as never)?.attributes ?? null);
  const text = JSON.stringify({ models, strapi: strapi.config.get('info.strapi') ?? '' });
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

const hasToken = (ctx: Ctx) => ctx.get('Authorization').trim() !== '';

const isSuccess = (status: number) => status >= 200 && status < 300;

/**
 * HTTP caching of the report type's GET routes (GET and HEAD) for the Public
 * role. It runs after Strapi's authentication and permission check, so a 304
 * only goes to a request the Public role may make.
 *
 * - A request with an Authorization header (API token, users-permissions JWT)
 *   is answered as usual, with `Cache-Control: private, no-store` and no ETag.
 * - Otherwise the content version is read first, once, and the tag computed
 *   from it. Reading it BEFORE the answer matters: a write committed in
 *   between gives newer content under the older tag, which the next
 *   revalidation replaces; the other order could tag old content with the new
 *   version, and a stale answer would then survive every revalidation.
 * - If-None-Match listing the tag (weak or strong, in a list) → 304 with no
 *   body and no other database work. A tag is only ever given to a successful
 *   answer, so a listed tag means this URL answered 200 at this version.
 * - `*` matches only an answer that exists: the route answers, and a success
 *   becomes a 304.
 * - A success gets the ETag and `Cache-Control: public, max-age=<cacheMaxAge>`;
 *   an error gets no ETag and `no-store`, so no cache keeps a 404 or a 400.
 */
export function httpCache(strapi: Core.Strapi): (ctx: Ctx, next: Next) => Promise<unknown> {
  // Computed on the first request, when every model is registered; once per Strapi instance.
  let fingerprint: string | undefined;
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    // The same URL answers differently with a token: shared caches must key on it.
    ctx.vary('Authorization');
    if (hasToken(ctx)) {
      try {
        return await next();
      } finally {
        ctx.remove('ETag');
        ctx.set('Cache-Control', PRIVATE);
      }
    }

    const version = await readContentVersion(strapi.db.connection);
    fingerprint ??= fingerprintOf(strapi);
    const tag = entityTag(version, ctx.originalUrl, fingerprint);
    const maxAge = Number(strapi.config.get(`plugin::${PLUGIN_ID}.cacheMaxAge`) ?? 0);
    const cacheable = () => {
      ctx.set('ETag', tag);
      ctx.set('Cache-Control', `public, max-age=${maxAge}`);
    };
    const match = matchTag(ctx.get('If-None-Match'), tag);
    if (match === 'tag') {
      cacheable();
      ctx.status = 304;
      return undefined;
    }

    let result: unknown;
    try {
      result = await next();
    } catch (error) {
      ctx.set('Cache-Control', 'no-store');
      throw error;
    }
    if (!isSuccess(ctx.status)) {
      ctx.remove('ETag');
      ctx.set('Cache-Control', 'no-store');
      return result;
    }
    cacheable();
    if (match === 'any') {
      ctx.status = 304;
      ctx.body = null;
      return undefined;
    }
    return result;
  };
}

/** The middleware's name in the plugin (`plugin::operation-reports.http-cache`), where Strapi gives it its instance. */
export const HTTP_CACHE_MIDDLEWARE = `plugin::${PLUGIN_ID}.http-cache`;

/** The plugin's `middlewares` entry: Strapi calls it with its instance when it resolves a route's middlewares. */
export const httpCacheMiddleware = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => httpCache(strapi);

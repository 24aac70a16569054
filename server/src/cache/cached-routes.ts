/**
 * The report type's content-API actions whose GET answers the HTTP cache
 * serves (ETag, Cache-Control, 304). A new GET route of the report type joins
 * by adding its action here.
 */
export const CACHED_CONTROLLER = 'operation-report';
export const CACHED_ACTIONS = ['find', 'findOne', 'stats', 'compare', 'jsonld'];

/** True for a route whose handler ('operation-report.stats', or 'plugin::….operation-report.find') is listed. */
export function isCachedRoute(route: { method?: unknown; handler?: unknown }): boolean {
  if (route.method !== 'GET' || typeof route.handler !== 'string') return false;
  const parts = route.handler.split('.');
  const action = parts[parts.length - 1];
  const controller = parts[parts.length - 2];
  return controller === CACHED_CONTROLLER && CACHED_ACTIONS.includes(action);
}

type Route = { method?: unknown; handler?: unknown; config?: { middlewares?: unknown[] } & Record<string, unknown> };

/** Appends `middleware` (the HTTP cache) to the listed routes: last, after the request checks, so a 400 stays a 400. */
export function withMiddlewareOnCachedRoutes<T>(routes: T[], middleware: unknown): T[] {
  for (const route of routes as Route[]) {
    if (!isCachedRoute(route)) continue;
    route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), middleware] };
  }
  return routes;
}

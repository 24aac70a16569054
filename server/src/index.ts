import register from './register';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import { httpCacheMiddleware } from './cache/http-cache';
import services from './services';

export default {
  register,
  bootstrap,
  destroy() {},
  config,
  contentTypes,
  controllers,
  routes,
  // Named, so that Strapi gives the HTTP cache its instance (the routes name it: cache/http-cache.ts).
  middlewares: { 'http-cache': httpCacheMiddleware },
  services,
};

import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../shared/constants';
import { registerComponents } from './content-types/components';
import { slugRegistryModel } from './slugs/slug-registry';
import { contentVersionModel } from './model/content-version';
import { createWriteMiddleware } from './documents/write-rules';
import { createPrivateDraftsMiddleware } from './documents/private-drafts';
import { createRequestParamsMiddleware } from './documents/request-params';
import { registerGraphQL } from './graphql';
import { registerOpenApi } from './openapi';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.customFields.register({
    name: 'stat',
    plugin: PLUGIN_ID,
    type: 'integer',
    inputSize: { default: 6, isResizable: true },
  });
  registerComponents(strapi);
  strapi.get('models').add(slugRegistryModel);
  strapi.get('models').add(contentVersionModel);
  strapi.documents.use(createRequestParamsMiddleware(strapi));
  strapi.documents.use(createPrivateDraftsMiddleware(strapi));
  strapi.documents.use(createWriteMiddleware(strapi));
  registerGraphQL(strapi);
  registerOpenApi(strapi);
};

export default register;

export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/stats',
      handler: 'admin.stats',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'POST',
      path: '/extract',
      handler: 'admin.extract',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'GET',
      path: '/export',
      handler: 'admin.export',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'POST',
      path: '/import',
      handler: 'admin.import',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ],
};

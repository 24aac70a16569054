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
  ],
};

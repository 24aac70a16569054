/** An admin-panel route: only for a signed-in admin (the controller checks the role's rights). */
const adminRoute = (method: 'GET' | 'POST', path: string, handler: string) => ({
  method,
  path,
  handler,
  config: { policies: ['admin::isAuthenticatedAdmin'] },
});

export default {
  type: 'admin',
  routes: [
    adminRoute('GET', '/stats', 'admin.stats'),
    adminRoute('POST', '/extract', 'admin.extract'),
    adminRoute('GET', '/export', 'admin.export'),
    adminRoute('POST', '/import', 'admin.import'),
  ],
};

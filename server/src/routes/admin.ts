/** The admin panel's routes: every one needs a logged-in admin; each handler then asks the Content Manager's rights. */
const adminRoute = (method: 'GET' | 'POST', path: string, handler: string) => ({
  method,
  path,
  handler: `admin.${handler}`,
  config: { policies: ['admin::isAuthenticatedAdmin'] },
});

export default {
  type: 'admin',
  routes: [
    adminRoute('GET', '/stats', 'stats'),
    adminRoute('GET', '/previous-edition', 'previousEdition'),
    adminRoute('POST', '/extract', 'extract'),
    adminRoute('GET', '/export', 'export'),
    adminRoute('POST', '/import', 'import'),
  ],
};

const path = require('path');

module.exports = () => ({
  'operation-reports': {
    enabled: true,
    // PARITY_PLUGIN_DIR boots another build of the plugin, e.g. to watch the test fail on an older one.
    resolve: process.env.PARITY_PLUGIN_DIR || path.resolve(__dirname, '..', '..', '..', '..'),
    config: { publicRead: true },
  },
  'users-permissions': { config: { jwtSecret: 'parity-users-permissions-jwt-secret' } },
});

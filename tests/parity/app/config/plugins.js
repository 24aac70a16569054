const path = require('path');

module.exports = () => ({
  'operation-reports': { enabled: true, resolve: path.resolve(__dirname, '..', '..', '..', '..'), config: { publicRead: true } },
  'users-permissions': { config: { jwtSecret: 'parity-users-permissions-jwt-secret' } },
});

const path = require('path');

module.exports = () => ({
  'operation-reports': { enabled: true, resolve: path.resolve(__dirname, '..', '..', '..', '..'), config: {} },
  'users-permissions': { config: { jwtSecret: 'bench-users-permissions-jwt-secret' } },
});

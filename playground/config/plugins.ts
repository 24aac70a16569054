import path from 'path';

// Compiled to playground/dist/config: the plugin is the repository root, three levels up.
const pluginDir = path.resolve(__dirname, '..', '..', '..');

/**
 * OPERATION_REPORTS_CONFIG (JSON) replaces the plugin's config block: the test
 * suite uses it to boot with invalid configs and with publicRead off.
 */
const operationReportsConfig = (env) =>
  env('OPERATION_REPORTS_CONFIG') ? JSON.parse(env('OPERATION_REPORTS_CONFIG')) : { publicRead: true };

export default ({ env }) => ({
  'operation-reports': {
    enabled: true,
    resolve: pluginDir,
    config: operationReportsConfig(env),
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt-secret') },
  },
  graphql: {
    config: { endpoint: '/graphql', defaultLimit: 25, maxLimit: 100, landingPage: true },
  },
});

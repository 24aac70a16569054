export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    // Development-only defaults so a fresh clone runs; set APP_KEYS in any real deployment.
    keys: env.array('APP_KEYS', ['playground-key-1', 'playground-key-2']),
  },
});

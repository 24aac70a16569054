module.exports = ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'sqlite') {
    return { connection: { client, connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true } };
  }
  const connection = {
    host: env('DATABASE_HOST'),
    port: env.int('DATABASE_PORT'),
    database: env('DATABASE_NAME'),
    user: env('DATABASE_USERNAME'),
    password: env('DATABASE_PASSWORD', ''),
  };
  // A schema is PostgreSQL's; mysql2 refuses the option.
  if (client === 'postgres') connection.schema = env('DATABASE_SCHEMA', 'public');
  return { connection: { client, connection, pool: { min: 0, max: 10 } } };
};

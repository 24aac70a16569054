// A Strapi boot on PostgreSQL or MariaDB creates ~40 tables: give hooks room.
jest.setTimeout(180_000);

// knex prints this on every MySQL schema sync Strapi runs inside a transaction;
// it is Strapi's, expected, and would bury real output.
const log = console.log.bind(console);
console.log = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Transaction was implicitly committed')) return;
  log(...args);
};

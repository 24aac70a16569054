// A Strapi boot on PostgreSQL or MariaDB creates ~40 tables: give hooks room.
jest.setTimeout(180_000);

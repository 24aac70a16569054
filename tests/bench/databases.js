'use strict';
/**
 * A fresh database of its own for one bench run: a SQLite file under
 * tests/.artifacts, a PostgreSQL schema or a MariaDB/MySQL database, with the
 * env a Strapi app reads and a drop() that removes it. Shared by every bench script.
 */
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');

const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' };
const MYSQL = { host: '127.0.0.1', port: 3306, user: 'root', password: '', database: 'test' };

async function provisionBenchDatabase(kind, label = 'bench') {
  const name = `opr_${label}_${crypto.randomBytes(3).toString('hex')}`;
  if (kind === 'sqlite') {
    const filename = path.join(__dirname, '..', '.artifacts', `${name}.db`);
    fs.mkdirSync(path.dirname(filename), { recursive: true });
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      drop: async () => ['', '-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(`${filename}${s}`, { force: true })),
    };
  }
  if (kind === 'postgres') {
    const { Client } = require('pg');
    const run = async (sql) => {
      const client = new Client(PG);
      await client.connect();
      await client.query(sql);
      await client.end();
    };
    await run(`CREATE SCHEMA "${name}"`);
    return {
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: PG.host,
        DATABASE_PORT: String(PG.port),
        DATABASE_NAME: PG.database,
        DATABASE_USERNAME: PG.user,
        DATABASE_SCHEMA: name,
      },
      drop: () => run(`DROP SCHEMA IF EXISTS "${name}" CASCADE`),
    };
  }
  if (kind !== 'mysql') throw new Error(`bench: unknown database "${kind}"`);
  const mysql = require('mysql2/promise');
  const run = async (sql) => {
    const connection = await mysql.createConnection(MYSQL);
    await connection.query(sql);
    await connection.end();
  };
  await run(`CREATE DATABASE \`${name}\``);
  return {
    env: {
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: MYSQL.host,
      DATABASE_PORT: String(MYSQL.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: MYSQL.user,
    },
    drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``),
  };
}

module.exports = { provisionBenchDatabase, PG, MYSQL };

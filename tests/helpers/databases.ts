import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { Client as PgClient } from 'pg';
import mysql from 'mysql2/promise';
import { ARTIFACTS } from './paths';

export type DatabaseKind = 'sqlite' | 'postgres' | 'mysql';
const KINDS: DatabaseKind[] = ['sqlite', 'postgres', 'mysql'];

export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' };
export const MYSQL = { host: '127.0.0.1', port: 3306, user: 'root', password: '', database: 'test' };

/** TEST_DATABASES=sqlite,postgres,mysql (default sqlite). An unknown name fails the run. */
export function requestedDatabases(): DatabaseKind[] {
  const raw = (process.env.TEST_DATABASES || 'sqlite')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of raw) {
    if (!KINDS.includes(name as DatabaseKind)) {
      throw new Error(`TEST_DATABASES: unknown database "${name}" (use ${KINDS.join(', ')})`);
    }
  }
  return raw as DatabaseKind[];
}

export async function assertReachable(kind: DatabaseKind): Promise<void> {
  try {
    if (kind === 'postgres') {
      const client = new PgClient({ ...PG, connectionTimeoutMillis: 5000 });
      await client.connect();
      await client.end();
    } else if (kind === 'mysql') {
      const connection = await mysql.createConnection({ ...MYSQL, connectTimeout: 5000 });
      await connection.end();
    }
  } catch (error) {
    throw new Error(
      `TEST_DATABASES asks for ${kind}, but it is unreachable: ${(error as Error).message}. ` +
        'Start it (see README, "Running the tests") or leave it out of TEST_DATABASES.'
    );
  }
}

export interface ProvisionedDatabase {
  kind: DatabaseKind;
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own for one test file: a SQLite file, a PostgreSQL schema or a MariaDB database. */
export async function provisionDatabase(kind: DatabaseKind, label: string): Promise<ProvisionedDatabase> {
  const name = `opr_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${crypto.randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const filename = path.join(ARTIFACTS, `${name}.db`);
    return {
      kind,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      async drop() {
        for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${filename}${suffix}`, { force: true });
      },
    };
  }
  if (kind === 'postgres') {
    await withPg((client) => client.query(`CREATE SCHEMA "${name}"`));
    return {
      kind,
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: PG.host,
        DATABASE_PORT: String(PG.port),
        DATABASE_NAME: PG.database,
        DATABASE_USERNAME: PG.user,
        DATABASE_PASSWORD: '',
        DATABASE_SCHEMA: name,
      },
      drop: () => withPg((client) => client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)).then(() => undefined),
    };
  }
  await withMysql((connection) =>
    connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`)
  );
  return {
    kind,
    env: {
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: MYSQL.host,
      DATABASE_PORT: String(MYSQL.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: MYSQL.user,
      DATABASE_PASSWORD: MYSQL.password,
    },
    drop: () =>
      withMysql((connection) => connection.query(`DROP DATABASE IF EXISTS \`${name}\``)).then(() => undefined),
  };
}

async function withPg<T>(fn: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new PgClient(PG);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function withMysql<T>(fn: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection(MYSQL);
  try {
    return await fn(connection);
  } finally {
    await connection.end();
  }
}

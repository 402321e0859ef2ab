/**
 * Opens the database named by a URL: embedded SQLite (default) or PostgreSQL.
 * One typed SQL layer (Kysely) and the same migrations on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, SqliteDialect, PostgresDialect, sql, type Transaction } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrate.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  url: string;
  close(): Promise<void>;
}

export type Tx = Transaction<Database>;

// PostgreSQL returns BIGINT (e.g. COUNT(*)) as strings by default; counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

export interface OpenOptions {
  /** Run migrations after opening (default true). */
  migrate?: boolean;
  /** PostgreSQL only: put all tables in this schema (created if missing). Used by tests. */
  pgSchema?: string;
}

export async function openDb(url: string, opts: OpenOptions = {}): Promise<Db> {
  let kysely: Kysely<Database>;
  let dialect: Dialect;
  if (/^postgres(ql)?:\/\//.test(url)) {
    dialect = 'postgres';
    if (opts.pgSchema) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${opts.pgSchema.replace(/"/g, '')}"`);
      await admin.end();
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    const file = url.replace(/^sqlite:(\/\/)?/, '') || ':memory:';
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  }
  const db: Db = { kysely, dialect, url, close: () => kysely.destroy() };
  if (opts.migrate !== false) await migrateToLatest(db);
  return db;
}

/** `now()` as the ISO 8601 text every table stores. */
export function nowIso(): string {
  return new Date().toISOString();
}

export { sql };

/**
 * Plain, ordered migration files in src/store/migrations, the same on SQLite and PostgreSQL.
 *
 * File names start with a number that orders them; each domain has its own range so that work
 * in parallel does not collide: 0xx lists and entities, 1xx auth and audit, 2xx alerts and cases,
 * 3xx travel, 4xx biometrics, 5xx screening, 6xx maritime/finance/cargo.
 * A migration exports `up(db: Kysely<any>, dialect: Dialect)`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, sql, type Migration, type MigrationProvider, type Kysely } from 'kysely';
import type { Db, Dialect } from './db.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface MigrationModule {
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
  down?(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

class FolderProvider implements MigrationProvider {
  constructor(private dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    const files = fs.readdirSync(DIR).filter((f) => /^\d+.*\.ts$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts')).sort();
    for (const f of files) {
      const mod = (await import(pathToFileURL(path.join(DIR, f)).href)) as MigrationModule;
      const dialect = this.dialect;
      out[f.replace(/\.ts$/, '')] = {
        up: (db) => mod.up(db, dialect),
        ...(mod.down ? { down: (db: Kysely<any>) => mod.down!(db, dialect) } : {}),
      };
    }
    return out;
  }
}

export async function migrateToLatest(db: Db): Promise<void> {
  // On PostgreSQL, name the schema: otherwise Kysely looks for its migration tables in every
  // schema and, finding another schema's (parallel tests each use one), never creates its own.
  const migrationTableSchema = db.dialect === 'postgres'
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0]?.s
    : undefined;
  const migrator = new Migrator({
    db: db.kysely, provider: new FolderProvider(db.dialect), allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  // Before migrating, Kysely introspects the tables of every schema in the database to find its
  // own. A schema dropped meanwhile by another process (parallel tests drop theirs) makes that
  // read fail with "relation ... does not exist" before any migration runs; nothing was changed,
  // so it is safe to look again.
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    const failed = results?.find((r) => r.status === 'Error');
    const message = (error as Error).message ?? String(error);
    if (!failed && db.dialect === 'postgres' && /does not exist/.test(message) && attempt < 5) continue;
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${message}`);
  }
}

/** An auto-incrementing integer primary key column type for the dialect. */
export function serialType(dialect: Dialect): 'integer' | 'serial' {
  return dialect === 'postgres' ? 'serial' : 'integer';
}

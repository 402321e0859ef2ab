/**
 * Test helper: run a store test on every database this machine offers.
 * SQLite always (a fresh in-memory database); PostgreSQL when TEST_DATABASE_URL is set (CI sets
 * it), each test in a fresh schema that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type Db } from './db.js';

export interface TestDb {
  name: 'sqlite' | 'postgres';
  open(): Promise<Db>;
}

export function testDatabases(): TestDb[] {
  const out: TestDb[] = [{ name: 'sqlite', open: () => openDb('sqlite::memory:') }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    out.push({
      name: 'postgres',
      async open() {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const db = await openDb(url, { pgSchema: schema });
        const close = db.close;
        db.close = async () => {
          await close();
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await c.end();
        };
        return db;
      },
    });
  }
  return out;
}

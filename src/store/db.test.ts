import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabases } from './testing.js';

for (const t of testDatabases()) {
  test(`store opens and migrates ${t.name}`, async () => {
    const db = await t.open();
    try {
      const r = await sql<{ one: number }>`select 1 as one`.execute(db.kysely);
      assert.equal(Number(r.rows[0]!.one), 1);
    } finally {
      await db.close();
    }
  });
}

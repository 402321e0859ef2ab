import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabases } from '../store/testing.js';
import type { Principal } from '../auth/principal.js';
import { appendAudit } from './log.js';
import { verifyAudit, auditHead } from './verify.js';
import { auditTrail, exportAudit } from './export.js';

const officer: Principal = { id: 'u1', kind: 'user', name: 'Officer One', role: 'officer', agency: 'border-police', ip: '10.0.0.7' };

for (const t of testDatabases()) {
  test(`audit chain of concurrent appends is gapless and verifies on ${t.name}`, async () => {
    const db = await t.open();
    try {
      await Promise.all(Array.from({ length: 40 }, (_, i) => appendAudit(db, { actor: officer, action: 'entity.read', subject: `entity:un-${i}`, detail: { i } })));
      const rows = await db.kysely.selectFrom('audit_log').select('seq').orderBy('seq').execute();
      assert.deepEqual(rows.map((r) => Number(r.seq)), Array.from({ length: 40 }, (_, i) => i + 1));
      const v = await verifyAudit(db);
      assert.equal(v.ok, true, JSON.stringify(v.problems));
      assert.equal(v.entries, 40);
      assert.deepEqual(v.head, await auditHead(db));
      const lines: string[] = [];
      assert.equal(await exportAudit(db, (l) => { lines.push(l); }), 40);
      const first = JSON.parse(lines[0]!);
      assert.equal(first.actor_name, 'Officer One');
      assert.equal(first.ip, '10.0.0.7');
      assert.equal(first.prev_hash, '0'.repeat(64));
    } finally {
      await db.close();
    }
  });

  test(`audit verify names edited, deleted and reordered entries on ${t.name}`, async () => {
    const db = await t.open();
    try {
      for (let i = 1; i <= 12; i++) await appendAudit(db, { actor: officer, action: 'alert.adjudicate', subject: `alert:${i}`, reason: 'checked' });
      const head = (await auditHead(db))!;
      await db.kysely.updateTable('audit_log').set({ reason: 'changed afterwards' }).where('seq', '=', 3).execute();
      await db.kysely.deleteFrom('audit_log').where('seq', '=', 6).execute();
      // swap entries 9 and 10
      await db.kysely.updateTable('audit_log').set({ seq: -9 }).where('seq', '=', 9).execute();
      await db.kysely.updateTable('audit_log').set({ seq: 9 }).where('seq', '=', 10).execute();
      await db.kysely.updateTable('audit_log').set({ seq: 10 }).where('seq', '=', -9).execute();
      const v = await verifyAudit(db);
      assert.equal(v.ok, false);
      const kinds = v.problems.map((p) => `${p.kind}@${p.seq}`);
      assert.ok(kinds.includes('edited@3'), kinds.join());
      assert.ok(kinds.includes('deleted@6'), kinds.join());
      assert.ok(kinds.includes('reordered@9'), kinds.join());
      assert.ok(kinds.includes('reordered@10'), kinds.join());
      // truncating the tail is caught against a head kept outside
      await db.kysely.deleteFrom('audit_log').where('seq', '>=', 11).execute();
      const v2 = await verifyAudit(db, { expectHead: head });
      assert.ok(v2.problems.some((p) => p.kind === 'deleted' && p.seq === 12), JSON.stringify(v2.problems));
      // a direct SQL edit of the detail text is caught too
      await sql`update audit_log set detail = '{"x":1}' where seq = 1`.execute(db.kysely);
      assert.ok((await verifyAudit(db)).problems.some((p) => p.seq === 1 && p.kind === 'edited'));
    } finally {
      await db.close();
    }
  });
  test(`a subject's trail: a supervisor sees their own agency's entries, up to the limit; an administrator sees all (${t.name})`, async () => {
    const db = await t.open();
    try {
      const customs: Principal = { id: 'c1', kind: 'user', name: 'Customs One', role: 'analyst', agency: 'customs' };
      for (let i = 0; i < 3; i++) await appendAudit(db, { actor: officer, action: 'entity.read', subject: 'entity:un-1' });
      for (let i = 0; i < 4; i++) await appendAudit(db, { actor: customs, action: 'entity.read', subject: 'entity:un-1' });
      await appendAudit(db, { actor: officer, action: 'entity.read', subject: 'entity:un-2' });
      const supervisor: Principal = { id: 's1', kind: 'user', name: 'Sup', role: 'supervisor', agency: 'border-police' };
      const own = await auditTrail(db, supervisor, 'entity:un-1', 2);
      assert.deepEqual(own.map((r) => [r.actor_agency, r.seq]), [['border-police', 3], ['border-police', 2]]);
      const admin: Principal = { ...supervisor, role: 'admin' };
      assert.equal((await auditTrail(db, admin, 'entity:un-1')).length, 7);
    } finally {
      await db.close();
    }
  });
}

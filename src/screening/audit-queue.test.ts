import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../store/testing.js';
import type { Principal } from '../auth/principal.js';
import { verifyAudit } from '../audit/verify.js';
import { appendAuditGrouped } from './audit-queue.js';

const officer: Principal = { id: 'apikey:0011223344556677', kind: 'apikey', name: 'gate 4', role: 'officer', agency: 'border-police', ip: '10.0.0.9' };

for (const t of testDatabases()) {
  test(`grouped appends made at the same time are each recorded once, in a chain that verifies, on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const done = await Promise.all(Array.from({ length: 300 }, (_, i) => appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { i } })));
      // every caller got its own place in the chain
      assert.deepEqual(done.map((d) => d.seq).sort((a, b) => a - b), Array.from({ length: 300 }, (_, i) => i + 1));
      const rows = await db.kysely.selectFrom('audit_log').select(['seq', 'hash', 'detail']).orderBy('seq').execute();
      assert.equal(rows.length, 300);
      // each answer's seq and hash are those of the row holding that caller's record
      const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
      done.forEach((d, i) => {
        const r = bySeq.get(d.seq)!;
        assert.equal(r.hash, d.hash);
        assert.deepEqual(JSON.parse(r.detail!), { i });
      });
      const v = await verifyAudit(db);
      assert.equal(v.ok, true, JSON.stringify(v.problems));
    } finally {
      await db.close();
    }
  });

  test(`a refused record fails only its own request, not the others grouped with it, on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const huge = 'x'.repeat(1_100_000);
      const results = await Promise.allSettled([
        appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { n: 1 } }),
        appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { n: 2 } }),
        appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { huge } }),
        appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { n: 4 } }),
      ]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      const rows = await db.kysely.selectFrom('audit_log').select('detail').orderBy('seq').execute();
      assert.deepEqual(rows.map((r) => JSON.parse(r.detail!)), [{ n: 1 }, { n: 2 }, { n: 4 }]);
      assert.equal((await verifyAudit(db)).ok, true);
    } finally {
      await db.close();
    }
  });
}

test('on a SQLite file, records are committed by the writer thread, in the same chain as records written here', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { openDb } = await import('../store/db.js');
  const { appendAudit } = await import('../audit/log.js');
  const { AuditWriterThread } = await import('./audit-writer.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-audit-thread-'));
  const db = await openDb(`sqlite:${path.join(dir, 'a.db')}`);
  try {
    const thread = AuditWriterThread.for(db)!;
    assert.ok(thread);
    // not started yet: the caller writes itself
    assert.equal(thread.write([{ actor: officer, action: 'screen.entity', detail: { n: 0 } }]), null);
    await appendAudit(db, { actor: officer, action: 'screen.entity', detail: { n: 0 } });
    for (let i = 0; i < 200 && !thread.active; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(thread.active, 'the writer thread started');
    const [a, b] = await Promise.all([
      thread.write([{ actor: officer, action: 'screen.entity', detail: { n: 1 } }, { actor: officer, action: 'screen.entity', detail: { n: 2 } }])!,
      appendAudit(db, { actor: officer, action: 'screen.entity', detail: { n: 3 } }),
    ]);
    assert.equal(a.length, 2);
    assert.equal(a[1]!.seq, a[0]!.seq + 1);
    assert.ok(b.seq >= 2);
    // and through the group appender, with its own thread, many at once
    const done = await Promise.all(Array.from({ length: 100 }, (_, i) => appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { i } })));
    assert.equal(new Set(done.map((d) => d.seq)).size, 100);
    const v = await verifyAudit(db);
    assert.equal(v.ok, true, JSON.stringify(v.problems));
    assert.equal(v.entries, 104);
    // a too-large record is refused by the thread too, and fails alone
    const r = await Promise.allSettled([
      appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { huge: 'x'.repeat(1_100_000) } }),
      appendAuditGrouped(db, { actor: officer, action: 'screen.entity', detail: { ok: true } }),
    ]);
    assert.deepEqual(r.map((x) => x.status), ['rejected', 'fulfilled']);
    assert.equal((await verifyAudit(db)).entries, 105);
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

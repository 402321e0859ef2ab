import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../../store/db.js';
import { appendAudit } from '../../audit/log.js';

test('atalaya audit verify exits 1 and names the entry edited directly in SQL; export gives the chain', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-audit-cli-'));
  const url = `sqlite:${path.join(dir, 'a.db')}`;
  try {
    const db = await openDb(url);
    for (let i = 0; i < 5; i++) await appendAudit(db, { actor: { id: 'u', kind: 'user', name: 'U', role: 'officer', agency: 'customs' }, action: 'entity.read', subject: `entity:${i}` });
    await db.close();
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/atalaya.mjs', ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
    const ok = run('audit', 'verify', '--json');
    assert.equal(ok.status, 0, ok.stderr);
    const head = JSON.parse(ok.stdout).head;
    assert.equal(head.seq, 5);
    const exported = run('audit', 'export').stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(exported.map((e) => e.seq), [1, 2, 3, 4, 5]);
    assert.equal(exported[4].hash, head.hash);
    const db2 = await openDb(url);
    await db2.kysely.updateTable('audit_log').set({ subject: 'entity:someone-else' }).where('seq', '=', 2).execute();
    await db2.kysely.deleteFrom('audit_log').where('seq', '=', 4).execute();
    await db2.close();
    const bad = run('audit', 'verify');
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /TAMPERED/);
    assert.match(bad.stdout, /entry 2 .*edited/);
    assert.match(bad.stdout, /entry 4 is missing/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../store/db.js';
import { ensureBundledLists, readManifest, listLists } from './index.js';

const DIR = path.resolve(process.cwd(), 'lists');

test('the bundled lists manifest names files that exist, each under its own list id', () => {
  const m = readManifest(DIR);
  assert.ok(m.length >= 3);
  for (const b of m) assert.ok(fs.existsSync(path.join(DIR, b.file)), b.file);
  assert.equal(new Set(m.map((b) => b.list)).size, m.length);
  // Only government publications and our own fictitious files: never OpenSanctions (CC BY-NC).
  assert.ok(m.every((b) => !/ftm|opensanctions/i.test(b.file)));
});

test('first start imports every bundled list once; a database with lists is left alone', async () => {
  const db = await openDb('sqlite::memory:');
  try {
    const lines: string[] = [];
    const first = await ensureBundledLists(db, DIR, { onProgress: (l) => lines.push(l) });
    const m = readManifest(DIR);
    assert.deepEqual(first.map((r) => r.list), m.map((b) => b.list));
    assert.ok(first.every((r) => r.status === 'new' && r.seq === 1 && r.report.entities > 0));
    assert.ok(lines.some((l) => l.includes('ofac-sdn')));
    assert.deepEqual((await listLists(db)).map((l) => l.id).sort(), m.map((b) => b.list).sort());
    assert.deepEqual(await ensureBundledLists(db, DIR), []);
  } finally {
    await db.close();
  }
});

test('a bundled file that cannot be read is reported and skipped; the others are imported', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-bundled-'));
  fs.copyFileSync(path.join(DIR, 'sltd_example.csv'), path.join(dir, 'sltd.csv'));
  fs.writeFileSync(path.join(dir, 'broken.xml'), '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>');
  fs.writeFileSync(path.join(dir, 'bundled.json'), JSON.stringify({ lists: [{ file: 'broken.xml', list: 'un' }, { file: 'sltd.csv', list: 'sltd' }] }));
  const db = await openDb('sqlite::memory:');
  try {
    const lines: string[] = [];
    const done = await ensureBundledLists(db, dir, { onProgress: (l) => lines.push(l) });
    assert.deepEqual(done.map((r) => r.list), ['sltd']);
    assert.ok(lines.some((l) => /un: NOT imported: broken\.xml/.test(l)), lines.join('\n'));
    assert.deepEqual((await listLists(db)).map((l) => l.id), ['sltd']);
  } finally {
    await db.close();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const BIN = path.resolve(process.cwd(), 'bin/atalaya.mjs');

test('atalaya keys create prints a working key once, list never shows it, bad roles are refused; watch run answers on an empty database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-keys-'));
  const env = { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'a.db')}` };
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  try {
    const c = run('keys', 'create', '--role', 'officer', '--agency', 'border-police', '--name', 'gate 3', '--json');
    assert.equal(c.status, 0, c.stderr);
    const k = JSON.parse(c.stdout);
    assert.match(k.key, /^atl_[0-9a-f]{16}_/);
    assert.equal(k.role, 'officer');
    const l = run('keys', 'list', '--json');
    assert.equal(l.status, 0, l.stderr);
    // The secret is base64url and may itself hold '_': take all that follows `atl_<id>_`.
    const secret = k.key.slice('atl_'.length + 16 + 1);
    assert.equal(secret.length, 43);
    assert.ok(!l.stdout.includes(secret), 'the secret is never listed');
    assert.equal(JSON.parse(l.stdout)[0].name, 'gate 3');
    const bad = run('keys', 'create', '--role', 'boss', '--agency', 'x', '--name', 'n');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /role/);
    const w = run('watch', 'run', '--json');
    assert.equal(w.status, 0, w.stderr);
    assert.deepEqual(JSON.parse(w.stdout), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

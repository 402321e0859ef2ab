/**
 * The lists and entities commands, run as a user runs them (node bin/atalaya.mjs ... --json) on
 * a fresh SQLite database file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SHARED_LISTS } from './testing.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-cli-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'cli.db')}` };

function atalaya(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['bin/atalaya.mjs', ...args], { env, encoding: 'utf8', cwd: process.cwd() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json<T>(...args: string[]): T {
  const r = atalaya(...args);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
}

test('lists import, versions, diff and entities show/export work end to end with --json', () => {
  const older = path.join(SHARED_LISTS, 'un/un_consolidated_2026-01-28.xml');
  const newer = path.join(SHARED_LISTS, 'un/un_consolidated_2026-02-27.xml');
  const first = json<{ list: string; seq: number; status: string; warnings: number }>('lists', 'import', '--json', older);
  assert.deepEqual([first.list, first.seq, first.status], ['un', 1, 'new']);
  const second = json<{ seq: number; diff: { added: number } }>('lists', 'import', '--json', '--format', 'un-xml', '--list', 'un', newer);
  assert.equal(second.seq, 2);

  const diff = json<{ from: number; to: number; added: { id: string }[]; counts: { added: number } }>('lists', 'diff', 'un', '--json');
  assert.deepEqual([diff.from, diff.to, diff.counts.added], [1, 2, second.diff.added]);
  const someone = diff.added.find((e) => /^un-[A-Z]{2}i\.\d+$/.test(e.id))!;
  const shown = json<{ id: string; provenance: { list: string; version: number; sourceId: string }; active: boolean }>('entities', 'show', someone.id, '--json');
  assert.deepEqual(shown.provenance, { list: 'un', version: 2, sourceId: someone.id.slice(3) });
  assert.equal(shown.active, true);

  const out = path.join(dir, 'export.ftm.json');
  const exp = json<{ entities: number }>('entities', 'export', '--format', 'ftm', '--list', 'un', '--output', out, '--json');
  const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(lines.length, exp.entities);
  assert.ok(lines.some((l) => (JSON.parse(l) as { id: string }).id === someone.id));
});

test('user errors exit 2 with one line and no stack', () => {
  for (const args of [['lists', 'import', path.join(dir, 'missing.xml')], ['lists', 'import', '--format', 'pdf', path.join(SHARED_LISTS, 'un/un_consolidated_2026-01-28.xml')], ['entities', 'show', 'no-such-entity']]) {
    const r = atalaya(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^atalaya: .+\n$/);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
});

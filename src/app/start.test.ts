import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { start } from './start.js';

const UN = path.resolve(process.cwd(), '../shared/data/lists/un/un_consolidated_2026-02-27.xml');

test('start imports the bundled lists on first start, builds the index, then reports ready and where to go next', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-start-'));
  const lists = path.join(dir, 'lists');
  fs.mkdirSync(lists);
  fs.copyFileSync(UN, path.join(lists, 'un.xml'));
  fs.writeFileSync(path.join(lists, 'bundled.json'), JSON.stringify({ lists: [{ file: 'un.xml', list: 'un', format: 'un-xml' }] }));
  const config = { ...loadConfig({}), databaseUrl: `sqlite:${path.join(dir, 'a.db')}`, port: 0, bundledListsDir: lists };
  const lines: string[] = [];
  const s = await start(config, { say: (l) => lines.push(l) });
  try {
    // Listening at once: alive before the lists are in.
    assert.equal((await fetch(`${s.url}/healthz`)).status, 200);
    await s.ready;
    const r = await fetch(`${s.url}/readyz`);
    assert.equal(r.status, 200);
    const body = (await r.json()) as { entities: number; versions: Record<string, number> };
    assert.ok(body.entities > 1000);
    assert.deepEqual(body.versions, { un: 1 });
    const text = lines.join('\n');
    assert.match(text, /Importing the bundled list un/);
    assert.match(text, new RegExp(`API docs: +${s.url.replace(/[.]/g, '\\.')}/docs`));
    assert.match(text, /users bootstrap-admin/);
    assert.match(text, /keys create --role/);
    assert.equal((await fetch(`${s.url}/api/lists`)).status, 401, 'the API needs a key');
  } finally {
    await s.stop();
  }
  // A second start finds the lists already there and imports nothing.
  const again: string[] = [];
  const s2 = await start(config, { say: (l) => again.push(l) });
  try {
    await s2.ready;
    assert.doesNotMatch(again.join('\n'), /Importing/);
  } finally {
    await s2.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

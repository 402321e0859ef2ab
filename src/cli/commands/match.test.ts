import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('atalaya match --pairs writes one line per input line, in order, errors in place', () => {
  const input = [
    '{"a":{"schema":"Person","properties":{"name":["Владимир Путин"]}},"b":{"schema":"Person","properties":{"name":["PUTIN, Vladimir Vladimirovich"]}}}',
    'not json',
    '{"a":{"schema":"Nope"},"b":{"properties":{"name":"Ocean Star"}}}',
    '',
    '{"a":{"schema":"Vessel","properties":{"name":["SEA DRAGON"],"imoNumber":["IMO 9187629"]}},"b":{"schema":"Vessel","properties":{"name":["OCEAN STAR"],"imoNumber":["9187629"]}}}',
  ].join('\n');
  const r = spawnSync(process.execPath, ['bin/atalaya.mjs', 'match', '--pairs'], { input, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].band, 'block');
  assert.match(lines[0].explanation[0].text, /putin/);
  assert.match(lines[1].error, /^line 2: /);
  assert.equal(lines[2].band, 'none');
  assert.notEqual(lines[3].band, 'none');
});

test('atalaya match without --pairs is a usage error', () => {
  const r = spawnSync(process.execPath, ['bin/atalaya.mjs', 'match'], { input: '', encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--pairs/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(process.cwd(), 'bin/atalaya.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'sqlite::memory:' } });

test('atalaya mrz and atalaya paxlst print JSON with the fields, legs and travellers', () => {
  const mrz = run('mrz', 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10', '--json');
  assert.equal(mrz.status, 0, mrz.stderr);
  assert.equal(JSON.parse(mrz.stdout).documentNumber, 'L898902C3');
  const pax = run('paxlst', path.resolve(process.cwd(), '../shared/data/travel/paxlst/gtas_multiple_flight_leg_apis.txt'), '--json');
  assert.equal(pax.status, 0, pax.stderr);
  const m = JSON.parse(pax.stdout);
  assert.equal(m.legs.length, 3);
  assert.equal(m.travellers.length, 2);
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { openDb, type Db } from '../../store/db.js';
import { importList } from '../../lists/index.js';
import { loadActiveEntities } from '../index-build.js';
import { completeLines, screenFile } from './file.js';
import { InputError } from '../../errors.js';

const UN = path.resolve(process.cwd(), '../shared/data/lists/un/un_consolidated_2026-02-27.xml');
const BIN = path.resolve(process.cwd(), 'bin/atalaya.mjs');
let dir: string;
let dbFile: string;
let names: string[];

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-screen-'));
  dbFile = path.join(dir, 'a.db');
  const db: Db = await openDb(`sqlite:${dbFile}`);
  await importList(db, UN, { list: 'un' });
  names = (await loadActiveEntities(db)).filter((e) => e.schema === 'Person').map((e) => e.properties.name![0]!);
  await db.close();
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function atalaya(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}` }, encoding: 'utf8' });
}

/** Every 10th row a listed person's name, the rest names that are on no list. */
function writeInput(file: string, rows: number): void {
  const lines: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const name = i % 10 === 0 ? names[i % names.length]! : `Qzx${i} Vrplkt${(i * 7919) % 1000}`;
    lines.push(JSON.stringify({ id: `c${i}`, schema: 'Person', properties: { name: [name] } }));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

test('atalaya screen writes one line per input row, in order, listed names hit first', () => {
  const input = path.join(dir, 'small.jsonl');
  const output = path.join(dir, 'small.out.jsonl');
  writeInput(input, 40);
  const r = atalaya(['screen', '--input', input, '--output', output, '--json', '--workers', '2']);
  assert.equal(r.status, 0, r.stderr);
  const lines = fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), Array.from({ length: 40 }, (_, i) => `c${i + 1}`));
  for (const l of lines) {
    const listed = Number(l.id.slice(1)) % 10 === 0;
    if (listed) {
      assert.ok(l.hits.length > 0, `${l.id} should hit`);
      const h = l.hits[0];
      assert.deepEqual(Object.keys(h).sort(), ['band', 'entityId', 'explanation', 'list', 'matchedName', 'score']);
      assert.equal(h.list, 'un');
      for (let i = 1; i < l.hits.length; i++) assert.ok(l.hits[i - 1].score >= l.hits[i].score, 'best first');
    }
  }
  assert.equal(JSON.parse(r.stdout).rows, 40);
});

test('a screen run killed half-way resumes: every row exactly once, in order', async () => {
  const input = path.join(dir, 'big.jsonl');
  const output = path.join(dir, 'big.out.jsonl');
  const rows = 1500;
  writeInput(input, rows);
  const child = spawn(process.execPath, [BIN, 'screen', '--input', input, '--output', output, '--workers', '2'], {
    env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}` },
    stdio: 'ignore',
  });
  // Kill it once some, but not all, results are out.
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(() => {
      const n = fs.existsSync(output) ? fs.statSync(output).size : 0;
      if (n > 0) {
        clearInterval(t);
        child.kill('SIGKILL');
        resolve();
      }
    }, 5);
    child.once('exit', () => {
      clearInterval(t);
      reject(new Error('the run finished before it could be killed'));
    });
  });
  await new Promise((r) => child.once('exit', r));
  const before = completeLines(output);
  assert.ok(before > 0 && before < rows, `killed after ${before} rows`);

  const r = atalaya(['screen', '--input', input, '--output', output, '--resume', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout);
  assert.equal(summary.resumedAfter, before);
  assert.equal(summary.screened, rows - before);
  const ids = fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(ids, Array.from({ length: rows }, (_, i) => `c${i + 1}`));
});

test('bad input files are refused with file and line, and nothing is written', async () => {
  const db = await openDb(`sqlite:${dbFile}`);
  try {
    const cases: [string, string, RegExp, Record<string, unknown>?][] = [
      ['empty.jsonl', '', /empty/],
      ['bad.jsonl', '{"id":"1","schema":"Person","properties":{"name":["A B"]}}\n{"id":2,"schema":"Person","properties":{"name":[\n', /bad\.jsonl, line 2: not valid JSON/],
      ['noid.jsonl', '{"schema":"Person","properties":{"name":["A"]}}\n', /line 1: missing "id"/],
      ['ship.jsonl', '{"id":"1","schema":"Spaceship","properties":{"name":["A"]}}\n', /line 1: "schema" must be one of/],
      ['noname.jsonl', '{"id":"1","schema":"Person","properties":{"gender":["male"]}}\n', /line 1: nothing to screen/],
      ['c.csv', 'ID,Full name\n1,Eric Badege\n', /c\.csv, line 1: mapped column "Name"/, { mapping: { id: 'ID', name: 'Name' } }],
      ['header.csv', 'ID,Full name\n', /header but no rows/, { mapping: { name: 'Full name' } }],
      ['nomap.csv', 'ID,Full name\n1,A\n', /needs a column mapping/],
      ['ok.jsonl', '{"id":"1","schema":"Person","properties":{"name":["A B"]}}\n', /unknown profile "nope"/, { profile: 'nope' }],
    ];
    for (const [name, text, re, extra] of cases) {
      const input = path.join(dir, name);
      const output = path.join(dir, `${name}.out`);
      fs.writeFileSync(input, text);
      await assert.rejects(screenFile(db, { input, output, ...extra }), (e: unknown) => e instanceof InputError && re.test(e.message), name);
      assert.ok(!fs.existsSync(output), `${name}: no output written`);
    }
  } finally {
    await db.close();
  }
  // The CLI says it in one line and exits 2.
  const r = atalaya(['screen', '--input', path.join(dir, 'bad.jsonl')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^atalaya: bad\.jsonl, line 2: not valid JSON/);
});

test('a CSV with a column mapping is screened by its mapped columns', async () => {
  const db = await openDb(`sqlite:${dbFile}`);
  try {
    const input = path.join(dir, 'customers.csv');
    const output = path.join(dir, 'customers.out.jsonl');
    fs.writeFileSync(input, `Customer ID,Full name,DOB\nk1,"${names[0]}",\nk2,Qzx Vrplkt,1970-01-01\n`);
    const r = await screenFile(db, { input, output, mapping: { id: 'Customer ID', name: 'Full name', birthDate: 'DOB' }, workers: 1 });
    assert.equal(r.rows, 2);
    const lines = fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['k1', 'k2']);
    assert.ok(lines[0].hits.length > 0);
    assert.equal(lines[1].hits.length, 0);
    const audit = await db.kysely.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'screen.file').execute();
    assert.match(audit.at(-1)!.detail!, /"rowsWithHits":1/);
  } finally {
    await db.close();
  }
});

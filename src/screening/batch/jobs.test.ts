import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { openDb, type Db } from '../../store/db.js';
import { testDatabases } from '../../store/testing.js';
import { importList } from '../../lists/index.js';
import { SYSTEM } from '../../auth/principal.js';
import { loadActiveEntities } from '../index-build.js';
import { createJob, runJob, getJob, jobResults } from './jobs.js';

const UN = path.resolve(process.cwd(), '../shared/data/lists/un/un_consolidated_2026-02-27.xml');
const BIN = path.resolve(process.cwd(), 'bin/atalaya.mjs');
let dir: string;
let dbFile: string;
let db: Db;
let names: string[];

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-jobs-'));
  dbFile = path.join(dir, 'a.db');
  db = await openDb(`sqlite:${dbFile}`);
  await importList(db, UN, { list: 'un' });
  names = (await loadActiveEntities(db)).filter((e) => e.schema === 'Person').map((e) => e.properties.name![0]!);
});
after(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function csvFile(rows: number): string {
  const file = path.join(dir, `customers-${rows}.csv`);
  const lines = ['Customer ID,Full name,Country'];
  for (let i = 1; i <= rows; i++) lines.push(`k${i},"${i % 20 === 0 ? names[i % names.length] : `Qzx${i} Vrplkt`}",xx`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('a batch job killed half-way resumes where it stopped: every row exactly once, alerts not doubled', async () => {
  const rows = 1200;
  const job = await createJob(db, { ...SYSTEM, agency: 'fiu' }, { file: csvFile(rows), inputName: 'customers.csv', format: 'csv', mapping: { id: 'Customer ID', name: 'Full name' }, raiseAlerts: true });
  assert.equal(job.totalRows, rows);
  assert.equal(job.status, 'queued');

  const child = spawn(process.execPath, [BIN, 'jobs', 'run', job.id, '--workers', '2'], { env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}` }, stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(async () => {
      const j = await getJob(db, job.id);
      if (j && Number(j.rows_done) > 0) {
        clearInterval(t);
        child.kill('SIGKILL');
        resolve();
      }
    }, 20);
    child.once('exit', () => { clearInterval(t); reject(new Error('the job finished before it could be killed')); });
  });
  await new Promise((r) => child.once('exit', r));
  const killed = (await getJob(db, job.id))!;
  assert.equal(killed.status, 'running', 'a killed job is left running');
  const doneBefore = Number(killed.rows_done);
  assert.ok(doneBefore > 0 && doneBefore < rows, `killed after ${doneBefore} rows`);
  const alertsBefore = Number((await db.kysely.selectFrom('alerts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  const finished = await runJob(db, job.id, { workers: 1 });
  assert.equal(finished.status, 'done');
  assert.equal(finished.rowsDone, rows);
  const out: string[] = [];
  for await (const r of jobResults(db, job.id)) out.push(r.id);
  assert.deepEqual(out, Array.from({ length: rows }, (_, i) => `k${i + 1}`));

  // One alert per listed hit row (channel batch, the job's agency), none raised twice.
  const alerts = await db.kysely.selectFrom('alerts').select(['subject_key', 'listed_id', 'channel', 'agency']).execute();
  assert.ok(alerts.length >= alertsBefore);
  assert.ok(alerts.every((a) => a.channel === 'batch' && a.agency === 'fiu'));
  const pairs = alerts.map((a) => `${a.subject_key}|${a.listed_id}`);
  assert.equal(new Set(pairs).size, pairs.length);
  const hitRows = new Set(alerts.map((a) => a.subject_key));
  for (let i = 20; i <= rows; i += 20) assert.ok(hitRows.has(`k${i}`), `k${i} raised an alert`);
  assert.ok(!fs.existsSync(killed.input_path), 'the uploaded file is removed once the job is done');
});

for (const tdb of testDatabases()) {
  test(`[${tdb.name}] a job runs to the end in process and stores one result per row`, async () => {
    const pdb = await tdb.open();
    try {
      await importList(pdb, UN, { list: 'un' });
      const job = await createJob(pdb, { ...SYSTEM, agency: 'fiu' }, { file: csvFile(60), inputName: 'c.csv', format: 'csv', mapping: { id: 'Customer ID', name: 'Full name' }, raiseAlerts: true });
      const done = await runJob(pdb, job.id, { workers: 1, chunkSize: 25 });
      assert.equal(done.status, 'done');
      assert.equal(done.rowsDone, 60);
      assert.equal(done.rowsWithHits >= 3, true);
      const ids: string[] = [];
      for await (const r of jobResults(pdb, job.id)) ids.push(r.id);
      assert.deepEqual(ids, Array.from({ length: 60 }, (_, i) => `k${i + 1}`));
      const alerts = await pdb.kysely.selectFrom('alerts').select('subject_key').execute();
      assert.ok(['k20', 'k40', 'k60'].every((k) => alerts.some((a) => a.subject_key === k)));
      // Running a finished job again does nothing.
      assert.equal((await runJob(pdb, job.id)).rowsDone, 60);
    } finally {
      await pdb.close();
    }
  });
}

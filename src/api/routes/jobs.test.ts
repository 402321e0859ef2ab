import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testApi, type TestApi } from '../testing.js';
import { jobsIdle } from '../../screening/batch/queue.js';
import { loadActiveEntities } from '../../screening/index-build.js';

let t: TestApi;
let name: string;
before(async () => {
  process.env.ATALAYA_JOBS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-api-jobs-'));
  t = await testApi();
  name = (await loadActiveEntities(t.ctx.db)).find((e) => e.schema === 'Person')!.properties.name![0]!;
});
after(async () => {
  await jobsIdle(t.ctx);
  await t.close();
  fs.rmSync(process.env.ATALAYA_JOBS_DIR!, { recursive: true, force: true });
});

/** A multipart/form-data body: fields first, then the file. */
function multipart(fields: Record<string, string>, file?: { name: string; content: string; field?: string }) {
  const boundary = '----atalaya' + Math.random().toString(16).slice(2);
  let body = '';
  for (const [k, v] of Object.entries(fields)) body += `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  if (file) body += `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n${file.content}\r\n`;
  body += `--${boundary}--\r\n`;
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

test('a CSV job with a column mapping runs in the background, reports progress, and its results download as JSON lines and CSV', async () => {
  const csv = `Customer ID,Full name,DOB\nk1,"${name}",\nk2,Qzx Vrplkt,1970\nk3,Zzyzx Wqmn,\n`;
  const m = multipart({ mapping: JSON.stringify({ id: 'Customer ID', name: 'Full name', birthDate: 'DOB' }), profile: 'financial' }, { name: 'customers.csv', content: csv });
  const r = await t.app.inject({ method: 'POST', url: '/api/jobs', payload: m.payload, headers: { ...m.headers, ...t.keys.analyst } });
  assert.equal(r.statusCode, 202, r.body);
  const job = r.json();
  assert.equal(job.totalRows, 3);
  assert.equal(job.profile, 'financial');
  await jobsIdle(t.ctx);
  const s = (await t.app.inject({ url: `/api/jobs/${job.id}`, headers: t.keys.analyst })).json();
  assert.equal(s.status, 'done');
  assert.equal(s.rowsDone, 3);
  assert.equal(s.rowsWithHits, 1);
  assert.equal(s.secondsLeft, 0);
  assert.ok(s.rate > 0);

  const jl = await t.app.inject({ url: `/api/jobs/${job.id}/results`, headers: t.keys.analyst });
  assert.equal(jl.statusCode, 200);
  const lines = jl.body.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['k1', 'k2', 'k3']);
  assert.ok(lines[0].hits[0].entityId.startsWith('un-'));
  const c = await t.app.inject({ url: `/api/jobs/${job.id}/results?format=csv`, headers: t.keys.analyst });
  assert.match(c.headers['content-type'] as string, /text\/csv/);
  const csvLines = c.body.trim().split('\n');
  assert.equal(csvLines[0], 'row,id,rank,entityId,list,score,band,matchedName,explanation');
  assert.ok(csvLines.some((l) => l.startsWith('1,k1,1,un-')));
  assert.ok(csvLines.some((l) => l.startsWith('2,k2,,')));

  assert.equal((await t.app.inject({ method: 'DELETE', url: `/api/jobs/${job.id}`, headers: t.keys.analyst })).statusCode, 409, 'a finished job cannot be cancelled');
  const list = (await t.app.inject({ url: '/api/jobs', headers: t.keys.analyst })).json();
  assert.ok(list.jobs.some((j: { id: string }) => j.id === job.id));
  // Another agency does not see it.
  assert.equal((await t.app.inject({ url: `/api/jobs/${job.id}`, headers: t.keys.admin })).statusCode, 200, 'same agency');
});

test('a JSON lines job is accepted without a mapping', async () => {
  const m = multipart({}, { name: 'subjects.jsonl', content: `{"id":"s1","schema":"Person","properties":{"name":["${name}"]}}\n` });
  const r = await t.app.inject({ method: 'POST', url: '/api/jobs', payload: m.payload, headers: { ...m.headers, ...t.keys.analyst } });
  assert.equal(r.statusCode, 202, r.body);
  await jobsIdle(t.ctx);
  assert.equal((await t.app.inject({ url: `/api/jobs/${r.json().id}`, headers: t.keys.analyst })).json().rowsWithHits, 1);
});

test('bad job submissions are 4xx that say what and where, and leave no job behind', async () => {
  const cases: [ReturnType<typeof multipart> | { payload: string; headers: Record<string, string> }, number, RegExp][] = [
    [multipart({ mapping: '{"id":"ID","name":"Name"}' }, { name: 'c.csv', content: 'ID,Full name\n1,A\n' }), 400, /c\.csv, line 1: mapped column "Name"/],
    [multipart({}, { name: 'c.csv', content: 'ID,Full name\n1,A\n' }), 400, /needs a column mapping/],
    [multipart({}, { name: 'e.jsonl', content: '' }), 400, /empty/],
    [multipart({}, { name: 'b.jsonl', content: '{"id":"1","schema":"Person","properties":{"name":["A"]}}\nnot json\n' }), 400, /b\.jsonl, line 2/],
    [multipart({ profile: 'nope' }, { name: 's.jsonl', content: '{"id":"1","schema":"Person","properties":{"name":["A"]}}\n' }), 400, /unknown profile/],
    [multipart({ mapping: '{oops' }, { name: 'c.csv', content: 'a\n1\n' }), 400, /mapping is not valid JSON/],
    [multipart({ colour: 'red' }, { name: 's.jsonl', content: '{}' }), 400, /unknown field "colour"/],
    [multipart({}, { name: 'x.xlsx', content: 'abc' }), 400, /format/],
    [multipart({ profile: 'default' }), 400, /no file/],
    [{ payload: '{"file": "x"}', headers: { 'content-type': 'application/json' } }, 415, /multipart/],
  ];
  const before = (await t.app.inject({ url: '/api/jobs', headers: t.keys.analyst })).json().jobs.length;
  for (const [m, status, re] of cases) {
    const r = await t.app.inject({ method: 'POST', url: '/api/jobs', payload: m.payload, headers: { ...m.headers, ...t.keys.analyst } });
    assert.equal(r.statusCode, status, `${m.payload.slice(0, 80)} -> ${r.body}`);
    assert.match(`${r.json().message} ${r.json().where ?? ''}`, re);
  }
  assert.equal((await t.app.inject({ url: '/api/jobs', headers: t.keys.analyst })).json().jobs.length, before);
  assert.deepEqual(fs.readdirSync(process.env.ATALAYA_JOBS_DIR!).filter((f) => !f.startsWith('.')), [], 'no uploaded file left behind');
});

test('jobs need a key with jobs.run, and unknown jobs are 404', async () => {
  const m = multipart({}, { name: 's.jsonl', content: '{"id":"1","schema":"Person","properties":{"name":["A"]}}\n' });
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/jobs', ...m })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/jobs', payload: m.payload, headers: { ...m.headers, ...t.keys.officer } })).statusCode, 403);
  assert.equal((await t.app.inject({ url: '/api/jobs/00000000-0000-4000-8000-000000000000', headers: t.keys.analyst })).statusCode, 404);
  assert.equal((await t.app.inject({ url: '/api/jobs/not-a-uuid', headers: t.keys.analyst })).statusCode, 400);
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testApi, UN_JAN, UN_FEB, type TestApi } from '../testing.js';
import { importList } from '../../lists/index.js';
import { startMonitoring } from '../../screening/monitor.js';

let t: TestApi;
before(async () => {
  process.env.ATALAYA_JOBS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-api-watch-'));
  t = await testApi({ lists: [{ file: UN_JAN, list: 'un' }] });
});
after(async () => {
  await t.close();
  fs.rmSync(process.env.ATALAYA_JOBS_DIR!, { recursive: true, force: true });
});

function multipart(fields: Record<string, string>, file: { name: string; content: string }) {
  const b = '----atalaya' + Math.random().toString(16).slice(2);
  let body = '';
  for (const [k, v] of Object.entries(fields)) body += `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  body += `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n\r\n${file.content}\r\n--${b}--\r\n`;
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

test('watch subjects by JSON and by file, list them, and read what a list update caused', async () => {
  const h = t.keys.analyst;
  // A person UN added on 2026-02-27, watched by name before the update.
  const r = await t.app.inject({ method: 'POST', url: '/api/watch', headers: h, payload: { subjects: [{ subjectKey: 'cust-1', entity: { schema: 'Person', properties: { name: ['GEDO HAMDAN AHMED'] } } }] } });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().watched, 1);
  const f = multipart({ mapping: JSON.stringify({ id: 'ID', name: 'Name' }) }, { name: 'watch.csv', content: 'ID,Name\ncust-2,Ingrid Vognstrup Halvorsen\ncust-3,Zyxwv Qpomnl\n' });
  const rf = await t.app.inject({ method: 'POST', url: '/api/watch/file', payload: f.payload, headers: { ...f.headers, ...h } });
  assert.equal(rf.statusCode, 200, rf.body);
  assert.equal(rf.json().watched, 2);
  const ls = (await t.app.inject({ url: '/api/watch', headers: h })).json();
  assert.equal(ls.total, 3);

  const stop = startMonitoring();
  try {
    await importList(t.ctx.db, UN_FEB, { list: 'un' });
  } finally {
    stop();
  }
  const rep = await t.app.inject({ url: '/api/monitoring/reports?list=un', headers: h });
  assert.equal(rep.statusCode, 200, rep.body);
  const [report] = rep.json().reports;
  assert.equal(report.seq, 2);
  assert.equal(report.subjectsScreened, 3);
  assert.deepEqual(report.alerts.map((a: { subjectKey: string }) => a.subjectKey), ['cust-1']);
  // Another agency sees the counts but not our alerts.
  const other = (await t.app.inject({ url: '/api/monitoring/reports', headers: t.keys.supervisor })).json();
  assert.ok(other.reports.length >= 1);
  const run = await t.app.inject({ method: 'POST', url: '/api/monitoring/run', headers: h });
  assert.deepEqual(run.json().reports, []);

  assert.equal((await t.app.inject({ method: 'DELETE', url: '/api/watch/cust-3', headers: h })).statusCode, 200);
  assert.equal((await t.app.inject({ method: 'DELETE', url: '/api/watch/cust-3', headers: h })).statusCode, 404);
});

test('bad watch requests are 4xx naming the problem; officers may not watch', async () => {
  const h = t.keys.analyst;
  const bad: [unknown, RegExp][] = [
    [{ subjects: [] }, /subjects/],
    [{ subjects: [{ subjectKey: 'a', entity: { schema: 'Person', properties: {} } }] }, /nothing to screen/],
    [{ subjects: [{ subjectKey: 'a', entity: { schema: 'Person', properties: { name: ['x'] } }, profile: 'nope' }] }, /unknown profile/],
    [{ subjects: [{ subjectKey: 'a', entity: { schema: 'Person', properties: { name: ['x'] } }, extra: 1 }] }, /extra|Unrecognized/i],
  ];
  for (const [payload, re] of bad) {
    const r = await t.app.inject({ method: 'POST', url: '/api/watch', headers: h, payload: payload as object });
    assert.equal(r.statusCode, 400, r.body);
    assert.match(`${r.json().message} ${r.json().where ?? ''}`, re);
  }
  const f = multipart({}, { name: 'w.jsonl', content: '' });
  const rf = await t.app.inject({ method: 'POST', url: '/api/watch/file', payload: f.payload, headers: { ...f.headers, ...h } });
  assert.equal(rf.statusCode, 400);
  assert.match(rf.json().message, /empty/);
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/watch', headers: t.keys.officer, payload: { subjects: [] } })).statusCode, 403);
  assert.equal((await t.app.inject({ url: '/api/watch' })).statusCode, 401);
});

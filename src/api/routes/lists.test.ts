import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApi, UN_JAN, UN_FEB, type TestApi } from '../testing.js';

let t: TestApi;
before(async () => {
  t = await testApi({ lists: [{ file: UN_JAN, list: 'un' }, { file: UN_FEB, list: 'un' }] });
});
after(async () => t.close());

test('lists, versions and the diff between them', async () => {
  const h = t.keys.officer;
  const lists = (await t.app.inject({ url: '/api/lists', headers: h })).json().lists;
  assert.equal(lists[0].id, 'un');
  assert.equal(lists[0].active.seq, 2);
  const versions = (await t.app.inject({ url: '/api/lists/un/versions', headers: h })).json().versions;
  assert.deepEqual(versions.map((v: { seq: number }) => v.seq), [1, 2]);
  const diff = (await t.app.inject({ url: '/api/lists/un/diff', headers: h })).json();
  assert.deepEqual(diff.counts, { added: 4, removed: 0, changed: 0 });
  const explicit = (await t.app.inject({ url: '/api/lists/un/diff?from=1&to=2', headers: h })).json();
  assert.equal(explicit.added.length, 4);
  assert.equal((await t.app.inject({ url: '/api/lists/nope/versions', headers: h })).statusCode, 400);
  assert.equal((await t.app.inject({ url: '/api/lists/un/diff?from=x', headers: h })).statusCode, 400);
  assert.equal((await t.app.inject({ url: '/api/lists/un/diff?from=1', headers: h })).statusCode, 400);
  assert.equal((await t.app.inject({ url: '/api/lists/un/diff?colour=red', headers: h })).statusCode, 400);
  assert.equal((await t.app.inject({ url: '/api/lists' })).statusCode, 401);
  assert.equal((await t.app.inject({ url: '/api/lists', headers: t.keys.partner })).statusCode, 403);
});

test('entities by id (audited) and by name', async () => {
  const h = t.keys.officer;
  const found = (await t.app.inject({ url: '/api/entities?q=dagalo', headers: h })).json().entities;
  assert.ok(found.length >= 1);
  const id = found[0].id;
  const e = await t.app.inject({ url: `/api/entities/${encodeURIComponent(id)}`, headers: h });
  assert.equal(e.statusCode, 200);
  assert.equal(e.json().provenance.list, 'un');
  assert.equal(e.json().active, true);
  const audit = await t.ctx.db.kysely.selectFrom('audit_log').select('subject').where('action', '=', 'entity.read').execute();
  assert.ok(audit.some((a) => a.subject === `entity:${id}`));
  assert.equal((await t.app.inject({ url: '/api/entities/un-nothing', headers: h })).statusCode, 404);
  assert.equal((await t.app.inject({ url: '/api/entities?q=a', headers: h })).statusCode, 400);
});

test('profiles: read by screeners, written by supervisors, validated', async () => {
  const all = (await t.app.inject({ url: '/api/profiles', headers: t.keys.officer })).json().profiles;
  assert.deepEqual(all.map((p: { name: string }) => p.name).sort(), ['border', 'default', 'financial', 'maritime']);
  const put = await t.app.inject({ method: 'PUT', url: '/api/profiles/bank-x', headers: t.keys.supervisor, payload: { review: 0.8, block: 0.95, lists: ['un'], description: 'Bank X' } });
  assert.equal(put.statusCode, 200, put.body);
  assert.equal((await t.app.inject({ url: '/api/profiles/bank-x', headers: t.keys.officer })).json().review, 0.8);
  assert.equal((await t.app.inject({ method: 'PUT', url: '/api/profiles/bank-y', headers: t.keys.officer, payload: { review: 0.8, block: 0.9 } })).statusCode, 403);
  assert.equal((await t.app.inject({ method: 'PUT', url: '/api/profiles/bank-y', headers: t.keys.supervisor, payload: { review: 0.9, block: 0.8 } })).statusCode, 400);
  assert.equal((await t.app.inject({ method: 'PUT', url: '/api/profiles/bank-y', headers: t.keys.supervisor, payload: { review: 2, block: 0.8 } })).statusCode, 400);
  assert.equal((await t.app.inject({ method: 'PUT', url: '/api/profiles/Bad%20Name', headers: t.keys.supervisor, payload: { review: 0.5, block: 0.8 } })).statusCode, 400);
  assert.equal((await t.app.inject({ url: '/api/profiles/nope', headers: t.keys.officer })).statusCode, 400);
  assert.equal((await t.app.inject({ method: 'DELETE', url: '/api/profiles/bank-x', headers: t.keys.supervisor })).statusCode, 200);
  assert.equal((await t.app.inject({ method: 'DELETE', url: '/api/profiles/bank-x', headers: t.keys.supervisor })).statusCode, 404);
});

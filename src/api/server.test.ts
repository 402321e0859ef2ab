import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { createContext, type AppContext } from '../app/context.js';
import { loadConfig } from '../config.js';
import { openDb } from '../store/db.js';
import { InputError } from '../errors.js';
import { buildServer, type ApiApp } from './server.js';
import type { Authenticator } from './auth.js';
import type { Principal } from '../auth/principal.js';

const officer: Principal = { id: 'k1', kind: 'apikey', name: 'test key', role: 'officer', agency: 'border-police' };
/** A stand-in for src/auth: key "good" is an officer who may "screen" only. */
const fakeAuth: Authenticator = {
  authenticateRequest: async (_db, req) => (req.headers['x-api-key'] === 'good' ? officer : null),
  can: (_p, permission) => permission === 'screen',
};

let ctx: AppContext;
let app: ApiApp;
before(async () => {
  ctx = await createContext(loadConfig({}), { db: await openDb('sqlite::memory:') });
  app = await buildServer(ctx, { authenticator: fakeAuth, bodyLimit: 1024 });
  app.post('/test/echo', {
    config: { permission: 'screen' },
    schema: { body: z.strictObject({ name: z.string(), n: z.number().int().optional() }) },
  }, async (req) => ({ got: req.body, by: req.principal.name }));
  app.post('/test/admin', { config: { permission: 'admin' } }, async () => ({ ok: true }));
  app.get('/test/input-error', { config: { permission: 'screen' } }, async () => {
    throw new InputError('column "name" is missing', { file: 'customers.csv', line: 1 });
  });
  app.get('/test/bug', { config: { permission: 'screen' } }, async () => {
    throw new Error('secret internals');
  });
});
after(async () => {
  await app.close();
  await ctx.close();
});

const good = { 'x-api-key': 'good' };

test('healthz answers without a key; readyz says starting until the index is built', async () => {
  assert.deepEqual((await app.inject({ url: '/healthz' })).json(), { status: 'ok' });
  const r = await app.inject({ url: '/readyz' });
  assert.equal(r.statusCode, 503);
  assert.equal(r.json().status, 'starting');
  ctx.index.ready = true;
  ctx.index.builtAt = new Date().toISOString();
  const r2 = await app.inject({ url: '/readyz' });
  assert.equal(r2.statusCode, 200);
  assert.equal(r2.json().status, 'ready');
  ctx.index.ready = false;
});

test('openapi.json is served without a key and lists the health routes', async () => {
  const r = await app.inject({ url: '/openapi.json' });
  assert.equal(r.statusCode, 200);
  const doc = r.json();
  assert.equal(doc.openapi, '3.0.3');
  assert.ok(doc.paths['/readyz']);
  const ui = await app.inject({ url: '/docs/' });
  assert.equal(ui.statusCode, 200);
  assert.match(ui.body, /swagger/i);
});

test('a route without a key is 401, a wrong key 401, a key without the permission 403', async () => {
  const none = await app.inject({ method: 'POST', url: '/test/echo', payload: { name: 'x' } });
  assert.equal(none.statusCode, 401);
  assert.equal(none.json().error, 'unauthenticated');
  const wrong = await app.inject({ method: 'POST', url: '/test/echo', payload: { name: 'x' }, headers: { 'x-api-key': 'bad' } });
  assert.equal(wrong.statusCode, 401);
  const denied = await app.inject({ method: 'POST', url: '/test/admin', headers: good });
  assert.equal(denied.statusCode, 403);
  const ok = await app.inject({ method: 'POST', url: '/test/echo', payload: { name: 'x', n: 2 }, headers: good });
  assert.equal(ok.statusCode, 200);
  assert.deepEqual(ok.json(), { got: { name: 'x', n: 2 }, by: 'test key' });
});

test('bad input is a 4xx that says what and where, never a 500', async () => {
  const cases: [string | undefined, string, number, string][] = [
    ['{"name": ', 'application/json', 400, 'malformed_json'],
    ['{"name": 5}', 'application/json', 400, 'validation'],
    ['{"name": "a", "extra": 1}', 'application/json', 400, 'validation'],
    ['{"name": "a", "n": 1.5}', 'application/json', 400, 'validation'],
    [JSON.stringify({ name: 'x'.repeat(5000) }), 'application/json', 413, 'body_too_large'],
    ['name=x', 'text/plain', 400, 'validation'],
    ['<name/>', 'application/xml', 415, 'unsupported_media_type'],
    ['', 'application/json', 400, 'empty_body'],
  ];
  for (const [payload, type, status, error] of cases) {
    const r = await app.inject({ method: 'POST', url: '/test/echo', payload, headers: { ...good, 'content-type': type } });
    assert.equal(r.statusCode, status, `${payload?.slice(0, 40)} -> ${r.body}`);
    assert.equal(r.json().error, error);
    assert.ok(r.json().message);
  }
  const v = await app.inject({ method: 'POST', url: '/test/echo', payload: { name: 5 }, headers: good });
  assert.equal(v.json().where, 'body.name');
  const e = await app.inject({ url: '/test/input-error', headers: good });
  assert.equal(e.statusCode, 400);
  assert.equal(e.json().where, 'customers.csv, line 1');
});

test('unknown routes are a JSON 404 and bugs a 500 that hides the details', async () => {
  const r = await app.inject({ url: '/api/nothing-here', headers: good });
  assert.equal(r.statusCode, 404);
  assert.equal(r.json().error, 'not_found');
  const b = await app.inject({ url: '/test/bug', headers: good });
  assert.equal(b.statusCode, 500);
  assert.doesNotMatch(b.body, /secret/);
});

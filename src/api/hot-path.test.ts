/**
 * The screening hot path's shortcuts (fast serialiser, cached key and profile) answer exactly as
 * the slow path did: same bytes, revoked keys and changed profiles honoured at once.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { testApi, type TestApi } from './testing.js';
import { ScreeningResult } from './schemas.js';
import { fastSerializer } from './fast-serializer.js';
import { loadActiveEntities } from '../screening/index-build.js';
import { createApiKey, revokeApiKey } from '../auth/apikeys.js';
import { saveProfile } from '../screening/profiles.js';

let t: TestApi;
before(async () => {
  t = await testApi();
});
after(async () => t.close());

/** Real listed names of UN 2026-02-27, each with its birth date when it has one. */
async function listedQueries(n: number) {
  const listed = (await loadActiveEntities(t.ctx.db)).filter((e) => e.schema === 'Person' && e.properties.name?.length).slice(0, n);
  return listed.map((e) => ({ schema: 'Person', properties: { name: [e.properties.name![0]!], ...(e.properties.birthDate ? { birthDate: [e.properties.birthDate[0]!] } : {}) } }));
}

test('screening answers are byte for byte what the Zod serializer writes', async () => {
  const fast = fastSerializer(ScreeningResult);
  let hits = 0;
  for (const entity of await listedQueries(40)) {
    const r = await t.app.inject({ method: 'POST', url: '/api/screen', headers: t.keys.officer, payload: { entity, limit: 20 } });
    assert.equal(r.statusCode, 200, r.body);
    const data = r.json();
    hits += data.hits.length;
    assert.equal(r.body, JSON.stringify(ScreeningResult.encode(data)));
    assert.equal(fast(data), r.body);
  }
  assert.ok(hits >= 40, `listed names find hits (${hits})`);
});

test('fields outside the response schema never leave, as with the Zod serializer', () => {
  const fast = fastSerializer(ScreeningResult);
  const out = JSON.parse(fast({ id: null, profile: 'default', hits: [], suppressed: 0, secret: 'x' }));
  assert.deepEqual(out, { id: null, profile: 'default', hits: [], suppressed: 0 });
  // a schema JSON Schema cannot express makes fastSerializer throw (the compiler then keeps Zod)
  assert.throws(() => fastSerializer(z.object({ at: z.date() })));
});

test('a revoked API key is refused at once, though it was just used (and cached)', async () => {
  const k = await createApiKey(t.ctx.db, { name: 'gate 9', role: 'officer', agency: 'border-police' });
  const call = () => t.app.inject({ method: 'POST', url: '/api/screen', headers: { 'x-api-key': k.key }, payload: { entity: { schema: 'Person', properties: { name: ['Maria Lopez'] } } } });
  assert.equal((await call()).statusCode, 200);
  assert.equal(await revokeApiKey(t.ctx.db, k.id), true);
  assert.equal((await call()).statusCode, 401);
  // a wrong secret for a cached id is refused too
  const wrong = k.key.slice(0, -4) + (k.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/screen', headers: { 'x-api-key': wrong }, payload: { entity: { schema: 'Person', properties: { name: ['x'] } } } })).statusCode, 401);
});

test('a profile changed in this process applies to the next screening at once', async () => {
  const [entity] = await listedQueries(1);
  const screen = () => t.app.inject({ method: 'POST', url: '/api/screen', headers: t.keys.officer, payload: { entity, profile: 'gate' } });
  await saveProfile(t.ctx.db, 'gate', { review: 0.7, block: 0.9 }, 'test');
  const before = (await screen()).json();
  assert.ok(before.hits.length > 0);
  await saveProfile(t.ctx.db, 'gate', { review: 0.7, block: 0.9, schemata: ['Vessel'] }, 'test');
  assert.equal((await screen()).json().hits.length, 0);
});

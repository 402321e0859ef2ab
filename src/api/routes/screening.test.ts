import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { testApi, type TestApi } from '../testing.js';
import { getEntity } from '../../lists/index.js';
import { contentHash } from '../../model/entity.js';
import { suppress } from '../../screening/suppression.js';

let t: TestApi;
before(async () => {
  t = await testApi();
});
after(async () => t.close());

/** A real listed person of UN 2026-02-27, read back from the database. */
async function listedPerson() {
  const rows = await t.ctx.db.kysely.selectFrom('list_entities').select(['entity_id', 'data']).where('schema', '=', 'Person').orderBy('entity_id').limit(50).execute();
  const withDob = rows.map((r) => JSON.parse(r.data)).find((e) => e.properties.birthDate?.length && e.properties.name?.length);
  return (await getEntity(t.ctx.db, withDob.id))!;
}

test('screening a listed person by name and birth date finds them first, with provenance and explanation', async () => {
  const p = await listedPerson();
  const r = await t.app.inject({
    method: 'POST',
    url: '/api/screen',
    headers: t.keys.officer,
    payload: { entity: { schema: 'Person', properties: { name: [p.properties.name![0]!], birthDate: [p.properties.birthDate![0]!] } } },
  });
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json();
  assert.equal(body.profile, 'default');
  const top = body.hits[0];
  assert.equal(top.entityId, p.id);
  assert.equal(top.list, 'un');
  assert.equal(top.version, 1);
  assert.equal(top.sourceId, p.provenance.sourceId);
  assert.ok(top.programme.length > 0);
  assert.ok(top.score >= 0.7 && top.score <= 1);
  assert.ok(['review', 'block'].includes(top.band));
  assert.ok(top.explanation.length > 0 && typeof top.explanation[0].text === 'string');
  assert.ok(top.matchedName);
  // Recorded in the audit log, with what was asked and answered.
  const audit = await t.ctx.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'screen.entity').execute();
  assert.equal(audit.length, 1);
  assert.match(audit[0]!.detail!, new RegExp(p.id.replace('.', '\\.')));
});

test('exclusions, profiles, limits and suppression change what is reported', async () => {
  const p = await listedPerson();
  const entity = { schema: 'Person', properties: { name: [p.properties.name![0]!] } };
  const excluded = await t.app.inject({ method: 'POST', url: '/api/screen', headers: t.keys.officer, payload: { entity, exclusions: { entityIds: [p.id] } } });
  assert.ok(!excluded.json().hits.some((h: { entityId: string }) => h.entityId === p.id));
  const otherList = await t.app.inject({ method: 'POST', url: '/api/screen', headers: t.keys.officer, payload: { entity, exclusions: { lists: ['un'] } } });
  assert.equal(otherList.json().hits.length, 0);
  const maritime = await t.app.inject({ method: 'POST', url: '/api/screen', headers: t.keys.officer, payload: { entity, profile: 'maritime', limit: 1 } });
  assert.equal(maritime.json().profile, 'maritime');
  assert.ok(maritime.json().hits.length <= 1);

  await suppress(t.ctx.db, { subjectKey: 'cust-42', entityId: p.id, entityHash: contentHash(p), by: 'test', reason: 'different person' });
  const s = await t.app.inject({ method: 'POST', url: '/api/screen', headers: t.keys.officer, payload: { entity, subjectKey: 'cust-42' } });
  assert.ok(!s.json().hits.some((h: { entityId: string }) => h.entityId === p.id));
  assert.equal(s.json().suppressed, 1);
});

test('a batch screens every entity in order', async () => {
  const p = await listedPerson();
  const entities = [
    { id: 'a', schema: 'Person', properties: { name: [p.properties.name![0]!] } },
    { id: 'b', schema: 'Person', properties: { name: ['Zzyzx Qwertyuiop'] } },
    { id: 'c', schema: 'Organization', properties: { name: ['Qqq Nonexistent Trading Zzz'] } },
  ];
  const r = await t.app.inject({ method: 'POST', url: '/api/screen/batch', headers: t.keys.officer, payload: { entities } });
  assert.equal(r.statusCode, 200, r.body);
  const results = r.json().results;
  assert.deepEqual(results.map((x: { id: string }) => x.id), ['a', 'b', 'c']);
  assert.equal(results[0].hits[0].entityId, p.id);
  assert.equal(results[1].hits.length, 0);
  const tooMany = await t.app.inject({ method: 'POST', url: '/api/screen/batch', headers: t.keys.officer, payload: { entities: Array.from({ length: 1001 }, () => entities[1]) } });
  assert.equal(tooMany.statusCode, 400);
  assert.match(tooMany.json().message, /1000/);
});

test('bad screening requests are 4xx naming the problem', async () => {
  const bad: [unknown, number, RegExp][] = [
    [{ entity: { schema: 'Person', properties: { name: 'not a list' } } }, 400, /entity\.properties\.name/],
    [{ entity: { schema: 'Spaceship', properties: { name: ['x'] } } }, 400, /entity\.schema/],
    [{ entity: { schema: 'Person', properties: { name: ['x'] } }, colour: 'red' }, 400, /colour/],
    [{ entity: { schema: 'Person', properties: {} } }, 400, /nothing to screen/],
    [{ entity: { schema: 'Person', properties: { name: ['x'] } }, profile: 'nope' }, 400, /unknown profile "nope"/],
    [{ entity: { schema: 'Person', properties: { name: ['x'] } }, limit: 0 }, 400, /limit/],
    [{}, 400, /entity/],
  ];
  for (const [payload, status, re] of bad) {
    const r = await t.app.inject({ method: 'POST', url: '/api/screen', headers: t.keys.officer, payload: payload as object });
    assert.equal(r.statusCode, status, `${JSON.stringify(payload)} -> ${r.body}`);
    assert.match(`${r.json().message} ${r.json().where ?? ''}`, re);
  }
  const big = await t.app.inject({ method: 'POST', url: '/api/screen', headers: { ...t.keys.officer, 'content-type': 'application/json' }, payload: `{"entity":{"schema":"Person","properties":{"name":["${'x'.repeat(9 * 1024 * 1024)}"]}}}` });
  assert.equal(big.statusCode, 413);
});

test('screening needs a key with the screen permission', async () => {
  const payload = { entity: { schema: 'Person', properties: { name: ['x'] } } };
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/screen', payload })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/screen', payload, headers: { 'x-api-key': 'atl_0000000000000000_' + 'A'.repeat(43) } })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/screen', payload, headers: t.keys.partner })).statusCode, 403);
});

test('property: any JSON body to /api/screen gets 200 or a 4xx with {error, message}, never a 500', async () => {
  const json = fc.oneof(
    fc.jsonValue(),
    fc.record({ entity: fc.record({ schema: fc.constantFrom('Person', 'Vessel', 'Thing', ''), properties: fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), fc.jsonValue())) }, { requiredKeys: [] }), profile: fc.oneof(fc.string(), fc.constant('border')), limit: fc.oneof(fc.integer(), fc.double()) }, { requiredKeys: [] }),
  );
  await fc.assert(
    fc.asyncProperty(json, async (body) => {
      const r = await t.app.inject({ method: 'POST', url: '/api/screen', headers: { ...t.keys.officer, 'content-type': 'application/json' }, payload: JSON.stringify(body) ?? 'null' });
      if (r.statusCode === 200) return;
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${r.statusCode} for ${JSON.stringify(body)}: ${r.body}`);
      const b = r.json();
      assert.equal(typeof b.error, 'string');
      assert.equal(typeof b.message, 'string');
    }),
    { numRuns: 300 },
  );
});

test('property: any JSON body to the batch, watch and profile routes gets 200 or a 4xx, never a 500', async () => {
  const entity = fc.record({ id: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }), schema: fc.constantFrom('Person', 'Vessel', 'Company', 'Sanction', 7), properties: fc.dictionary(fc.constantFrom('name', 'birthDate', 'imoNumber', '', '1x', 'a b'), fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }), fc.jsonValue())) }, { requiredKeys: ['schema'] });
  const bodies: [string, string, fc.Arbitrary<unknown>][] = [
    ['POST', '/api/screen/batch', fc.oneof(fc.jsonValue(), fc.record({ entities: fc.array(entity, { maxLength: 3 }), limit: fc.integer({ min: -2, max: 200 }) }, { requiredKeys: [] }))],
    ['POST', '/api/watch', fc.oneof(fc.jsonValue(), fc.record({ subjects: fc.array(fc.record({ subjectKey: fc.string({ maxLength: 5 }), entity, profile: fc.constantFrom('default', 'x') }, { requiredKeys: [] }), { maxLength: 3 }) }))],
    ['PUT', '/api/profiles/fuzz', fc.oneof(fc.jsonValue(), fc.record({ review: fc.double(), block: fc.double(), lists: fc.jsonValue(), colour: fc.string() }, { requiredKeys: [] }))],
  ];
  for (const [method, url, arb] of bodies) {
    await fc.assert(
      fc.asyncProperty(arb, async (body) => {
        const r = await t.app.inject({ method: method as 'POST', url, headers: { ...t.keys.supervisor, 'content-type': 'application/json' }, payload: JSON.stringify(body) ?? 'null' });
        if (r.statusCode === 200) return;
        assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${url}: ${r.statusCode} for ${JSON.stringify(body)}: ${r.body}`);
        assert.equal(typeof r.json().message, 'string');
      }),
      { numRuns: 150 },
    );
  }
});

test('the OpenAPI document describes the screening routes with their schemas', async () => {
  const doc = (await t.app.inject({ url: '/openapi.json' })).json();
  for (const p of ['/api/screen', '/api/screen/batch', '/api/jobs', '/api/jobs/{id}/results', '/api/watch', '/api/monitoring/reports', '/api/profiles/{name}', '/api/lists/{list}/diff', '/api/entities/{id}']) {
    assert.ok(doc.paths[p], `${p} is documented`);
  }
  const body = doc.paths['/api/screen'].post.requestBody.content['application/json'].schema;
  assert.ok(body.properties.entity);
  assert.equal(body.additionalProperties, false);
});

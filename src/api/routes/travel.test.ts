import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApi, type TestApi } from '../testing.js';
import { CLUSTER, SLTD_FIXTURE, PLANTED, manifestWithPlants } from '../../travel/testing.js';
import { buildPaxlst } from '../../travel/paxlst/generate.js';

let t: TestApi;
before(async () => {
  t = await testApi({ lists: [{ file: CLUSTER, list: 'ftm' }, { file: SLTD_FIXTURE, list: 'sltd' }] });
});
after(async () => t.close());

const SPECIMEN = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];

test('POST /api/travel/mrz reads a zone and names a misread character', async () => {
  const r = await t.app.inject({ method: 'POST', url: '/api/travel/mrz', headers: t.keys.officer, payload: { lines: [SPECIMEN[0], SPECIMEN[1]!.replace('7408122', '74O8122')] } });
  assert.equal(r.statusCode, 200, r.body);
  const d = r.json();
  assert.equal(d.format, 'TD3');
  assert.equal(d.valid, false);
  assert.ok(d.problems.some((p: { suggestion?: { corrected: string } }) => p.suggestion?.corrected === '0'));
  const bad = await t.app.inject({ method: 'POST', url: '/api/travel/mrz', headers: t.keys.officer, payload: { lines: ['P<UTO', 'X'] } });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().message, /not a machine-readable zone/);
});

test('POST /api/travel/scan refuses a specimen and says why', async () => {
  const r = await t.app.inject({ method: 'POST', url: '/api/travel/scan', headers: t.keys.officer, payload: { lines: SPECIMEN, post: 'PTY-T1' } });
  assert.equal(r.statusCode, 200, r.body);
  const { result } = r.json();
  assert.equal(result.verdict, 'refuse');
  assert.ok(result.reasons.some((x: string) => /specimen/.test(x)));
  assert.ok(result.reasons.some((x: string) => /expired on 2012-04-15/.test(x)));
});

test('crossings: an entry and its exit, listed, counted, and the stay reported', async () => {
  const traveller = { lastName: 'Jansen', firstNames: 'Pieter', birthDate: '1980-01-01', nationality: 'NLD', document: { number: 'NX1234567', issuingState: 'NLD', expiryDate: '2032-01-01' } };
  const entry = await t.app.inject({ method: 'POST', url: '/api/travel/crossings', headers: t.keys.officer, payload: { direction: 'entry', post: 'PTY-T1', decision: 'admit', at: '2026-01-05T10:00:00Z', stayDays: 30, traveller } });
  assert.equal(entry.statusCode, 201, entry.body);
  assert.equal(entry.json().allowedUntil, '2026-02-04');
  const exit = await t.app.inject({ method: 'POST', url: '/api/travel/crossings', headers: t.keys.officer, payload: { direction: 'exit', post: 'PTY-T2', decision: 'admit', at: '2026-02-10T10:00:00Z', traveller } });
  assert.equal(exit.json().entryId, entry.json().id);
  const list = await t.app.inject({ method: 'GET', url: '/api/travel/crossings?post=PTY-T1', headers: t.keys.officer });
  assert.equal(list.json().crossings.length, 1);
  const counts = await t.app.inject({ method: 'GET', url: '/api/travel/crossings/counts?by=nationality', headers: t.keys.officer });
  assert.deepEqual(counts.json().counts.map((c: { key: string; entries: number; exits: number }) => [c.key, c.entries, c.exits]), [['nl', 1, 1]]);
  const over = await t.app.inject({ method: 'GET', url: '/api/travel/overstays', headers: t.keys.officer });
  assert.equal(over.json().overstays[0].overstayDays, 6);
  const stays = await t.app.inject({ method: 'GET', url: '/api/travel/stays?docNumber=NX1234567&country=nl', headers: t.keys.officer });
  assert.equal(stays.json().stays[0].days, 36);
  const partner = await t.app.inject({ method: 'GET', url: '/api/travel/crossings', headers: t.keys.partner });
  assert.equal(partner.statusCode, 403);
  // the primary flow: scan, result, decision, record
  const scan = await t.app.inject({ method: 'POST', url: '/api/travel/scan', headers: t.keys.officer, payload: { lines: SPECIMEN, post: 'PTY-T1' } });
  const { result } = scan.json();
  const refused = await t.app.inject({ method: 'POST', url: '/api/travel/crossings', headers: t.keys.officer, payload: { direction: 'entry', post: 'PTY-T1', decision: 'refuse', mrz: SPECIMEN, verdict: result.verdict, reasons: result.reasons } });
  assert.equal(refused.statusCode, 201, refused.body);
  assert.equal(refused.json().document.number, 'L898902C3');
  assert.equal(refused.json().verdict, 'refuse');
  assert.equal(refused.json().allowedUntil, null);
  const audit = await t.ctx.db.kysely.selectFrom('audit_log').select('action').where('action', '=', 'travel.crossing.entry').execute();
  assert.equal(audit.length, 2);
  // the reads that name travellers are audited too (by the core, so the CLI's reports are as well)
  const reads = await t.ctx.db.kysely.selectFrom('audit_log').select('action').where('action', 'in', ['travel.crossings.read', 'travel.stays.read', 'travel.overstays.read']).execute();
  assert.deepEqual(new Set(reads.map((r) => r.action)), new Set(['travel.crossings.read', 'travel.stays.read', 'travel.overstays.read']));
  const bad = await t.app.inject({ method: 'POST', url: '/api/travel/crossings', headers: t.keys.officer, payload: { direction: 'entry', post: 'X', decision: 'admit' } });
  assert.equal(bad.statusCode, 400);
  // a NUL in stored text is bad input (400), never a database failure (PostgreSQL text cannot hold it)
  const nul = await t.app.inject({ method: 'POST', url: '/api/travel/crossings', headers: t.keys.officer, payload: { direction: 'entry', post: 'P\u0000X', decision: 'admit', traveller: { ...traveller, lastName: 'A\u0000B' } } });
  assert.equal(nul.statusCode, 400, nul.body);
});

test('POST /api/travel/manifests screens a manifest; the stored travellers to meet come back in order', async () => {
  const paxlst = buildPaxlst(manifestWithPlants(60, { 5: PLANTED.listed!, 40: PLANTED.stolen! }));
  const r = await t.app.inject({ method: 'POST', url: '/api/travel/manifests', headers: t.keys.analyst, payload: { paxlst } });
  assert.equal(r.statusCode, 201, r.body);
  const body = r.json();
  assert.deepEqual(body.toMeet.map((x: { index: number }) => x.index).sort(), [41, 6]);
  const meet = await t.app.inject({ method: 'GET', url: `/api/travel/manifests/${body.manifestId}/to-meet`, headers: t.keys.officer });
  assert.deepEqual(meet.json().toMeet.map((x: { index: number }) => x.index), body.toMeet.map((x: { index: number }) => x.index));
  const whole = await t.app.inject({ method: 'GET', url: `/api/travel/manifests/${body.manifestId}`, headers: t.keys.officer });
  assert.equal(whole.json().travellers.length, 60);
  const listed = await t.app.inject({ method: 'GET', url: '/api/travel/manifests?limit=5', headers: t.keys.officer });
  const latest = listed.json().manifests[0];
  assert.equal(latest.id, body.manifestId);
  assert.deepEqual([latest.travellerCount, latest.referCount + latest.refuseCount], [60, 2]);
  const broken = await t.app.inject({ method: 'POST', url: '/api/travel/manifests', headers: t.keys.analyst, payload: { paxlst: paxlst.slice(0, paxlst.indexOf('CNT')) } });
  assert.equal(broken.statusCode, 400);
  assert.match(broken.json().where, /segment \d+/);
  const missing = await t.app.inject({ method: 'GET', url: '/api/travel/manifests/nope', headers: t.keys.officer });
  assert.equal(missing.statusCode, 404);
  // an id with a control character is refused before it reaches the database (PostgreSQL cannot hold NUL)
  const nul = await t.app.inject({ method: 'GET', url: '/api/travel/manifests/a%00b/to-meet', headers: t.keys.officer });
  assert.equal(nul.statusCode, 400, nul.body);
});

test('risk rules: analysts add them, officers may not, and they shape the next screening', async () => {
  const denied = await t.app.inject({ method: 'POST', url: '/api/travel/rules', headers: t.keys.officer, payload: { name: 'x', action: 'refer', nationalities: ['jp'] } });
  assert.equal(denied.statusCode, 403);
  const created = await t.app.inject({ method: 'POST', url: '/api/travel/rules', headers: t.keys.analyst, payload: { name: 'Japanese travellers to PTY', action: 'refer', nationalities: ['jp'], destinations: ['PTY'] } });
  assert.equal(created.statusCode, 201, created.body);
  const gen = manifestWithPlants(30);
  const r = await t.app.inject({ method: 'POST', url: '/api/travel/manifests', headers: t.keys.analyst, payload: { paxlst: buildPaxlst(gen) } });
  const japanese = gen.travellers.filter((x) => x.nationality === 'JPN').length;
  assert.ok(japanese > 0, 'the seeded manifest holds Japanese travellers');
  assert.equal(r.json().counts.refer, japanese);
  const del = await t.app.inject({ method: 'DELETE', url: `/api/travel/rules/${created.json().id}`, headers: t.keys.analyst });
  assert.equal(del.statusCode, 200);
  const rules = await t.app.inject({ method: 'GET', url: '/api/travel/rules', headers: t.keys.officer });
  assert.deepEqual(rules.json().rules, []);
});

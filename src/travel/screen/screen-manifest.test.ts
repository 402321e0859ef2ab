import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../store/testing.js';
import { buildPaxlst } from '../paxlst/generate.js';
import { scanDocument, screenManifest } from '../service.js';
import { manifestTravellers } from '../store/manifests.js';
import { saveRule } from '../store/rules.js';
import { OFFICER, PLANTED, manifestWithPlants, travelContext } from '../testing.js';

const TODAY = new Date('2026-11-27T12:00:00Z');

for (const tdb of testDatabases()) {
  test(`a 400-traveller manifest flags exactly the planted listed persons, the listed passport number and the stolen passport, with reasons (${tdb.name})`, async () => {
    const db = await tdb.open();
    try {
      const ctx = await travelContext(db);
      const gen = manifestWithPlants(400, { 17: PLANTED.alias!, 203: PLANTED.listed!, 301: PLANTED.listedDocument!, 388: PLANTED.stolen! });
      const r = await screenManifest(ctx, OFFICER, buildPaxlst(gen), { today: TODAY });
      assert.equal(r.travellers.length, 400);
      const flagged = r.travellers.filter((t) => t.verdict !== 'clear');
      assert.deepEqual(flagged.map((t) => t.index).sort((a, b) => a! - b!), [18, 204, 302, 389], flagged.map((t) => `${t.index} ${t.name}: ${t.reasons.join('; ')}`).join('\n'));

      const alias = r.travellers[17]!;
      assert.equal(alias.findings[0]!.check, 'watchlist');
      assert.match(alias.reasons[0]!, /ZAKHAROVA|Zakharova/);
      assert.match(alias.reasons[0]!, /on list ftm/);
      const listed = r.travellers[203]!;
      assert.equal(listed.findings[0]!.check, 'watchlist');
      assert.match(listed.reasons[0]!, /Abashkin/i);
      const carrier = r.travellers[301]!;
      assert.equal(carrier.verdict, 'refuse');
      assert.match(carrier.reasons[0]!, /Document number 089132114 is given for listed .*ZAKHAROV/i);
      const stolen = r.travellers[388]!;
      assert.equal(stolen.verdict, 'refuse');
      assert.match(stolen.reasons[0]!, /X4471120 \(COL\) is in the lost and stolen documents register: stolen/);

      // travellers to meet: refusals first, best evidence first, all three
      assert.deepEqual(new Set(r.toMeet.map((t) => t.index)), new Set([18, 204, 302, 389]));
      assert.equal(r.toMeet[0]!.verdict, 'refuse');
      for (let i = 1; i < r.toMeet.length; i++) {
        const [a, b] = [r.toMeet[i - 1]!, r.toMeet[i]!];
        assert.ok(a.verdict === 'refuse' || b.verdict !== 'refuse');
        if (a.verdict === b.verdict) assert.ok(a.findings[0]!.strength >= b.findings[0]!.strength);
      }

      // every hit is in the one alert stream, and the screening is audited
      const alerts = await db.kysely.selectFrom('alerts').select(['channel', 'list_id', 'subject_key']).execute();
      assert.ok(alerts.length >= 4);
      assert.ok(alerts.every((a) => a.channel === 'manifest'));
      assert.deepEqual(new Set(alerts.map((a) => a.list_id)), new Set(['ftm', 'sltd']));
      const audit = await db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'travel.manifest.screen').execute();
      assert.equal(audit.length, 1);

      // the airline sends the same manifest again: no second alert for the same hits
      await screenManifest(ctx, OFFICER, buildPaxlst(gen), { today: TODAY });
      assert.equal((await db.kysely.selectFrom('alerts').select('id').execute()).length, alerts.length);

      // the manifest is kept with its results
      const stored = await manifestTravellers(db, r.manifestId!, { toMeet: true });
      assert.deepEqual(stored.map((t) => t.index), r.toMeet.map((t) => t.index));
      assert.equal(stored[0]!.rank, 1);
    } finally {
      await db.close();
    }
  });

  test(`a scanned passport is refused when it is in the lost and stolen register, and audited (${tdb.name})`, async () => {
    const db = await tdb.open();
    try {
      const ctx = await travelContext(db);
      // German passport D0001187 is in the fixture register (ICAO code "D")
      const fixed = td3('P<D<<MUSTERMANN<<ERIKA', 'D0001187', 'D', '640812', 'F', '301031');
      const scan = await scanDocument(ctx, OFFICER, fixed, { today: TODAY, post: 'PTY-T1' });
      assert.equal(scan.document.valid, true, scan.document.problems.map((p) => p.message).join('; '));
      assert.equal(scan.result.verdict, 'refuse');
      assert.match(scan.result.reasons[0]!, /lost and stolen/);
      assert.equal(scan.result.alerts?.length, 1);
      // the officer scans the page again: the same alert, not a second one
      const again = await scanDocument(ctx, OFFICER, fixed, { today: TODAY, post: 'PTY-T1' });
      assert.deepEqual(again.result.alerts, scan.result.alerts);
      assert.equal((await db.kysely.selectFrom('alerts').select('id').execute()).length, 1);
      // a clean specimen-free passport is clear
      const clean = td3('P<NLDJANSEN<<PIETER', 'NX1234567', 'NLD', '800101', 'M', '320101');
      const ok = await scanDocument(ctx, OFFICER, clean, { today: TODAY });
      assert.equal(ok.result.verdict, 'clear', ok.result.reasons.join('; '));
      const audits = await db.kysely.selectFrom('audit_log').select('action').where('action', '=', 'travel.scan').execute();
      assert.equal(audits.length, 3);
    } finally {
      await db.close();
    }
  });

  test(`risk rules stored by an analyst refer matching travellers (${tdb.name})`, async () => {
    const db = await tdb.open();
    try {
      const ctx = await travelContext(db);
      await saveRule(db, { name: 'MAD to PTY via BOG', action: 'refer', nationalities: ['jp'], destinations: ['PTY'] }, 'analyst-1');
      const gen = manifestWithPlants(40);
      const r = await screenManifest(ctx, OFFICER, buildPaxlst(gen), { today: TODAY, store: false });
      const japanese = gen.travellers.map((t, i) => (t.nationality === 'JPN' ? i + 1 : 0)).filter(Boolean);
      assert.ok(japanese.length > 0, 'the seeded manifest holds Japanese travellers');
      assert.deepEqual(r.toMeet.map((t) => t.index).sort((a, b) => a! - b!), japanese);
      assert.match(r.toMeet[0]!.reasons[0]!, /Risk rule "MAD to PTY via BOG": nationality JP, leaving the flight at PTY/);
    } finally {
      await db.close();
    }
  });
}

/** A TD3 zone written field by field, with its check digits computed (ICAO 9303 Part 4). */
import { checkDigit } from '../mrz/check-digit.js';
function td3(line1: string, number: string, nationality: string, birth: string, sex: string, expiry: string): string[] {
  const pad = (v: string, n: number) => (v + '<'.repeat(n)).slice(0, n);
  const num = pad(number, 9);
  const personal = '<'.repeat(14);
  const body = `${num}${checkDigit(num)}${pad(nationality, 3)}${birth}${checkDigit(birth)}${sex}${expiry}${checkDigit(expiry)}${personal}<`;
  const composite = checkDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return [pad(line1, 44), body + composite];
}

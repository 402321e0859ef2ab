import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../store/testing.js';
import { countCrossings, listCrossings, listStays, overstayReport, recordCrossing } from './crossings.js';
import { findEncounters } from './encounters.js';
import { screenTravellers } from '../screen/screen-traveller.js';
import type { TravellerSubject } from '../screen/subject.js';
import { InputError } from '../../errors.js';
import { OFFICER } from '../testing.js';
import { readOverstays } from '../service.js';

const ana: TravellerSubject = {
  key: 'doc:PA1|ie', lastName: "O'NEIL", firstNames: 'ANA', birthDate: '1980-02-03', nationality: 'ie', nationalityCode: 'IRL',
  document: { type: 'P', number: 'PA1', issuingState: 'IRL', issuingCountry: 'ie', expiryDate: '2031-01-01' },
};
const bo: TravellerSubject = {
  key: 'doc:BX9|se', lastName: 'LINDQVIST', firstNames: 'BO', birthDate: '1970-05-06', nationality: 'se', nationalityCode: 'SWE',
  document: { type: 'P', number: 'BX9', issuingState: 'SWE', issuingCountry: 'se', expiryDate: '2030-01-01' },
};

for (const tdb of testDatabases()) {
  test(`exits close the traveller's open entry; stays and the overstay report follow (${tdb.name})`, async () => {
    const db = await tdb.open();
    try {
      const e1 = await recordCrossing(db, OFFICER, { direction: 'entry', post: 'PTY-T1', decision: 'admit', subject: ana, at: '2026-01-10T08:00:00Z', stayDays: 30 });
      assert.equal(e1.allowedUntil, '2026-02-09');
      // she leaves with a new passport: matched by name and birth date
      const renewed = { ...ana, document: { ...ana.document!, number: 'PA2' } };
      const x1 = await recordCrossing(db, OFFICER, { direction: 'exit', post: 'PTY-T2', decision: 'admit', subject: renewed, at: '2026-02-20T19:00:00Z' });
      assert.equal(x1.entryId, e1.id);
      await recordCrossing(db, OFFICER, { direction: 'entry', post: 'PAC-1', decision: 'admit', subject: bo, at: '2026-09-01T10:00:00Z', stayDays: 60 });
      await recordCrossing(db, OFFICER, { direction: 'entry', post: 'PAC-1', decision: 'refuse', subject: { ...bo, key: 'x', document: { ...bo.document!, number: 'BX0' } }, at: '2026-09-02T10:00:00Z' });

      const today = new Date('2026-11-27T00:00:00Z');
      const stays = await listStays(db, { today });
      assert.equal(stays.length, 2);
      const anaStay = stays.find((s) => s.entry.id === e1.id)!;
      assert.equal(anaStay.days, 41);
      assert.equal(anaStay.overstayDays, 11);
      const report = await overstayReport(db, today);
      // Bo is still here 27 days past his 60; Ana left 11 days late
      assert.deepEqual(report.map((s) => [s.entry.lastName, s.overstayDays, s.exit ? 'left' : 'here']), [['LINDQVIST', 27, 'here'], ["O'NEIL", 11, 'left']]);
      // the report as a door asks for it: the same people, and the read is audited under the reader
      const read = await readOverstays(db, OFFICER);
      assert.deepEqual(read.map((s) => s.entry.lastName), report.map((s) => s.entry.lastName));
      const audited = await db.kysely.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'travel.overstays.read').execute();
      assert.deepEqual(audited.map((a) => a.actor_id), [OFFICER.id]);

      const byPost = await countCrossings(db, 'post');
      assert.deepEqual(byPost.map((c) => [c.key, c.entries, c.exits, c.refused]), [['PAC-1', 2, 0, 1], ['PTY-T1', 1, 0, 0], ['PTY-T2', 0, 1, 0]]);
      const byDay = await countCrossings(db, 'day', { from: '2026-09-01', to: '2026-10-01' });
      assert.deepEqual(byDay.map((c) => c.key), ['2026-09-01', '2026-09-02']);
      const byNat = await countCrossings(db, 'nationality');
      assert.deepEqual(byNat.map((c) => [c.key, c.entries + c.exits]), [['ie', 2], ['se', 2]]);
      assert.equal((await listCrossings(db, { post: 'PAC-1' })).length, 2);
    } finally {
      await db.close();
    }
  });

  test(`earlier encounters: the same document under another name, a refusal, the same person under another document (${tdb.name})`, async () => {
    const db = await tdb.open();
    try {
      await recordCrossing(db, OFFICER, { direction: 'entry', post: 'PTY-T1', decision: 'admit', subject: ana, at: '2026-03-01T08:00:00Z' });
      await recordCrossing(db, OFFICER, { direction: 'entry', post: 'PTY-T1', decision: 'refuse', subject: bo, at: '2026-04-01T08:00:00Z' });
      const impostor: TravellerSubject = { ...ana, key: 'k1', lastName: 'SMITH', firstNames: 'JANE', birthDate: '1985-01-01' };
      const anaNewDoc: TravellerSubject = { ...ana, key: 'k2', document: { ...ana.document!, number: 'PA9' } };
      const enc = await findEncounters(db, [impostor, bo, anaNewDoc]);
      assert.deepEqual(enc.map((e) => e.map((x) => x.via)), [['document'], ['document'], ['person']]);
      const results = await screenTravellers({ watchlist: () => [], sltd: () => [], encounters: (s) => findEncounters(db, s), rules: [], today: new Date('2026-11-27') }, [impostor, bo, anaNewDoc]);
      assert.equal(results[0]!.verdict, 'refer');
      assert.match(results[0]!.findings[0]!.text, /Document PA1 was presented by ANA O'NEIL \(born 1980-02-03\)/);
      assert.equal(results[1]!.verdict, 'refer');
      assert.match(results[1]!.findings[0]!.text, /Refused entry before: entry at PTY-T1 on 2026-04-01/);
      assert.equal(results[2]!.verdict, 'clear');
      assert.match(results[2]!.findings[0]!.text, /Seen before under another document, PA1 \(IE\)/);
    } finally {
      await db.close();
    }
  });

  test(`a crossing without post, decision or document number is refused and nothing is written (${tdb.name})`, async () => {
    const db = await tdb.open();
    try {
      await assert.rejects(recordCrossing(db, OFFICER, { direction: 'entry', post: '', decision: 'admit', subject: ana }), InputError);
      await assert.rejects(recordCrossing(db, OFFICER, { direction: 'entry', post: 'X', decision: 'wave' as 'admit', subject: ana }), /decision/);
      await assert.rejects(recordCrossing(db, OFFICER, { direction: 'entry', post: 'X', decision: 'admit', subject: { ...ana, document: { type: 'P', number: '' } } }), /document number/);
      assert.equal((await listCrossings(db)).length, 0);
    } finally {
      await db.close();
    }
  });
}

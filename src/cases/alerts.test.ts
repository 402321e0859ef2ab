import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../store/testing.js';
import { contentHash } from '../model/entity.js';
import { suppress } from '../screening/suppression.js';
import { raiseAlert } from './alerts.js';
import { alertFor, listedPersons } from './testing.js';

for (const t of testDatabases()) {
  test(`raiseAlert freezes evidence and is idempotent on the dedupe key on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const listed = structuredClone(listedPersons()[0]!);
      const input = alertFor(listed);
      const [a, b] = await Promise.all([raiseAlert(db, input), raiseAlert(db, input)]);
      assert.equal(a.id, b.id);
      assert.deepEqual([a.created, b.created].sort(), [false, true]);
      listed.properties.name!.push('changed later'); // the stored evidence must not follow
      const row = await db.kysely.selectFrom('alerts').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
      assert.equal(JSON.parse(row.listed_json).properties.name.includes('changed later'), false);
      assert.equal(row.status, 'open');
      assert.equal(row.agency, 'border-police');
      assert.equal(JSON.parse(row.reasons_json)[0].feature, 'name');
      const audited = await db.kysely.selectFrom('audit_log').select('subject').where('action', '=', 'alert.raise').execute();
      assert.deepEqual(audited.map((r) => r.subject), [`alert:${a.id}`]);
      // another crossing of the same traveller is a new alert
      const c = await raiseAlert(db, alertFor(listedPersons()[0]!, { sourceRef: 'crossing:2' }));
      assert.equal(c.created, true);
    } finally {
      await db.close();
    }
  });

  test(`raiseAlert honours a suppression until the listed entity changes on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const listed = listedPersons()[1]!;
      const input = alertFor(listed, { subjectKey: 'cust:42', channel: 'batch' });
      await suppress(db, { subjectKey: 'cust:42', entityId: listed.id, entityHash: contentHash(listed), by: 'test', reason: 'different person' });
      assert.deepEqual(await raiseAlert(db, input), { id: '', created: false, suppressed: true });
      const changed = { ...listed, properties: { ...listed.properties, birthDate: ['1971-02-03'] } };
      const r = await raiseAlert(db, { ...input, listed: changed });
      assert.equal(r.created, true);
    } finally {
      await db.close();
    }
  });

  test(`raiseAlert refuses bad input naming the field and stores nothing on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const base = alertFor(listedPersons()[0]!);
      await assert.rejects(raiseAlert(db, { ...base, score: 7 }), /field score/);
      await assert.rejects(raiseAlert(db, { ...base, channel: 'carrier-pigeon' as never }), /field channel/);
      await assert.rejects(raiseAlert(db, { ...base, agency: "x'; drop table alerts; --" }), /field agency/);
      await assert.rejects(raiseAlert(db, { ...base, subjectKey: 'k'.repeat(10_000) }), /field subjectKey/);
      assert.equal((await db.kysely.selectFrom('alerts').select('id').execute()).length, 0);
    } finally {
      await db.close();
    }
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../store/testing.js';
import { recordCrossing } from '../travel/store/crossings.js';
import { raiseAlert } from '../cases/alerts.js';
import { makeEntity, add } from '../model/entity.js';
import type { Principal } from '../auth/principal.js';
import { dashboard } from './dashboard.js';

const officer: Principal = { id: 'u1', kind: 'user', name: 'Officer One', role: 'officer', agency: 'border-police' };
const customs: Principal = { id: 'u2', kind: 'user', name: 'Customs Analyst', role: 'analyst', agency: 'customs' };

for (const t of testDatabases()) {
  test(`dashboard counts crossings per day and post and alerts per channel and list, within the reader's agency (${t.name})`, async () => {
    const db = await t.open();
    try {
      const subject = { key: 'P|X1', lastName: 'DOE', firstNames: 'JANE', birthDate: '1980-01-01', document: { type: 'P', number: 'X1', issuingCountry: 'pa' } };
      await recordCrossing(db, officer, { direction: 'entry', post: 'PTY-T1', decision: 'admit', subject });
      await recordCrossing(db, officer, { direction: 'entry', post: 'PTY-T1', decision: 'refer', subject: { ...subject, key: 'P|X2', document: { ...subject.document, number: 'X2' } } });
      await recordCrossing(db, officer, { direction: 'exit', post: 'PAC-PORT', decision: 'admit', subject });
      const listed = add(makeEntity('un-QDi.1', 'Person', { list: 'un', version: 1, sourceId: 'QDi.1' }), 'name', 'Listed Person');
      const query = add(makeEntity('q1', 'Person'), 'name', 'Listed Persson');
      await raiseAlert(db, { channel: 'border', agency: 'border-police', subject: query, subjectKey: 'P|X2', listed, listId: 'un', listVersion: 1, score: 0.9, band: 'block', reasons: [] });

      const d = await dashboard(db, officer);
      const today = new Date().toISOString().slice(0, 10);
      assert.deepEqual(d.crossingsByDay.filter((r) => r.day === today).map((r) => [r.post, r.count]).sort(), [['PAC-PORT', 1], ['PTY-T1', 2]]);
      assert.deepEqual(d.alertsByChannel, [{ channel: 'border', outcome: 'open', count: 1 }]);
      assert.deepEqual(d.hitsByList, [{ list: 'un', count: 1 }]);
      // Another agency does not see border-police alerts counted.
      const other = await dashboard(db, customs);
      assert.deepEqual(other.alertsByChannel, []);
    } finally {
      await db.close();
    }
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openDb, type Db } from '../store/db.js';
import { testDatabases } from '../store/testing.js';
import { importList } from '../lists/index.js';
import { openReading } from '../lists/reader.js';
import { contentHash, type Entity } from '../model/entity.js';
import { raiseAlert } from '../cases/alerts.js';
import { SYSTEM, type Principal } from '../auth/principal.js';
import { loadActiveEntities } from './index-build.js';
import { watchSubjects, startMonitoring, listReports, catchUpMonitoring, unwatch, listWatched, type WatchInput } from './monitor.js';

const LISTS = path.resolve(process.cwd(), '../shared/data/lists');
const bank: Principal = { id: 'apikey:bank', kind: 'apikey', name: 'bank', role: 'analyst', agency: 'fiu' };

async function entitiesOf(file: string, list: string): Promise<Entity[]> {
  const reading = await openReading(file, { list });
  const out: Entity[] = [];
  for await (const e of reading.entities) out.push(e);
  return out;
}

/** A customer record as a bank would hold it: the listed person's name and birth date only. */
function customer(key: string, e: Entity): WatchInput {
  const properties: Record<string, string[]> = { name: [e.properties.name![0]!] };
  if (e.properties.birthDate?.[0]) properties.birthDate = [e.properties.birthDate[0]];
  return { subjectKey: key, entity: { id: key, schema: 'Person', properties } };
}

const madeUp: WatchInput[] = [
  { subjectKey: 'x1', entity: { id: 'x1', schema: 'Person', properties: { name: ['Zyxwv Qpomnl Trsuvk'], birthDate: ['1981-02-03'] } } },
  { subjectKey: 'x2', entity: { id: 'x2', schema: 'Person', properties: { name: ['Ingrid Vognstrup Halvorsen'] } } },
];

/**
 * Imports `before`, watches the persons that `after` adds plus persons it leaves unchanged and
 * made-up people, imports `after`, and returns what monitoring raised and closed.
 */
async function scenario(db: Db, list: string, before: string, after: string, opts: { added: number; removedAlert?: boolean }) {
  await importList(db, path.join(LISTS, before), { list });
  const old = new Map((await loadActiveEntities(db)).map((e) => [e.id, contentHash(e)]));
  const next = await entitiesOf(path.join(LISTS, after), list);
  const addedPersons = next.filter((e) => e.schema === 'Person' && !old.has(e.id) && e.properties.name?.length).slice(0, opts.added);
  const unchanged = next.filter((e) => e.schema === 'Person' && old.get(e.id) === contentHash(e) && e.properties.name?.length).slice(0, 2);
  assert.equal(addedPersons.length, opts.added, 'the later version adds persons');
  assert.equal(unchanged.length, 2);
  await watchSubjects(db, bank, [
    ...addedPersons.map((e, i) => customer(`new${i}`, e)),
    ...unchanged.map((e, i) => customer(`old${i}`, e)),
    ...madeUp,
  ]);
  // An open alert on a listing that the later version removes.
  const removed = [...old.keys()].find((id) => !next.some((e) => e.id === id));
  let removedAlert: string | undefined;
  if (opts.removedAlert) {
    assert.ok(removed, 'the later version removes a listing');
    const listed = (await loadActiveEntities(db)).find((e) => e.id === removed)!;
    removedAlert = (await raiseAlert(db, { channel: 'screening', agency: 'fiu', subject: { id: 'c9', schema: 'Person', properties: { name: ['someone'] } }, subjectKey: 'c9', listed, listId: list, listVersion: 1, score: 0.8, band: 'review', reasons: [] })).id;
  }
  const stop = startMonitoring();
  try {
    await importList(db, path.join(LISTS, after), { list });
  } finally {
    stop();
  }
  return { addedPersons, removed, removedAlert };
}

for (const tdb of testDatabases()) test(`[${tdb.name}] UN 2026-01-28 -> 2026-02-27: watched customers who were newly listed alert, exactly once each, and nobody else`, async () => {
  const db = await tdb.open();
  try {
    const { addedPersons } = await scenario(db, 'un', 'un/un_consolidated_2026-01-28.xml', 'un/un_consolidated_2026-02-27.xml', { added: 4 });
    const [report] = await listReports(db, { list: 'un' });
    assert.ok(report);
    assert.equal(report.seq, 2);
    assert.equal(report.added, 4);
    assert.equal(report.subjectsScreened, 8);
    const got = report.alerts.map((a) => `${a.subjectKey}->${a.entityId}`).sort();
    const expected = addedPersons.map((e, i) => `new${i}->${e.id}`).sort();
    assert.deepEqual(got, expected);
    const alerts = await db.kysely.selectFrom('alerts').select(['channel', 'agency', 'list_id', 'list_version', 'subject_key']).execute();
    assert.equal(alerts.length, 4);
    assert.ok(alerts.every((a) => a.channel === 'monitoring' && a.agency === 'fiu' && a.list_id === 'un' && Number(a.list_version) === 2));
    // Monitoring the same version again (a catch-up after a restart) raises nothing new.
    assert.deepEqual(await catchUpMonitoring(db), []);
    assert.equal((await db.kysely.selectFrom('alerts').select('id').execute()).length, 4);
  } finally {
    await db.close();
  }
});

test('OFAC SDN 2024-04-25 -> 2024-05-03: new listings alert on watched customers; a removed listing closes its open alert with a note', async () => {
  const db = await openDb('sqlite::memory:');
  try {
    const { addedPersons, removed, removedAlert } = await scenario(db, 'ofac-sdn', 'ofac/sdn_2024-04-25.csv', 'ofac/sdn_2024-05-03.csv', { added: 5, removedAlert: true });
    const [report] = await listReports(db, { list: 'ofac-sdn' });
    assert.ok(report);
    assert.equal(report.added, 318);
    assert.equal(report.removed, 10);
    const got = report.alerts.map((a) => `${a.subjectKey}->${a.entityId}`).sort();
    assert.deepEqual(got, addedPersons.map((e, i) => `new${i}->${e.id}`).sort());
    assert.deepEqual(report.closed, [{ entityId: removed, alerts: 1 }]);
    const closed = await db.kysely.selectFrom('alerts').selectAll().where('id', '=', removedAlert!).executeTakeFirstOrThrow();
    assert.equal(closed.status, 'closed');
    assert.match(closed.decision_reason ?? '', /removed from list ofac-sdn in version 2/);
  } finally {
    await db.close();
  }
});

for (const tdb of testDatabases()) test(`[${tdb.name}] watching: a subject key is replaced, not doubled; unwatch removes it; bad input changes nothing`, async () => {
  const db = await tdb.open();
  try {
    await watchSubjects(db, bank, madeUp);
    await watchSubjects(db, bank, [{ ...madeUp[0]!, profile: 'financial' }]);
    const w = await listWatched(db, bank);
    assert.equal(w.total, 2);
    assert.equal(w.subjects.find((s) => s.subjectKey === 'x1')!.profile, 'financial');
    assert.equal((await listWatched(db, { ...bank, agency: 'other' })).total, 0, 'agencies see their own');
    assert.equal(await unwatch(db, bank, 'x2'), true);
    assert.equal(await unwatch(db, bank, 'x2'), false);
    await assert.rejects(watchSubjects(db, bank, [madeUp[0]!, madeUp[0]!]), /given twice/);
    await assert.rejects(watchSubjects(db, bank, [{ ...madeUp[1]!, profile: 'nope' }]), /unknown profile/);
    await assert.rejects(watchSubjects(db, bank, []), /empty/);
    assert.equal((await listWatched(db, SYSTEM)).total, 1);
  } finally {
    await db.close();
  }
});

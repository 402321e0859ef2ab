import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testDatabases } from '../store/testing.js';
import type { Db } from '../store/db.js';
import { InputError } from '../errors.js';
import { importList, importReading, listVersions, listLists, getDiff, getEntity, searchEntities, activeEntities, exportFtm, onListVersion, type ListVersionEvent, type ImportOptions } from './index.js';
import { ftmReading, SHARED_LISTS } from './testing.js';

const CLUSTER = path.join(SHARED_LISTS, 'ftm/yente_zala_sanctions_cluster.ftm.json');
const clusterLines = fs.readFileSync(CLUSTER, 'utf8').split('\n').filter((l) => l.trim());

function tmpFile(name: string, lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-lists-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function importFile(db: Db, file: string, list = 'zala') {
  return importReading(db, ftmReading(file, list), { file: path.basename(file), sha256: 'x' });
}

async function count(db: Db, table: 'list_versions' | 'list_entities' | 'list_diffs'): Promise<number> {
  const r = await db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The cluster file with its first entity removed, its second changed and a new one added. */
function editedCluster(): { file: string; removed: string; changed: string; added: string } {
  const objs = clusterLines.map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
  const removed = objs[0]!.id;
  const second = objs[1]!;
  second.properties.notes = [...(second.properties.notes ?? []), 'amended by the test'];
  const added = { id: 'test-new-person', schema: 'Person', properties: { name: ['Testa Newperson'], birthDate: ['1970'] } };
  const lines = [...objs.slice(1), added].map((o) => JSON.stringify(o));
  return { file: tmpFile('cluster-edited.ftm.json', lines), removed, changed: second.id, added: added.id };
}

for (const t of testDatabases()) {
  test(`first import of a list writes version 1 with every entity and its provenance (${t.name})`, async () => {
    const db = await t.open();
    try {
      const r = await importFile(db, CLUSTER);
      assert.equal(r.status, 'new');
      assert.equal(r.seq, 1);
      assert.deepEqual(r.diff, { added: clusterLines.length, removed: 0, changed: 0 });
      const all = [];
      for await (const e of activeEntities(db)) all.push(e);
      assert.equal(all.length, clusterLines.length);
      const ids = new Set(clusterLines.map((l) => (JSON.parse(l) as { id: string }).id));
      assert.deepEqual(new Set(all.map((e) => e.id)), ids);
      assert.deepEqual(all[0]!.provenance, { list: 'zala', version: 1, sourceId: all[0]!.id });
      const [l] = await listLists(db);
      assert.equal(l!.id, 'zala');
      assert.equal(l!.active?.seq, 1);
      assert.equal(l!.active?.entityCount, clusterLines.length);
    } finally {
      await db.close();
    }
  });

  test(`re-importing the same content is recorded as unchanged and keeps the active version (${t.name})`, async () => {
    const db = await t.open();
    try {
      const first = await importFile(db, CLUSTER);
      const entityRows = await count(db, 'list_entities');
      const again = await importFile(db, CLUSTER);
      assert.equal(again.status, 'unchanged');
      assert.equal(again.seq, 2);
      assert.deepEqual(again.diff, { added: 0, removed: 0, changed: 0 });
      assert.equal(await count(db, 'list_entities'), entityRows, 'an unchanged import writes no entity rows');
      const versions = await listVersions(db, 'zala');
      assert.deepEqual(versions.map((v) => v.status), ['active', 'unchanged']);
      assert.equal(versions[1]!.sameAsSeq, 1);
      const [l] = await listLists(db);
      assert.equal(l!.active?.id, first.versionId);
      // Looking up by the unchanged import's seq reads the version it repeated.
      const some = (JSON.parse(clusterLines[3]!) as { id: string }).id;
      assert.equal((await getEntity(db, some, 2))?.id, some);
    } finally {
      await db.close();
    }
  });

  test(`a changed list becomes a new version with its diff stored and any two versions comparable (${t.name})`, async () => {
    const db = await t.open();
    const events: ListVersionEvent[] = [];
    const off = onListVersion((_db, ev) => void events.push(ev));
    try {
      await importFile(db, CLUSTER);
      await importFile(db, CLUSTER); // seq 2: unchanged
      const edit = editedCluster();
      const r = await importFile(db, edit.file);
      assert.equal(r.status, 'new');
      assert.equal(r.seq, 3);
      assert.deepEqual(r.diff, { added: 1, removed: 1, changed: 1 });
      assert.deepEqual(events.map((e) => [e.list, e.seq]), [['zala', 1], ['zala', 3]]);
      assert.equal(events[1]!.previousVersionId, events[0]!.versionId);

      const d = await getDiff(db, 'zala');
      assert.equal(d.from, 1);
      assert.equal(d.to, 3);
      assert.deepEqual(d.added.map((e) => e.id), [edit.added]);
      assert.deepEqual(d.removed.map((e) => e.id), [edit.removed]);
      assert.deepEqual(d.changed.map((e) => [e.id, e.properties]), [[edit.changed, ['notes']]]);
      // Computed (not stored) pairs agree: 2 repeats 1, and the reverse direction swaps added/removed.
      const d23 = await getDiff(db, 'zala', 2, 3);
      assert.deepEqual(d23.counts, d.counts);
      const back = await getDiff(db, 'zala', 3, 1);
      assert.deepEqual(back.added.map((e) => e.id), [edit.removed]);
      assert.deepEqual(back.removed.map((e) => e.id), [edit.added]);
      assert.deepEqual((await getDiff(db, 'zala', 1, 2)).counts, { added: 0, removed: 0, changed: 0 });

      const versions = await listVersions(db, 'zala');
      assert.deepEqual(versions.map((v) => v.status), ['superseded', 'unchanged', 'active']);
      const gone = await getEntity(db, edit.removed);
      assert.equal(gone?.active, false);
      assert.equal(gone?.provenance.version, 1);
      const fresh = await getEntity(db, edit.added);
      assert.equal(fresh?.active, true);
      assert.deepEqual(fresh?.provenance, { list: 'zala', version: 3, sourceId: edit.added });
      assert.deepEqual((await searchEntities(db, 'newPERSON')).map((e) => e.id), [edit.added]);
    } finally {
      off();
      await db.close();
    }
  });

  test(`a reader error rolls the whole import back and the previous version stays active (${t.name})`, async () => {
    const db = await t.open();
    const events: ListVersionEvent[] = [];
    const off = onListVersion((_db, ev) => void events.push(ev));
    try {
      await importFile(db, CLUSTER);
      const before = { versions: await count(db, 'list_versions'), entities: await count(db, 'list_entities'), diffs: await count(db, 'list_diffs') };
      // A real file cut off in the middle of a line, as a failed download leaves it.
      const text = fs.readFileSync(editedCluster().file, 'utf8');
      const cut = tmpFile('cluster-truncated.ftm.json', [text.slice(0, Math.floor(text.length * 0.8))]);
      await assert.rejects(importFile(db, cut), (err: unknown) => err instanceof InputError && /cluster-truncated\.ftm\.json, line \d+/.test(err.message));
      assert.deepEqual({ versions: await count(db, 'list_versions'), entities: await count(db, 'list_entities'), diffs: await count(db, 'list_diffs') }, before);
      assert.equal((await listLists(db))[0]!.active?.seq, 1);
      assert.equal(events.length, 1, 'no event for a failed import');
      // And a list never imported before leaves no list row behind.
      await assert.rejects(importFile(db, cut, 'other'), InputError);
      assert.deepEqual((await listLists(db)).map((l) => l.id), ['zala']);
    } finally {
      off();
      await db.close();
    }
  });

  test(`two imports of one list at the same time run one after the other (${t.name})`, async () => {
    const db = await t.open();
    try {
      const [a, b] = await Promise.all([importFile(db, CLUSTER), importFile(db, CLUSTER)]);
      assert.deepEqual([a.seq, b.seq].sort(), [1, 2]);
      assert.deepEqual([a.status, b.status].sort(), ['new', 'unchanged']);
      assert.equal(await count(db, 'list_entities'), clusterLines.length);
    } finally {
      await db.close();
    }
  });

  test(`bad input of every kind names the file and line or record, and changes nothing (${t.name})`, async () => {
    const db = await t.open();
    try {
      const good = path.resolve('lists/national_watchlist_example.csv');
      const first = await importList(db, good, { list: 'national' });
      const before = { versions: await count(db, 'list_versions'), entities: await count(db, 'list_entities'), diffs: await count(db, 'list_diffs') };
      const lines = fs.readFileSync(good).toString('latin1').split('\n');
      const variant = (name: string, edit: (ls: string[]) => string[]) => {
        const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-bad-')), name);
        fs.writeFileSync(f, Buffer.from(edit([...lines]).join('\n'), 'latin1'));
        return f;
      };
      const cases: [string, string, ImportOptions, RegExp][] = [
        ['wrong column count', variant('columns.csv', (ls) => (ls[4] += ',extra,cells', ls)), {}, /columns\.csv, line 5/],
        ['invalid UTF-8', variant('encoding.csv', (ls) => (ls[3] = ls[3]!.replace('Oksana', 'Oks\xff\xfeana'), ls)), {}, /encoding\.csv, line 4/],
        ['duplicate id', variant('dup.csv', (ls) => [...ls.slice(0, 6), ls[2]!, ...ls.slice(6)]), {}, /dup\.csv.*NAT-0002/],
        ['wrong format for the importer', good, { format: 'un-xml' }, /national_watchlist_example\.csv, line \d+/],
        ['another list\'s file under this format', path.join(SHARED_LISTS, 'ofac/sdn_2024-05-03.csv'), { format: 'csv' }, /sdn_2024-05-03\.csv, line 1/],
      ];
      for (const [what, file, opts, where] of cases) {
        await assert.rejects(importList(db, file, { list: 'national', ...opts }), (err: unknown) => err instanceof InputError && where.test(err.message), what);
        assert.deepEqual({ versions: await count(db, 'list_versions'), entities: await count(db, 'list_entities'), diffs: await count(db, 'list_diffs') }, before, what);
      }
      assert.equal((await listLists(db))[0]!.active?.id, first.versionId);
    } finally {
      await db.close();
    }
  });

  test(`duplicate entity ids in one file are refused, naming the record (${t.name})`, async () => {
    const db = await t.open();
    try {
      const dup = tmpFile('dup.ftm.json', [...clusterLines.slice(0, 5), clusterLines[2]!]);
      const id = (JSON.parse(clusterLines[2]!) as { id: string }).id;
      await assert.rejects(importFile(db, dup), (err: unknown) => err instanceof InputError && err.message.includes(`duplicate entity id ${id}`));
      assert.equal(await count(db, 'list_versions'), 0);
      assert.equal(await count(db, 'list_entities'), 0);
    } finally {
      await db.close();
    }
  });

  test(`export writes the active entities as FtM JSON lines that read back the same (${t.name})`, async () => {
    const db = await t.open();
    try {
      await importFile(db, CLUSTER);
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-export-')), 'out.ftm.json');
      const stream = fs.createWriteStream(out);
      const n = await exportFtm(db, stream);
      await new Promise((res) => stream.end(res));
      assert.equal(n, clusterLines.length);
      // Importing the export as the same list is recognised as unchanged.
      const r = await importFile(db, out);
      assert.equal(r.status, 'unchanged');
    } finally {
      await db.close();
    }
  });
}

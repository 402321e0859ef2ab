/**
 * The real published lists through the store: every file in ../shared/data/lists imported as a
 * list version with the record counts its README states, and the month-on-month (UN) and
 * week-on-week (OFAC) deltas checked against an independent count taken from the raw files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testDatabases } from '../store/testing.js';
import { openDb, type Db } from '../store/db.js';
import { InputError } from '../errors.js';
import { MATCHABLE } from '../model/schema.js';
import { importList, getDiff, getEntity, activeEntities, listLists, type DiffEntry } from './index.js';
import { SHARED_LISTS } from './testing.js';

const L = (p: string) => path.join(SHARED_LISTS, p);
const read = (p: string) => fs.readFileSync(L(p), 'utf8');
const countOf = (re: RegExp, text: string) => (text.match(re) ?? []).length;

/** Stored UN subjects keep, field by field, what the raw XML says (names in original script such
 * as Arabic, year-only and ranged dates of birth), read here straight from the file. */
async function checkUnFields(db: Db): Promise<void> {
  let scripts = 0;
  let years = 0;
  let ranges = 0;
  for (const m of read('un/un_consolidated_2026-02-27.xml').matchAll(/<(INDIVIDUAL|ENTITY)>([\s\S]*?)<\/\1>/g)) {
    const body = m[2]!;
    const ref = /<REFERENCE_NUMBER>\s*([^<]*?)\s*</.exec(body)![1]!;
    const e = await getEntity(db, `un-${ref}`);
    assert.ok(e, `un-${ref} stored`);
    assert.equal(e.schema, m[1] === 'INDIVIDUAL' ? 'Person' : 'Organization');
    const names = [...(e.properties.name ?? []), ...(e.properties.alias ?? [])];
    const original = /<NAME_ORIGINAL_SCRIPT>([^<]+)</.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
    if (original) {
      assert.ok(names.includes(original), `${ref}: original-script name ${original}`);
      if (/[\u0600-\u06ff]/.test(original)) scripts++;
    }
    for (const dob of body.matchAll(/<INDIVIDUAL_DATE_OF_BIRTH>([\s\S]*?)<\/INDIVIDUAL_DATE_OF_BIRTH>/g)) {
      const d = dob[1]!;
      const type = /<TYPE_OF_DATE>([^<]*)</.exec(d)?.[1];
      const year = /<YEAR>(\d{4})</.exec(d)?.[1];
      const from = /<FROM_YEAR>(\d{4})</.exec(d)?.[1];
      const to = /<TO_YEAR>(\d{4})</.exec(d)?.[1];
      if (type === 'EXACT' && year && !/<DATE>/.test(d)) {
        assert.ok(e.properties.birthDate?.includes(year), `${ref}: year of birth ${year}`);
        years++;
      }
      if (type === 'BETWEEN' && from && to) {
        assert.ok(e.properties.birthDate?.includes(`${from}/${to}`), `${ref}: born between ${from} and ${to}`);
        ranges++;
      }
    }
  }
  assert.ok(scripts > 100 && years > 100 && ranges > 0, `checked ${scripts} Arabic names, ${years} years, ${ranges} ranges`);
}

/** Every OFAC vessel with an IMO number in its remarks is a stored Vessel with that number. */
async function checkOfacVessels(db: Db): Promise<void> {
  let n = 0;
  for (const line of read('ofac/sdn_2024-05-03.csv').split(/\r?\n/)) {
    const m = /^(\d+),"[^"]*","vessel",.*\bIMO (\d{7})\b/.exec(line);
    if (!m) continue;
    const e = await getEntity(db, `ofac-sdn-${m[1]}`);
    assert.equal(e?.schema, 'Vessel', `ent_num ${m[1]}`);
    assert.ok(e.properties.imoNumber?.includes(m[2]!), `ent_num ${m[1]}: IMO ${m[2]}`);
    n++;
  }
  assert.ok(n > 500, `${n} vessels with IMO numbers checked`);
}

/** Records per file: from the data README where it states them, else counted in the file. */
const FILES: { file: string; records: () => number; check?: (db: Db) => Promise<void> }[] = [
  { file: 'un/un_consolidated_2026-02-27.xml', records: () => 730 + 273, check: checkUnFields },
  { file: 'un/un_consolidated_2026-01-28.xml', records: () => countOf(/<(INDIVIDUAL|ENTITY)>/g, read('un/un_consolidated_2026-01-28.xml')) },
  { file: 'ofac/sdn_2024-05-03.csv', records: () => 14965, check: checkOfacVessels },
  { file: 'ofac/sdn_2024-04-25.csv', records: () => 14670 },
  { file: 'ofac/set_2021-07/sdn.csv', records: () => countOf(/^\d+,/gm, read('ofac/set_2021-07/sdn.csv')) },
  { file: 'ofac/consolidated_nonsdn_2026-01-08.xml', records: () => 442 },
  { file: 'ofac/sdn_xml_excerpt_2026-08-07.xml', records: () => 5 },
  { file: 'ofac/cons_advanced_2020-03-17.xml', records: () => 375 },
  { file: 'eu/eu_fsf_v1.1_excerpt_2026-08-05.xml', records: () => 4 + 1 },
  { file: 'uk/uk_sanctions_list_excerpt_2026-08-14.xml', records: () => 4 + 1 },
  { file: 'ftm/yente_zala_sanctions_cluster.ftm.json', records: () => 91 },
  { file: 'ftm/yente_t1_eu_fsf.ftm.json', records: () => 7 },
];
/** Published formats Atalaya has no reader for: refused whole, with nothing written. */
const UNSUPPORTED = ['other/canada_sema_autonomous_sanctions.xml', 'other/us_trade_csl_sample_2019.csv'];

test('every list file in ../shared/data/lists is covered by this test', () => {
  const all: string[] = [];
  const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((f) => (f.isDirectory() ? walk(path.join(d, f.name)) : all.push(path.relative(SHARED_LISTS, path.join(d, f.name)))));
  walk(SHARED_LISTS);
  const covered = new Set([...FILES.map((f) => f.file), ...UNSUPPORTED]);
  // The OFAC 2021 set's alt/add/sdn_comments are read beside its sdn.csv.
  const missing = all.filter((f) => !covered.has(f) && !/^ofac\/set_2021-07\/(alt|add|sdn_comments)\.csv$/.test(f) && !/README/i.test(f));
  assert.deepEqual(missing, []);
});

async function count(db: Db, table: 'list_versions' | 'list_entities'): Promise<number> {
  return Number((await db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

for (const f of FILES) {
  test(`${f.file} imports as a list version with the published record count`, async (t) => {
    const db = await openDb('sqlite::memory:');
    try {
      let r;
      try {
        r = await importList(db, L(f.file));
      } catch (err) {
        // Readers land one format at a time (src/sources); until then the format is refused.
        if (err instanceof InputError && /not supported yet/.test(err.message)) return t.skip(`no reader yet: ${err.message}`);
        throw err;
      }
      assert.equal(r.status, 'new');
      assert.equal(r.report.records, f.records());
      let stored = 0;
      let subjects = 0;
      for await (const e of activeEntities(db)) {
        stored++;
        if ((MATCHABLE as readonly string[]).includes(e.schema)) subjects++;
        assert.equal(e.provenance?.list, r.list);
        assert.equal(e.provenance?.version, 1);
        assert.ok(e.provenance?.sourceId, `${e.id} has its source record id`);
      }
      assert.equal(stored, r.report.entities);
      assert.equal((await listLists(db))[0]!.active?.entityCount, r.report.entities);
      assert.ok(subjects > 0 && subjects <= r.report.records, `${subjects} screened subjects from ${r.report.records} records`);
      await f.check?.(db);
    } finally {
      await db.close();
    }
  });
}

for (const file of UNSUPPORTED) {
  test(`${file} (no reader for its format) is refused naming the file, and nothing is written`, async () => {
    const db = await openDb('sqlite::memory:');
    try {
      await assert.rejects(importList(db, L(file)), (err: unknown) => err instanceof InputError && err.message.includes(path.basename(file)));
      assert.equal(await count(db, 'list_versions'), 0);
      assert.deepEqual(await listLists(db), []);
    } finally {
      await db.close();
    }
  });
}

/** Raw records keyed by their id, with their text as published (minus what carries no meaning). */
function unRecords(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of read(file).matchAll(/<(INDIVIDUAL|ENTITY)>([\s\S]*?)<\/\1>/g)) {
    const body = m[2]!;
    const ref = /<REFERENCE_NUMBER>\s*([^<]*?)\s*<\/REFERENCE_NUMBER>/.exec(body)![1]!;
    // DATAID and VERSIONNUM are the UN database's bookkeeping, not facts about the listing.
    out.set(ref, body.replace(/<(DATAID|VERSIONNUM)>[^<]*<\/\1>/g, '').replace(/\s+/g, ' ').trim());
  }
  return out;
}

function ofacCsvRecords(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of read(file).replace(/\x1a/g, '').split(/\r?\n/)) {
    const m = /^(\d+),/.exec(line);
    if (m) out.set(m[1]!, line);
  }
  return out;
}

function independentDelta(before: Map<string, string>, after: Map<string, string>) {
  const added = new Set([...after.keys()].filter((k) => !before.has(k)));
  const removed = new Set([...before.keys()].filter((k) => !after.has(k)));
  const changed = new Set([...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)));
  return { added, removed, changed };
}

/** The source record ids behind diff entries, through the store's provenance. */
async function sourceIds(db: Db, entries: DiffEntry[], subjectsOnly: boolean): Promise<Set<string>> {
  const out = new Set<string>();
  for (const d of entries) {
    const e = await getEntity(db, d.id);
    assert.ok(e, `${d.id} can be looked up`);
    if (!subjectsOnly || (MATCHABLE as readonly string[]).includes(e.schema)) out.add(e.provenance.sourceId);
  }
  return out;
}

async function checkDelta(db: Db, older: string, newer: string, records: (f: string) => Map<string, string>) {
  const first = await importList(db, L(older));
  const second = await importList(db, L(newer));
  assert.equal(second.status, 'new');
  assert.equal(second.list, first.list);
  const before = records(older);
  const after = records(newer);
  const want = independentDelta(before, after);
  const d = await getDiff(db, second.list);
  assert.deepEqual(d.counts, second.diff);
  // One screened subject per record: its entity appears and disappears with the record.
  assert.deepEqual(await sourceIds(db, d.added, true), want.added);
  assert.deepEqual(await sourceIds(db, d.removed, true), want.removed);
  // Every changed entity, and every document added to or removed from a kept record, comes
  // from a record whose published text changed; and every such record shows in the diff.
  const kept = new Set([...after.keys()].filter((k) => before.has(k)));
  const touched = new Set([...(await sourceIds(db, [...d.added, ...d.removed, ...d.changed], false))].filter((id) => kept.has(id)));
  assert.deepEqual(touched, want.changed);
  return { want, d };
}

for (const t of testDatabases()) {
  test(`UN list delta 2026-01-28 -> 2026-02-27 matches the raw files' reference numbers (${t.name})`, async () => {
    const db = await t.open();
    try {
      const { want, d } = await checkDelta(db, 'un/un_consolidated_2026-01-28.xml', 'un/un_consolidated_2026-02-27.xml', unRecords);
      assert.ok(want.added.size > 0, 'the month added listings');
      assert.ok(d.counts.added >= want.added.size);
    } finally {
      await db.close();
    }
  });

  test(`a truncated copy of the UN list fails whole and the previous version stays active (${t.name})`, async () => {
    const db = await t.open();
    try {
      const ok = await importList(db, L('un/un_consolidated_2026-01-28.xml'));
      const before = { versions: await count(db, 'list_versions'), entities: await count(db, 'list_entities') };
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-trunc-'));
      const cut = path.join(dir, 'un_truncated.xml');
      const text = read('un/un_consolidated_2026-02-27.xml');
      fs.writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.6)));
      await assert.rejects(importList(db, cut), (err: unknown) => err instanceof InputError && err.message.includes('un_truncated.xml'));
      assert.deepEqual({ versions: await count(db, 'list_versions'), entities: await count(db, 'list_entities') }, before);
      assert.equal((await listLists(db))[0]!.active?.id, ok.versionId);
    } finally {
      await db.close();
    }
  });
}

test('OFAC SDN delta 2024-04-25 -> 2024-05-03 matches the raw files\' entity numbers', async () => {
  const db = await openDb('sqlite::memory:');
  try {
    const { want, d } = await checkDelta(db, 'ofac/sdn_2024-04-25.csv', 'ofac/sdn_2024-05-03.csv', ofacCsvRecords);
    assert.equal(want.added.size, 14965 - 14670 + want.removed.size);
    assert.ok(d.counts.removed >= want.removed.size);
  } finally {
    await db.close();
  }
});

test('re-importing the OFAC SDN list is recorded as unchanged without writing entities', async () => {
  const db = await openDb('sqlite::memory:');
  try {
    const first = await importList(db, L('ofac/sdn_2024-05-03.csv'));
    const rows = await count(db, 'list_entities');
    const again = await importList(db, L('ofac/sdn_2024-05-03.csv'));
    assert.equal(again.status, 'unchanged');
    assert.equal(again.previousVersionId, first.versionId);
    assert.equal(await count(db, 'list_entities'), rows);
  } finally {
    await db.close();
  }
});

test('an OFAC CSV cut off inside a row fails whole, naming the file', async () => {
  const db = await openDb('sqlite::memory:');
  try {
    await importList(db, L('ofac/sdn_2024-04-25.csv'));
    const before = await count(db, 'list_entities');
    const text = read('ofac/sdn_2024-05-03.csv');
    // Cut inside a row's quoted name, as an interrupted download leaves it.
    const at = text.indexOf('\r\n', Math.floor(text.length / 2)) + 12;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-trunc-'));
    const cut = path.join(dir, 'sdn_cut.csv');
    fs.writeFileSync(cut, text.slice(0, at));
    await assert.rejects(importList(db, cut, { format: 'ofac-csv' }), (err: unknown) => err instanceof InputError && err.message.includes('sdn_cut.csv'));
    assert.equal(await count(db, 'list_entities'), before);
    assert.equal((await listLists(db))[0]!.active?.seq, 1);
  } finally {
    await db.close();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAll, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { detectFormat, readList } from '../index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/national_watchlist.csv', import.meta.url));
const text = fs.readFileSync(FIXTURE, 'utf8');

async function drain(file: string, format?: 'csv') {
  const r = await readList(file, format ? { format } : {});
  for await (const _ of r.entities);
  return r.report;
}

test('plain csv reads every row of the documented example with names, dates, countries and passports', async () => {
  assert.equal(await detectFormat(FIXTURE), 'csv');
  const { byId, report, list } = await readAll(FIXTURE);
  assert.equal(list, 'national');
  assert.equal(report.records, text.trim().split('\n').length - 1);
  assert.equal(report.warningCount, 0);
  const p = byId.get('national-NW-0001')!;
  assert.deepEqual(p.properties.alias, ['Carlos Peralta', 'C. A. Peralta Mendoza']);
  assert.deepEqual(p.properties.weakAlias, ['El Flaco']);
  assert.deepEqual(p.properties.birthDate, ['1971-03-14', '1972']);
  assert.deepEqual(p.properties.nationality, ['co', 've']);
  assert.deepEqual(byId.get('national-NW-0001-doc-AX4471120')!.properties.country, ['co']);
  assert.deepEqual(byId.get('national-NW-0002')!.properties.name, ['ناصر عبد الكريم الحداد']);
  assert.deepEqual(byId.get('national-NW-0002')!.properties.birthDate, ['1965~']);
  assert.deepEqual(byId.get('national-NW-0003')!.properties.birthDate, ['1980/1983']);
  assert.deepEqual(byId.get('national-NW-0003')!.properties.nationality, ['rs']);
  assert.deepEqual(byId.get('national-NW-0005')!.properties.imoNumber, ['9312456']);
  assert.equal(byId.get('national-NW-0004')!.schema, 'Organization');
});

test('plain csv refuses a row with the wrong number of columns, naming the line', async () => {
  const lines = text.split('\n');
  lines[3] = lines[3] + ',extra';
  const file = tempFile('watch_extra.csv', lines.join('\n'));
  await assert.rejects(drain(file), (e: unknown) => e instanceof InputError && /watch_extra\.csv, line 4/.test(e.message) && /expected \d+ columns/.test(e.message));
});

test('plain csv refuses a duplicate id', async () => {
  const lines = text.trim().split('\n');
  const file = tempFile('watch_dup.csv', [...lines, lines[1]].join('\n') + '\n');
  await assert.rejects(drain(file), (e: unknown) => e instanceof InputError && /duplicate id national-NW-0001/.test(e.message));
});

test('plain csv refuses an unknown schema naming line and field', async () => {
  const file = tempFile('watch_schema.csv', 'id,schema,name\nA1,Spaceship,Enterprise\n');
  await assert.rejects(drain(file), (e: unknown) => e instanceof InputError && /line 2/.test(e.message) && /field schema/.test(e.message));
});

test('plain csv reader refuses an OFAC file (no header with id, schema, name)', async () => {
  const file = tempFile('sdn.csv', '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n');
  await assert.rejects(drain(file, 'csv'), (e: unknown) => e instanceof InputError && /lacks the column/.test(e.message) && /sdn\.csv, line 1/.test(e.message));
});

test('plain csv imports odd values with warnings: day-first dates, unknown countries, unknown columns', async () => {
  const file = tempFile('watch_odd.csv', 'id,schema,name,birth_date,nationality,shoe_size\nA1,Person,Jane Roe,14/03/1971,Atlantis,44\n');
  const { all, report } = await readAll(file);
  assert.equal(all.length, 1);
  assert.deepEqual(all[0]!.properties.birthDate, ['1971-03-14']);
  assert.deepEqual(all[0]!.properties.nationality, ['Atlantis']);
  assert.equal(report.warningCount, 3);
});

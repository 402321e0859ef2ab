import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAll, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { detectFormat, readList } from '../index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/sltd_register.csv', import.meta.url));

test('sltd reads documents as Passport/Identification with number, type, country and date reported', async () => {
  assert.equal(await detectFormat(FIXTURE), 'sltd-csv');
  const { byId, all, list } = await readAll(FIXTURE);
  assert.equal(list, 'sltd');
  assert.equal(all.length, 4);
  const p = byId.get('sltd-co-X4471120')!;
  assert.equal(p.schema, 'Passport');
  assert.deepEqual(p.properties.number, ['X4471120']);
  assert.deepEqual(p.properties.country, ['co']);
  assert.deepEqual(p.properties.startDate, ['2025-10-02']);
  // Spaces in the number are kept as written; the id uses the normalised number.
  assert.deepEqual(byId.get('sltd-jo-K0098121')!.properties.number, ['K 009 812 1']);
  assert.equal(byId.get('sltd-fr-AB123456')!.schema, 'Identification');
  assert.ok(byId.has('sltd-de-D0001187'), 'ICAO code D is Germany');
});

test('sltd refuses one document reported twice (same country and number)', async () => {
  const text = fs.readFileSync(FIXTURE, 'utf8').trim();
  const file = tempFile('sltd_dup.csv', `${text}\nX-4471120,P,CO,2025-12-01,stolen,\n`);
  const r = await readList(file);
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /duplicate id sltd-co-X4471120/.test(e.message));
});

test('sltd refuses an unknown issuing country naming line and field', async () => {
  const file = tempFile('sltd_bad.csv', 'document_number,document_type,issuing_country\nA1,P,ATLANTIS\n');
  const r = await readList(file);
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /sltd_bad\.csv, line 2/.test(e.message) && /issuing_country/.test(e.message));
});

test('sltd refuses a row with the wrong number of columns', async () => {
  const file = tempFile('sltd_cols.csv', 'document_number,document_type,issuing_country,date_reported\nA1,P,FRA\n');
  const r = await readList(file);
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /line 2/.test(e.message) && /expected 4 columns/.test(e.message));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { countBy, listFile, readAllOnce, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { readList } from '../index.js';

const ADV = listFile('ofac/cons_advanced_2020-03-17.xml');

test('ofac advanced reads its 375 parties: individuals and entities as the party subtypes say', async () => {
  const { all, report, list } = await readAllOnce(ADV);
  assert.equal(list, 'ofac-adv');
  assert.equal(report.records, 375);
  assert.equal(report.publishedAt, '2020-03-17');
  const xml = fs.readFileSync(ADV, 'utf8');
  const individuals = (xml.match(/<Profile ID="\d+" PartySubTypeID="4">/g) ?? []).length;
  assert.equal(countBy(all, (e) => e.schema).Person, individuals);
});

test('ofac advanced joins documents, features and sanctions entries to the party (uid 17526 and 26182)', async () => {
  const { byId } = await readAllOnce(ADV);
  const p = byId.get('ofac-adv-17526')!;
  assert.deepEqual(p.properties.name, ['Halis Bektas']);
  assert.deepEqual(p.properties.birthDate, ['1966-02-13']);
  assert.deepEqual(p.properties.program, ['SYRIA', 'FSE-SY']);
  assert.deepEqual(p.properties.listingDate, ['2014-12-17']);
  assert.deepEqual(byId.get('ofac-adv-17526-doc-X0906223')!.properties.country, ['ch']);
  const q = byId.get('ofac-adv-26182')!;
  assert.deepEqual(q.properties.gender, ['male']);
  assert.deepEqual(q.properties.citizenship, ['tr']);
});

test('ofac advanced gives the same names and birth year as the consolidated XML for uid 9641', async () => {
  const adv = (await readAllOnce(ADV)).byId.get('ofac-adv-9641')!;
  const cons = (await readAllOnce(listFile('ofac/consolidated_nonsdn_2026-01-08.xml'))).byId.get('ofac-cons-9641')!;
  assert.deepEqual(adv.properties.name, cons.properties.name);
  assert.deepEqual(adv.properties.birthDate, cons.properties.birthDate);
  assert.deepEqual([...adv.properties.alias!].sort(), [...cons.properties.alias!].sort());
});

test('ofac advanced reader refuses a truncated file', async () => {
  const xml = fs.readFileSync(ADV, 'utf8');
  const file = tempFile('adv_cut.xml', xml.slice(0, Math.floor(xml.length / 2)));
  const r = await readList(file, { format: 'ofac-advanced-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /adv_cut\.xml, line \d+/.test(e.message));
});

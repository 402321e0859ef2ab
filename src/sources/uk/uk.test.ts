import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listFile, readAllOnce } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { detectFormat, readList } from '../index.js';
import { ukDate } from './index.js';

const UK = listFile('uk/uk_sanctions_list_excerpt_2026-08-14.xml');

test('uk reads 4 designations and reports the one without UniqueID', async () => {
  assert.equal(await detectFormat(UK), 'uk-xml');
  const { all, report, list } = await readAllOnce(UK);
  assert.equal(list, 'uk-fcdo');
  assert.equal(report.records, 5);
  assert.equal(all.filter((e) => ['Person', 'Organization', 'Vessel'].includes(e.schema)).length, 4);
  assert.equal(report.warningCount, 1);
  assert.match(report.warnings[0]!.message, /No Unique Id.*no UniqueID/);
});

test('uk maps a ship: IMO, flag, previous flag, owner, type, tonnage, build year (DPR0075)', async () => {
  const { byId } = await readAllOnce(UK);
  const v = byId.get('uk-fcdo-DPR0075')!;
  assert.equal(v.schema, 'Vessel');
  assert.deepEqual(v.properties.name, ['Petrel 8']);
  assert.deepEqual(v.properties.imoNumber, ['9562233']);
  assert.deepEqual(v.properties.flag, ['km']);
  assert.deepEqual(v.properties.pastFlags, ['in']);
  assert.deepEqual(v.properties.owner, ['Global United Shipping India']);
  assert.deepEqual(v.properties.type, ['Bulk Carrier']);
  assert.deepEqual(v.properties.buildDate, ['2011']);
  assert.deepEqual(v.properties.alias, ['Jal Vahini', 'Jal_Vahini', 'Tian Tai 36']);
});

test('uk maps placeholder and full birth dates, Arabic names, passports (AFG0011)', async () => {
  const { byId } = await readAllOnce(UK);
  const p = byId.get('uk-fcdo-AFG0011')!;
  assert.deepEqual(p.properties.name, ['ABDUL LATIF MANSUR']);
  assert.ok(p.properties.alias!.includes('عبد اللطيف منصور'));
  assert.deepEqual(p.properties.birthDate, ['1968', '1967-11-12']);
  assert.deepEqual(p.properties.passportNumber, ['D0009720', 'D0010442']);
  assert.deepEqual(byId.get('uk-fcdo-AFG0011-doc-D0009720')!.properties.country, ['af']);
  assert.deepEqual(p.properties.programId, ['AFG0011', 'TAi.007']);
  assert.deepEqual(p.properties.listingDate, ['2001-01-31']);
});

test('uk alias strength: low quality a.k.a. are weak aliases; a leading-zero national id is kept (AQD0128)', async () => {
  const { byId } = await readAllOnce(UK);
  const p = byId.get('uk-fcdo-AQD0128')!;
  assert.deepEqual(p.properties.weakAlias, ['Abu Akram', 'Abu Jarrah']);
  assert.deepEqual(p.properties.idNumber, ['0075258']);
  assert.deepEqual(p.properties.birthDate, ['1974', '1975', '1979', '1958-09', '1985']);
});

test('uk dates: DD/MM/YYYY with dd and mm placeholders', () => {
  assert.equal(ukDate('12/11/1967'), '1967-11-12');
  assert.equal(ukDate('dd/09/1958'), '1958-09');
  assert.equal(ukDate('dd/mm/1968'), '1968');
  assert.equal(ukDate('1985'), '1985');
});

test('uk reader refuses an EU file', async () => {
  const r = await readList(listFile('eu/eu_fsf_v1.1_excerpt_2026-08-05.xml'), { format: 'uk-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /not a UK Sanctions List/.test(e.message));
});

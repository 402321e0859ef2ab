import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { listFile, readAllOnce, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { detectFormat, readList } from '../index.js';

const EU = listFile('eu/eu_fsf_v1.1_excerpt_2026-08-05.xml');

test('eu reads 4 real entities and the empty synthetic one, with a warning for it', async () => {
  assert.equal(await detectFormat(EU), 'eu-xml');
  const { byId, report, list } = await readAllOnce(EU);
  assert.equal(list, 'eu-fsf');
  assert.equal(report.records, 5);
  assert.equal(report.publishedAt, '2026-08-05T16:47:04.449+02:00');
  assert.ok(byId.has('eu-fsf-999999'));
  assert.equal(report.warningCount, 1);
  assert.match(report.warnings[0]!.where, /eu_fsf_v1\.1_excerpt_2026-08-05\.xml line \d+/);
});

test('eu maps a person: names, gender, citizenship, birth date and place (logicalId 13)', async () => {
  const { byId } = await readAllOnce(EU);
  const e = byId.get('eu-fsf-13')!;
  assert.equal(e.schema, 'Person');
  assert.deepEqual(e.properties.name, ['Saddam Hussein Al-Tikriti']);
  assert.deepEqual(e.properties.alias, ['Abu Ali', 'Abou Ali']);
  assert.deepEqual(e.properties.gender, ['male']);
  assert.deepEqual(e.properties.nationality, ['iq']);
  assert.deepEqual(e.properties.birthDate, ['1937-04-28']);
  assert.deepEqual(e.properties.birthCountry, ['iq']);
  assert.deepEqual(e.properties.program, ['IRQ']);
  assert.deepEqual(e.properties.programId, ['EU.27.28']);
});

test('eu prefers the English name with its parts as the main name and keeps the passport (logicalId 191)', async () => {
  const { byId } = await readAllOnce(EU);
  const e = byId.get('eu-fsf-191')!;
  assert.deepEqual(e.properties.name, ['Khalid Sheikh MOHAMMED']);
  assert.equal(e.properties.alias!.length, 6);
  assert.deepEqual(e.properties.birthDate, ['1965-04-14', '1964-03-01']);
  assert.deepEqual(e.properties.passportNumber, ['488555']);
  const doc = byId.get('eu-fsf-191-doc-488555')!;
  assert.equal(doc.schema, 'Passport');
  assert.equal(doc.properties.country, undefined); // "00"/UNKNOWN in the file
});

test('eu maps organisation aliases in Cyrillic, addresses and phones (logicalId 330)', async () => {
  const { byId } = await readAllOnce(EU);
  const e = byId.get('eu-fsf-330')!;
  assert.equal(e.schema, 'Organization');
  assert.deepEqual(e.properties.listingDate, ['2001-10-06']);
  assert.ok(e.properties.alias!.includes('Организация за подпомагане на Ulema, Пакистан'));
  assert.ok(e.properties.phone!.includes('497 92 63'));
  assert.deepEqual(e.properties.country, ['pk']);
  assert.ok(e.properties.address!.some((a) => a.startsWith('302b-40 Good Earth Court')));
});

test('eu reader refuses a truncated file', async () => {
  const xml = fs.readFileSync(EU, 'utf8');
  const file = tempFile('eu_cut.xml', xml.slice(0, xml.length - 200));
  const r = await readList(file, { format: 'eu-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /eu_cut\.xml, line \d+/.test(e.message));
});

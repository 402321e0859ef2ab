import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { countBy, listFile, readAllOnce, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { detectFormat, readList } from '../index.js';

const EXCERPT = listFile('ofac/sdn_xml_excerpt_2026-08-07.xml');
const CONS = listFile('ofac/consolidated_nonsdn_2026-01-08.xml');

test('ofac xml reads the 442 entries of the consolidated non-SDN list as ofac-cons', async () => {
  assert.equal(await detectFormat(CONS), 'ofac-xml');
  const { all, report, list } = await readAllOnce(CONS);
  assert.equal(list, 'ofac-cons');
  assert.equal(report.records, 442);
  assert.equal(report.publishedAt, '2026-01-08');
  const xml = fs.readFileSync(CONS, 'utf8');
  const individuals = (xml.match(/<sdnType>Individual<\/sdnType>/g) ?? []).length;
  assert.equal(countBy(all, (e) => e.schema).Person, individuals);
  // Weak a.k.a. (category weak) are weak aliases: the file has 72.
  const weak = all.reduce((n, e) => n + (e.properties.weakAlias?.length ?? 0), 0);
  assert.ok(weak >= 70 && weak <= 72, `${weak} weak aliases`);
});

test('ofac xml sdn excerpt: the same ids as the CSV (ent_num = uid), nationality, citizenship, passport with issue date', async () => {
  const { byId, list, report } = await readAllOnce(EXCERPT);
  assert.equal(list, 'ofac-sdn');
  assert.equal(report.records, 5);
  const p = byId.get('ofac-sdn-9758')!;
  assert.deepEqual(p.properties.name, ['Dawood IBRAHIM']);
  assert.deepEqual(p.properties.alias, ['Dawood EBRAHIM']);
  assert.deepEqual(p.properties.nationality, ['in']);
  assert.deepEqual(p.properties.citizenship, ['in', 'pk', 'ae']);
  assert.deepEqual(p.properties.birthDate, ['1955-12-26']);
  assert.deepEqual(p.properties.birthCountry, ['in']);
  assert.deepEqual(p.properties.program, ['SDNTK', 'SDGT']);
  const doc = byId.get('ofac-sdn-9758-doc-M110522')!;
  assert.equal(doc.schema, 'Passport');
  assert.deepEqual(doc.properties.issueDate, ['1978-11-13']);
  assert.deepEqual(doc.properties.country, ['in']);
  const ship = byId.get('ofac-sdn-4238')!;
  assert.equal(ship.schema, 'Vessel');
  assert.deepEqual(ship.properties.callSign, ['CL2192']);
  assert.deepEqual(ship.properties.flag, ['cu']);
  // The CSV of 2024 names the same vessel with the same id.
  const csv = await readAllOnce(listFile('ofac/sdn_2024-05-03.csv'));
  assert.deepEqual(csv.byId.get('ofac-sdn-4238')!.properties.callSign, ['CL2192']);
});

test('ofac xml reader refuses a UK list file', async () => {
  const r = await readList(listFile('uk/uk_sanctions_list_excerpt_2026-08-14.xml'), { format: 'ofac-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /not an OFAC sdnList/.test(e.message));
});

test('ofac xml reader refuses a duplicate uid', async () => {
  const xml = fs.readFileSync(EXCERPT, 'utf8');
  const entry = /<sdnEntry>[\s\S]*?<\/sdnEntry>/.exec(xml)![0];
  const file = tempFile('sdn_dup.xml', xml.replace(entry, entry + entry));
  const r = await readList(file);
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /duplicate id ofac-sdn-36/.test(e.message));
});

test('ofac xml warns when the header Record_Count disagrees with the entries found', async () => {
  const xml = fs.readFileSync(EXCERPT, 'utf8').replace('<Record_Count>5</Record_Count>', '<Record_Count>6</Record_Count>');
  const file = tempFile('sdn_count.xml', xml);
  const { report } = await readAllOnce(file);
  assert.equal(report.records, 5);
  assert.equal(report.warningCount, 1);
  assert.match(report.warnings[0]!.message, /Record_Count says 6 entries, the file holds 5/);
});

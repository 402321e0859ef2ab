import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { countBy, listFile, readAllOnce, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { readList } from '../index.js';

const UN = listFile('un/un_consolidated_2026-02-27.xml');

test('un reads 730 individuals and 273 entities from the 2026-02-27 list', async () => {
  const { all, report, list } = await readAllOnce(UN);
  const schemata = countBy(all, (e) => e.schema);
  assert.equal(list, 'un');
  assert.equal(schemata.Person, 730);
  assert.equal(schemata.Organization, 273);
  assert.equal(report.records, 1003);
  assert.equal(report.entities, all.length);
  assert.equal(report.publishedAt, '2026-02-27T00:00:09.554Z');
  // Documents: one entity per distinct numbered INDIVIDUAL_DOCUMENT (an independent count).
  const xml = fs.readFileSync(UN, 'utf8');
  const numbered = (xml.match(/<INDIVIDUAL_DOCUMENT>[\s\S]*?<\/INDIVIDUAL_DOCUMENT>/g) ?? []).filter((d) => /<NUMBER>\s*\S/.test(d)).length;
  const docs = (schemata.Passport ?? 0) + (schemata.Identification ?? 0);
  assert.ok(docs > 400 && docs <= numbered, `${docs} documents of ${numbered} numbered`);
  // Names in original script become aliases: 378 NAME_ORIGINAL_SCRIPT elements in the file.
  const scripts = xml.match(/<NAME_ORIGINAL_SCRIPT>/g)!.length;
  const nonLatinAliases = all.flatMap((e) => e.properties.alias ?? []).filter((a) => /[\u0600-\u06ff\u0400-\u04ff\uac00-\ud7af\u4e00-\u9fff]/.test(a)).length;
  assert.ok(nonLatinAliases >= scripts - 10, `${nonLatinAliases} non-Latin aliases for ${scripts} originals`);
});

test('un maps an Arabic-script name, a year range birth date, places and nationality (QDi.314)', async () => {
  const { byId } = await readAllOnce(UN);
  const e = byId.get('un-QDi.314')!;
  assert.equal(e.schema, 'Person');
  assert.deepEqual(e.provenance, { list: 'un', sourceId: 'QDi.314' });
  assert.deepEqual(e.properties.name, ['ABDERRAHMANE OULD EL AMAR']);
  assert.ok(e.properties.alias!.includes('عبد الرحمن ولد العامر'));
  assert.ok(e.properties.alias!.includes('Ahmed el Tilemsi'));
  assert.deepEqual(e.properties.birthDate, ['1977/1982']);
  assert.deepEqual(e.properties.birthPlace, ['Tabankort, Mali']);
  assert.deepEqual(e.properties.birthCountry, ['ml']);
  assert.deepEqual(e.properties.nationality, ['ml']);
  assert.deepEqual(e.properties.program, ['Al-Qaida']);
  assert.deepEqual(e.properties.listingDate, ['2013-02-22']);
  assert.match(e.properties.notes![0]!, /^Reportedly deceased as of December 2014/);
  assert.ok(e.properties.address!.includes('Gao, Mali'));
});

test('un maps approximate and year-only births, weak aliases, titles and a passport (TAi.011)', async () => {
  const { byId } = await readAllOnce(UN);
  const e = byId.get('un-TAi.011')!;
  assert.deepEqual(e.properties.name, ['AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED']);
  assert.deepEqual(e.properties.birthDate, ['1960~', '1966']);
  assert.deepEqual(e.properties.weakAlias, ['Naib Imam']);
  assert.ok(e.properties.alias!.includes('اختر محمد منصور شاه محمد'));
  assert.ok(e.properties.alias!.includes('Akhtar Muhammad Mansoor'));
  assert.deepEqual(e.properties.title, ['Maulavi', 'Mullah']);
  assert.deepEqual(e.properties.passportNumber, ['SE-011697']);
  assert.deepEqual(e.properties.birthPlace, ['Band-e-Timur village, Maiwand District, Kandahar Province, Afghanistan']);
  const doc = byId.get('un-TAi.011-doc-SE011697')!;
  assert.equal(doc.schema, 'Passport');
  assert.deepEqual(doc.properties.holder, ['un-TAi.011']);
  assert.deepEqual(doc.properties.number, ['SE-011697']);
  assert.deepEqual(doc.properties.country, ['af']);
  assert.deepEqual(doc.properties.issueDate, ['1988-01-25']);
});

test('un maps several nationalities and both passports and the national id of QDi.430', async () => {
  const { byId } = await readAllOnce(UN);
  const e = byId.get('un-QDi.430')!;
  assert.deepEqual(e.properties.nationality, ['tt', 'us']);
  assert.deepEqual(e.properties.birthDate, ['1967-07-04']);
  assert.deepEqual(e.properties.passportNumber, ['TB162181', '420985453']);
  assert.deepEqual(e.properties.idNumber, ['19670704052']);
  assert.deepEqual(byId.get('un-QDi.430-doc-19670704052')!.schema, 'Identification');
  assert.deepEqual(byId.get('un-QDi.430-doc-19670704052')!.properties.type, ['National Identification Number']);
});

test('un entity aliases with "a.k.a." are aliases and "f.k.a." are previous names', async () => {
  const { all } = await readAllOnce(UN);
  const orgs = all.filter((e) => e.schema === 'Organization');
  assert.ok(orgs.filter((e) => e.properties.alias?.length).length > 150);
  assert.ok(orgs.some((e) => e.properties.previousName?.length));
});

test('un ids are stable between the January and February lists', async () => {
  const jan = await readAllOnce(listFile('un/un_consolidated_2026-01-28.xml'));
  const feb = await readAllOnce(UN);
  const common = [...feb.byId.keys()].filter((id) => jan.byId.has(id) && !id.includes('-doc-'));
  assert.ok(common.length > 990, `${common.length} subjects in both`);
});

test('un reader refuses a truncated file naming the file and line', async () => {
  const xml = fs.readFileSync(UN, 'utf8');
  const file = tempFile('un_truncated.xml', xml.slice(0, 50_000));
  const r = await readList(file, { format: 'un-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /un_truncated\.xml, line \d+/.test(e.message) && /malformed XML/.test(e.message));
});

test('un reader refuses malformed XML (mismatched tag) with its line', async () => {
  const file = tempFile('un_bad.xml', '<?xml version="1.0"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATA>\n</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n');
  const r = await readList(file, { format: 'un-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /un_bad\.xml, line 4/.test(e.message));
});

test('un reader refuses an OFAC file given as UN', async () => {
  const r = await readList(listFile('ofac/sdn_xml_excerpt_2026-08-07.xml'), { format: 'un-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /not a UN Consolidated List/.test(e.message) && /sdn_xml_excerpt_2026-08-07\.xml/.test(e.message));
});

test('un reader refuses invalid UTF-8 naming the line', async () => {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>');
  const bad = Buffer.from([0x4a, 0xe9, 0x72, 0xf4, 0x6d, 0x65]); // "Jérôme" in Latin-1
  const tail = Buffer.from('</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n');
  const file = tempFile('un_latin1.xml', Buffer.concat([head, bad, tail]));
  const r = await readList(file, { format: 'un-xml' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /invalid UTF-8/.test(e.message) && /un_latin1\.xml, line 4/.test(e.message));
});

test('un reader refuses two records with one reference number', async () => {
  const rec = '<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER></INDIVIDUAL>\n';
  const file = tempFile('un_dup.xml', `<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n${rec}${rec}</INDIVIDUALS></CONSOLIDATED_LIST>\n`);
  const r = await readList(file);
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /duplicate id un-QDi\.999/.test(e.message) && /un_dup\.xml/.test(e.message));
});

test('un leaves out a name part written "na" (not available): TAi.153 is FAIZULLAH KHAN NOORZAI', async () => {
  const { all } = await readAllOnce(UN);
  const e = all.find((x) => x.id === 'un-TAi.153')!;
  assert.deepEqual(e.properties.name, ['FAIZULLAH KHAN NOORZAI']);
});

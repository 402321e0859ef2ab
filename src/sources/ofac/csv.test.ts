import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { countBy, listFile, readAllOnce, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { detectFormat, readList } from '../index.js';

const SDN_2024 = listFile('ofac/sdn_2024-05-03.csv');
const SET_2021 = listFile('ofac/set_2021-07/sdn.csv');

/** An independent count of the SDN types: the third column, read with a plain split. */
function typeCounts(file: string): Record<string, number> {
  const rows = fs.readFileSync(file, 'latin1').split('\r\n').filter((l) => /^\d+,/.test(l));
  return countBy(rows, (l) => (/^\d+,"(?:[^"]|"")*",("[^"]*"|-0- )/.exec(l)?.[1] ?? '?').replace(/"/g, '').trim());
}

test('ofac csv reads the 14,965 rows of sdn 2024-05-03: 6,854 individuals, 851 vessels, 376 aircraft', async () => {
  assert.equal(await detectFormat(SDN_2024), 'ofac-csv');
  const { all, report, list } = await readAllOnce(SDN_2024);
  const schemata = countBy(all, (e) => e.schema);
  const independent = typeCounts(SDN_2024);
  assert.equal(list, 'ofac-sdn');
  assert.equal(report.records, 14965);
  assert.equal(schemata.Person, 6854);
  assert.equal(schemata.Vessel, 851);
  assert.equal(schemata.Airplane, 376);
  assert.equal(schemata.Person, independent.individual);
  assert.equal(schemata.Organization, 14965 - 6854 - 851 - 376);
});

test('ofac csv reads the 14,670 rows of the week before (2024-04-25)', async () => {
  const { report } = await readAllOnce(listFile('ofac/sdn_2024-04-25.csv'));
  assert.equal(report.records, 14670);
  assert.equal(report.warningCount, 0);
});

test('ofac csv maps a tanker: IMO, MMSI, call sign, flags, type, tonnage and former name (ARTAVIL)', async () => {
  const { byId } = await readAllOnce(SDN_2024);
  const v = byId.get('ofac-sdn-15036')!;
  assert.equal(v.schema, 'Vessel');
  assert.deepEqual(v.properties.name, ['ARTAVIL']);
  assert.deepEqual(v.properties.imoNumber, ['9187629']);
  assert.deepEqual(v.properties.mmsi, ['572469210']);
  assert.deepEqual(v.properties.callSign, ['T2EU4']);
  assert.deepEqual(v.properties.flag, ['ir']);
  assert.deepEqual(v.properties.pastFlags, ['mt', 'tv', 'tz']);
  assert.deepEqual(v.properties.type, ['Crude/Oil Products Tanker']);
  assert.deepEqual(v.properties.tonnage, ['99,144']);
  assert.deepEqual(v.properties.previousName, ['ALPHA']);
  assert.deepEqual(v.properties.program, ['IRAN']);
});

test('ofac csv vessels with an IMO in the remarks all get that imoNumber', async () => {
  const { byId } = await readAllOnce(SDN_2024);
  const rows = fs.readFileSync(SDN_2024, 'latin1').split('\r\n').filter((l) => /,"vessel",/.test(l) && /IMO \d{7}/.test(l));
  assert.ok(rows.length > 800);
  for (const l of rows) {
    const e = byId.get(`ofac-sdn-${l.split(',')[0]}`)!;
    assert.ok(e.properties.imoNumber?.includes(/IMO (\d{7})/.exec(l)![1]!), l);
  }
});

test('ofac csv reads every birth date shape: ranges of years and of days, circa, month-year, several', async () => {
  const { byId } = await readAllOnce(SDN_2024);
  assert.deepEqual(byId.get('ofac-sdn-12057')!.properties.birthDate, ['1951/1953', '1960/1962', '1961-04', '1953']);
  assert.deepEqual(byId.get('ofac-sdn-15962')!.properties.birthDate, ['1961-01-01/1962-12-31']);
  assert.deepEqual(byId.get('ofac-sdn-7782')!.properties.birthDate, ['1951~']);
  assert.deepEqual(byId.get('ofac-sdn-7782')!.properties.birthCountry, ['ba']);
  const p = byId.get('ofac-sdn-12057')!;
  assert.deepEqual(p.properties.name, ['Mohammad Reza NAQDI']);
  assert.deepEqual(p.properties.lastName, ['NAQDI']);
  assert.deepEqual(p.properties.program, ['SDGT', 'NPWMD', 'IRGC', 'IFSR', 'IRAN-HR', 'IRAN-EO13876']);
  assert.deepEqual(p.properties.nationality, ['ir']);
  assert.deepEqual(p.properties.gender, ['male']);
  assert.deepEqual(p.properties.birthPlace, ['Najaf, Iraq', 'Tehran, Iran']);
});

test('ofac csv passports become Passport entities with number and country', async () => {
  const { byId } = await readAllOnce(SDN_2024);
  const p = byId.get('ofac-sdn-15962')!;
  assert.deepEqual(p.properties.passportNumber, ['U14624657']);
  const doc = byId.get('ofac-sdn-15962-doc-U14624657')!;
  assert.equal(doc.schema, 'Passport');
  assert.deepEqual(doc.properties.country, ['ir']);
  assert.deepEqual(doc.properties.holder, ['ofac-sdn-15962']);
});

test('ofac csv set 2021-07 joins aliases, addresses and overflowing remarks by ent_num', async () => {
  const { byId, report } = await readAllOnce(SET_2021);
  assert.equal(report.records, 8976);
  const bank = byId.get('ofac-sdn-306')!;
  assert.deepEqual(bank.properties.alias, ['BNC', 'NATIONAL BANK OF CUBA']);
  assert.ok(bank.properties.address!.includes('Zweierstrasse 35, Zurich CH-8022, Switzerland'));
  assert.ok(bank.properties.country!.includes('ch'));
  // 12300's remarks continue in sdn_comments.csv: the links named there are in its notes.
  const p = byId.get('ofac-sdn-12300')!;
  assert.match(p.properties.notes![0]!, /PROMO RAIZ S\.A\.S\.; Linked To: RED MUNDIAL INMOBILIARIA/);
  assert.deepEqual(p.properties.birthDate, ['1965-05-13', '1968-04-13', '1964-07-07']);
  assert.deepEqual(p.properties.idNumber, ['7548733', '70163752', '172489729-1', 'CIVJ650513HNEFLR06', 'OUVS640707HTSSLR07']);
  // Every alias row of alt.csv lands on its entity.
  const altRows = fs.readFileSync(path.join(path.dirname(SET_2021), 'alt.csv'), 'latin1').split('\n').filter((l) => /^\d+,/.test(l)).length;
  const { all } = await readAllOnce(SET_2021);
  const aliases = all.reduce((n, e) => n + (e.properties.alias?.length ?? 0) + (e.properties.previousName?.length ?? 0) + (e.properties.weakAlias?.length ?? 0), 0);
  assert.ok(aliases >= altRows * 0.95, `${aliases} names for ${altRows} alt rows`);
});

test('ofac csv refuses a row with the wrong number of columns, naming file and line', async () => {
  const lines = fs.readFileSync(SDN_2024, 'latin1').split('\r\n').slice(0, 5);
  lines[2] = lines[2]!.replace(/,[^,]*$/, '');
  const file = tempFile('sdn_short.csv', lines.join('\r\n') + '\r\n');
  const r = await readList(file, { format: 'ofac-csv' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /sdn_short\.csv, line 3/.test(e.message) && /expected 12 columns/.test(e.message));
});

test('ofac csv refuses a duplicate ent_num', async () => {
  const lines = fs.readFileSync(SDN_2024, 'latin1').split('\r\n').slice(0, 3);
  const file = tempFile('sdn_dup.csv', [...lines, lines[1]].join('\r\n') + '\r\n');
  const r = await readList(file, { format: 'ofac-csv' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /duplicate id ofac-sdn-173/.test(e.message));
});

test('ofac csv refuses invalid UTF-8 naming the line', async () => {
  const file = tempFile('sdn_latin1.csv', Buffer.concat([
    Buffer.from('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'),
    Buffer.from('37,"CAF'), Buffer.from([0xc9]), Buffer.from(' CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'),
  ]));
  const r = await readList(file, { format: 'ofac-csv' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /invalid UTF-8/.test(e.message) && /sdn_latin1\.csv, line 2/.test(e.message));
});

test('ofac csv reader refuses a UN XML file', async () => {
  const r = await readList(listFile('un/un_consolidated_2026-02-27.xml'), { format: 'ofac-csv' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /un_consolidated_2026-02-27\.xml, line 1/.test(e.message));
});

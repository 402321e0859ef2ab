import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { countBy, listFile, readAllOnce, tempFile } from '../common/testing.js';
import { InputError } from '../../errors.js';
import { detectFormat, readList } from '../index.js';

const CLUSTER = listFile('ftm/yente_zala_sanctions_cluster.ftm.json');
const EUFTM = listFile('ftm/yente_t1_eu_fsf.ftm.json');

test('ftm reads the 91-entity cluster with schemata as published and links prefixed like ids', async () => {
  assert.equal(await detectFormat(CLUSTER), 'ftm');
  const { all, byId, list, report } = await readAllOnce(CLUSTER);
  assert.equal(list, 'ftm-yente_zala_sanctions_cluster');
  assert.equal(report.records, 91);
  const lines = fs.readFileSync(CLUSTER, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { schema: string });
  assert.deepEqual(countBy(all, (e) => e.schema), countBy(lines, (l) => l.schema));
  // Every Ownership's owner and asset point at entities of the same reading.
  for (const o of all.filter((e) => e.schema === 'Ownership')) {
    for (const id of [...(o.properties.owner ?? []), ...(o.properties.asset ?? [])]) assert.ok(byId.has(id), id);
  }
});

test('ftm reads the 7 EU entities in many scripts', async () => {
  const { all } = await readAllOnce(EUFTM);
  assert.equal(all.length, 7);
  assert.ok(all.some((e) => (e.properties.name ?? []).some((n) => /[\u0400-\u04ff]/.test(n)) || (e.properties.alias ?? []).some((n) => /[\u0400-\u04ff]/.test(n))));
});

test('ftm refuses a line that is not JSON, naming the line', async () => {
  const good = fs.readFileSync(EUFTM, 'utf8').split('\n')[0];
  const file = tempFile('bad.ftm.json', `${good}\n{"id": "x", "schema": "Person", \n`);
  const r = await readList(file, { format: 'ftm' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /bad\.ftm\.json, line 2/.test(e.message));
});

test('ftm refuses an unknown schema', async () => {
  const file = tempFile('odd.ftm.json', '{"id": "x1", "schema": "Spaceship", "properties": {"name": ["Enterprise"]}}\n');
  const r = await readList(file, { format: 'ftm' });
  await assert.rejects(async () => { for await (const _ of r.entities); }, (e: unknown) => e instanceof InputError && /unknown schema/.test(e.message) && /line 1/.test(e.message));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../model/entity.js';
import { MatchIndex } from './index.js';

const e = (id: string, schema: string, props: Record<string, string[]>): Entity => ({ id, schema, properties: props });

function listed(): MatchIndex {
  const idx = new MatchIndex();
  idx.add(e('p1', 'Person', { name: ['Vladimir Vladimirovich PUTIN'], alias: ['Владимир Путин'], birthDate: ['1952-10-07'] }));
  idx.add(e('p2', 'Person', { name: ['Muhammad al-Masri'], birthDate: ['1965~'] }));
  idx.add(e('p3', 'Person', { name: ['KIM Jong Un'], alias: ['김정은'] }));
  idx.add(e('v1', 'Vessel', { name: ['OCEAN STAR'], imoNumber: ['9187629'] }));
  idx.add(e('c1', 'Company', { name: ['JSC ARGUMENT'] }));
  idx.add(e('s1', 'Sanction', { entity: ['p1'] }));
  return idx;
}

test('the index finds listed people under other scripts, spellings and word orders', () => {
  const idx = listed();
  assert.equal(idx.size, 5, 'the Sanction is not indexed');
  assert.equal(idx.search(e('q', 'Person', { name: ['Putin, Vladimir'] }))[0]?.entity.id, 'p1');
  assert.equal(idx.search(e('q', 'Person', { name: ['Mohamed El Masri'] }))[0]?.entity.id, 'p2');
  assert.equal(idx.search(e('q', 'Person', { name: ['محمد المصري'] }))[0]?.entity.id, 'p2');
  assert.equal(idx.search(e('q', 'Person', { name: ['Kim Jong-un'] }))[0]?.entity.id, 'p3');
  assert.equal(idx.search(e('q', 'Company', { name: ['JSCARGUMENT'] }))[0]?.entity.id, 'c1');
});

test('a vessel is found by its IMO number under a new name, and person queries never hit vessels', () => {
  const idx = listed();
  assert.equal(idx.search(e('q', 'Vessel', { name: ['SEA DRAGON'], imoNumber: ['IMO 9187629'] }))[0]?.entity.id, 'v1');
  assert.equal(idx.search(e('q', 'Person', { name: ['Ocean Star'] })).length, 0);
});

test('removed entities are no longer found; schemata filter the hits', () => {
  const idx = listed();
  assert.ok(idx.remove('p1'));
  assert.equal(idx.search(e('q', 'Person', { name: ['Vladimir Putin'] })).length, 0);
  assert.equal(idx.search(e('q', 'LegalEntity', { name: ['Kim Jong Un'] }), { schemata: ['Company'] }).length, 0);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyHashSet, keyHash, KeyTable } from './key-table.js';

test('the key table keeps every key apart through its growth, like a Map', () => {
  const table = new KeyTable(4);
  const map = new Map<string, number>();
  // Keys like the index's: prefixes and near-identical strings that a weak hash would merge.
  for (let i = 0; i < 200_000; i++) {
    const key = `${'kspcej'[i % 6]}:${(i * 7919).toString(36)}${i % 3 ? 'a' : 'b'}`;
    const value = i % 5 ? i : -1 - i;
    table.set(key, value);
    map.set(key, value);
  }
  assert.equal(table.size, map.size);
  for (const [key, value] of map) assert.equal(table.get(key), value, key);
  assert.equal(table.get('k:absent'), undefined);
  assert.equal(table.get(''), undefined);
});

test('setting a key again replaces its value; the empty key is a key', () => {
  const fresh = new KeyTable();
  fresh.set('', 5);
  fresh.get('x');
  assert.equal(fresh.get(''), 5);
  const table = new KeyTable();
  table.set('j:abc', 3);
  table.set('j:abc', -7);
  table.set('', 0);
  assert.equal(table.get('j:abc'), -7);
  assert.equal(table.get(''), 0);
  assert.equal(table.size, 2);
});

test('KeyHashSet: hasAny is true exactly when one of the keys is in the set', () => {
  const inSet = new Set<string>();
  for (let i = 0; i < 300; i++) inSet.add(`k:word${i}`);
  inSet.add('');
  const set = new KeyHashSet(inSet);
  const ask = (keys: string[]) => set.hasAny(keys, Int32Array.from(keys, keyHash));
  assert.equal(ask([]), false);
  assert.equal(ask(['k:word300', 's:word1', 'k:word']), false);
  assert.equal(ask(['k:absent', 'k:word299']), true);
  assert.equal(ask(['']), true);
  for (let i = 0; i < 2000; i++) {
    const keys = [`p:x${i}`, `k:word${i}`, `e:${i}`];
    assert.equal(ask(keys), i < 300, keys.join(' '));
  }
});

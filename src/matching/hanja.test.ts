import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../model/entity.js';
import { hanjaSyllables } from './east-asian.js';
import { compare, DEFAULT_THRESHOLDS, MatchIndex } from './index.js';

const person = (id: string, name: string): Entity => ({ id, schema: 'Person', properties: { name: [name] } });

test('a Korean name in Han characters is read the Korean way, a family name with its document spellings', () => {
  const syl = hanjaSyllables('金正恩')!;
  assert.ok(syl[0]!.includes('kim'), JSON.stringify(syl));
  assert.deepEqual(syl.slice(1), [['jeong'], ['eun']]);
  assert.ok(hanjaSyllables('李英浩')![0]!.includes('lee'));
  assert.equal(hanjaSyllables('金'), undefined, 'one character is not a name to read');
});

test('Korean names in Han characters match their Latin spellings and are found by the index', () => {
  for (const [han, latin] of [['金正恩', 'Kim Jong Un'], ['朴槿惠', 'Park Geun-hye'], ['崔龍海', 'CHOE Ryong Hae']] as const) {
    const r = compare(person('q', han), person('c', latin));
    assert.ok(r.score >= DEFAULT_THRESHOLDS.block, `${han} / ${latin}: ${r.score}`);
  }
  // Pinyin still counts: the same characters of a Chinese name.
  assert.ok(compare(person('q', '习近平'), person('c', 'Xi Jinping')).score >= DEFAULT_THRESHOLDS.block);
  const idx = new MatchIndex();
  idx.add(person('kju', 'KIM Jong Un'));
  idx.add(person('kjs', 'KIM Jong Sik'));
  idx.add(person('xjp', 'Xi Jinping'));
  idx.add(person('han', '崔龍海'));
  assert.equal(idx.search(person('q', '金正恩'))[0]?.entity.id, 'kju');
  assert.equal(idx.search(person('q', 'Choe Ryong-hae'))[0]?.entity.id, 'han');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from './compare.js';
import { englishReading, frenchReading } from './russian-readings.js';
import type { Entity } from '../model/entity.js';

const person = (name: string): Entity => ({ id: name, schema: 'Person', properties: { name: [name] } }) as Entity;
const score = (a: string, b: string) => compare(person(a), person(b)).score;

test('a Latin word is read the way Russian transcribes English and French names', () => {
  // In the romanisation text.ts gives Cyrillic: дж dzh, ж zh, х kh, й y, ю yu.
  assert.equal(englishReading('george'), 'dzhordzh');
  assert.equal(englishReading('kate'), 'keyt');
  assert.equal(englishReading('white'), 'uayt');
  assert.equal(englishReading('wright'), 'rayt');
  assert.equal(englishReading('eugene'), 'yudzhin');
  assert.equal(englishReading('moore'), 'mur');
  assert.equal(frenchReading('jules'), 'zhyul');
  assert.equal(frenchReading('courtois'), 'kurtua');
  assert.equal(frenchReading('changeux'), 'shanzhe');
});

test('English and French names in Cyrillic meet their Latin spelling', () => {
  for (const [a, b] of [['Рид', 'Reade'], ['Джордж', 'George'], ['Уайт', 'White'], ['Гейтс', 'Gates'], ['Джеффрис', 'Jeffries'], ['Жюль', 'Jules'], ['Куртуа', 'Courtois'], ['Джордж Буш', 'George Bush']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
  // Other names stay apart: the reading has to be close, not merely alike.
  for (const [a, b] of [['Рид', 'Rudd'], ['Кейт', 'Kurt'], ['Джордж', 'Gregory'], ['Уайт', 'Watts']]) {
    assert.ok(score(a!, b!) < 0.62, `${a} / ${b}: ${score(a!, b!)}`);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from './compare.js';
import { palladiusSyllables } from './palladius.js';
import type { Entity } from '../model/entity.js';

const entity = (name: string, schema = 'Person'): Entity => ({ id: name, schema, properties: { name: [name] } }) as Entity;
const score = (a: string, b: string, schema = 'Person') => compare(entity(a, schema), entity(b, schema)).score;

test('Palladius spellings read as Pinyin syllables', () => {
  assert.deepEqual(palladiusSyllables('Цзиньпин'), [['jin'], ['ping']]);
  assert.deepEqual(palladiusSyllables('Сяопин'), [['xiao'], ['ping']]);
  assert.deepEqual(palladiusSyllables('Кэцян'), [['ke'], ['qiang']]);
  assert.equal(palladiusSyllables('Петров'), undefined);
});

test('a Chinese name written in Cyrillic meets its Pinyin and Wade-Giles spellings', () => {
  for (const [a, b] of [['Си Цзиньпин', 'Xi Jinping'], ['Дэн Сяопин', 'Deng Xiaoping'], ['Дэн Сяопин', 'Teng Hsiao-ping'], ['Ли Кэцян', 'Li Keqiang'], ['Ван Ицзюнь', 'Wang Yijun'], ['Чжан Имоу', 'Zhang Yimou'], ['Ли Пэн', 'Lee Peng']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
  // Korean names keep their Korean reading; Russian names and organisations are untouched.
  assert.ok(score('Ким Чен Ын', 'Kim Jong Un') >= 0.85);
  assert.ok(score('Ван Гог', 'Van Gogh') >= 0.8);
  assert.ok(score('ООО Ромашка', 'Romashka LLC', 'Organization') >= 0.9);
  assert.ok(score('ООО Ромашка', 'ООО Лютик', 'Organization') < 0.2);
});

test('a Japanese name written in Cyrillic (Polivanov) meets its Hepburn spelling', () => {
  for (const [a, b] of [['Синдзо Абэ', 'Shinzo Abe'], ['Ито Кэндзи', 'Kenji Ito'], ['Асахара Сёко', 'Shoko Asahara'], ['Хаттори Хандзо', 'Hattori Hanzo']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from './compare.js';
import { cyrillicKoreanName } from './cyrillic-korean.js';
import type { Entity } from '../model/entity.js';

const person = (name: string): Entity => ({ id: name, schema: 'Person', properties: { name: [name] } }) as Entity;
const score = (a: string, b: string) => compare(person(a), person(b)).score;

test('a Korean name written in Cyrillic meets its Latin spellings syllable by syllable', () => {
  for (const [a, b] of [['Ким Чен Ын', 'Kim Jong Un'], ['Ким Ир Сен', 'Kim Il Sung'], ['Чхве Рён Хэ', 'Choe Ryong Hae'], ['Пак Пон Чжу', 'Pak Pong Ju'], ['Ли Сын Ман', 'Lee Seung-man'], ['Ри Пён Чхоль', 'Ri Pyong Chol'], ['Ким Ё Чжон', 'Kim Yo Jong']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
});

test('another Korean name in Cyrillic stays apart, and Russian names are not read as Korean', () => {
  assert.ok(score('Ким Ён Чхоль', 'Kim Jong Un') < 0.62);
  assert.ok(score('Ким Чен Ын', 'Kim Jong Il') < 0.62);
  assert.equal(cyrillicKoreanName(['Ким', 'Петрович']), undefined);
  assert.equal(cyrillicKoreanName(['Хан', 'Каримов']), undefined);
  assert.ok(cyrillicKoreanName(['Ким', 'Чен', 'Ын']));
});

test('Uzbek Latin x is the kh of Russian spellings', () => {
  assert.ok(score("Xo'jayev Rustam", 'Khodzhaev Rustam') >= 0.85);
  assert.ok(score('Shavkat Maxmudov', 'Шавкат Махмудов') >= 0.85);
});

test('a Korean name in Cyrillic, Hangul or Han characters meets itself across the three scripts', () => {
  for (const [a, b] of [['Ким Чен Ын', '김정은'], ['Ким Чен Ын', '金正恩'], ['김정은', '金正恩'], ['Чхве Рён Хэ', '최룡해']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
  assert.ok(score('Ким Ён Чхоль', '김정은') < 0.62);
  assert.ok(score('习近平', '김정은') < 0.62);
});

test('Kazakh and Uzbek Latin j is the zh of Russian spellings', () => {
  assert.ok(score('Қасым-Жомарт Тоқаев', 'Kassym-Jomart Tokayev') >= 0.85);
  assert.ok(score('Zhumaboy Jurayev', 'Jumaboy Zhuraev') >= 0.85);
});

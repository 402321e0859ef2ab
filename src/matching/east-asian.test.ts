import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from './compare.js';
import { syllablesMatch } from './east-asian.js';
import { MatchIndex } from './match-index.js';
import type { Entity } from '../model/entity.js';

const person = (name: string): Entity => ({ id: name, schema: 'Person', properties: { name: [name] } }) as Entity;
const score = (a: string, b: string) => compare(person(a), person(b)).score;

test('a Latin word splits into one spelling per syllable, whatever the romanisation', () => {
  assert.ok(syllablesMatch([['jeong'], ['eun']], 'jongun', true));
  assert.ok(syllablesMatch([['jin'], ['ping']], 'chinping', false));
  assert.ok(syllablesMatch([['xi']], 'hsi', false));
  assert.ok(syllablesMatch([['ze'], ['dong']], 'tsetung', false));
  assert.ok(syllablesMatch([['lyong']], 'yong', true)); // 룡: Ryong in the North, Yong in the South
  // Another syllable, or another number of syllables, is another name.
  assert.ok(!syllablesMatch([['seo'], ['yul']], 'chol', true));
  assert.ok(!syllablesMatch([['wen']], 'shen', false));
  assert.ok(!syllablesMatch([['jin'], ['ping']], 'jin', false));
});

test('native Chinese and Korean names meet their document spellings', () => {
  for (const [a, b] of [['김정은', 'Kim Jong Un'], ['김정은', 'KIM Jong-un'], ['习近平', 'Hsi Chin-ping'], ['이명박', 'Lee Myung-bak'], ['박근혜', 'Park Geun-hye'], ['毛泽东', 'Mao Tse-tung'], ['최룡해', 'Choe Ryong Hae']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
});

test('ordinary Chinese and Korean people do not meet listed names by look-alike syllables', () => {
  for (const [a, b] of [['명서율', 'Myong Chol KANG'], ['文萍', 'Bing Shen CHEN'], ['周浩', 'Chi Shu HU'], ['韦明', 'Wai Ming LUI'], ['용재은', 'CHOE CHUN YONG'], ['강예솔', 'Myong Chol KANG'], ['陈勇', 'CHOE CHUN YONG'], ['赵彬', 'Kheng Siang CHEW']]) {
    assert.ok(score(a!, b!) < 0.62, `${a} / ${b}: ${score(a!, b!)}`);
  }
});

test('a foreign name transcribed into Hangul or Han meets its Latin spelling through its other likely spellings', () => {
  // 포드 is read "pod" first; "ford" is among its likely spellings. 奧斯卡 drops Oscar's final r.
  assert.ok(score('노부토모 포드', 'Nobutomo Ford') >= 0.62);
  assert.ok(score('奧斯卡·王爾德', 'Oscar Wilde') >= 0.62);
});

test('a foreign name transcribed into one Han or Hangul word meets its Latin spelling', () => {
  // Written without the middle dot or space of a full name, these used to be read as a native
  // family and given name ("Heng Desen") and met nothing.
  for (const [a, b] of [['亨德森', 'Henderson'], ['馬莫利安', 'Mamoulian'], ['林尼科斯', 'Lennix'], ['커밍스', 'Cummings'], ['아가시', 'Agassiz'], ['斯特西克鲁斯', 'Stesichorus']]) {
    assert.ok(score(a!, b!) >= 0.62, `${a} / ${b}: ${score(a!, b!)}`);
  }
  // A word that reads as a native name (a family name, then Sino-Korean syllables or a Chinese
  // given name) is only that: read as a foreign name it would meet Latin names by loose consonants.
  for (const [a, b] of [['夏宇轩', 'Absolom SIKOSANA'], ['祁诚', 'Kazungu'], ['聂建华', 'NUHR'], ['좌민아', "George JUME'AN"], ['봉가인', 'AH BANG'], ['洪诚', 'Kheng Siang CHEW']]) {
    assert.ok(score(a!, b!) < 0.62, `${a} / ${b}: ${score(a!, b!)}`);
  }
  // Native names still meet native names and their document spellings.
  assert.ok(score('김정은', '金正恩') >= 0.85);
  assert.ok(score('习近平', 'Xi Jinping') >= 0.95);
});

test('a one-word transcription is retrieved from the index by its Latin spelling, and the other way', () => {
  const index = new MatchIndex();
  index.addAll([person('Henderson'), person('커밍스'), person('Ahmed Hassan')]);
  assert.equal(index.search(person('亨德森'))[0]?.entity.id, 'Henderson');
  assert.equal(index.search(person('Cummings'))[0]?.entity.id, '커밍스');
});

test('Latin names written the Chinese or Korean way are compared syllable by syllable', () => {
  assert.ok(score('Jo Yon Jun', 'CHO YON CHUN') >= 0.85);
  assert.ok(score('Hsi Chin-ping', 'Xi Jinping') >= 0.85);
  assert.ok(score('Gim Jeong-eun', 'KIM Jong Un') >= 0.85);
  // Another syllable is another name, not a typing slip.
  assert.ok(score('JANG SONG CHOL', 'JO YONG CHOL') < 0.62);
  // Names that merely split into syllables (no Chinese or Korean surname) are left alone.
  assert.ok(score('Maalim Selman', 'MAALIM SALMAN') >= 0.85);
});

test('a native name meets a Latin one whatever its word breaks and two-syllable surnames', () => {
  for (const [a, b] of [['欧阳娜娜', 'Ouyang Nana'], ['欧阳娜娜', 'Nana OUYANG'], ['남궁민', 'Namgung Min'], ['김은아', 'KIM Eun-a'], ['司马南', 'Sima Nan']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
  assert.ok(score('김정은', 'Kim Jong Il') < 0.62);
});

test('the index retrieves a Latin-listed Korean name from its Hangul form, syllable by syllable', async () => {
  const { MatchIndex } = await import('./match-index.js');
  const index = new MatchIndex();
  const listed = ['Jong Un KIM', 'KIM JUNG JONG', 'KIM KYU', 'KIM KWANG-IL', 'Ryong Hae CHOE', 'CHOE CHUN YONG', 'Pyong Chol RI', 'RI SU YONG'];
  // Many more people named Kim, Choe and Ri than the index compares for one query.
  const syll = ['song', 'chol', 'nam', 'il', 'su', 'ho', 'myong', 'hyok', 'kwang', 'sok'];
  for (const family of ['KIM', 'CHOE', 'RI']) for (const a of syll) for (const b of syll) if (a !== b) listed.push(`${family} ${a} ${b}`);
  listed.forEach((n, i) => index.add({ id: `p${i}`, schema: 'Person', properties: { name: [n] } } as Entity));
  for (const [q, want] of [['김정은', 'p0'], ['최룡해', 'p4'], ['리병철', 'p6']] as const) {
    assert.equal(index.search(person(q), { limit: 1 })[0]?.entity.id, want, q);
  }
});

test('kana are read in Hepburn: small kana join the syllable before them', async () => {
  const { kanaToAscii } = await import('./text.js');
  assert.equal(kanaToAscii('キョウコ'), 'kyouko');
  assert.equal(kanaToAscii('シュミット'), 'shumitto');
  assert.equal(kanaToAscii('ウィリアム'), 'wiriamu');
  assert.equal(kanaToAscii('ティム'), 'timu');
  assert.equal(kanaToAscii('マッカーサー'), 'makkasa');
});

test('a native name with a space after its family name is still one native name', () => {
  assert.ok(score('김 정은', 'Kim Jong Un') >= 0.85);
  assert.ok(score('김 정은', 'Kim Jong Il') < 0.62);
});

test('Wade-Giles and Pinyin, McCune-Reischauer and passport spellings meet across word breaks', () => {
  for (const [a, b] of [['WEI, Xuekang', 'WEI, Hsueh Kang'], ['Mao Tse-tung', 'Mao Zedong'], ['Teng Hsiao-ping', 'Deng Xiaoping'], ['Pak Pong Ju', 'Park Bong-ju'], ['Ri Yong Ho', 'Lee Yong-ho']]) {
    assert.ok(score(a!, b!) >= 0.85, `${a} / ${b}: ${score(a!, b!)}`);
  }
  assert.ok(score('Zhang Wei', 'Zhang Wen') < 0.62);
});

test('a native name is not compared by looser whole-name spellings', () => {
  // "hechen" and "hassan" share a phonetic key; 안 "an" is not "alwan" without an article.
  for (const [a, b] of [['贺晨', 'HASSAN'], ['시서후', 'Chi Shu HU'], ['안아라', 'Alla Idin Hussain ALWAN']]) {
    assert.ok(score(a!, b!) < 0.62, `${a} / ${b}: ${score(a!, b!)}`);
  }
  assert.ok(score('김정은', 'Kimjongun') >= 0.85);
});

test('two Chinese or Korean names with different family names are two people', () => {
  assert.ok(score('Cho Yong Chol', 'KIM YONG CHOL') < 0.62);
  // Spellings of one family name are one family.
  assert.ok(score('Choi Yong Chol', 'CHOE YONG CHOL') >= 0.85);
  assert.ok(score('Lee Yong Ho', 'RI YONG HO') >= 0.85);
});

test('a foreign name in katakana meets its Latin spelling as the katakana hears it', () => {
  // チ ジ for Russian ti di, an initial ウ for v, ン before p for m; Latin th heard as s, a soft g as j.
  for (const [a, b] of [['ウラジーミル・プーチン', 'Vladimir Putin'], ['ドナルド・トランプ', 'Donald Trump'], ['ジョン・スミス', 'John Smith'], ['マーガレット・サッチャー', 'Margaret Thatcher'], ['ジョージ・ブッシュ', 'George Bush']]) {
    assert.ok(score(a!, b!) >= 0.7, `${a} / ${b}: ${score(a!, b!)}`);
  }
  assert.ok(score('جورج بوش', 'George Bush') >= 0.8);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datasetPath, isHeldOut, readPairs } from './dataset.js';
import { recall } from './evaluate.js';
import { latinVariants, romanize, unitsOf } from './index.js';
import { toAscii } from '../text.js';
import { InputError } from '../../errors.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

test('the held-out split keeps every spelling of a Latin token on one side and holds about a fifth', () => {
  const pairs = readPairs(datasetPath('hebrew'));
  const held = pairs.filter((p) => isHeldOut(p.latin));
  assert.ok(held.length / pairs.length > 0.15 && held.length / pairs.length < 0.25);
  const heldTokens = new Set(held.map((p) => p.latin));
  assert.ok(pairs.every((p) => isHeldOut(p.latin) === heldTokens.has(p.latin)));
});

test('romanize beats the plain transliteration on held-out Arabic and Hangul tokens', () => {
  for (const script of ['arabic', 'hangul'] as const) {
    const test = readPairs(datasetPath(script)).filter((p) => isHeldOut(p.latin)).slice(0, 400);
    const base = recall(test, (p) => [toAscii(p.target)]);
    const ours = recall(test, (p) => romanize(p.target));
    assert.ok(ours.at1 > base.at1 + 0.05, `${script}: ${ours.at1} vs ${base.at1}`);
    assert.ok(ours.at5 >= ours.at1);
  }
});

test('an abjad name without vowels comes back with the spellings documents use', () => {
  assert.deepEqual(romanize('يوسف').slice(0, 2), ['yusuf', 'yousef']);
  assert.deepEqual(romanize('خالد').slice(0, 2), ['khalid', 'khaled']);
  // محمد and محمود share their consonants (Muhammad, Mahmoud): no known name is put first.
  assert.ok(!romanize('محمد').includes('muhammad'));
  assert.ok(romanize('משה').includes('moshe'));
});

test('a lone Korean or Chinese surname gives passport and Hong Kong spellings first', () => {
  assert.equal(romanize('김')[0], 'kim');
  assert.ok(romanize('이').includes('lee') && romanize('이').includes('rhee'));
  assert.deepEqual(romanize('王').slice(0, 2), ['wang', 'wong']);
  assert.ok(romanize('陳').includes('chan') && romanize('陳').includes('tan'));
});

test('a native Chinese or Korean name keeps its Pinyin or Revised Romanisation among the first two', () => {
  assert.ok(romanize('习近平').slice(0, 2).includes('xijinping'));
  assert.ok(romanize('김정은').slice(0, 2).includes('gimjeongeun'));
});

test('romanize returns nothing for Latin and at most the asked number of spellings', () => {
  assert.deepEqual(romanize('Smith'), []);
  assert.ok(romanize('Александр', 3).length <= 3);
  assert.ok(romanize('Александр').includes('aleksandr'));
  assert.ok(romanize('Сергей').includes('sergei') || romanize('Сергей').includes('sergey'));
});

test('latinVariants knows romanisation groups and Russian surname endings', () => {
  assert.ok(latinVariants('Wang').includes('wong'));
  assert.ok(latinVariants('park').includes('pak'));
  assert.ok(latinVariants('yevgeny').includes('evgeni') || latinVariants('yevgeny').includes('evgeniy'));
  assert.deepEqual([...latinVariants('ivanov')].sort(), ['ivanoff', 'ivanow']);
  assert.ok(!latinVariants('mohammed').includes('mohammed'));
  assert.deepEqual(latinVariants('zzzq'), []);
});

test('units keep a Hebrew geresh with its letter and drop vowel points', () => {
  assert.deepEqual(unitsOf("ג'ון"), ["ג'", 'ו', 'ן']);
  assert.deepEqual(unitsOf('مُحَمَّد'), ['م', 'ح', 'م', 'د']);
});

test('a malformed transliteration line is refused with its file and line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'romanize-'));
  const file = path.join(dir, 'bad.tsv');
  fs.writeFileSync(file, 'peter\tפ י ט ר\t3\npaul\tפ ו ל\n');
  assert.throws(() => readPairs(file), (e: unknown) => e instanceof InputError && /bad\.tsv/.test(e.message) && /2/.test(e.message));
});

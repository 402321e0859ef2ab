import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classKey, consonantGaps, consonantReadings, consonants, consonantSimilarity, consonantSimilarityBound, CONSONANT_REWRITES, EITHER_READINGS, nameKey, REWRITES, SKELETON_READINGS } from './phonetic.js';

/** nameKey as first written: every rewrite applied in order, then the vowel classes. */
function referenceKey(token: string): string {
  let s = token;
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return vowelClasses(s);
}
function vowelClasses(s: string): string {
  const vowels = 'aeiouy', cls: Record<string, string> = { a: 'a', e: 'a', i: 'i', y: 'i', o: 'u', u: 'u' };
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (vowels.includes(ch)) {
      if (i + 1 < s.length && vowels.includes(s[i + 1]!)) continue;
      if (vowels.includes(out[out.length - 1] ?? '_')) out = out.slice(0, -1);
      out += cls[ch]!;
    } else if (out[out.length - 1] !== ch) out += ch;
  }
  if (out.length > 2 && /[aiu]h$/.test(out)) out = out.slice(0, -1);
  return out;
}

test('nameKey is every rewrite applied in order, then the vowel classes', () => {
  let s = 5;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  // Letters and pieces the rewrites look for, so that they meet, overlap and chain.
  // (And letters none of them reads, some outside ASCII: they pass through as they are.)
  const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'j', 'd', 'z', 's', 'c', 'h', 't', 'k', 'g', 'p', 'x', 'q', 'w', 'f', 'v', 'sch', 'tsch', 'dzh', 'dsch', 'tch', 'ee', 'ye', 'ie', 'je', 'yu', 'yo', 'ya', 'ck', 'ts', 'tz', 'kh', 'gh', 'ph', 'th', 'dh', 'cz', 'zs', 'm', 'r', "'", '-', 'é', 'ü', '1', ' ', 'ah', 'ih', 'uh'];
  for (let k = 0; k < 200_000; k++) {
    const word = Array.from({ length: 1 + Math.floor(rnd() * (k % 4 === 0 ? 12 : 6)) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
    assert.equal(nameKey(word), referenceKey(word), word);
  }
  // The empty word, and one longer than the passes' buffers start.
  for (const word of ['', 'tschaikowski'.repeat(40)]) assert.equal(nameKey(word), referenceKey(word), word);
  for (const [word, key] of [['mohammed', 'muhamad'], ['mukhammad', 'muhamad'], ['yevgeny', 'avgani'], ['jewgeni', 'avgani'], ['evgeniy', 'avgani'], ['muhammad', 'muhamad']]) assert.equal(nameKey(word!), key, word);
});

test('consonant readings: only the capital letters of abjad skeletons have two', () => {
  assert.deepEqual(Object.keys(EITHER_READINGS).sort(), ['D', 'H', 'K', 'P', 'T']);
  assert.deepEqual(Object.keys(SKELETON_READINGS).sort(), ['D', 'H', 'K', 'P', 'T']);
  assert.deepEqual(consonantReadings('mhmd'), ['mhmd']);
  assert.deepEqual(consonantReadings('Tbt'), ['tbt', 'sbt']);
  assert.deepEqual(consonantReadings('Dhr', SKELETON_READINGS), ['dhr', 'shr']);
});

test('classKey folds sound classes, drops semivowels and collapses doubles, as first written', () => {
  // classKey as first written, by letter.
  const letters: Record<string, string> = { p: 'b', f: 'b', v: '', w: '', y: '', t: 'd', g: 'k', c: 'k', q: 'k', z: 's', j: 'k', l: 'r' };
  const reference = (cons: string) => {
    let out = '';
    for (const ch of cons) {
      const c = letters[ch] ?? ch;
      if (c && c !== out[out.length - 1]) out += c;
    }
    return out;
  };
  let s = 11;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const pieces = [...'bcdfghjklmnpqrstvwxyzTDHPK', 'é', '😀', ' ', "'"];
  for (let k = 0; k < 50_000; k++) {
    const cons = Array.from({ length: Math.floor(rnd() * 14) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
    assert.equal(classKey(cons), reference(cons), cons);
  }
  assert.equal(classKey('hmz'), 'hms');
  assert.equal(classKey('ksm'), classKey('qsm'));
});

// (The rewrites themselves, which consonantGaps also reads, are checked against replace in rewrites.test.ts.)
test('consonants are the consonant rewrites applied in order, doubles collapsed', () => {
  const vowels = 'aeiouy';
  const reference = (text: string) => {
    let s = text;
    for (const [re, to] of CONSONANT_REWRITES) s = s.replace(re, to);
    let out = '', prev = '';
    for (const ch of s) {
      if (ch !== prev && !vowels.includes(ch) && ch !== 'w') out += ch;
      prev = ch;
    }
    return out;
  };
  let s = 17;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'w', 'wh', 'h', 'j', 'dj', 'dzh', 'x', 's', 'sch', 'sh', 'zh', 'ch', 'tch', 'gh', 'ph', 'th', 'dh', 'kh', 'ck', 'qu', 'q', 'c', 'k', 't', 'd', 'z', 'g', 'p', 'm', 'n', 'r', 'l', 'T', 'H', "'", 'é', '😀', '😀😀'];
  for (let k = 0; k < 200_000; k++) {
    const word = Array.from({ length: Math.floor(rnd() * (k % 4 === 0 ? 12 : 6)) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
    assert.equal(consonants(word), reference(word), word);
  }
  for (const word of ['tschaikowski'.repeat(40), 'whale', 'xavier', 'nikolaj', 'abdullah']) assert.equal(consonants(word), reference(word), word);
  assert.equal(consonants('kalashnykov'), 'klsnkv');
  assert.deepEqual(consonantGaps('hussein'), ['u', 'ei']);
});

test('consonantSimilarityBound is never below consonantSimilarity (the joins and mayReach skip the alignment below it)', () => {
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  // Latin consonants, the abjad letters consonants() writes in capitals (T, D, S, Z, H...), the apostrophe of ء.
  const letters = "bcdfghjklmnpqrstvwxyzTDSZHK'";
  const word = () => {
    const n = 1 + Math.floor(random() * 9);
    let w = '';
    for (let i = 0; i < n; i++) w += letters[Math.floor(random() * letters.length)];
    return w;
  };
  let close = 0;
  for (let i = 0; i < 50_000; i++) {
    const a = word(), b = i % 3 ? word() : a.slice(0, -1) + word()[0];
    const sim = consonantSimilarity(a, b), bound = consonantSimilarityBound(a, b);
    assert.ok(bound >= sim - 1e-9, `${a} / ${b}: bound ${bound} < ${sim}`);
    if (sim >= 0.7) close++;
  }
  assert.ok(close > 1000, `${close} close pairs`);
});

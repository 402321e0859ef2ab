import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brahmicToAscii } from './brahmic.js';
import { compare, DEFAULT_THRESHOLDS } from './index.js';
import { toAscii } from './text.js';

const roman = (w: string) => brahmicToAscii(w, toAscii);

test('Brahmic scripts: every consonant carries its vowel unless a sign or virama says otherwise', () => {
  assert.equal(roman('नरेन्द्र'), 'narendra'); // a cluster at the end keeps its a
  assert.equal(roman('मोदी'), 'modi');
  assert.equal(roman('अमित'), 'amit'); // Hindi drops the last consonant's a
  assert.equal(roman('ਭਗਤ'), 'bhagat'); // Gurmukhi
  assert.equal(roman('ਸਿੰਘ'), 'singh'); // tippi before a velar is n
  assert.equal(roman('गांधी'), 'gandhi'); // anusvara
  assert.equal(roman('मसूद'), 'masud');
  assert.equal(roman('अज़हर'), 'azahar'); // a nukta makes ज z
  assert.equal(roman('முத்தையா'), 'muttaiya'); // Tamil keeps every written vowel
  assert.equal(roman('പവൻ'), 'pavan'); // a Malayalam chillu letter ends the syllable
});

test('names written in Devanagari, Gurmukhi, Bengali, Gujarati, Tamil, Telugu meet their Latin spellings', () => {
  const score = (a: string, b: string) => compare({ id: 'a', schema: 'Person', properties: { name: [a] } }, { id: 'b', schema: 'Person', properties: { name: [b] } }, DEFAULT_THRESHOLDS).score;
  for (const [a, b] of [
    ['नरेन्द्र मोदी', 'Narendra Modi'], ['ਭਗਤ ਸਿੰਘ', 'Bhagat Singh'], ['শেখ হাসিনা', 'Sheikh Hasina'],
    ['દાઉદ ઇબ્રાહિમ', 'Dawood Ibrahim'], ['हाफ़िज़ सईद', 'Hafiz Saeed'], ['పవన్ కళ్యాణ్', 'Pawan Kalyan'],
  ]) assert.ok(score(a!, b!) >= DEFAULT_THRESHOLDS.block, `${a} / ${b}`);
  assert.ok(score('பிரபாகரன் வேலுப்பிள்ளை', 'Velupillai Prabhakaran') >= DEFAULT_THRESHOLDS.review);
  // Another person of the same family name is not the one listed.
  assert.ok(score('राहुल गांधी', 'Sonia Gandhi') < DEFAULT_THRESHOLDS.review);
});

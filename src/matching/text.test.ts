import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainTokens, tokenize, tokenizeAny } from './text.js';

test('a name of ASCII letters is cut as the full tokenizer cuts it, without its normalisations', () => {
  let s = 3;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const chars = "abcXYZ019 ,.'`-";
  for (let k = 0; k < 20_000; k++) {
    const name = Array.from({ length: Math.floor(rnd() * 16) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
    assert.deepEqual(plainTokens(name), tokenizeAny(name), JSON.stringify(name));
  }
  for (const name of ["PUTIN, Vladimir Vladimirovich", "O'Brien-Smith Jr.", 'ABU BAKR AL-BAGHDADI', 'KIM Jong Un', 'MV 7 SEAS', '']) assert.deepEqual(tokenize(name), tokenizeAny(name), name);
  // Anything else goes the full way: diacritics, other scripts, other punctuation.
  assert.deepEqual(tokenize('Müller (Hans)'), tokenizeAny('Müller (Hans)'));
  assert.deepEqual(tokenize('Müller'), [{ text: 'muller', script: 'latin' }]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editSimilarity, editSimilarityAtLeast } from './similarity.js';

test('editSimilarityAtLeast is editSimilarity from its floor up, and below the floor otherwise', () => {
  let s = 7;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const word = () => Array.from({ length: Math.floor(rnd() * 14) }, () => 'abcdeio'[Math.floor(rnd() * 7)]).join('');
  for (let k = 0; k < 20_000; k++) {
    const a = word(), b = rnd() < 0.5 ? word() : a.slice(0, Math.floor(rnd() * a.length)) + word().slice(0, 2);
    const floor = rnd();
    const exact = editSimilarity(a, b), bounded = editSimilarityAtLeast(a, b, floor);
    if (exact >= floor) assert.equal(bounded, exact, `${a} / ${b} at ${floor}`);
    else assert.ok(bounded < floor, `${a} / ${b} at ${floor}: ${bounded}`);
  }
});

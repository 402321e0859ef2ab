import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONSONANT_REWRITES, REWRITES } from './phonetic.js';
import { Rewriter } from './rewrites.js';

/** The list applied by String.replace, in order: what a Rewriter must give. */
function replaced(list: readonly (readonly [RegExp, string])[], text: string): string {
  let s = text;
  for (const [re, to] of list) s = s.replace(re, to);
  return s;
}

test('a Rewriter gives what replace gives, for both lists of phonetic.ts, on random words', () => {
  let s = 23;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  // Letters and pieces the rules look for, so that they meet, overlap and chain; letters none reads,
  // some outside ASCII and outside the BMP, pass through.
  const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'j', 'd', 'z', 's', 'c', 'h', 't', 'k', 'g', 'p', 'x', 'q', 'w', 'f', 'v', 'sch', 'tsch', 'dzh', 'dsch', 'tch', 'ee', 'ye', 'ie', 'je', 'yu', 'yo', 'ya', 'wh', 'ck', 'qu', 'ts', 'tz', 'kh', 'gh', 'ph', 'th', 'dh', 'cz', 'zs', 'm', 'r', 'T', 'H', "'", '-', 'é', '😀', ' ', 'ah', 'aj'];
  for (const list of [REWRITES, CONSONANT_REWRITES]) {
    const rewriter = new Rewriter(list);
    for (let k = 0; k < 100_000; k++) {
      const word = Array.from({ length: Math.floor(rnd() * (k % 4 === 0 ? 12 : 6)) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
      assert.equal(rewriter.rewrite(word), replaced(list, word), word);
    }
    // A word longer than the buffers start.
    const long = 'tschaikowskich'.repeat(40);
    assert.equal(rewriter.rewrite(long), replaced(list, long));
  }
});

test('a Rewriter reads each form of the subset as replace does', () => {
  const list: [RegExp, string][] = [
    [/^(?:ab|b)(?=[c]?)/, 'x'], // a group at the start, with a lookahead that always holds
    [/c(?=[d]|$)/g, 'k'], // a lookahead, or the end of the word
    [/([xk])e$/, '$1'], // dropped at the end after one of a class
    [/dd|d/, 'y'], // not global: the first match only
  ];
  const rewriter = new Rewriter(list);
  for (const word of ['abcd', 'bcdd', 'abce', 'cdcdc', 'ke', 'xe', 'ae', 'dddd', 'ac', '']) assert.equal(rewriter.rewrite(word), replaced(list, word), word);
});

test('a pattern outside the subset is refused when compiled, naming it', () => {
  for (const re of [/a+/g, /[ab]c/g, /a(?!b)/g, /a/i, /(a)b/g, /a.b/g]) {
    assert.throws(() => new Rewriter([[re, 'x']]), (e: Error) => e.message.includes(String(re)), String(re));
  }
  assert.throws(() => new Rewriter([[/a/g, '$1']]), /outside what Rewriter understands/);
});

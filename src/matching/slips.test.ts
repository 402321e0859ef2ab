import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SlipVocabulary } from './slips.js';

function neighbours(v: SlipVocabulary, text: string): string[] {
  const out = new Set<string>();
  v.neighbours(text, (x) => out.add(x));
  return [...out].sort();
}

test('slips: a listed word one letter changed, dropped, added or swapped away is found, and only such words', () => {
  const v = new SlipVocabulary();
  for (const w of ['osleg', 'rusdan', 'mariana', 'hadi', 'ahmad', 'saeed', 'qassam']) v.add(w, w.toUpperCase());
  assert.deepEqual(neighbours(v, 'olseg'), ['OSLEG'], 'two neighbours swapped');
  assert.deepEqual(neighbours(v, 'rusfan'), ['RUSDAN'], 'a letter changed');
  assert.deepEqual(neighbours(v, 'mariaa'), ['MARIANA'], 'a letter dropped');
  assert.deepEqual(neighbours(v, 'qaslsam'), ['QASSAM'], 'a letter added');
  assert.deepEqual(neighbours(v, 'saee'), ['SAEED'], 'the last letter dropped');
  assert.deepEqual(neighbours(v, 'ahmad'), [], 'the word itself is not its own neighbour');
  assert.deepEqual(neighbours(v, 'hamid'), [], 'two edits away');
  assert.ok(v.has('hadi') && !v.has('haid'));
});

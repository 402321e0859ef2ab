import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SlipVocabulary } from './slips.js';
import { oneSlip } from './similarity.js';

function neighbours(v: SlipVocabulary, text: string): string[] {
  const out = new Set<string>();
  v.neighbours(text, (x) => out.add(x));
  return [...out].sort();
}

for (const filing of ['deletions', 'halves'] as const) {
test(`slips (${filing}): a listed word one letter changed, dropped, added or swapped away is found, and only such words`, () => {
  const v = new SlipVocabulary(filing);
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

test(`slips (${filing}): the words found are exactly the filed words oneSlip accepts (random words of few letters, so many are one slip apart)`, () => {
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const word = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1));
    let w = '';
    for (let i = 0; i < n; i++) w += 'abcde'[Math.floor(random() * 5)];
    return w;
  };
  const v = new SlipVocabulary(filing);
  const filed = new Set<string>();
  for (let i = 0; i < 3000; i++) {
    const w = word(1, 9);
    v.add(w, w);
    filed.add(w);
  }
  let compared = 0, withNeighbours = 0;
  for (let i = 0; i < 2000; i++) {
    const q = i % 2 ? word(1, 10) : [...filed][i % filed.size]!;
    const calls: string[] = [];
    v.neighbours(q, (x) => calls.push(x));
    const expected = [...filed].filter((w) => w !== q && oneSlip(q, w)).sort();
    assert.deepEqual([...calls].sort(), expected, q);
    compared++;
    if (expected.length) withNeighbours++;
  }
  assert.ok(compared === 2000 && withNeighbours > 1000, `${withNeighbours} query words had neighbours`);
});
}

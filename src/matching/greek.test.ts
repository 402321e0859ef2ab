import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare, DEFAULT_THRESHOLDS } from './index.js';
import { greekToAscii } from './greek.js';

test('Greek is read as Greek names are romanised, digraphs and diphthongs included', () => {
  const cases: [string, string][] = [
    ['Μπαράκ', 'barak'], ['Ντονάλντ', 'donald'], ['Τραμπ', 'tramp'], ['Λάντεν', 'landen'], ['Πούτιν', 'poutin'],
    ['Ευάγγελος', 'evangelos'], ['Ευθύμιος', 'efthymios'], ['Παπαδόπουλος', 'papadopoulos'], ['Γκιουλέν', 'gioulen'],
  ];
  for (const [greek, latin] of cases) assert.equal(greekToAscii(greek), latin);
});

test('names written in Greek match their usual Latin spellings', () => {
  const person = (n: string) => ({ id: 'x', schema: 'Person', properties: { name: [n] } });
  for (const [g, l] of [['Βλαντιμίρ Πούτιν', 'Vladimir Putin'], ['Οσάμα μπιν Λάντεν', 'Osama bin Laden'], ['Μπαράκ Ομπάμα', 'Barack Obama']] as const) {
    const r = compare(person(g), person(l));
    assert.ok(r.score >= DEFAULT_THRESHOLDS.block, `${g} / ${l}: ${r.score}`);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TemplateIndex } from './template-index.js';
import { normalise } from './face-model.js';

function randomUnit(seed: number, dim = 128): Float32Array {
  // xorshift: reproducible synthetic templates
  let x = seed * 2654435761 >>> 0 || 1;
  const v = new Float32Array(dim);
  for (let i = 0; i < dim; i++) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; v[i] = x / 2 ** 32 - 0.5; }
  return normalise(v);
}

test('1:N index finds the probe itself at rank 1 with a cosine score near 1', () => {
  const idx = new TemplateIndex(128, 4);
  for (let i = 0; i < 500; i++) idx.add(`t${i}`, randomUnit(i + 1));
  const hits = idx.search(randomUnit(42), 5);
  assert.equal(hits[0]!.key, 't41');
  assert.ok(Math.abs(hits[0]!.score - 1) < 0.01, `score ${hits[0]!.score}`);
  assert.ok(hits[1]!.score < hits[0]!.score);
  assert.equal(hits.length, 5);
});

test('1:N index removal moves the last row and keeps keys right', () => {
  const idx = new TemplateIndex();
  for (let i = 0; i < 10; i++) idx.add(`t${i}`, randomUnit(i + 1));
  idx.remove('t3');
  assert.equal(idx.size, 9);
  assert.equal(idx.search(randomUnit(10), 1)[0]!.key, 't9');
  assert.notEqual(idx.search(randomUnit(4), 1)[0]!.key, 't3');
});

test('parallel 1:N search over worker threads gives the same top candidates', async () => {
  const idx = new TemplateIndex();
  const n = 210_000, dim = 128;
  const codes = new Int8Array(n * dim);
  for (let i = 0; i < codes.length; i++) codes[i] = ((i * 7919) % 61) - 30;
  idx.addCodes(Array.from({ length: n }, (_, i) => `s${i}`), codes);
  const probe = randomUnit(7);
  idx.add('needle', probe);
  const serial = idx.search(probe, 5);
  const parallel = await idx.searchParallel(probe, 5, 2, 0);
  await idx.close();
  assert.equal(parallel[0]!.key, 'needle');
  assert.deepEqual(parallel.map((h) => h.key), serial.map((h) => h.key));
});

test('the WebAssembly SIMD scan ranks exactly as a plain dot product over the int8 codes', async () => {
  const { quantise } = await import('./template-index.js');
  const idx = new TemplateIndex(128, 16); // small capacity: growth in place is exercised too
  const vecs = Array.from({ length: 3000 }, (_, i) => randomUnit(i + 1000));
  vecs.forEach((v, i) => idx.add(`v${i}`, v));
  assert.equal(idx.simd, true);
  const probe = randomUnit(99);
  const q = quantise(probe);
  const expected = vecs
    .map((v, i) => { const c = quantise(v); let s = 0; for (let j = 0; j < 128; j++) s += c[j]! * q[j]!; return { key: `v${i}`, s }; })
    .sort((a, b) => b.s - a.s)
    .slice(0, 10);
  const got = idx.search(probe, 10);
  assert.deepEqual(got.map((h) => h.key), expected.map((e) => e.key));
  const cos = (v: Float32Array) => v.reduce((s, x, j) => s + x * probe[j]!, 0);
  // int8 scores stay within about a hundredth of the exact cosine...
  for (const h of got) assert.ok(Math.abs(h.score - cos(vecs[Number(h.key.slice(1))]!)) < 0.015, h.key);
  // ...and an index that keeps the float templates gives the exact cosine of its top candidates
  const exact = new TemplateIndex(128, 16, { exact: true });
  vecs.forEach((v, i) => exact.add(`v${i}`, v));
  const top = exact.search(probe, 5);
  for (const h of top) assert.ok(Math.abs(h.score - cos(vecs[Number(h.key.slice(1))]!)) < 1e-6, h.key);
  assert.ok(Math.abs(exact.search(vecs[7]!, 1)[0]!.score - 1) < 1e-6);
});

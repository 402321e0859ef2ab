import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../errors.js';
import { firstInvalidUtf8, incompleteTail, readUtf8 } from './decode.js';
import { tempFile } from './testing.js';

async function readWhole(file: string, chunk?: number): Promise<string> {
  let s = '';
  for await (const t of readUtf8(file, chunk)) s += t;
  return s;
}

test('readUtf8 keeps multi-byte characters split across chunks', async () => {
  const text = 'عبد الرحمن ولد العامر — Мария Осетрова — 김정은\n'.repeat(50);
  const file = tempFile('scripts.txt', text);
  assert.equal(await readWhole(file, 7), text);
});

test('readUtf8 names the line of an invalid byte far into the file, across chunk boundaries', async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `line ${i + 1} Ωμέγα`);
  const bad = Buffer.concat([Buffer.from(lines.slice(0, 3999).join('\n') + '\nJ'), Buffer.from([0xe9]), Buffer.from('r\n' + lines.slice(4000).join('\n'))]);
  const file = tempFile('latin1.txt', bad);
  for (const chunk of [64 * 1024, 1000, 13]) {
    await assert.rejects(readWhole(file, chunk), (e: unknown) => e instanceof InputError && /latin1\.txt, line 4000/.test(e.message), `chunk ${chunk}`);
  }
});

test('firstInvalidUtf8 and incompleteTail find the broken and the unfinished sequences', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('abc')), 3);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0xa9, 0xff])), 3);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x72])), 1);
  assert.deepEqual([...incompleteTail(Buffer.from([0x61, 0xd8]))], [0xd8]);
  assert.deepEqual([...incompleteTail(Buffer.from([0x61, 0xd8, 0xb9]))], []);
  assert.deepEqual([...incompleteTail(Buffer.from([0xe2, 0x80]))], [0xe2, 0x80]);
});

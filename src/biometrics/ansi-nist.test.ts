import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTransaction, encodeRecord, encodeTransaction, field, first, type NistRecord } from './ansi-nist.js';
import { InputError } from '../errors.js';

test('LEN counts the whole record, itself included, also where its own digits roll over', () => {
  for (const size of [60, 83, 84, 85, 986, 987, 988, 9985, 9986]) {
    const r: NistRecord = { type: 10, fields: new Map([[2, field('01')], [3, field('FACE')]]), data: new Uint8Array(size).fill(0x41) };
    const bytes = encodeRecord(r);
    assert.equal(Number(/^10\.001:(\d+)/.exec(bytes.toString('latin1'))![1]), bytes.length, `payload ${size}`);
    assert.equal(bytes[bytes.length - 1], 0x1c);
  }
});

test('a transaction decodes to the same fields, subfields, items and binary data', () => {
  const img = Uint8Array.from({ length: 300 }, (_, i) => i % 256); // contains FS/GS/RS/US bytes
  const t1: NistRecord = { type: 1, fields: new Map([[2, field('0500')], [3, field(['1', '2'], ['2', '00'], ['10', '01'])], [4, field('ENC')]]) };
  const t2: NistRecord = { type: 2, fields: new Map([[2, field('00')], [18, field('DOE,JANE')], [204, field(['Post 1', 'Lane 2'])]]) };
  const t10: NistRecord = { type: 10, fields: new Map([[2, field('01')], [3, field('FACE')]]), data: img };
  const recs = decodeTransaction(encodeTransaction([t1, t2, t10]));
  assert.deepEqual(recs.map((r) => r.type), [1, 2, 10]);
  assert.deepEqual(recs[0]!.fields.get(3), [['1', '2'], ['2', '00'], ['10', '01']]);
  assert.deepEqual(recs[1]!.fields.get(204), [['Post 1', 'Lane 2']]);
  assert.equal(first(recs[1]!, 18), 'DOE,JANE');
  assert.deepEqual(recs[2]!.data, img);
});

test('a transaction whose CNT disagrees with its records is refused', () => {
  const t1: NistRecord = { type: 1, fields: new Map([[2, field('0500')], [3, field(['1', '2'], ['2', '00'], ['10', '01'])]]) };
  const t2: NistRecord = { type: 2, fields: new Map([[2, field('00')]]) };
  assert.throws(() => decodeTransaction(encodeTransaction([t1, t2]), 'p.an2'), (e: unknown) => e instanceof InputError && /p\.an2, field 1\.003: CNT lists 2 records, the transaction holds 1/.test((e as Error).message));
});

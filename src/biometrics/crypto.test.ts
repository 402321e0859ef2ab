import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { parseDataKey, seal, open, MissingDataKeyError, templateToBytes, templateFromBytes } from './crypto.js';

test('sealed biometric data opens only with the same key and for the same row', () => {
  const key = parseDataKey(randomBytes(32).toString('hex'));
  const data = randomBytes(5000);
  const s = seal(key, data, 'bio_images:a');
  assert.deepEqual(open(key, s, 'bio_images:a'), data);
  assert.throws(() => open(key, s, 'bio_images:b'), /does not decrypt/);
  assert.throws(() => open(parseDataKey(randomBytes(32).toString('base64')), s, 'bio_images:a'), /does not decrypt/);
  assert.notEqual(seal(key, data, 'x'), seal(key, data, 'x')); // a fresh IV every time
});

test('the data key must be 32 bytes; a missing key is its own clear error', () => {
  assert.throws(() => parseDataKey(undefined), MissingDataKeyError);
  assert.throws(() => parseDataKey('  '), /ATALAYA_DATA_KEY is not set/);
  assert.throws(() => parseDataKey('abcd'), /must be 32 bytes/);
  assert.equal(parseDataKey(Buffer.alloc(32, 1).toString('base64')).length, 32);
});

test('templates survive the byte round trip exactly', () => {
  const t = Float32Array.from({ length: 128 }, (_, i) => Math.sin(i) / 8);
  assert.deepEqual(templateFromBytes(templateToBytes(t)), t);
});

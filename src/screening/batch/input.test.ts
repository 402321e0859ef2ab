import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../errors.js';
import { parseMapping } from './input.js';

test('a column mapping is read as property -> column, and anything else is refused naming the field', () => {
  assert.deepEqual(parseMapping('{"id":"Customer ID","name":"Full name"}'), { id: 'Customer ID', name: 'Full name' });
  for (const bad of ['{oops', '[1]', '"name"', '{"name":3}', 'null']) {
    assert.throws(() => parseMapping(bad, '--map'), (e: unknown) => e instanceof InputError && e.where?.field === '--map' && /--map/.test(e.message), bad);
  }
});

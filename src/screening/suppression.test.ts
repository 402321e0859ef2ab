import { DEFAULT_THRESHOLDS } from '../matching/index.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../store/testing.js';
import { suppress, isSuppressed, listSuppressions } from './suppression.js';
import { getProfile, saveProfile, listProfiles, deleteProfile } from './profiles.js';
import { InputError } from '../errors.js';

for (const tdb of testDatabases()) {
  test(`[${tdb.name}] a suppressed pair stays suppressed until the listed entity's data changes`, async () => {
    const db = await tdb.open();
    try {
      assert.equal(await isSuppressed(db, 'cust-1', 'un-QDi.1', 'h1'), false);
      await suppress(db, { subjectKey: 'cust-1', entityId: 'un-QDi.1', entityHash: 'h1', by: 'user:a', reason: 'different birth date' });
      assert.equal(await isSuppressed(db, 'cust-1', 'un-QDi.1', 'h1'), true);
      assert.equal(await isSuppressed(db, 'cust-2', 'un-QDi.1', 'h1'), false, 'another subject is not suppressed');
      assert.equal(await isSuppressed(db, 'cust-1', 'un-QDi.2', 'h1'), false, 'another entity is not suppressed');
      // The list changed the entity: the suppression is lifted for good, with the reason recorded.
      assert.equal(await isSuppressed(db, 'cust-1', 'un-QDi.1', 'h2'), false);
      assert.equal(await isSuppressed(db, 'cust-1', 'un-QDi.1', 'h1'), false);
      const [s] = await listSuppressions(db, { subjectKey: 'cust-1' });
      assert.ok(s?.liftedAt);
      assert.match(s!.liftedReason!, /changed/);
      await assert.rejects(suppress(db, { subjectKey: '', entityId: 'x', entityHash: 'h', by: 'u', reason: 'r' }), InputError);
    } finally {
      await db.close();
    }
  });

  test(`[${tdb.name}] profiles: built-ins, user-defined, overrides and unknown names`, async () => {
    const db = await tdb.open();
    try {
      assert.equal((await getProfile(db, 'border')).schemata?.[0], 'Person');
      await assert.rejects(getProfile(db, 'nope'), (e: unknown) => e instanceof InputError && /unknown profile "nope"/.test(e.message));
      await saveProfile(db, 'bank-x', { review: 0.8, block: 0.95, lists: ['un'], description: 'Bank X' }, 'u1');
      const p = await getProfile(db, 'bank-x');
      assert.deepEqual([p.review, p.block, p.lists], [0.8, 0.95, ['un']]);
      await saveProfile(db, 'border', { review: 0.6, block: 0.85 }, 'u1');
      assert.equal((await getProfile(db, 'border')).review, 0.6);
      assert.ok((await listProfiles(db)).some((x) => x.name === 'bank-x'));
      assert.equal(await deleteProfile(db, 'border'), true);
      assert.equal((await getProfile(db, 'border')).review, DEFAULT_THRESHOLDS.review);
      await assert.rejects(saveProfile(db, 'bad', { review: 0.9, block: 0.5 }, 'u1'), InputError);
      await assert.rejects(saveProfile(db, 'Bad Name', { review: 0.5, block: 0.9 }, 'u1'), InputError);
    } finally {
      await db.close();
    }
  });
}

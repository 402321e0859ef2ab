import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openDb } from '../store/db.js';
import { createContext } from '../app/context.js';
import { loadConfig } from '../config.js';
import { importList } from '../lists/index.js';
import { buildIndex, refreshIndexIfChanged, watchListVersions } from './index-build.js';
import { matchEntity } from './match.js';
import { getProfile } from './profiles.js';

const LISTS = path.resolve(process.cwd(), '../shared/data/lists/un');

test('the index follows the active list versions: rebuilt on a new version, found when another process imported', async () => {
  const db = await openDb('sqlite::memory:');
  const ctx = await createContext(loadConfig({}), { db });
  try {
    await importList(db, path.join(LISTS, 'un_consolidated_2026-01-28.xml'), { list: 'un' });
    await buildIndex(ctx);
    assert.equal(ctx.index.ready, true);
    assert.deepEqual(ctx.index.versions, { un: 1 });
    const q = { id: 'q', schema: 'Person', properties: { name: ['GEDO HAMDAN AHMED'] } };
    const profile = await getProfile(db, 'default');
    assert.ok(!matchEntity(ctx.index.engine!, profile, q).some((h) => h.caption === 'GEDO HAMDAN AHMED'), 'not listed in January');
    assert.equal(await refreshIndexIfChanged(ctx), false, 'nothing changed');

    // In this process: the listener rebuilds as soon as the version commits.
    const stop = watchListVersions(ctx, 3_600_000);
    try {
      await importList(db, path.join(LISTS, 'un_consolidated_2026-02-27.xml'), { list: 'un' });
    } finally {
      stop();
    }
    assert.deepEqual(ctx.index.versions, { un: 2 });
    const hit = matchEntity(ctx.index.engine!, profile, q)[0];
    assert.equal(hit?.caption, 'GEDO HAMDAN AHMED');
    assert.equal(hit?.version, 2);
    assert.equal(await refreshIndexIfChanged(ctx), false);

    // As if another process imported (no listener here): the poll finds the new version.
    await importList(db, path.join(LISTS, 'un_consolidated_2026-01-28.xml'), { list: 'un' });
    assert.deepEqual(ctx.index.versions, { un: 2 });
    assert.equal(await refreshIndexIfChanged(ctx), true);
    assert.deepEqual(ctx.index.versions, { un: 3 });
  } finally {
    await ctx.close();
  }
});

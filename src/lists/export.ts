/**
 * Writes the active entities as FtM JSON lines, which OpenSanctions' tools and ours can read.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { toFtmJson } from '../model/entity.js';
import type { Db } from '../store/db.js';
import { activeEntities } from './entities.js';

/** Returns the number of entities written. Honours back-pressure; does not end `out`. */
export async function exportFtm(db: Db, out: Writable, opts: { lists?: string[] } = {}): Promise<number> {
  let n = 0;
  for await (const e of activeEntities(db, opts)) {
    if (!out.write(JSON.stringify(toFtmJson(e)) + '\n')) await once(out, 'drain');
    n++;
  }
  return n;
}

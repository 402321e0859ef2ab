/**
 * "A list has a new version": monitoring re-screens what is monitored, the matching index
 * reloads. Listeners run after the version has committed, in registration order; a listener's
 * failure is reported on stderr and does not undo the import (it is already the active version).
 */
import type { Db } from '../store/db.js';
import type { DiffCounts } from './types.js';

export interface ListVersionEvent {
  list: string;
  versionId: number;
  seq: number;
  previousVersionId: number | null;
  diff: DiffCounts;
}

export type ListVersionListener = (db: Db, event: ListVersionEvent) => void | Promise<void>;

const listeners = new Set<ListVersionListener>();

/** Registers a listener; returns the function that removes it. */
export function onListVersion(listener: ListVersionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function emitListVersion(db: Db, event: ListVersionEvent): Promise<void> {
  for (const l of [...listeners]) {
    try {
      await l(db, event);
    } catch (err) {
      process.stderr.write(`atalaya: a listener of list ${event.list} version ${event.seq} failed: ${(err as Error)?.message ?? err}\n`);
    }
  }
}

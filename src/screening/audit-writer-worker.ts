/**
 * The audit writer thread: its own connection to the SQLite file, appending the groups of
 * screening records it is sent (appendAuditMany) and answering with their places in the chain.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../store/db.js';
import { appendAuditMany } from '../audit/log.js';
import type { AuditEntry } from '../audit/types.js';

const port = parentPort!;
try {
  // The main thread has opened (and migrated) the database already.
  const db = await openDb((workerData as { url: string }).url, { migrate: false });
  port.on('message', (m: { id: number; entries: AuditEntry[] }) => {
    appendAuditMany(db, m.entries).then(
      (done) => port.postMessage({ id: m.id, done }),
      (err: unknown) => port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) }),
    );
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ failed: err instanceof Error ? err.message : String(err) });
}

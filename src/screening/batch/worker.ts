/**
 * One batch worker thread: builds its engine from the entities it is given, then answers chunks
 * of rows with their hits under the job's profile (src/screening/match.ts: the same code as the
 * API's). No database here: suppression and alerts are the main thread's business.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../engine.js';
import { matchEntity } from '../match.js';
import { toBatchHit } from '../hits.js';
import type { InputRow } from './input.js';
import type { RowResult, WorkerInit } from './pool.js';

const init = workerData as WorkerInit;
const port = parentPort!;

try {
  const engine = createEngine(init.entities);
  port.on('message', (msg: { rows: InputRow[] }) => {
    try {
      const results: RowResult[] = msg.rows.map((r) => ({
        row: r.row,
        id: r.entity.id,
        hits: matchEntity(engine, init.profile, r.entity, { limit: init.limit }).map(toBatchHit),
      }));
      port.postMessage({ results });
    } catch (err) {
      port.postMessage({ error: (err as Error).stack ?? String(err) });
    }
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ error: (err as Error).stack ?? String(err) });
}

// A 1:N scan worker: receives the shared template storage (no copy) and a row range, answers top-k.
import { parentPort } from 'node:worker_threads';
import { scanTopK, scanTopKSimd, simdScanner } from './scan-kernel.mjs';

let bound; // { memory, scan }: one index per pool, so one memory per worker

parentPort.on('message', ({ id, memory, buffer, dim, start, end, probe, k, slot }) => {
  let result;
  if (memory) {
    bound ??= { memory, scan: simdScanner(memory) };
    result = scanTopKSimd(bound.scan, bound.memory, dim, start, end, probe, k, slot);
  } else {
    result = scanTopK(new Int8Array(buffer), dim, start, end, probe, k);
  }
  parentPort.postMessage({ id, rows: result.rows, scores: result.scores });
});

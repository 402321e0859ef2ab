// A 1:N scan worker: receives the shared template buffer (no copy) and a row range, answers top-k.
import { parentPort } from 'node:worker_threads';
import { scanTopK } from './scan-kernel.mjs';

parentPort.on('message', ({ id, buffer, dim, start, end, probe, k }) => {
  const { rows, scores } = scanTopK(new Int8Array(buffer), dim, start, end, probe, k);
  parentPort.postMessage({ id, rows, scores });
});

/**
 * A face-pipeline worker thread: its own copy of the model (TensorFlow.js state is per thread),
 * analysing one image per message. Refusals come back as data, not as crashes.
 */
import { parentPort } from 'node:worker_threads';
import { FaceApiModel } from './faceapi-model.js';
import { analyseImage, FaceRefusedError } from './pipeline.js';
import type { QualityProfile } from './quality.js';
import type { FaceJob, FaceJobResult } from './face-pool.js';

const model = new FaceApiModel();

parentPort!.on('message', async (job: FaceJob) => {
  let reply: FaceJobResult;
  try {
    const a = await analyseImage(model, job.bytes, job.where, job.quality as QualityProfile);
    reply = { id: job.id, ok: true, analysis: a };
  } catch (err) {
    const e = err as Error & { where?: unknown; reasons?: string[] };
    reply = { id: job.id, ok: false, error: { name: e.name, message: e.message, where: e.where, ...(err instanceof FaceRefusedError ? { reasons: e.reasons } : {}) } };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });

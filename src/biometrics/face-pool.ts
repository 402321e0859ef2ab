/**
 * Both cores for batches: a pool of worker threads, each with its own face model, analysing
 * images in parallel (TensorFlow.js's WASM backend runs one image on one core). Results come back
 * in the order asked; refusals are rebuilt as the same errors the single-image path throws.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { FaceRefusedError, type FaceAnalysis } from './pipeline.js';
import { DEFAULT_QUALITY, type QualityProfile } from './quality.js';

export interface FaceJob { id: number; bytes: Uint8Array; where: string; quality: QualityProfile }
export type FaceJobResult =
  | { id: number; ok: true; analysis: FaceAnalysis }
  | { id: number; ok: false; error: { name: string; message: string; where?: unknown; reasons?: string[] } };

export class FacePool {
  private workers: { w: Worker; ready: Promise<void>; busy: number }[];
  private pending = new Map<number, (r: FaceJobResult) => void>();
  private next = 0;

  constructor(readonly threads = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4)), private readonly quality: QualityProfile = DEFAULT_QUALITY) {
    this.workers = Array.from({ length: threads }, () => {
      const w = new Worker(new URL('./face-worker.mjs', import.meta.url));
      let ready!: () => void;
      const slot = { w, ready: new Promise<void>((r) => (ready = r)), busy: 0 };
      w.on('message', (m: FaceJobResult | { ready: true }) => {
        if ('ready' in m) return ready();
        slot.busy--;
        this.pending.get(m.id)?.(m);
        this.pending.delete(m.id);
      });
      w.on('error', (err) => {
        for (const [id, resolve] of this.pending) resolve({ id, ok: false, error: { name: 'Error', message: `face worker failed: ${err.message}` } });
        this.pending.clear();
      });
      return slot;
    });
  }

  /** Analyses one image on the least busy worker. Rejects with FaceRefusedError/InputError as usual. */
  async analyse(bytes: Uint8Array, where: string): Promise<FaceAnalysis> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    await slot.ready;
    const id = this.next++;
    const r = await new Promise<FaceJobResult>((resolve) => {
      this.pending.set(id, resolve);
      slot.w.postMessage({ id, bytes, where, quality: this.quality } satisfies FaceJob);
    });
    if (r.ok) return { ...r.analysis, template: new Float32Array(r.analysis.template) };
    if (r.error.reasons) throw new FaceRefusedError(r.error.reasons, where);
    if (r.error.name === 'InputError') throw new InputError(r.error.message.replace(/^[^:]*: /, ''), { field: where });
    throw new Error(r.error.message);
  }

  /** Analyses many images, `threads` at a time; each result is the analysis or the refusal. */
  async analyseAll(items: { bytes: Uint8Array; where: string }[]): Promise<(FaceAnalysis | Error)[]> {
    return Promise.all(items.map((it) => this.analyse(it.bytes, it.where).catch((e: Error) => e)));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
}

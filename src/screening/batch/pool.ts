/**
 * A pool of worker threads, each holding its own matching engine over the same listed entities,
 * so that a batch uses every core. Work goes out in chunks of rows; answers come back per chunk.
 * Workers run TypeScript through tsx, as the CLI itself does.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Entity } from '../../model/entity.js';
import type { Profile } from '../profiles.js';
import type { BatchHit } from '../hits.js';
import type { InputRow } from './input.js';


/** Old-generation heap cap per screening worker (ATALAYA_WORKER_HEAP_MB overrides). */
const WORKER_HEAP_MB = Number(process.env.ATALAYA_WORKER_HEAP_MB || 512);
export interface RowResult {
  row: number;
  id: string;
  hits: BatchHit[];
}

export interface WorkerInit {
  entities: Entity[];
  profile: Profile;
  limit: number;
}

interface Pending {
  resolve(r: RowResult[]): void;
  reject(e: Error): void;
}

export class ScreeningPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { rows: InputRow[]; p: Pending }[] = [];
  private inflight = new Map<Worker, Pending>();
  private failed: Error | undefined;

  private constructor() {}


  /** Starts `size` workers (default: one per core) and waits until each has built its engine. */
  static async start(init: WorkerInit, size = Math.max(1, os.availableParallelism?.() ?? os.cpus().length)): Promise<ScreeningPool> {
    const pool = new ScreeningPool();
    const url = new URL('./worker-entry.mjs', import.meta.url);
    await Promise.all(
      Array.from({ length: size }, () =>
        new Promise<void>((resolve, reject) => {
          // A worker's live set is its index and caches (a few hundred MB for UN + OFAC); capping
          // its heap makes V8 collect instead of growing, so a million-row file stays in memory
          // bounds (measured by bench/batch.bench.ts).
          const w = new Worker(url, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
          w.once('message', (m: { ready?: boolean; error?: string }) => {
            if (m.error) return reject(new Error(m.error));
            pool.workers.push(w);
            pool.idle.push(w);
            w.on('message', (msg: { results?: RowResult[]; error?: string }) => pool.onMessage(w, msg));
            resolve();
          });
          w.once('error', reject);
          w.on('error', (err) => pool.onError(w, err));
        }),
      ),
    );
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** Screens a chunk of rows on the next free worker. */
  screen(rows: InputRow[]): Promise<RowResult[]> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, p: { resolve, reject } });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.inflight.set(w, job.p);
      w.postMessage({ rows: job.rows });
    }
  }

  private onMessage(w: Worker, msg: { results?: RowResult[]; error?: string }): void {
    const p = this.inflight.get(w);
    this.inflight.delete(w);
    this.idle.push(w);
    if (msg.error) p?.reject(new Error(msg.error));
    else p?.resolve(msg.results ?? []);
    this.dispatch();
  }

  private onError(w: Worker, err: Error): void {
    this.failed = err;
    this.inflight.get(w)?.reject(err);
    this.inflight.delete(w);
    for (const q of this.queue.splice(0)) q.p.reject(err);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
    this.idle = [];
  }
}

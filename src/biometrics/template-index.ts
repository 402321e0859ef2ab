/**
 * The in-memory 1:N index: every template as a row of int8 codes (unit vector x 127) in one shared
 * WebAssembly memory (or a SharedArrayBuffer where WebAssembly SIMD is missing), scanned
 * exhaustively: no approximate search, because a missed candidate at a border is worse than a few
 * milliseconds. int8 keeps a million 128-d templates in 128 MB instead of 512 MB and moves cosine
 * scores by a few thousandths (measured in template-index.test.ts). The scan is a WebAssembly SIMD kernel (scan-kernel.mjs); large
 * indexes are split across worker threads that share the same memory.
 */
import { Worker } from 'node:worker_threads';
import { HEADER, MAX_SLOTS, scanTopK, scanTopKSimd, sharedMemory, simdModule, simdScanner, type SimdScan, type WasmMemory } from './scan-kernel.mjs';

export interface IndexHit {
  key: string;
  /** cosine similarity, -1..1 */
  score: number;
}

const Q = 127;

export function quantise(v: Float32Array, out: Int8Array = new Int8Array(v.length)): Int8Array {
  for (let i = 0; i < v.length; i++) out[i] = Math.max(-Q, Math.min(Q, Math.round(v[i]! * Q)));
  return out;
}

export class TemplateIndex {
  private codes: Int8Array;
  private keys: string[] = [];
  private rowOf = new Map<string, number>();
  private pool: ScanPool | undefined;
  private readonly memory: WasmMemory | undefined;
  private readonly scan: SimdScan | undefined;

  /** float templates for exact re-scoring of the top candidates (when asked for) */
  private readonly exact: Map<string, Float32Array> | undefined;

  /**
   * `exact`: also keep the float templates (4x the memory) and re-score the top candidates
   * exactly, so that scores near a threshold carry no quantisation error. The scan stays int8.
   */
  constructor(readonly dimensions = 128, capacity = 1024, opts: { exact?: boolean } = {}) {
    if (opts.exact) this.exact = new Map();
    if (dimensions % 16 === 0 && dimensions <= 1024 && simdModule()) {
      const pages = Math.ceil((HEADER + capacity * dimensions) / 65536);
      this.memory = sharedMemory(pages);
      this.scan = simdScanner(this.memory);
      this.codes = this.rowsView();
    } else {
      this.codes = new Int8Array(new SharedArrayBuffer(capacity * dimensions));
    }
  }

  /** Whether searches run on the WebAssembly SIMD kernel. */
  get simd(): boolean {
    return !!this.memory;
  }

  private rowsView(): Int8Array {
    const buf = this.memory!.buffer;
    const rows = Math.floor((buf.byteLength - HEADER) / this.dimensions);
    return new Int8Array(buf, HEADER, rows * this.dimensions);
  }

  get size(): number {
    return this.keys.length;
  }

  has(key: string): boolean {
    return this.rowOf.has(key);
  }

  /** Adds or replaces the template stored under `key` (a unit vector). */
  add(key: string, template: Float32Array): void {
    if (template.length !== this.dimensions) throw new Error(`template has ${template.length} dimensions, index has ${this.dimensions}`);
    let row = this.rowOf.get(key);
    if (row === undefined) {
      row = this.keys.length;
      if ((row + 1) * this.dimensions > this.codes.length) this.grow();
      this.keys.push(key);
      this.rowOf.set(key, row);
    }
    quantise(template, this.codes.subarray(row * this.dimensions, (row + 1) * this.dimensions));
    this.exact?.set(key, Float32Array.from(template));
  }

  /** Adds pre-quantised rows in bulk (benchmarks load a million synthetic templates this way). */
  addCodes(keys: string[], codes: Int8Array): void {
    while ((this.keys.length + keys.length) * this.dimensions > this.codes.length) this.grow();
    this.codes.set(codes, this.keys.length * this.dimensions);
    for (const k of keys) { this.rowOf.set(k, this.keys.length); this.keys.push(k); }
  }

  /** Removes a template; the last row moves into its place. */
  remove(key: string): boolean {
    const row = this.rowOf.get(key);
    if (row === undefined) return false;
    const last = this.keys.length - 1, d = this.dimensions;
    if (row !== last) {
      this.codes.copyWithin(row * d, last * d, (last + 1) * d);
      const moved = this.keys[last]!;
      this.keys[row] = moved;
      this.rowOf.set(moved, row);
    }
    this.keys.pop();
    this.rowOf.delete(key);
    this.exact?.delete(key);
    return true;
  }

  private grow(): void {
    const want = Math.max(this.codes.length * 2, 1024 * this.dimensions);
    if (this.memory) {
      // a shared memory grows in place: the rows stay where they are, the views are renewed
      const pages = Math.ceil((HEADER + want) / 65536) - this.memory.buffer.byteLength / 65536;
      this.memory.grow(pages);
      this.codes = this.rowsView();
      return;
    }
    const next = new Int8Array(new SharedArrayBuffer(want));
    next.set(this.codes);
    this.codes = next;
  }

  /**
   * Integer dot products to cosine scores. Dividing by the probe's own quantised length (not by
   * 127 for it too) halves the rounding error; a row's length is 127 within about 0.5 %.
   */
  private hits(rows: Int32Array, scores: Int32Array, q: Int8Array): IndexHit[] {
    let n = 0;
    for (let i = 0; i < q.length; i++) n += q[i]! * q[i]!;
    const scale = Math.sqrt(n) * Q || 1;
    return Array.from(rows, (r, i) => ({ key: this.keys[r]!, score: Math.max(-1, Math.min(1, scores[i]! / scale)) }));
  }

  /** The k most similar templates, best first, on this thread. */
  search(probe: Float32Array, k = 10): IndexHit[] {
    const q = quantise(probe);
    const wide = this.exact ? k * 2 + 10 : k;
    const { rows, scores } = this.memory
      ? scanTopKSimd(this.scan!, this.memory, this.dimensions, 0, this.size, q, wide, 0)
      : scanTopK(this.codes, this.dimensions, 0, this.size, q, wide);
    return this.rescore(this.hits(rows, scores, q), probe, k);
  }

  /** Exact cosine for the candidates whose float template is kept; best first, k of them. */
  private rescore(hits: IndexHit[], probe: Float32Array, k: number): IndexHit[] {
    if (!this.exact) return hits.slice(0, k);
    for (const h of hits) {
      const t = this.exact.get(h.key);
      if (!t) continue;
      let s = 0;
      for (let i = 0; i < t.length; i++) s += t[i]! * probe[i]!;
      h.score = s;
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, k);
  }

  /**
   * The same answer, with the rows split across `threads` worker threads. Worth it only for large
   * indexes: the SIMD scan does a million templates in about 15 ms of CPU, and on a busy machine
   * the hop to a worker can cost more than that. `minRows` (default: 4,000,000 with SIMD, 200,000
   * without) is the size from which the split is made.
   */
  async searchParallel(probe: Float32Array, k = 10, threads = 2, minRows = this.memory ? 4_000_000 : 200_000): Promise<IndexHit[]> {
    if (this.size < minRows || threads < 2) return this.search(probe, k);
    threads = Math.min(threads, MAX_SLOTS - 1); // slot 0 is this thread's
    this.pool ??= new ScanPool(threads);
    const q = quantise(probe);
    const per = Math.ceil(this.size / threads);
    const wide = this.exact ? k * 2 + 10 : k;
    const parts = await Promise.all(
      Array.from({ length: threads }, (_, t) => this.pool!.scan(t, this.memory ? { memory: this.memory, slot: t + 1 } : { buffer: this.codes.buffer as SharedArrayBuffer }, this.dimensions, t * per, Math.min(this.size, (t + 1) * per), q, wide)),
    );
    const merged: { row: number; score: number }[] = [];
    for (const p of parts) p.rows.forEach((row, i) => merged.push({ row, score: p.scores[i]! }));
    merged.sort((a, b) => b.score - a.score);
    const top = merged.slice(0, wide);
    return this.rescore(this.hits(Int32Array.from(top, (t) => t.row), Int32Array.from(top, (t) => t.score), q), probe, k);
  }

  /** Stops the worker threads (an index that searched in parallel keeps them until then). */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}

/** A fixed set of scan workers; each request goes to one worker and is answered by id. */
class ScanPool {
  private workers: Worker[];
  private pending = new Map<number, (r: { rows: Int32Array; scores: Int32Array }) => void>();
  private next = 0;
  private busy: number[];

  constructor(n: number) {
    this.busy = new Array<number>(n).fill(0);
    this.workers = Array.from({ length: n }, (_, i) => {
      const w = new Worker(new URL('./scan-worker.mjs', import.meta.url));
      w.on('message', (m: { id: number; rows: Int32Array; scores: Int32Array }) => {
        this.pending.get(m.id)?.(m);
        this.pending.delete(m.id);
        // an idle worker must not keep the process alive; a busy one must
        if (--this.busy[i]! === 0) w.unref();
      });
      w.unref();
      return w;
    });
  }

  scan(worker: number, storage: { memory: WasmMemory; slot: number } | { buffer: SharedArrayBuffer }, dim: number, start: number, end: number, probe: Int8Array, k: number) {
    const id = this.next++;
    return new Promise<{ rows: Int32Array; scores: Int32Array }>((resolve) => {
      this.pending.set(id, resolve);
      const i = worker % this.workers.length;
      if (this.busy[i]!++ === 0) this.workers[i]!.ref();
      this.workers[i]!.postMessage({ id, ...storage, dim, start, end, probe, k });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

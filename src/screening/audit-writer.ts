/**
 * Screening records of a SQLite file written from a thread of their own. better-sqlite3 is
 * synchronous: a commit's fsync (2.4 ms on the development machine) stops the whole event loop,
 * so every request in the process waits behind every commit. Written from a worker thread
 * holding its own connection, the commit still comes before the answer (the caller's promise
 * resolves only after it), but the process keeps parsing, matching and answering meanwhile.
 *
 * Until the thread is ready, and for good if it fails, `write` answers null and the caller
 * writes in its own thread: nothing is ever left unwritten. PostgreSQL (asynchronous already)
 * and in-memory SQLite (one connection only) never use it.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from '../store/db.js';
import type { AuditEntry } from '../audit/types.js';
import type { AppendedAudit } from '../audit/log.js';

interface Pending {
  resolve(done: AppendedAudit[]): void;
  reject(err: Error): void;
}

export class AuditWriterThread {
  private worker: Worker | undefined;
  private ready = false;
  private failed = false;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  /** A writer for this database, or undefined when it is not a SQLite file. */
  static for(db: Db): AuditWriterThread | undefined {
    if (db.dialect !== 'sqlite' || process.env.ATALAYA_AUDIT_THREAD === '0') return undefined;
    const file = db.url.replace(/^sqlite:(\/\/)?/, '');
    return !file || file === ':memory:' || file.startsWith('file::memory:') ? undefined : new AuditWriterThread(db.url);
  }

  private constructor(private readonly url: string) {}

  /** True once the thread takes writes (until it fails). */
  get active(): boolean {
    return this.ready && !this.failed;
  }

  /** Appends the entries in the thread; null when the thread cannot take them (write them here). */
  write(entries: AuditEntry[]): Promise<AppendedAudit[]> | null {
    if (this.failed) return null;
    if (!this.worker) this.start();
    if (!this.ready) return null;
    const id = this.nextId++;
    if (!this.pending.size) this.worker!.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, entries });
    });
  }

  private start(): void {
    const w = new Worker(new URL('./audit-writer-entry.mjs', import.meta.url), { workerData: { url: this.url } });
    this.worker = w;
    w.on('message', (m: { ready?: boolean; failed?: string; id?: number; done?: AppendedAudit[]; error?: string }) => {
      if (m.ready) this.ready = true;
      else if (m.failed) this.fail(new Error(m.failed));
      else if (m.id != null) this.settle(m.id, m.done, m.error);
    });
    w.on('error', (err) => this.fail(err));
    w.on('exit', () => this.fail(new Error('the audit writer thread stopped')));
    // An idle writer must not keep the process alive; a busy one does (see write and settle).
    // After the listeners: adding a 'message' listener refs the worker again.
    w.unref();
  }

  private settle(id: number, done: AppendedAudit[] | undefined, error: string | undefined): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (!this.pending.size) this.worker?.unref();
    if (done) p.resolve(done);
    else p.reject(new Error(error ?? 'audit write failed'));
  }

  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = true;
    // Pending groups are then written one by one in the caller's thread (GroupAppender's
    // fallback). Had the thread committed a group just before it stopped, those records appear
    // twice: a duplicate an auditor can see, where guessing wrong the other way would be a gap.
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    void this.worker?.terminate();
  }
}

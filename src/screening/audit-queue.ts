/**
 * Group commit of screening records. Every screening must be in the audit log before its answer
 * leaves, and one transaction per screening (write lock, chain head read, insert, commit with its
 * fsync) is the dearest part of a request on a busy server: the lock serialises every request of
 * every process. So: while one append is being written, the records of the requests that arrive
 * meanwhile wait, and are then written together in one transaction (`appendAuditMany`).
 *
 * Nothing is weakened: a caller's promise resolves only after the transaction holding its record
 * has committed, so no answer is ever given without its record, and a crash loses exactly what it
 * lost before (requests still in flight, none of which was answered). An idle server writes the
 * first record at once: there is no waiting window, so no added latency. If a group is refused
 * (one entry too large, say) its entries are retried one by one, so one bad entry fails only its
 * own request. On a SQLite file the groups are committed by a thread of their own
 * (audit-writer.ts), so that the commit's fsync does not stop the event loop.
 */
import type { Db } from '../store/db.js';
import type { AuditEntry } from '../audit/types.js';
import { appendAudit, appendAuditMany, type AppendedAudit } from '../audit/log.js';
import { AuditWriterThread } from './audit-writer.js';

/** Most records per transaction: bounds the time the write lock is held. */
const MAX_GROUP = 256;

interface Waiting {
  entry: AuditEntry;
  resolve(a: AppendedAudit): void;
  reject(err: unknown): void;
}

class GroupAppender {
  private waiting: Waiting[] = [];
  private writing = false;
  /** SQLite files: commits made off the event loop (audit-writer.ts). */
  private readonly thread: AuditWriterThread | undefined;

  constructor(private readonly db: Db) {
    this.thread = AuditWriterThread.for(db);
  }

  append(entry: AuditEntry): Promise<AppendedAudit> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, MAX_GROUP);
        try {
          const entries = group.map((w) => w.entry);
          const done = await (this.thread?.write(entries) ?? appendAuditMany(this.db, entries));
          group.forEach((w, i) => w.resolve(done[i]!));
        } catch {
          for (const w of group) await appendAudit(this.db, w.entry).then(w.resolve, w.reject);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

const appenders = new WeakMap<Db, GroupAppender>();

/** Appends to the audit log, sharing a transaction with appends made at the same time. */
export function appendAuditGrouped(db: Db, entry: AuditEntry): Promise<AppendedAudit> {
  let a = appenders.get(db);
  if (!a) appenders.set(db, (a = new GroupAppender(db)));
  return a.append(entry);
}

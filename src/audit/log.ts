/**
 * `appendAudit(db, entry)`: appends one entry to the append-only, hash-chained audit log.
 *
 * Appends are serialised so that two writers never chain onto the same predecessor: on SQLite
 * with `BEGIN IMMEDIATE` (the write lock before reading the head); on PostgreSQL a transaction-scoped advisory lock is taken before reading the head.
 * Called with a transaction (`Tx`), the entry is written in it and commits or rolls back with the
 * caller's work, so a decision and its record never disagree. Inside a transaction, always pass
 * it: without it the append waits for the database connection the transaction holds (SQLite has
 * one), which never comes.
 */
import { sql, type Kysely } from 'kysely';
import type { Db, Dialect, Tx } from '../store/db.js';
import type { Database } from '../store/schema.js';
import type { AuditEntry } from './types.js';
import { entryHash, GENESIS, type ChainedFields } from './chain.js';
import './schema.js';

/** Any advisory-lock key will do as long as every appender uses the same one. */
const AUDIT_LOCK_KEY = 4_217_731;
const MAX_DETAIL_CHARS = 1_000_000;

export interface AppendedAudit {
  seq: number;
  hash: string;
}

export async function appendAudit(db: Db, entry: AuditEntry, tx?: Tx): Promise<AppendedAudit> {
  if (tx) return appendIn(tx, db.dialect, entry);
  return inWriteTransaction(db, (t) => appendIn(t, db.dialect, entry));
}

/**
 * Several entries in one transaction, chained in the order given: one lock, one commit (one
 * fsync) instead of one per entry, which is what lets a busy server keep up (see
 * src/screening/audit-queue.ts). All or nothing: if one entry is refused, none is written.
 */
export async function appendAuditMany(db: Db, entries: readonly AuditEntry[]): Promise<AppendedAudit[]> {
  if (!entries.length) return [];
  return inWriteTransaction(db, (t) => appendAllIn(t, db.dialect, entries));
}

async function inWriteTransaction<T>(db: Db, work: (t: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.dialect === 'sqlite') {
    // BEGIN IMMEDIATE takes the write lock before the head is read, so that another process on
    // the same file (the CLI beside the server) waits instead of chaining onto a stale head.
    return db.kysely.connection().execute(async (c) => {
      await sql`begin immediate`.execute(c);
      try {
        const r = await work(c);
        await sql`commit`.execute(c);
        return r;
      } catch (err) {
        await sql`rollback`.execute(c);
        throw err;
      }
    });
  }
  return db.kysely.transaction().execute(work);
}

async function appendIn(t: Kysely<Database>, dialect: Dialect, entry: AuditEntry): Promise<AppendedAudit> {
  return (await appendAllIn(t, dialect, [entry]))[0]!;
}

/** Locks the chain, reads its head once, and inserts the entries chained in order in one statement. */
async function appendAllIn(t: Kysely<Database>, dialect: Dialect, entries: readonly AuditEntry[]): Promise<AppendedAudit[]> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(t);
  const head = await t.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = head ? Number(head.seq) : 0;
  let prev = head?.hash ?? GENESIS;
  const rows: (ChainedFields & { hash: string })[] = [];
  for (const entry of entries) {
    const detail = entry.detail === undefined ? null : JSON.stringify(entry.detail);
    if (detail && detail.length > MAX_DETAIL_CHARS) throw new Error(`audit detail too large (${detail.length} characters)`);
    const a = entry.actor;
    const row: ChainedFields = {
      seq: ++seq,
      at: new Date().toISOString(),
      actor_id: a.id,
      actor_kind: a.kind,
      actor_name: a.name,
      actor_role: a.role,
      actor_agency: a.agency,
      ip: a.ip ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      reason: entry.reason ?? null,
      detail,
      prev_hash: prev,
    };
    prev = entryHash(row);
    rows.push({ ...row, hash: prev });
  }
  // 14 columns a row: a group of a few hundred stays far below SQLite's limit on bound values.
  await t.insertInto('audit_log').values(rows).execute();
  return rows.map((r) => ({ seq: r.seq, hash: r.hash }));
}

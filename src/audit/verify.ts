/**
 * Verifies the audit chain end to end and says which entries were edited, deleted or reordered.
 * Reads the log in pages by sequence number (keyset), so a million entries take seconds and
 * little memory. A rewrite of the whole chain from some point on (every hash recomputed) can
 * only be caught against a head recorded elsewhere: pass `expectHead` (from `atalaya audit head`
 * kept by the inspector) to check it.
 */
import type { Db } from '../store/db.js';
import { entryHash, GENESIS } from './chain.js';
import type { AuditLogTable } from './schema.js';
import './schema.js';

export type AuditProblemKind = 'edited' | 'deleted' | 'reordered' | 'relinked' | 'head-mismatch';

export interface AuditProblem {
  seq: number;
  kind: AuditProblemKind;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  problems: AuditProblem[];
  /** true when more problems were found than are listed */
  truncated: boolean;
}

const PAGE = 20_000;
const MAX_PROBLEMS = 1000;
/** How far a moved entry is looked for when its content hashes under another sequence number. */
const REORDER_WINDOW = 8;

export async function verifyAudit(db: Db, opts: { expectHead?: { seq: number; hash: string } } = {}): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let truncated = false;
  const report = (p: AuditProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
    else truncated = true;
  };
  let prevSeq = 0;
  let prevHash = GENESIS;
  let entries = 0;
  let expectSeen = false;
  for (;;) {
    const rows = await db.kysely.selectFrom('audit_log').selectAll().where('seq', '>', prevSeq).orderBy('seq').limit(PAGE).execute();
    for (const raw of rows) {
      const row = raw as AuditLogTable;
      row.seq = Number(raw.seq); // PostgreSQL bigint
      entries++;
      if (row.seq !== prevSeq + 1) {
        const from = prevSeq + 1, to = row.seq - 1;
        report({ seq: from, kind: 'deleted', message: from === to ? `entry ${from} is missing (deleted)` : `entries ${from} to ${to} are missing (deleted)` });
      }
      const computed = entryHash(row);
      if (computed !== row.hash) {
        const moved = findOriginalSeq(row);
        if (moved != null) report({ seq: row.seq, kind: 'reordered', message: `entry ${row.seq} was written as entry ${moved} (reordered)` });
        else report({ seq: row.seq, kind: 'edited', message: `entry ${row.seq} (${row.action}) does not match its hash (edited)` });
      } else if (row.prev_hash !== prevHash && row.seq === prevSeq + 1) {
        report({ seq: row.seq, kind: 'relinked', message: `entry ${row.seq} does not follow entry ${prevSeq} (an entry before it was replaced or removed)` });
      }
      if (opts.expectHead && row.seq === opts.expectHead.seq) {
        expectSeen = true;
        if (row.hash !== opts.expectHead.hash) report({ seq: row.seq, kind: 'head-mismatch', message: `entry ${row.seq} differs from the recorded head (the chain was rewritten)` });
      }
      prevSeq = row.seq;
      prevHash = row.hash;
    }
    if (rows.length < PAGE) break;
  }
  if (opts.expectHead && !expectSeen) {
    report({ seq: opts.expectHead.seq, kind: 'deleted', message: `the recorded head entry ${opts.expectHead.seq} is missing (entries were deleted from the end)` });
  }
  return { ok: problems.length === 0 && !truncated, entries, head: entries ? { seq: prevSeq, hash: prevHash } : null, problems, truncated };
}

function findOriginalSeq(row: AuditLogTable): number | null {
  for (let d = 1; d <= REORDER_WINDOW; d++) {
    for (const s of [row.seq - d, row.seq + d]) {
      if (s >= 1 && entryHash({ ...row, seq: s }) === row.hash) return s;
    }
  }
  return null;
}

/** The newest entry, for an inspector to keep outside the system. */
export async function auditHead(db: Db): Promise<{ seq: number; hash: string } | null> {
  const r = await db.kysely.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return r ? { seq: Number(r.seq), hash: r.hash } : null;
}

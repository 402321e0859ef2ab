/**
 * Export for an inspector: every entry as one JSON line, with its chain fields, in sequence
 * order, so that the chain can be re-verified outside Atalaya (see docs/security.md).
 */
import type { Db } from '../store/db.js';
import './schema.js';

export interface AuditExportFilter {
  fromSeq?: number;
  toSeq?: number;
}

export async function exportAudit(db: Db, write: (line: string) => void | Promise<void>, f: AuditExportFilter = {}): Promise<number> {
  let after = (f.fromSeq ?? 1) - 1;
  let n = 0;
  for (;;) {
    let q = db.kysely.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(5000);
    if (f.toSeq != null) q = q.where('seq', '<=', f.toSeq);
    const rows = await q.execute();
    for (const r of rows) {
      await write(JSON.stringify({ ...r, seq: Number(r.seq) }) + '\n');
      after = Number(r.seq);
      n++;
    }
    if (rows.length < 5000) return n;
  }
}

/** Reads entries for one subject (e.g. who looked at a person's record), newest first. */
export async function auditTrail(db: Db, subject: string, limit = 200) {
  const rows = await db.kysely.selectFrom('audit_log').selectAll().where('subject', '=', subject).orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq), detail: r.detail ? JSON.parse(r.detail) : null }));
}

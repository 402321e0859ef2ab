/**
 * Export for an inspector: every entry as one JSON line, with its chain fields, in sequence
 * order, so that the chain can be re-verified outside Atalaya (see docs/security.md).
 */
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
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

/**
 * Entries for one subject (e.g. who looked at a person's record), newest first. Supervisors see
 * what their own agency's people did, administrators everyone: the rule is applied in the query,
 * so a supervisor gets up to `limit` of their own agency's entries, not what is left of `limit`.
 */
export async function auditTrail(db: Db, reader: Principal, subject: string, limit = 200) {
  let q = db.kysely.selectFrom('audit_log').selectAll().where('subject', '=', subject);
  if (reader.role !== 'admin' && reader.kind !== 'system') q = q.where('actor_agency', '=', reader.agency);
  const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq), detail: r.detail ? JSON.parse(r.detail) : null }));
}

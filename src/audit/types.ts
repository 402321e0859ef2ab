/**
 * The audit contract. `appendAudit(db, entry)` in src/audit/log.ts appends one entry to the
 * append-only, hash-chained log (implemented by the audit work, issue 6). Every door and service
 * calls it for every read of a person's record, every screening, every decision and every share.
 * Never put secrets in `detail`; personal data only where the inspector needs it.
 */
import type { Principal } from '../auth/principal.js';

export interface AuditEntry {
  actor: Principal;
  /** dotted verb, e.g. "screen.entity", "alert.adjudicate", "entity.read", "case.share" */
  action: string;
  /** what was touched, e.g. "alert:1234", "entity:un-QDi.430", "crossing:..." */
  subject?: string;
  /** why, when the actor gave a reason */
  reason?: string;
  /** what was asked and answered, as JSON-serialisable data */
  detail?: unknown;
}

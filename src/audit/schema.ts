/** The audit log's table, merged into the store's `Database` (see src/store/schema.ts). */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string;
  actor_kind: string;
  actor_name: string;
  actor_role: string;
  actor_agency: string;
  ip: string | null;
  action: string;
  subject: string | null;
  reason: string | null;
  /** JSON text, hashed as stored */
  detail: string | null;
  prev_hash: string;
  hash: string;
}

declare module '../store/schema.js' {
  interface Database {
    audit_log: AuditLogTable;
  }
}

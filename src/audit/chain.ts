/**
 * The hash chain, pure: what one entry's hash covers. Each hash is SHA-256 over the entry's
 * sequence number, time, actor, address, action, subject, reason, detail (as stored) and the
 * previous entry's hash, so editing, deleting or reordering any row breaks the chain from there.
 */
import { createHash } from 'node:crypto';
import type { AuditLogTable } from './schema.js';

/** The `prev_hash` of the first entry. */
export const GENESIS = '0'.repeat(64);

export type ChainedFields = Omit<AuditLogTable, 'hash'>;

export function entryHash(e: ChainedFields): string {
  const content = JSON.stringify([
    Number(e.seq), e.at, e.actor_id, e.actor_kind, e.actor_name, e.actor_role, e.actor_agency,
    e.ip ?? null, e.action, e.subject ?? null, e.reason ?? null, e.detail ?? null, e.prev_hash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

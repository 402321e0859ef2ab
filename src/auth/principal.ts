/**
 * Who is acting. Every request, CLI action and background job acts as a principal; every read
 * and decision is audited under it. Roles and agencies are enforced in src/auth, not in doors.
 */
export const ROLES = ['officer', 'analyst', 'supervisor', 'admin', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** user id, API key id, or "system" for background work */
  id: string;
  kind: 'user' | 'apikey' | 'system';
  /** display name for records (never a secret) */
  name: string;
  role: Role;
  /** agency code, e.g. "migration", "border-police", "customs", "ship-registry", "fiu" */
  agency: string;
  /** remote address, for the audit record */
  ip?: string;
}

export const SYSTEM: Principal = { id: 'system', kind: 'system', name: 'Atalaya', role: 'admin', agency: 'system' };

/**
 * Who may do what: one table of permissions per role. Agency scoping (which records a principal
 * sees) is separate and lives with the data (src/cases/access.ts): a permission says what kind of
 * act is allowed, never on whose records.
 */
import type { Principal, Role } from './principal.js';

export const PERMISSIONS = [
  'screen', 'lists.read', 'lists.import', 'entities.read',
  'alerts.read', 'alerts.assign', 'alerts.adjudicate', 'alerts.approve',
  'cases.read', 'cases.write', 'share',
  'crossings.read', 'crossings.write', 'biometrics.read', 'biometrics.enrol',
  'jobs.run', 'monitoring.write', 'profiles.write',
  'users.admin', 'keys.admin', 'audit.read', 'audit.export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OFFICER: Permission[] = ['screen', 'lists.read', 'entities.read', 'alerts.read', 'alerts.adjudicate', 'cases.read', 'crossings.read', 'crossings.write', 'biometrics.read', 'biometrics.enrol'];
const ANALYST: Permission[] = [...OFFICER, 'alerts.assign', 'cases.write', 'share', 'jobs.run', 'monitoring.write'];
const SUPERVISOR: Permission[] = [...ANALYST, 'alerts.approve', 'profiles.write', 'audit.read'];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  officer: new Set(OFFICER),
  analyst: new Set(ANALYST),
  supervisor: new Set(SUPERVISOR),
  // administrators run the system (users, keys, list imports, the audit); deciding alerts is the
  // task force's work, so it is not theirs by default
  admin: new Set<Permission>(['lists.read', 'lists.import', 'entities.read', 'alerts.read', 'cases.read', 'users.admin', 'keys.admin', 'audit.read', 'audit.export', 'screen', 'jobs.run', 'monitoring.write', 'profiles.write', 'crossings.read', 'biometrics.read']),
  // a foreign partner reads only what was shared with it
  partner: new Set<Permission>(['alerts.read', 'cases.read']),
};

/** Whether the principal's role allows the permission. The system principal may do anything. */
export function can(principal: Principal | null | undefined, permission: string): boolean {
  if (!principal) return false;
  if (principal.kind === 'system') return true;
  return ROLE_PERMISSIONS[principal.role]?.has(permission as Permission) ?? false;
}

/** Roles that may give the second pair of eyes (four-eyes approvals). */
export function isSupervising(p: Principal): boolean {
  return can(p, 'alerts.approve');
}

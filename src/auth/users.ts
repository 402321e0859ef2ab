/** Users: create, list, change role or password, disable; and the first administrator. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { ROLES, SYSTEM, type Principal, type Role } from './principal.js';
import { checkPasswordPolicy, hashPassword } from './password.js';
import { checkAgencyCode, ensureAgency } from './agencies.js';
import type { UserTable } from './schema.js';
import './schema.js';

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  agency: string;
  password: string;
}

/** What may leave the auth module about a user: never the hash or lockout counters. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: string;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

export function userView(u: UserTable): UserView {
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role as Role, agency: u.agency, disabled: !!u.disabled, lockedUntil: u.locked_until, createdAt: u.created_at, lastLoginAt: u.last_login_at };
}

export function principalOf(u: Pick<UserTable, 'id' | 'display_name' | 'role' | 'agency'>, ip?: string): Principal {
  return { id: u.id, kind: 'user', name: u.display_name, role: u.role as Role, agency: u.agency, ...(ip ? { ip } : {}) };
}

export function checkRole(role: unknown): Role {
  if (!ROLES.includes(role as Role)) throw new InputError(`role must be one of ${ROLES.join(', ')}`, { field: 'role' });
  return role as Role;
}

function checkUsername(u: unknown): string {
  if (typeof u !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/.test(u)) throw new InputError('username must be 2 to 64 letters, digits or ._@-', { field: 'username' });
  return u.toLowerCase();
}

export async function createUser(db: Db, by: Principal, input: NewUser): Promise<UserView> {
  const username = checkUsername(input.username);
  const role = checkRole(input.role);
  const agency = checkAgencyCode(input.agency);
  const displayName = (input.displayName ?? username).trim();
  // eslint-disable-next-line no-control-regex
  if (!displayName || displayName.length > 200 || /[\u0000-\u001f]/.test(displayName)) throw new InputError('display name must be 1 to 200 characters, no control characters', { field: 'displayName' });
  checkPasswordPolicy(input.password);
  if (await db.kysely.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) {
    throw new InputError(`user "${username}" exists`, { field: 'username' });
  }
  await ensureAgency(db, agency, role === 'partner' ? { kind: 'partner' } : {});
  const row: UserTable = {
    id: randomUUID(), username, display_name: displayName, role, agency,
    password_hash: await hashPassword(input.password),
    failed_logins: 0, locked_until: null, disabled: 0, created_at: new Date().toISOString(), last_login_at: null,
  };
  await db.kysely.insertInto('users').values(row).execute();
  await appendAudit(db, { actor: by, action: 'user.create', subject: `user:${row.id}`, detail: { username, role, agency } });
  return userView(row);
}

/** Creates the first administrator; refuses when any administrator exists already. */
export async function bootstrapAdmin(db: Db, input: Omit<NewUser, 'role'>): Promise<UserView> {
  const admin = await db.kysely.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirst();
  if (admin) throw new InputError('an administrator exists already; ask them to create users');
  return createUser(db, SYSTEM, { ...input, role: 'admin' });
}

export async function listUsers(db: Db, filter: { agency?: string } = {}): Promise<UserView[]> {
  let q = db.kysely.selectFrom('users').selectAll().orderBy('username');
  if (filter.agency) q = q.where('agency', '=', filter.agency);
  return (await q.execute()).map(userView);
}

export async function getUser(db: Db, id: string): Promise<UserView | null> {
  const u = await db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return u ? userView(u) : null;
}

export interface UserChange {
  role?: Role;
  disabled?: boolean;
  password?: string;
  /** clears a lockout */
  unlock?: boolean;
}

export async function updateUser(db: Db, by: Principal, id: string, change: UserChange): Promise<UserView> {
  const u = await db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!u) throw new InputError(`no user ${id}`, { field: 'id' });
  const set: Partial<UserTable> = {};
  if (change.role !== undefined) set.role = checkRole(change.role);
  if (change.disabled !== undefined) set.disabled = change.disabled ? 1 : 0;
  if (change.password !== undefined) { checkPasswordPolicy(change.password); set.password_hash = await hashPassword(change.password); }
  if (change.unlock) { set.failed_logins = 0; set.locked_until = null; }
  if (id === by.id && (set.disabled === 1 || (set.role && set.role !== u.role))) throw new InputError('you cannot disable yourself or change your own role', { field: 'id' });
  if (Object.keys(set).length) await db.kysely.updateTable('users').set(set).where('id', '=', id).execute();
  // a changed password, role or a disabled account ends the user's sessions
  if (set.password_hash || set.role || set.disabled) await db.kysely.deleteFrom('sessions').where('user_id', '=', id).execute();
  await appendAudit(db, { actor: by, action: 'user.update', subject: `user:${id}`, detail: { role: set.role, disabled: change.disabled, passwordChanged: !!set.password_hash, unlocked: !!change.unlock } });
  return userView({ ...u, ...set });
}

/**
 * Who acts in a CLI command: the named user (the operator works a case as themselves), or the
 * operating-system account as a system administrator for set-up tasks. The CLI runs on the server
 * with the database's credentials, so it is trusted; the audit still says who did what.
 */
export async function cliPrincipal(db: Db, username?: string): Promise<Principal> {
  const os = process.env.USER || process.env.LOGNAME || 'unknown';
  if (!username) return { id: `cli:${os}`, kind: 'system', name: `CLI (${os})`, role: 'admin', agency: 'system', ip: 'local' };
  const u = await db.kysely.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
  if (!u || u.disabled) throw new InputError(`no active user "${username}"`, { field: 'as' });
  return { ...principalOf(u, 'local'), name: `${u.display_name} (CLI, ${os})` };
}

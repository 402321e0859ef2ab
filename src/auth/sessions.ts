/**
 * Login with throttling and lockout, console sessions (cookie + CSRF token) and API tokens.
 * - A user is locked for 15 minutes after 5 failed logins in a row (counted per account).
 * - An address with 20 failures in 15 minutes is refused before any password is checked, so one
 *   machine cannot guess across many accounts.
 * - Unknown users cost the same scrypt time as known ones, so timing does not reveal accounts.
 * Tokens are 256-bit random; only their SHA-256 is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { appendAudit } from '../audit/log.js';
import { SYSTEM, type Principal } from './principal.js';
import { dummyHash, verifyPassword } from './password.js';
import { principalOf, userView, type UserView } from './users.js';
import './schema.js';

export const LOCKOUT_AFTER = 5;
export const LOCKOUT_MINUTES = 15;
export const IP_FAILURE_LIMIT = 20;
export const SESSION_HOURS = { console: 12, api: 8 } as const;
export const SESSION_COOKIE = 'atalaya_session';
export const CSRF_HEADER = 'x-csrf-token';

export type LoginResult =
  | { ok: true; token: string; csrfToken: string | null; expiresAt: string; user: UserView }
  | { ok: false; reason: 'invalid' | 'locked' | 'throttled' };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

export async function login(db: Db, input: { username: string; password: string; ip?: string; kind?: 'console' | 'api' }): Promise<LoginResult> {
  const ip = (input.ip ?? 'unknown').slice(0, 100);
  // eslint-disable-next-line no-control-regex
  const username = String(input.username ?? '').replace(/[\u0000-\u001f]/g, '').toLowerCase().slice(0, 64);
  const actor = (p?: Principal): Principal => p ?? { ...SYSTEM, ip };
  const recent = await db.kysely.selectFrom('login_failures').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip).where('at', '>', minutesAgo(LOCKOUT_MINUTES)).executeTakeFirstOrThrow();
  if (Number(recent.n) >= IP_FAILURE_LIMIT) {
    await appendAudit(db, { actor: actor(), action: 'auth.login.throttled', detail: { username } });
    return { ok: false, reason: 'throttled' };
  }
  const u = await db.kysely.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const now = new Date().toISOString();
  if (u && u.locked_until && u.locked_until > now) {
    await appendAudit(db, { actor: actor(), action: 'auth.login.locked', subject: `user:${u.id}` });
    return { ok: false, reason: 'locked' };
  }
  const good = await verifyPassword(String(input.password ?? ''), u?.password_hash ?? (await dummyHash()));
  if (!u || !good || u.disabled) {
    await db.kysely.insertInto('login_failures').values({ ip, username, at: now }).execute();
    if (u) {
      const failed = u.failed_logins + 1;
      const lock = failed >= LOCKOUT_AFTER ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
      await db.kysely.updateTable('users').set({ failed_logins: lock ? 0 : failed, locked_until: lock }).where('id', '=', u.id).execute();
      await appendAudit(db, { actor: actor(), action: lock ? 'auth.lockout' : 'auth.login.failed', subject: `user:${u.id}`, detail: { failed } });
    } else {
      await appendAudit(db, { actor: actor(), action: 'auth.login.failed', detail: { username } });
    }
    return { ok: false, reason: 'invalid' };
  }
  await db.kysely.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: now }).where('id', '=', u.id).execute();
  // housekeeping where it is cheap: this user's expired sessions, this address's old failures
  await db.kysely.deleteFrom('sessions').where('user_id', '=', u.id).where('expires_at', '<=', now).execute();
  await db.kysely.deleteFrom('login_failures').where('ip', '=', ip).where('at', '<=', minutesAgo(24 * 60)).execute();
  const kind = input.kind ?? 'console';
  const token = randomBytes(32).toString('base64url');
  const csrfToken = kind === 'console' ? randomBytes(32).toString('base64url') : null;
  const expiresAt = new Date(Date.now() + SESSION_HOURS[kind] * 3600_000).toISOString();
  await db.kysely.insertInto('sessions').values({ token_hash: sha256(token), user_id: u.id, kind, csrf_token: csrfToken, ip, created_at: now, expires_at: expiresAt }).execute();
  await appendAudit(db, { actor: principalOf(u, ip), action: 'auth.login', subject: `user:${u.id}`, detail: { kind } });
  return { ok: true, token, csrfToken, expiresAt, user: userView(u) };
}

export async function logout(db: Db, token: string, by?: Principal): Promise<void> {
  const r = await db.kysely.deleteFrom('sessions').where('token_hash', '=', sha256(token)).executeTakeFirst();
  if (by && Number(r.numDeletedRows) > 0) await appendAudit(db, { actor: by, action: 'auth.logout', subject: `user:${by.id}` });
}

export interface ResolvedSession {
  principal: Principal;
  kind: 'console' | 'api';
  csrfToken: string | null;
}

/** The live session of a token, or null (unknown, expired, or its user disabled). */
export async function resolveSession(db: Db, token: string, ip?: string): Promise<ResolvedSession | null> {
  if (!token || token.length > 200) return null;
  const row = await db.kysely.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.kind', 'sessions.csrf_token', 'sessions.expires_at', 'users.id', 'users.display_name', 'users.role', 'users.agency', 'users.disabled'])
    .where('sessions.token_hash', '=', sha256(token)).executeTakeFirst();
  if (!row || row.disabled || row.expires_at <= new Date().toISOString()) return null;
  return { principal: principalOf(row, ip), kind: row.kind, csrfToken: row.csrf_token };
}

/** Removes expired sessions and old login failures (run at start-up and now and then). */
export async function pruneSessions(db: Db): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('expires_at', '<=', new Date().toISOString()).execute();
  await db.kysely.deleteFrom('login_failures').where('at', '<=', minutesAgo(24 * 60)).execute();
}

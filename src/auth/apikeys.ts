/**
 * API keys for systems (a bank's screening client, a gate): bound to a role and an agency.
 * The key is `atl_<id>_<secret>`; only a SHA-256 of the 256-bit secret is stored (a slow KDF adds
 * nothing for random secrets of that size), and the key is shown once, at creation.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { SYSTEM, type Principal, type Role } from './principal.js';
import { checkAgencyCode, ensureAgency } from './agencies.js';
import { checkRole } from './users.js';
import './schema.js';

export interface CreatedApiKey {
  id: string;
  /** the whole key: shown once, never stored */
  key: string;
  name: string;
  role: Role;
  agency: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function createApiKey(db: Db, input: { name: string; role: Role | string; agency: string }, by: Principal = SYSTEM): Promise<CreatedApiKey> {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > 200) throw new InputError('name must be 1 to 200 characters', { field: 'name' });
  const role = checkRole(input.role);
  const agency = checkAgencyCode(input.agency);
  await ensureAgency(db, agency, role === 'partner' ? { kind: 'partner' } : {});
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await db.kysely.insertInto('api_keys').values({
    id, name, role, agency, secret_hash: sha256(secret), created_at: new Date().toISOString(), created_by: by.id, revoked_at: null, last_used_at: null,
  }).execute();
  await appendAudit(db, { actor: by, action: 'apikey.create', subject: `apikey:${id}`, detail: { name, role, agency } });
  return { id, key: `atl_${id}_${secret}`, name, role, agency };
}

export async function revokeApiKey(db: Db, id: string, by: Principal = SYSTEM): Promise<boolean> {
  const r = await db.kysely.updateTable('api_keys').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  const done = Number(r.numUpdatedRows) > 0;
  keyCache.get(db)?.delete(id);
  if (done) await appendAudit(db, { actor: by, action: 'apikey.revoke', subject: `apikey:${id}` });
  return done;
}

export async function listApiKeys(db: Db) {
  return db.kysely.selectFrom('api_keys').select(['id', 'name', 'role', 'agency', 'created_at', 'revoked_at', 'last_used_at']).orderBy('created_at').execute();
}

/**
 * Key rows read in the last few seconds, so that a busy client does not cost a query per request.
 * Revocation: by this process, at once (revokeApiKey drops the entry); by another process (the
 * CLI beside the server, another HTTP worker), within KEY_CACHE_MS. The secret is still checked
 * against the stored hash on every request; unknown ids are never cached.
 */
const KEY_CACHE_MS = 5_000;
const KEY_CACHE_MAX = 10_000;
type KeyRow = { id: string; name: string; role: string; agency: string; secret_hash: string; revoked_at: string | null; last_used_at: string | null };
const keyCache = new WeakMap<Db, Map<string, { row: KeyRow; until: number }>>();

async function keyRow(db: Db, id: string): Promise<KeyRow | undefined> {
  let cache = keyCache.get(db);
  if (!cache) keyCache.set(db, (cache = new Map()));
  const hit = cache.get(id);
  if (hit && hit.until > Date.now()) return hit.row;
  const row = await db.kysely.selectFrom('api_keys').select(['id', 'name', 'role', 'agency', 'secret_hash', 'revoked_at', 'last_used_at']).where('id', '=', id).executeTakeFirst();
  if (!row) {
    cache.delete(id);
    return undefined;
  }
  if (cache.size >= KEY_CACHE_MAX) cache.clear();
  cache.set(id, { row, until: Date.now() + KEY_CACHE_MS });
  return row;
}

/** The principal of a presented key, or null when it is unknown, revoked or wrong. */
export async function principalForApiKey(db: Db, key: string, ip?: string): Promise<Principal | null> {
  const m = /^atl_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/.exec(key);
  if (!m) return null;
  const row = await keyRow(db, m[1]!);
  if (!row || row.revoked_at) return null;
  const a = Buffer.from(row.secret_hash, 'hex'), b = Buffer.from(sha256(m[2]!), 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  // last use at minute precision: one write a minute per key at most, not one per request
  const now = new Date().toISOString();
  if (!row.last_used_at || row.last_used_at.slice(0, 16) !== now.slice(0, 16)) {
    row.last_used_at = now;
    await db.kysely.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return { id: `apikey:${row.id}`, kind: 'apikey', name: row.name, role: row.role as Role, agency: row.agency, ...(ip ? { ip } : {}) };
}

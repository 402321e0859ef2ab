/**
 * What the API server's request hook calls: who is asking, and may they.
 *
 * Credentials, in order:
 * - `Authorization: Bearer atl_...` or `X-API-Key: atl_...`: an API key (bound to role and agency);
 * - `Authorization: Bearer <token>`: an API token from `POST /api/auth/login` with `"token": true`;
 * - the `atalaya_session` cookie: a console session. A cookie is sent by the browser on its own,
 *   so every state-changing request (anything but GET, HEAD, OPTIONS; and any request whose method
 *   is not given) must also carry the session's CSRF token in `X-CSRF-Token`, or it is refused.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.js';
import type { Principal } from './principal.js';
import { principalForApiKey } from './apikeys.js';
import { CSRF_HEADER, resolveSession, SESSION_COOKIE } from './sessions.js';

export { can, isSupervising, PERMISSIONS, ROLE_PERMISSIONS, type Permission } from './permissions.js';
export { SESSION_COOKIE, CSRF_HEADER } from './sessions.js';

export interface RequestCredentials {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  ip?: string;
  /** HTTP method; cookie sessions need the CSRF header unless it is GET, HEAD or OPTIONS */
  method?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function header(h: RequestCredentials['headers'], name: string): string | undefined {
  const v = h[name] ?? h[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export async function authenticateRequest(db: Db, req: RequestCredentials): Promise<Principal | null> {
  const auth = header(req.headers, 'authorization');
  const bearer = auth && /^Bearer\s+(.+)$/i.exec(auth.trim())?.[1];
  const apiKey = header(req.headers, 'x-api-key') ?? (bearer?.startsWith('atl_') ? bearer : undefined);
  if (apiKey) return principalForApiKey(db, apiKey.trim(), req.ip);
  if (bearer) {
    const s = await resolveSession(db, bearer, req.ip);
    return s && s.kind === 'api' ? s.principal : null;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (cookie) {
    const s = await resolveSession(db, cookie, req.ip);
    if (!s || s.kind !== 'console') return null;
    if (!req.method || !SAFE_METHODS.has(req.method.toUpperCase())) {
      const sent = header(req.headers, CSRF_HEADER);
      if (!sent || !s.csrfToken || !safeEqual(sent, s.csrfToken)) return null;
    }
    return s.principal;
  }
  return null;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Cookie attributes for the console session: not readable by scripts, not sent cross-site. */
export function sessionCookieOptions(expiresAt: string, secure = true) {
  return { path: '/', httpOnly: true, secure, sameSite: 'strict' as const, expires: new Date(expiresAt) };
}

/**
 * Sign-in for the console (an HttpOnly, Secure, SameSite=Strict session cookie plus a CSRF token
 * the console sends back in X-CSRF-Token) and for API clients (`"token": true` returns a bearer
 * token). Who is who lives in src/auth; this only translates HTTP.
 */
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { login, logout, resolveSession, SESSION_COOKIE } from '../../auth/sessions.js';
import { sessionCookieOptions } from '../../auth/http.js';
import { ROLE_PERMISSIONS } from '../../auth/permissions.js';
import { HttpError } from '../errors.js';
import { errors } from '../schemas.js';

/** Answers are documented loosely (any JSON) beside the standard error bodies. */
export const ok = { 200: z.any(), 201: z.any(), ...errors };

/**
 * An `:id` path parameter, for every route module that takes one: ids never hold control
 * characters (PostgreSQL text cannot hold NUL at all, and would answer 500 instead of 400).
 */
export const Id = z.strictObject({ id: z.string().min(1).max(100).regex(/^[^\u0000-\u001f]+$/, 'no control characters') });

/** Text that will be stored: no NUL characters, for the same reason. */
export const Text = (max: number, min = 1) => z.string().min(min).max(max).regex(/^[^\u0000]*$/, 'no NUL characters');

/** Turns the core's refusals (NotFoundError, ForbiddenError, ConflictError) into HTTP answers. */
export async function core<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const e = err as { statusCode?: number; message?: string; name?: string };
    if (!(err instanceof HttpError) && e.statusCode && e.statusCode >= 400 && e.statusCode < 500 && e.name?.endsWith('Error')) {
      const code = { 403: 'forbidden', 404: 'not_found', 409: 'conflict' }[e.statusCode] ?? 'bad_request';
      throw new HttpError(e.statusCode, code, e.message ?? code);
    }
    throw err;
  }
}

const Login = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
  /** true: an API bearer token instead of a console cookie */
  token: z.boolean().optional(),
});

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  return h && /^Bearer\s+(.+)$/i.exec(h)?.[1];
}

export default async function auth(app: ApiApp, ctx: AppContext): Promise<void> {
  app.post('/auth/login', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'Sign in: a console session cookie and CSRF token, or an API token', body: Login },
  }, async (req, reply) => {
    const r = await login(ctx.db, { username: req.body.username, password: req.body.password, ip: req.ip, kind: req.body.token ? 'api' : 'console' });
    if (!r.ok) {
      const [status, msg] = r.reason === 'locked' ? [423, 'account locked after repeated failures; try later or ask an administrator']
        : r.reason === 'throttled' ? [429, 'too many failed sign-ins from this address; try later'] : [401, 'wrong user name or password'];
      throw new HttpError(status as number, r.reason, msg as string);
    }
    if (req.body.token) return { token: r.token, expiresAt: r.expiresAt, user: r.user };
    void reply.setCookie(SESSION_COOKIE, r.token, sessionCookieOptions(r.expiresAt));
    return { user: r.user, csrfToken: r.csrfToken, expiresAt: r.expiresAt };
  });

  app.post('/auth/logout', {
    schema: { tags: ['auth'], summary: 'End this session or token', response: ok },
  }, async (req, reply) => {
    const token = bearer(req) ?? req.cookies?.[SESSION_COOKIE];
    if (token && !token.startsWith('atl_')) await logout(ctx.db, token, req.principal);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/auth/me', {
    schema: { tags: ['auth'], summary: 'Who is signed in, their permissions, and the console CSRF token' },
  }, async (req) => {
    const p = req.principal;
    const cookie = req.cookies?.[SESSION_COOKIE];
    const session = cookie && !bearer(req) ? await resolveSession(ctx.db, cookie) : null;
    return {
      user: { id: p.id, kind: p.kind, name: p.name, role: p.role, agency: p.agency, permissions: [...(ROLE_PERMISSIONS[p.role] ?? [])] },
      ...(session?.csrfToken ? { csrfToken: session.csrfToken } : {}),
    };
  });
}

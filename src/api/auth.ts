/**
 * The API's authentication hook. Every route is authenticated unless it says
 * `config: { public: true }`; a route that declares `config: { permission: 'screen' }` also
 * needs that permission. Who is who and who may do what is decided in src/auth (`authenticateRequest`
 * and `can` from src/auth/http.ts), never here.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import { HttpError } from './errors.js';
import { authenticateRequest, can, type RequestCredentials } from '../auth/http.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No authentication at all (health checks, the OpenAPI document, the console's files). */
    public?: boolean;
    /** The permission the caller needs, as src/auth names it (e.g. "screen", "lists.read"). */
    permission?: string;
  }
  interface FastifyRequest {
    /** Set by the auth hook on every authenticated route. */
    principal: Principal;
  }
}

export type { RequestCredentials } from '../auth/http.js';

/** What the API needs from src/auth. */
export interface Authenticator {
  authenticateRequest(db: Db, req: RequestCredentials): Promise<Principal | null>;
  can(principal: Principal, permission: string): boolean;
}

/** src/auth/http.ts: API keys, API tokens and console sessions (with CSRF). */
export const defaultAuthenticator: Authenticator = { authenticateRequest, can };

export function authHook(db: Db, auth: Authenticator) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const config = request.routeOptions.config;
    // Unmatched routes fall through to the 404 handler; public routes need no one.
    if (!request.routeOptions.url || config?.public) return;
    const principal = await auth.authenticateRequest(db, {
      headers: request.headers,
      cookies: (request as { cookies?: Record<string, string | undefined> }).cookies ?? {},
      ip: request.ip,
      method: request.method,
    });
    if (!principal) throw new HttpError(401, 'unauthenticated', 'a valid API key or session is required (header "Authorization: Bearer KEY" or "X-API-Key: KEY")');
    request.principal = { ...principal, ip: request.ip };
    if (config?.permission && !auth.can(request.principal, config.permission)) {
      throw new HttpError(403, 'forbidden', `role "${principal.role}" may not ${config.permission}`);
    }
  };
}

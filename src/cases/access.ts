/**
 * Agency scoping: which alerts and cases a principal sees. A record belongs to one agency; its
 * users see it whole. Another agency or a foreign partner sees it only while a share to them is
 * in force (not revoked, not expired), and only within the share's scope. Partners own nothing.
 * The system principal (background work) sees everything.
 */
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/permissions.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import { isId } from './text.js';
import type { AlertTable, CaseTable } from './schema.js';
import './schema.js';

export const SCOPES = ['summary', 'evidence', 'full'] as const;
/** summary: who, against which listing, score and decision; evidence: + the frozen entities and
 *  reasons; full: + notes, actions, links and history of a case. */
export type Scope = (typeof SCOPES)[number] | 'owner';

const RANK: Record<Scope, number> = { summary: 1, evidence: 2, full: 3, owner: 4 };

export function owns(p: Principal, agency: string): boolean {
  return p.kind === 'system' || (p.role !== 'partner' && p.agency === agency);
}

/**
 * The shares to `agency` in force now (not revoked, not expired): the one definition of "shared"
 * that record access, the case list and the shared-alerts list all filter by.
 */
export function sharesInForce(db: Db, agency: string) {
  const now = new Date().toISOString();
  return db.kysely.selectFrom('shares')
    .where('to_agency', '=', agency)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]));
}

/** The widest scope in force of the shares of this object (or of its case) to the principal's agency. */
async function sharedScope(db: Db, p: Principal, kind: 'alert' | 'case', id: string, caseId?: string | null): Promise<Scope | null> {
  let q = sharesInForce(db, p.agency).select(['scope', 'object_kind']);
  q = q.where((eb) => {
    const own = eb.and([eb('object_kind', '=', kind), eb('object_id', '=', id)]);
    return caseId ? eb.or([own, eb.and([eb('object_kind', '=', 'case'), eb('object_id', '=', caseId)])]) : own;
  });
  const rows = await q.execute();
  let best: Scope | null = null;
  for (const r of rows) {
    const s = JSON.parse(r.scope).level as Scope;
    if (SCOPES.includes(s as never) && (!best || RANK[s] > RANK[best])) best = s;
  }
  return best;
}

export async function visibleAlert(db: Db, p: Principal, id: string): Promise<{ alert: AlertTable; scope: Scope }> {
  if (!can(p, 'alerts.read')) throw new ForbiddenError(`role "${p.role}" may not read alerts`);
  const alert = isId(id) ? await db.kysely.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!alert) throw new NotFoundError(`alert ${String(id).slice(0, 100)}`);
  if (owns(p, alert.agency)) return { alert, scope: 'owner' };
  const scope = await sharedScope(db, p, 'alert', alert.id, alert.case_id);
  if (!scope) throw new NotFoundError(`alert ${id}`);
  return { alert, scope };
}

export async function visibleCase(db: Db, p: Principal, id: string): Promise<{ kase: CaseTable; scope: Scope }> {
  if (!can(p, 'cases.read')) throw new ForbiddenError(`role "${p.role}" may not read cases`);
  const kase = isId(id) ? await db.kysely.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!kase) throw new NotFoundError(`case ${String(id).slice(0, 100)}`);
  if (owns(p, kase.agency)) return { kase, scope: 'owner' };
  const scope = await sharedScope(db, p, 'case', kase.id);
  if (!scope) throw new NotFoundError(`case ${id}`);
  return { kase, scope };
}

/** For changes: the record must be the principal's agency's own (a share never gives write). */
export function requireOwner(p: Principal, scope: Scope, what: string): void {
  if (scope !== 'owner') throw new ForbiddenError(`${what} was shared with ${p.agency} read-only`);
}

export function atLeast(scope: Scope, want: Scope): boolean {
  return RANK[scope] >= RANK[want];
}

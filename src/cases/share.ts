/**
 * Sharing an alert or a case with another agency or a foreign partner, with a chosen scope
 * (summary, evidence, full; see access.ts), for a stated purpose, optionally until a date.
 * Only the owning agency shares (a share is never re-shared). Every share is a row (what went to
 * whom, when, by whom, the hash of the package sent) and an audit entry; revoking ends access.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/permissions.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { checkAgencyCode } from '../auth/agencies.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import { requireOwner, SCOPES, visibleAlert, visibleCase } from './access.js';
import { buildPackage, type SharePackage } from './package.js';
import { checkDate, checkText, isId } from './text.js';
import './schema.js';

export interface NewShare {
  kind: 'alert' | 'case';
  id: string;
  toAgency: string;
  scope: (typeof SCOPES)[number];
  purpose: string;
  expiresAt?: string;
}

export interface ShareRecord {
  id: string;
  kind: 'alert' | 'case';
  objectId: string;
  fromAgency: string;
  toAgency: string;
  scope: string;
  purpose: string;
  by: string;
  at: string;
  expiresAt: string | null;
  revokedAt: string | null;
  packageHash: string | null;
}

export async function shareObject(db: Db, p: Principal, input: NewShare): Promise<{ share: ShareRecord; package: SharePackage }> {
  if (!can(p, 'share')) throw new ForbiddenError(`role "${p.role}" may not share`);
  if (!['alert', 'case'].includes(input?.kind)) throw new InputError('kind must be alert or case', { field: 'kind' });
  if (!SCOPES.includes(input.scope)) throw new InputError(`scope must be one of ${SCOPES.join(', ')}`, { field: 'scope' });
  const toAgency = checkAgencyCode(input.toAgency, 'toAgency');
  const purpose = checkText(input.purpose, 'purpose', { min: 3, max: 2000 });
  const expiresAt = checkDate(input.expiresAt, 'expiresAt');
  const { scope: mine, agency } = input.kind === 'alert'
    ? await visibleAlert(db, p, input.id).then((r) => ({ scope: r.scope, agency: r.alert.agency }))
    : await visibleCase(db, p, input.id).then((r) => ({ scope: r.scope, agency: r.kase.agency }));
  requireOwner(p, mine, `${input.kind} ${input.id}`);
  if (toAgency === agency) throw new InputError('the record is that agency\'s own', { field: 'toAgency' });
  const target = await db.kysely.selectFrom('agencies').select('code').where('code', '=', toAgency).executeTakeFirst();
  if (!target) throw new NotFoundError(`agency ${toAgency}`);
  const pkg = await buildPackage(db, input.kind, input.id, input.scope, { from: agency, to: toAgency, purpose, by: p.name });
  const packageHash = createHash('sha256').update(JSON.stringify(pkg)).digest('hex');
  const row = {
    id: randomUUID(), object_kind: input.kind, object_id: input.id, from_agency: agency, to_agency: toAgency,
    scope: JSON.stringify({ level: input.scope }), purpose, by_id: p.id, by_name: p.name, at: new Date().toISOString(),
    expires_at: expiresAt, revoked_at: null, package_hash: packageHash,
  };
  await db.kysely.transaction().execute(async (t) => {
    await t.insertInto('shares').values(row).execute();
    await appendAudit(db, { actor: p, action: `${input.kind}.share`, subject: `${input.kind}:${input.id}`, reason: purpose, detail: { to: toAgency, scope: input.scope, expiresAt, share: row.id, packageHash } }, t);
  });
  return { share: shareRecord(row), package: pkg };
}

function shareRecord(r: { id: string; object_kind: 'alert' | 'case'; object_id: string; from_agency: string; to_agency: string; scope: string; purpose: string; by_name: string; at: string; expires_at: string | null; revoked_at: string | null; package_hash: string | null }): ShareRecord {
  return { id: r.id, kind: r.object_kind, objectId: r.object_id, fromAgency: r.from_agency, toAgency: r.to_agency, scope: JSON.parse(r.scope).level, purpose: r.purpose, by: r.by_name, at: r.at, expiresAt: r.expires_at, revokedAt: r.revoked_at, packageHash: r.package_hash };
}

/** The record of what the principal's agency sent to whom and when (optionally for one object). */
export async function listShares(db: Db, p: Principal, f: { kind?: 'alert' | 'case'; id?: string } = {}): Promise<ShareRecord[]> {
  if (!can(p, 'share') && !can(p, 'audit.read')) throw new ForbiddenError(`role "${p.role}" may not read the share record`);
  let q = db.kysely.selectFrom('shares').selectAll();
  if (p.kind !== 'system') q = q.where('from_agency', '=', p.agency);
  if (f.kind) q = q.where('object_kind', '=', f.kind);
  if (f.id) q = q.where('object_id', '=', f.id);
  return (await q.orderBy('at', 'desc').limit(1000).execute()).map(shareRecord);
}

export async function revokeShare(db: Db, p: Principal, shareId: string, reason: string): Promise<void> {
  if (!can(p, 'share')) throw new ForbiddenError(`role "${p.role}" may not revoke shares`);
  const why = checkText(reason, 'reason', { min: 3, max: 2000 });
  const s = isId(shareId) ? await db.kysely.selectFrom('shares').selectAll().where('id', '=', shareId).executeTakeFirst() : undefined;
  if (!s || (p.kind !== 'system' && s.from_agency !== p.agency)) throw new NotFoundError(`share ${shareId}`);
  await db.kysely.transaction().execute(async (t) => {
    await t.updateTable('shares').set({ revoked_at: new Date().toISOString() }).where('id', '=', s.id).where('revoked_at', 'is', null).execute();
    await appendAudit(db, { actor: p, action: `${s.object_kind}.share.revoke`, subject: `${s.object_kind}:${s.object_id}`, reason: why, detail: { share: s.id, to: s.to_agency } }, t);
  });
}

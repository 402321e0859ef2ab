/**
 * Alert work: read, assign, adjudicate, and the second pair of eyes.
 *
 * - Every decision has a reason. "inconclusive" closes the alert as undecided; "false_positive"
 *   closes it, and with `suppress` asks a supervisor to approve suppressing the pair for good;
 *   "confirmed" always waits for a supervisor's approval.
 * - The approver must hold a supervising role and must not be the first adjudicator (four-eyes).
 *   An approved match opens or joins a case; an approved false positive is suppressed
 *   (src/screening/suppression.ts) until the listed entity's data changes.
 * - Time to decision (raise to first decision) is kept on the alert.
 * Each change is a conditional update on the status it expects, so two people acting at once
 * cannot both succeed; the audit entry is written in the same transaction.
 */
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import { can, isSupervising } from '../auth/permissions.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { suppress } from '../screening/suppression.js';
import { ConflictError, ForbiddenError } from './errors.js';
import { requireOwner, visibleAlert } from './access.js';
import { alertView, type AlertView } from './views.js';
import { openOrJoinCase } from './cases.js';
import { checkText, isId } from './text.js';
import type { AlertStatus, Decision } from './schema.js';
import './schema.js';

export const DECISIONS: readonly Decision[] = ['confirmed', 'false_positive', 'inconclusive'];
const WORKABLE: AlertStatus[] = ['open', 'assigned'];

/** The alert as the principal may see it; the read of a person's record is audited. */
export async function getAlert(db: Db, p: Principal, id: string): Promise<AlertView> {
  const { alert, scope } = await visibleAlert(db, p, id);
  await appendAudit(db, { actor: p, action: 'alert.read', subject: `alert:${alert.id}`, detail: { scope } });
  return alertView(alert, scope);
}

async function ownAlert(db: Db, p: Principal, id: string) {
  const { alert, scope } = await visibleAlert(db, p, id);
  requireOwner(p, scope, `alert ${id}`);
  return alert;
}

/** Assigns to a user of the same agency (or to nobody). Officers and analysts may take an alert themselves. */
export async function assignAlert(db: Db, p: Principal, id: string, assignee: string | null): Promise<AlertView> {
  if (!(can(p, 'alerts.assign') || (can(p, 'alerts.adjudicate') && (assignee === p.id)))) throw new ForbiddenError(`role "${p.role}" may only take alerts for themselves`);
  const alert = await ownAlert(db, p, id);
  if (!WORKABLE.includes(alert.status)) throw new ConflictError(`alert ${id} is ${alert.status}`);
  if (assignee !== null) {
    if (!isId(assignee)) throw new InputError('assignee must be a user id', { field: 'assignee' });
    const u = await db.kysely.selectFrom('users').select(['id', 'agency', 'role', 'disabled']).where('id', '=', assignee).executeTakeFirst();
    if (!u || u.agency !== alert.agency || u.disabled || !['officer', 'analyst', 'supervisor'].includes(u.role)) {
      throw new InputError('assignee must be an active officer, analyst or supervisor of the alert\'s agency', { field: 'assignee' });
    }
  }
  const now = new Date().toISOString();
  await db.kysely.transaction().execute(async (t) => {
    const r = await t.updateTable('alerts').set({ assignee, status: assignee ? 'assigned' : 'open', updated_at: now })
      .where('id', '=', alert.id).where('status', 'in', WORKABLE).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(`alert ${id} changed meanwhile`);
    await appendAudit(db, { actor: p, action: 'alert.assign', subject: `alert:${alert.id}`, detail: { assignee } }, t);
  });
  return alertView({ ...alert, assignee, status: assignee ? 'assigned' : 'open' }, 'owner');
}

export interface Adjudication {
  decision: Decision;
  reason: string;
  /** false positives only: ask a supervisor to suppress this pair for good */
  suppress?: boolean;
}

export async function adjudicateAlert(db: Db, p: Principal, id: string, input: Adjudication): Promise<AlertView> {
  if (!can(p, 'alerts.adjudicate')) throw new ForbiddenError(`role "${p.role}" may not adjudicate alerts`);
  if (!DECISIONS.includes(input?.decision)) throw new InputError(`decision must be one of ${DECISIONS.join(', ')}`, { field: 'decision' });
  const reason = checkText(input.reason, 'reason', { min: 3, max: 4000 });
  if (input.suppress && input.decision !== 'false_positive') throw new InputError('only a false positive can be suppressed', { field: 'suppress' });
  const alert = await ownAlert(db, p, id);
  if (!WORKABLE.includes(alert.status)) throw new ConflictError(`alert ${id} is ${alert.status}`);
  // an alert assigned to someone is theirs to decide, unless one who assigns work steps in
  if (alert.assignee && alert.assignee !== p.id && !can(p, 'alerts.assign')) throw new ForbiddenError(`alert ${id} is assigned to another user`);
  const needsApproval = input.decision === 'confirmed' || !!input.suppress;
  const status: AlertStatus = needsApproval ? 'pending_approval' : input.decision;
  const now = new Date();
  const ttd = alert.time_to_decision_ms ?? now.getTime() - Date.parse(alert.created_at);
  const set = {
    status, active: needsApproval ? 1 : 0, decision: input.decision, decision_by: p.id, decision_reason: reason,
    decided_at: now.toISOString(), updated_at: now.toISOString(), time_to_decision_ms: ttd,
  };
  await db.kysely.transaction().execute(async (t) => {
    const r = await t.updateTable('alerts').set(set).where('id', '=', alert.id).where('status', 'in', WORKABLE).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(`alert ${id} changed meanwhile`);
    await appendAudit(db, { actor: p, action: 'alert.adjudicate', subject: `alert:${alert.id}`, reason, detail: { decision: input.decision, suppress: !!input.suppress, timeToDecisionMs: ttd } }, t);
  });
  return alertView({ ...alert, ...set }, 'owner');
}

/** The second pair of eyes: approve (or send back) a confirmed match or a suppression. */
export async function approveAlert(db: Db, p: Principal, id: string, input: { approve: boolean; reason: string }): Promise<AlertView> {
  if (!isSupervising(p)) throw new ForbiddenError(`role "${p.role}" may not approve decisions`);
  const reason = checkText(input?.reason, 'reason', { min: 3, max: 4000 });
  const alert = await ownAlert(db, p, id);
  if (alert.status !== 'pending_approval') throw new ConflictError(`alert ${id} is ${alert.status}, not awaiting approval`);
  if (alert.decision_by === p.id) throw new ForbiddenError('four-eyes: the approver must not be the person who adjudicated');
  const now = new Date().toISOString();
  return db.kysely.transaction().execute(async (t) => {
    const base = { approved_by: p.id, approved_at: now, approval_reason: reason, updated_at: now };
    const set = input.approve
      ? { ...base, status: (alert.decision === 'confirmed' ? 'confirmed' : 'false_positive') as AlertStatus, active: 0 }
      // sent back: the alert returns to the queue, the first decision stays on the record (audit)
      : { ...base, status: 'open' as AlertStatus, active: 1, decision: null, decision_by: null, decision_reason: null, decided_at: null, assignee: null };
    const r = await t.updateTable('alerts').set(set).where('id', '=', alert.id).where('status', '=', 'pending_approval').executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(`alert ${id} changed meanwhile`);
    let caseId: string | undefined;
    if (input.approve && alert.decision === 'confirmed') {
      caseId = (await openOrJoinCase(db, t, p, alert)).caseId;
    } else if (input.approve && alert.decision === 'false_positive') {
      await suppress(db, { subjectKey: alert.subject_key, entityId: alert.listed_id, entityHash: alert.listed_hash, by: `${p.id} (${p.name}) after ${alert.decision_by}`, reason: `${alert.decision_reason} / approved: ${reason}` }, t);
    }
    await appendAudit(db, { actor: p, action: input.approve ? 'alert.approve' : 'alert.reject', subject: `alert:${alert.id}`, reason, detail: { decision: alert.decision, firstBy: alert.decision_by, caseId } }, t);
    return alertView({ ...alert, ...set, case_id: caseId ?? alert.case_id }, 'owner');
  });
}

/** Closes the open alerts on a listed entity that left its list (monitoring calls this). */
export async function closeAlertsForRemovedListing(db: Db, p: Principal, listedId: string, note: string): Promise<number> {
  const now = new Date().toISOString();
  const ids = (await db.kysely.selectFrom('alerts').select('id').where('listed_id', '=', listedId).where('active', '=', 1).execute()).map((r) => r.id);
  if (!ids.length) return 0;
  await db.kysely.transaction().execute(async (t) => {
    await t.updateTable('alerts').set({ status: 'closed', active: 0, updated_at: now, decision_reason: note }).where('id', 'in', ids).where('active', '=', 1).execute();
    await appendAudit(db, { actor: p, action: 'alert.close', subject: `entity:${listedId}`, reason: note, detail: { alerts: ids } }, t);
  });
  return ids.length;
}


/**
 * Cases: the follow-through of confirmed alerts. A case has a subject (the person, vessel or
 * company), links (alerts, encounters, crossings, documents, entities), notes, actions with dates
 * and a status history, all kept as an ordered list of events; and a deadline.
 * A confirmed alert opens a case for its subject in its agency, or joins the open one.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db, Tx } from '../store/db.js';
import type { Database } from '../store/schema.js';
import type { Principal } from '../auth/principal.js';
import type { Entity } from '../model/entity.js';
import { can } from '../auth/permissions.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import { atLeast, owns, requireOwner, sharesInForce, visibleCase, type Scope } from './access.js';
import { checkDate, checkText } from './text.js';
import type { Selectable } from 'kysely';
import type { AlertTable, CaseEventTable, CaseStatus, CaseTable } from './schema.js';
import './schema.js';

export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'action', 'monitoring', 'closed'];
export const ACTION_TYPES = ['deny-entry', 'detain', 'deport', 'refer-to-partner', 'freeze-assets', 'deflag-vessel', 'interview', 'other'] as const;
export const LINK_KINDS = ['alert', 'encounter', 'crossing', 'document', 'entity', 'manifest', 'case'] as const;

export interface CaseEvent {
  id: number;
  kind: CaseEventTable['kind'];
  refKind: string | null;
  ref: string | null;
  text: string | null;
  due: string | null;
  actionStatus: string | null;
  by: string;
  at: string;
}

export interface CaseView {
  id: string;
  agency: string;
  title: string;
  subjectKey: string;
  subjectName: string;
  subject?: Entity;
  status: CaseStatus;
  deadline: string | null;
  createdAt: string;
  updatedAt: string;
  scope: Scope;
  events: CaseEvent[];
}

function requireWrite(p: Principal): void {
  if (!can(p, 'cases.write')) throw new ForbiddenError(`role "${p.role}" may not change cases`);
}

async function addEvent(t: Kysely<Database>, p: Principal, caseId: string, e: Omit<CaseEventTable, 'id' | 'case_id' | 'by_id' | 'by_name' | 'at'>): Promise<number> {
  const at = new Date().toISOString();
  const r = await t.insertInto('case_events').values({ ...e, case_id: caseId, by_id: p.id, by_name: p.name, at }).returning('id').executeTakeFirstOrThrow();
  await t.updateTable('cases').set({ updated_at: at }).where('id', '=', caseId).execute();
  return Number(r.id);
}

/** Called in the approval transaction of a confirmed match. */
export async function openOrJoinCase(db: Db, t: Tx, p: Principal, alert: AlertTable): Promise<{ caseId: string; created: boolean }> {
  const open = await t.selectFrom('cases').select('id').where('agency', '=', alert.agency).where('subject_key', '=', alert.subject_key)
    .where('status', '!=', 'closed').orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  let caseId = open?.id;
  const created = !caseId;
  if (!caseId) {
    caseId = randomUUID();
    const now = new Date().toISOString();
    await t.insertInto('cases').values({
      id: caseId, agency: alert.agency, title: `${alert.subject_name}: ${alert.listed_name}`.slice(0, 300), subject_key: alert.subject_key,
      subject_name: alert.subject_name, subject_json: alert.subject_json, status: 'open', deadline: null, created_by: p.id, created_at: now, updated_at: now,
    }).execute();
    await addEvent(t, p, caseId, { kind: 'status', ref_kind: null, ref: 'open', text: 'opened by a confirmed match', due: null, action_status: null });
    await appendAudit(db, { actor: p, action: 'case.open', subject: `case:${caseId}`, detail: { fromAlert: alert.id } }, t);
  }
  await addEvent(t, p, caseId, { kind: 'link', ref_kind: 'alert', ref: alert.id, text: `confirmed match with ${alert.listed_name} (${alert.list_id})`, due: null, action_status: null });
  await t.updateTable('alerts').set({ case_id: caseId }).where('id', '=', alert.id).execute();
  return { caseId, created };
}

export interface NewCase {
  title: string;
  subjectKey: string;
  subjectName: string;
  subject?: Entity;
  deadline?: string;
}

export async function createCase(db: Db, p: Principal, input: NewCase): Promise<CaseView> {
  requireWrite(p);
  const title = checkText(input.title, 'title', { max: 300 });
  const subjectKey = checkText(input.subjectKey, 'subjectKey', { max: 500 });
  const subjectName = checkText(input.subjectName, 'subjectName', { max: 500 });
  const deadline = checkDate(input.deadline, 'deadline');
  const subject: Entity = input.subject ?? { id: subjectKey, schema: 'Person', properties: { name: [subjectName] } };
  const subjectJson = JSON.stringify(subject);
  if (subjectJson.length > 100_000) throw new InputError('subject is too large', { field: 'subject' });
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.kysely.transaction().execute(async (t) => {
    await t.insertInto('cases').values({ id, agency: p.agency, title, subject_key: subjectKey, subject_name: subjectName, subject_json: subjectJson, status: 'open', deadline, created_by: p.id, created_at: now, updated_at: now }).execute();
    await addEvent(t, p, id, { kind: 'status', ref_kind: null, ref: 'open', text: 'opened', due: null, action_status: null });
    await appendAudit(db, { actor: p, action: 'case.open', subject: `case:${id}` }, t);
  });
  return getCase(db, p, id, { audit: false });
}

export async function getCase(db: Db, p: Principal, id: string, opts: { audit?: boolean } = {}): Promise<CaseView> {
  const { kase, scope } = await visibleCase(db, p, id);
  const events = atLeast(scope, 'full')
    ? await db.kysely.selectFrom('case_events').selectAll().where('case_id', '=', kase.id).orderBy('id').execute()
    : [];
  if (opts.audit !== false) await appendAudit(db, { actor: p, action: 'case.read', subject: `case:${kase.id}`, detail: { scope } });
  return caseView(kase, scope, events);
}

function caseView(k: CaseTable, scope: Scope, events: Selectable<CaseEventTable>[]): CaseView {
  return {
    id: k.id, agency: k.agency, title: k.title, subjectKey: k.subject_key, subjectName: k.subject_name,
    ...(atLeast(scope, 'evidence') ? { subject: JSON.parse(k.subject_json) as Entity } : {}),
    status: k.status, deadline: k.deadline, createdAt: k.created_at, updatedAt: k.updated_at, scope,
    events: events.map((e) => ({ id: Number(e.id), kind: e.kind, refKind: e.ref_kind, ref: e.ref, text: e.text, due: e.due, actionStatus: e.action_status, by: scope === 'owner' ? e.by_name : '', at: e.at })),
  };
}

export interface CaseListFilter { status?: CaseStatus; limit?: number; offset?: number }

/** The agency's own cases and those shared with it, newest activity first. */
export async function listCases(db: Db, p: Principal, f: CaseListFilter = {}) {
  if (!can(p, 'cases.read')) throw new ForbiddenError(`role "${p.role}" may not read cases`);
  if (f.status && !CASE_STATUSES.includes(f.status)) throw new InputError(`status must be one of ${CASE_STATUSES.join(', ')}`, { field: 'status' });
  const limit = Math.min(Math.max(f.limit ?? 50, 1), 500), offset = Math.max(f.offset ?? 0, 0);
  let q = db.kysely.selectFrom('cases').select(['id', 'agency', 'title', 'subject_key', 'subject_name', 'status', 'deadline', 'created_at', 'updated_at']);
  if (p.kind !== 'system') {
    q = q.where((eb) => eb.or([
      ...(p.role !== 'partner' ? [eb('agency', '=', p.agency)] : []),
      eb('id', 'in', sharesInForce(db, p.agency).select('object_id').where('object_kind', '=', 'case')),
    ]));
  }
  if (f.status) q = q.where('status', '=', f.status);
  const rows = await q.orderBy('updated_at', 'desc').limit(limit).offset(offset).execute();
  return rows.map((k) => ({ id: k.id, agency: k.agency, title: k.title, subjectKey: k.subject_key, subjectName: k.subject_name, status: k.status, deadline: k.deadline, createdAt: k.created_at, updatedAt: k.updated_at, shared: !owns(p, k.agency) }));
}

async function ownCase(db: Db, p: Principal, id: string): Promise<CaseTable> {
  requireWrite(p);
  const { kase, scope } = await visibleCase(db, p, id);
  requireOwner(p, scope, `case ${id}`);
  return kase;
}

export async function addNote(db: Db, p: Principal, caseId: string, text: string): Promise<number> {
  const k = await ownCase(db, p, caseId);
  const note = checkText(text, 'text', { max: 20_000 });
  return db.kysely.transaction().execute(async (t) => {
    const id = await addEvent(t, p, k.id, { kind: 'note', ref_kind: null, ref: null, text: note, due: null, action_status: null });
    await appendAudit(db, { actor: p, action: 'case.note', subject: `case:${k.id}` }, t);
    return id;
  });
}

export async function addLink(db: Db, p: Principal, caseId: string, link: { kind: string; ref: string; text?: string }): Promise<number> {
  const k = await ownCase(db, p, caseId);
  if (!LINK_KINDS.includes(link.kind as never)) throw new InputError(`link kind must be one of ${LINK_KINDS.join(', ')}`, { field: 'kind' });
  const ref = checkText(link.ref, 'ref', { max: 300 });
  const text = checkText(link.text, 'text', { max: 2000, optional: true }) || null;
  if (link.kind === 'alert') {
    // only the agency's own alerts join its cases
    const a = await db.kysely.selectFrom('alerts').select(['id', 'agency']).where('id', '=', ref).executeTakeFirst();
    if (!a || !owns(p, a.agency)) throw new NotFoundError(`alert ${ref}`);
  }
  return db.kysely.transaction().execute(async (t) => {
    const id = await addEvent(t, p, k.id, { kind: 'link', ref_kind: link.kind, ref, text, due: null, action_status: null });
    if (link.kind === 'alert') await t.updateTable('alerts').set({ case_id: k.id }).where('id', '=', ref).execute();
    await appendAudit(db, { actor: p, action: 'case.link', subject: `case:${k.id}`, detail: { kind: link.kind, ref } }, t);
    return id;
  });
}

export async function addAction(db: Db, p: Principal, caseId: string, a: { type: string; due?: string; text?: string; status?: 'planned' | 'done' }): Promise<number> {
  const k = await ownCase(db, p, caseId);
  if (!ACTION_TYPES.includes(a.type as never)) throw new InputError(`action must be one of ${ACTION_TYPES.join(', ')}`, { field: 'type' });
  const due = checkDate(a.due, 'due');
  const text = checkText(a.text, 'text', { max: 4000, optional: true }) || null;
  const status = a.status ?? 'planned';
  if (!['planned', 'done'].includes(status)) throw new InputError('status must be planned or done', { field: 'status' });
  return db.kysely.transaction().execute(async (t) => {
    const id = await addEvent(t, p, k.id, { kind: 'action', ref_kind: a.type, ref: null, text, due, action_status: status });
    if (k.status === 'open') {
      await t.updateTable('cases').set({ status: 'action' }).where('id', '=', k.id).execute();
      await addEvent(t, p, k.id, { kind: 'status', ref_kind: 'open', ref: 'action', text: `action ${a.type}`, due: null, action_status: null });
    }
    await appendAudit(db, { actor: p, action: 'case.action', subject: `case:${k.id}`, detail: { type: a.type, due, status } }, t);
    return id;
  });
}

/** Marks an action done or cancelled; the change is an event of its own. */
export async function updateAction(db: Db, p: Principal, caseId: string, eventId: number, status: 'done' | 'cancelled', text?: string): Promise<void> {
  const k = await ownCase(db, p, caseId);
  if (!['done', 'cancelled'].includes(status)) throw new InputError('status must be done or cancelled', { field: 'status' });
  const note = checkText(text, 'text', { max: 4000, optional: true }) || null;
  await db.kysely.transaction().execute(async (t) => {
    const ev = await t.selectFrom('case_events').select(['id', 'ref_kind']).where('id', '=', eventId).where('case_id', '=', k.id).where('kind', '=', 'action').executeTakeFirst();
    if (!ev) throw new NotFoundError(`action ${eventId} of case ${k.id}`);
    await t.updateTable('case_events').set({ action_status: status }).where('id', '=', ev.id).execute();
    await addEvent(t, p, k.id, { kind: 'note', ref_kind: 'action', ref: String(ev.id), text: note ?? `${ev.ref_kind} ${status}`, due: null, action_status: status });
    await appendAudit(db, { actor: p, action: 'case.action.update', subject: `case:${k.id}`, detail: { action: eventId, status } }, t);
  });
}

export async function setCaseStatus(db: Db, p: Principal, caseId: string, status: CaseStatus, reason: string, deadline?: string | null): Promise<void> {
  const k = await ownCase(db, p, caseId);
  if (!CASE_STATUSES.includes(status)) throw new InputError(`status must be one of ${CASE_STATUSES.join(', ')}`, { field: 'status' });
  const why = checkText(reason, 'reason', { min: 3, max: 4000 });
  const dl = deadline === undefined ? k.deadline : checkDate(deadline, 'deadline');
  await db.kysely.transaction().execute(async (t) => {
    await t.updateTable('cases').set({ status, deadline: dl }).where('id', '=', k.id).execute();
    await addEvent(t, p, k.id, { kind: 'status', ref_kind: k.status, ref: status, text: why, due: dl, action_status: null });
    await appendAudit(db, { actor: p, action: 'case.status', subject: `case:${k.id}`, reason: why, detail: { from: k.status, to: status, deadline: dl } }, t);
  });
}

/** Open actions and case deadlines falling due before `until`, for the agency's daily list. */
export async function dueItems(db: Db, p: Principal, until: string) {
  checkDate(until, 'until');
  const actions = await db.kysely.selectFrom('case_events').innerJoin('cases', 'cases.id', 'case_events.case_id')
    .select(['cases.id as caseId', 'cases.title', 'case_events.id as actionId', 'case_events.ref_kind as type', 'case_events.due'])
    .where('cases.agency', '=', p.agency).where('case_events.kind', '=', 'action').where('case_events.action_status', '=', 'planned')
    .where('case_events.due', 'is not', null).where('case_events.due', '<=', until).orderBy('case_events.due').limit(500).execute();
  const cases = await db.kysely.selectFrom('cases').select(['id as caseId', 'title', 'deadline']).where('agency', '=', p.agency)
    .where('status', '!=', 'closed').where('deadline', 'is not', null).where('deadline', '<=', until).orderBy('deadline').limit(500).execute();
  return { actions, cases };
}

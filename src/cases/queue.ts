/**
 * The alert work queue of one agency: active alerts best first (priority, then oldest), with
 * filters. Reads only summary columns and walks an index that ends in priority (migration 202),
 * so a page comes back in milliseconds with a million alerts stored.
 */
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { sharesInForce } from './access.js';
import { ForbiddenError } from './errors.js';
import { alertSummary, type AlertSummary } from './views.js';
import type { AlertStatus } from './schema.js';
import { CHANNELS } from './alerts.js';
import { isId } from './text.js';
import './schema.js';

export const STATUSES: readonly AlertStatus[] = ['open', 'assigned', 'pending_approval', 'confirmed', 'false_positive', 'inconclusive', 'closed'];

export interface QueueFilter {
  /** "active" (default): open, assigned and awaiting approval; or one status */
  status?: AlertStatus | 'active';
  channel?: string;
  band?: string;
  listId?: string;
  /** a user id, or "none" for unassigned */
  assignee?: string;
  /** created at or after / before (ISO date or time) */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface QueuePage {
  items: AlertSummary[];
  limit: number;
  offset: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

export function checkQueueFilter(f: QueueFilter): Required<Pick<QueueFilter, 'limit' | 'offset'>> {
  const bad = (field: string, msg: string) => { throw new InputError(msg, { field }); };
  if (f.status && f.status !== 'active' && !STATUSES.includes(f.status)) bad('status', `status must be active or one of ${STATUSES.join(', ')}`);
  if (f.channel && !CHANNELS.includes(f.channel as never)) bad('channel', `unknown channel`);
  if (f.band && !['none', 'review', 'block'].includes(f.band)) bad('band', 'band must be none, review or block');
  for (const k of ['listId', 'assignee'] as const) if (f[k] != null && !isId(f[k])) bad(k, `${k} must be 1 to 100 characters without control characters`);
  for (const k of ['from', 'to'] as const) if (f[k] && !ISO.test(f[k]!)) bad(k, `${k} must be an ISO date`);
  const limit = f.limit ?? 50, offset = f.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) bad('limit', 'limit must be 1 to 500');
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000) bad('offset', 'offset must be 0 to 1000000');
  return { limit, offset };
}

export async function alertQueue(db: Db, p: Principal, f: QueueFilter = {}, opts: { audit?: boolean } = {}): Promise<QueuePage> {
  if (p.role === 'partner') throw new ForbiddenError('partners have no queue; they read what was shared with them');
  const { limit, offset } = checkQueueFilter(f);
  let q = db.kysely.selectFrom('alerts')
    .select(['id', 'channel', 'agency', 'subject_key', 'subject_name', 'listed_id', 'listed_name', 'list_id', 'list_version', 'score', 'band', 'priority', 'status', 'assignee', 'created_at', 'case_id'])
    .where('agency', '=', p.agency);
  const status = f.status ?? 'active';
  q = status === 'active' ? q.where('active', '=', 1) : q.where('status', '=', status);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.band) q = q.where('band', '=', f.band);
  if (f.listId) q = q.where('list_id', '=', f.listId);
  if (f.assignee) q = f.assignee === 'none' ? q.where('assignee', 'is', null) : q.where('assignee', '=', f.assignee);
  if (f.from) q = q.where('created_at', '>=', f.from);
  if (f.to) q = q.where('created_at', '<', f.to);
  const rows = await q.orderBy('priority', 'desc').orderBy('created_at').orderBy('id').limit(limit).offset(offset).execute();
  if (opts.audit !== false) {
    await appendAudit(db, { actor: p, action: 'alert.queue', detail: { filter: { ...f, limit, offset }, returned: rows.length } });
  }
  return { items: rows.map(alertSummary), limit, offset };
}

export interface QueueStats {
  byStatus: Record<string, number>;
  /** raised to first decision, per channel, over decided alerts */
  timeToDecision: { channel: string; decided: number; avgMs: number; maxMs: number }[];
}

/** The agency's alert counts by status and time to decision by channel (for the dashboard). */
export async function queueStats(db: Db, p: Principal): Promise<QueueStats> {
  if (p.role === 'partner') throw new ForbiddenError('partners have no queue');
  const byStatus = await db.kysely.selectFrom('alerts').select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agency', '=', p.agency).groupBy('status').execute();
  const ttd = await db.kysely.selectFrom('alerts')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.avg<number>('time_to_decision_ms').as('avg'), (eb) => eb.fn.max<number>('time_to_decision_ms').as('max')])
    .where('agency', '=', p.agency).where('time_to_decision_ms', 'is not', null).groupBy('channel').orderBy('channel').execute();
  return {
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
    timeToDecision: ttd.map((r) => ({ channel: r.channel, decided: Number(r.n), avgMs: Math.round(Number(r.avg)), maxMs: Number(r.max) })),
  };
}

/**
 * Alerts other agencies shared with the principal's agency (directly, or through a shared case),
 * newest first: a partner's only list, and "shared with us" for a domestic agency.
 */
export async function sharedAlerts(db: Db, p: Principal, page: { limit?: number; offset?: number } = {}): Promise<QueuePage> {
  const { limit, offset } = checkQueueFilter(page);
  const inForce = (kind: 'alert' | 'case') => sharesInForce(db, p.agency).select('object_id').where('object_kind', '=', kind);
  const rows = await db.kysely.selectFrom('alerts')
    .select(['id', 'channel', 'agency', 'subject_key', 'subject_name', 'listed_id', 'listed_name', 'list_id', 'list_version', 'score', 'band', 'priority', 'status', 'assignee', 'created_at', 'case_id'])
    .where('agency', '!=', p.agency)
    .where((eb) => eb.or([eb('id', 'in', inForce('alert')), eb('case_id', 'in', inForce('case'))]))
    .orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  await appendAudit(db, { actor: p, action: 'alert.shared.list', detail: { returned: rows.length } });
  return { items: rows.map((r) => ({ ...alertSummary(r), assignee: null })), limit, offset };
}

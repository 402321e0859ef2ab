/** The alert queue, detail, assignment, adjudication and four-eyes approval (src/cases). */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { alertQueue, queueStats, sharedAlerts, STATUSES } from '../../cases/queue.js';
import { adjudicateAlert, approveAlert, assignAlert, DECISIONS, getAlert } from '../../cases/adjudicate.js';
import { CHANNELS } from '../../cases/alerts.js';
import { exportPackage, renderPackageHtml } from '../../cases/package.js';
import { core, Id, ok } from './auth.js';
import { errors } from '../schemas.js';

const Reason = z.string().min(1).max(4000);
const Queue = z.strictObject({
  status: z.enum(['active', ...STATUSES] as [string, ...string[]]).optional(),
  channel: z.enum(CHANNELS as unknown as [string, ...string[]]).optional(),
  band: z.enum(['none', 'review', 'block']).optional(),
  list: Id.shape.id.optional(),
  assignee: Id.shape.id.optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export default async function alerts(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/alerts', {
    config: { permission: 'alerts.read' },
    schema: { tags: ['alerts'], summary: "The agency's alert queue, best first (priority: score, band, channel; then oldest)", querystring: Queue, response: ok },
  }, async (req) => {
    const q = req.query;
    return core(() => alertQueue(ctx.db, req.principal, {
      ...(q.status ? { status: q.status as never } : {}), ...(q.channel ? { channel: q.channel } : {}), ...(q.band ? { band: q.band } : {}),
      ...(q.list ? { listId: q.list } : {}), ...(q.assignee ? { assignee: q.assignee } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}),
      ...(q.limit ? { limit: q.limit } : {}), ...(q.offset ? { offset: q.offset } : {}),
    }));
  });

  app.get('/alerts/shared', {
    config: { permission: 'alerts.read' },
    schema: { tags: ['alerts'], summary: 'Alerts other agencies shared with this one (directly or through a case), newest first', querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).optional(), offset: z.coerce.number().int().min(0).max(1_000_000).optional() }), response: ok },
  }, async (req) => core(() => sharedAlerts(ctx.db, req.principal, req.query)));

  app.get('/alerts/stats', {
    config: { permission: 'alerts.read' },
    schema: { tags: ['alerts'], summary: "The agency's alerts by status, and time to decision by channel", response: ok },
  }, async (req) => core(() => queueStats(ctx.db, req.principal)));

  app.get('/alerts/:id', {
    config: { permission: 'alerts.read' },
    schema: { tags: ['alerts'], summary: 'An alert with its frozen evidence (to the scope the reader may see)', params: Id, response: ok },
  }, async (req) => core(() => getAlert(ctx.db, req.principal, req.params.id)));

  app.post('/alerts/:id/assign', {
    config: { permission: 'alerts.adjudicate' },
    schema: { tags: ['alerts'], summary: 'Assign (supervisors, analysts) or take for oneself (officers)', params: Id, body: z.strictObject({ assignee: Id.shape.id.nullable() }), response: ok },
  }, async (req) => core(() => assignAlert(ctx.db, req.principal, req.params.id, req.body.assignee)));

  app.post('/alerts/:id/adjudicate', {
    config: { permission: 'alerts.adjudicate' },
    schema: {
      tags: ['alerts'], summary: 'Decide, with a reason; a confirmed match or a suppression waits for a supervisor', params: Id,
      body: z.strictObject({ decision: z.enum(DECISIONS as unknown as [string, ...string[]]), reason: Reason, suppress: z.boolean().optional() }), response: ok,
    },
  }, async (req) => core(() => adjudicateAlert(ctx.db, req.principal, req.params.id, { decision: req.body.decision as never, reason: req.body.reason, suppress: !!req.body.suppress })));

  app.post('/alerts/:id/approve', {
    config: { permission: 'alerts.approve' },
    schema: { tags: ['alerts'], summary: 'Four-eyes: a second supervisor approves or sends back the decision', params: Id, body: z.strictObject({ approve: z.boolean(), reason: Reason }), response: ok },
  }, async (req) => core(() => approveAlert(ctx.db, req.principal, req.params.id, req.body)));

  app.get('/alerts/:id/export', {
    config: { permission: 'alerts.read' },
    schema: { tags: ['alerts'], summary: 'The alert as a share package (JSON) or a printable page (format=html)', params: Id, querystring: z.strictObject({ format: z.enum(['json', 'html']).optional() }), response: ok },
  }, async (req, reply) => {
    const pkg = await core(() => exportPackage(ctx.db, req.principal, 'alert', req.params.id));
    return req.query.format === 'html' ? reply.type('text/html; charset=utf-8').send(renderPackageHtml(pkg)) : pkg;
  });
}

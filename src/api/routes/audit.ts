/** The audit log for inspectors and administrators: verify the chain, export it, a subject's trail. */
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { verifyAudit } from '../../audit/verify.js';
import { auditTrail, exportAudit } from '../../audit/export.js';
import { appendAudit } from '../../audit/log.js';
import { errors } from '../schemas.js';
import { ok } from './auth.js';

export default async function audit(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/audit/verify', {
    config: { permission: 'audit.export' },
    schema: { tags: ['audit'], summary: 'Verify the hash chain; lists edited, deleted or reordered entries', querystring: z.strictObject({ expectSeq: z.coerce.number().int().min(1).optional(), expectHash: z.string().regex(/^[0-9a-f]{64}$/).optional() }), response: ok },
  }, async (req) => {
    const { expectSeq, expectHash } = req.query;
    const v = await verifyAudit(ctx.db, expectSeq && expectHash ? { expectHead: { seq: expectSeq, hash: expectHash } } : {});
    await appendAudit(ctx.db, { actor: req.principal, action: 'audit.verify', detail: { ok: v.ok, entries: v.entries, problems: v.problems.length } });
    return v;
  });

  app.get('/audit/export', {
    config: { permission: 'audit.export' },
    schema: { tags: ['audit'], summary: 'The log as JSON lines with its chain fields (application/x-ndjson)', querystring: z.strictObject({ from: z.coerce.number().int().min(1).optional(), to: z.coerce.number().int().min(1).optional() }), response: ok },
  }, async (req, reply) => {
    await appendAudit(ctx.db, { actor: req.principal, action: 'audit.export', detail: req.query });
    const out = new PassThrough();
    void exportAudit(ctx.db, (l) => { if (!out.write(l)) return new Promise<void>((r) => out.once('drain', () => r())); }, {
      ...(req.query.from ? { fromSeq: req.query.from } : {}), ...(req.query.to ? { toSeq: req.query.to } : {}),
    }).then(() => out.end(), (err) => out.destroy(err as Error));
    return reply.type('application/x-ndjson').send(out);
  });

  app.get('/audit/trail', {
    config: { permission: 'audit.read' },
    schema: { tags: ['audit'], summary: 'Who touched a record (e.g. subject=alert:ID, entity:un-QDi.430), newest first', querystring: z.strictObject({ subject: z.string().min(1).max(300).regex(/^[^\u0000-\u001f]+$/, 'no control characters') }), response: ok },
  }, async (req) => ({ entries: await auditTrail(ctx.db, req.principal, req.query.subject) }));
}

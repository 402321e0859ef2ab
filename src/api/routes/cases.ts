/** Cases, their notes, links, actions and status; shares and their record (src/cases). */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { ACTION_TYPES, addAction, addLink, addNote, CASE_STATUSES, createCase, getCase, LINK_KINDS, listCases, setCaseStatus, updateAction, dueItems } from '../../cases/cases.js';
import { listShares, revokeShare, shareObject } from '../../cases/share.js';
import { exportPackage, renderPackageHtml } from '../../cases/package.js';
import { SCOPES } from '../../cases/access.js';
import { core, Id, ok, Text } from './auth.js';
import { errors } from '../schemas.js';

const DateStr = z.string().max(40);
const e = (x: readonly string[]) => z.enum(x as unknown as [string, ...string[]]);

export default async function cases(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/cases', {
    config: { permission: 'cases.read' },
    schema: { tags: ['cases'], summary: "The agency's cases and those shared with it", querystring: z.strictObject({ status: e(CASE_STATUSES).optional(), limit: z.coerce.number().int().min(1).max(500).optional(), offset: z.coerce.number().int().min(0).optional() }), response: ok },
  }, async (req) => ({ cases: await core(() => listCases(ctx.db, req.principal, req.query as never)) }));

  app.post('/cases', {
    config: { permission: 'cases.write' },
    schema: { tags: ['cases'], summary: 'Open a case by hand', body: z.strictObject({ title: Text(300), subjectKey: Text(500), subjectName: Text(500), deadline: DateStr.optional() }), response: ok },
  }, async (req, reply) => reply.status(201).send(await core(() => createCase(ctx.db, req.principal, req.body))));

  app.get('/cases/due', {
    config: { permission: 'cases.read' },
    schema: { tags: ['cases'], summary: 'Actions and deadlines falling due', querystring: z.strictObject({ until: DateStr }), response: ok },
  }, async (req) => core(() => dueItems(ctx.db, req.principal, req.query.until)));

  app.get('/cases/:id', {
    config: { permission: 'cases.read' },
    schema: { tags: ['cases'], summary: 'A case with its history (to the scope the reader may see)', params: Id, response: ok },
  }, async (req) => core(() => getCase(ctx.db, req.principal, req.params.id)));

  app.post('/cases/:id/notes', {
    config: { permission: 'cases.write' },
    schema: { tags: ['cases'], summary: 'Add a note', params: Id, body: z.strictObject({ text: Text(20_000) }), response: ok },
  }, async (req, reply) => reply.status(201).send({ event: await core(() => addNote(ctx.db, req.principal, req.params.id, req.body.text)) }));

  app.post('/cases/:id/links', {
    config: { permission: 'cases.write' },
    schema: { tags: ['cases'], summary: 'Link an alert, encounter, crossing, document, entity...', params: Id, body: z.strictObject({ kind: e(LINK_KINDS), ref: Text(300), text: Text(2000).optional() }), response: ok },
  }, async (req, reply) => reply.status(201).send({ event: await core(() => addLink(ctx.db, req.principal, req.params.id, req.body)) }));

  app.post('/cases/:id/actions', {
    config: { permission: 'cases.write' },
    schema: { tags: ['cases'], summary: 'Record an action (deny entry, detain, deport, refer, freeze assets, de-flag vessel...)', params: Id, body: z.strictObject({ type: e(ACTION_TYPES), due: DateStr.optional(), text: Text(4000).optional(), status: z.enum(['planned', 'done']).optional() }), response: ok },
  }, async (req, reply) => reply.status(201).send({ event: await core(() => addAction(ctx.db, req.principal, req.params.id, req.body)) }));

  app.patch('/cases/:id/actions/:actionId', {
    config: { permission: 'cases.write' },
    schema: { tags: ['cases'], summary: 'Mark an action done or cancelled', params: z.strictObject({ id: Id.shape.id, actionId: z.coerce.number().int().min(1) }), body: z.strictObject({ status: z.enum(['done', 'cancelled']), text: Text(4000).optional() }), response: ok },
  }, async (req) => { await core(() => updateAction(ctx.db, req.principal, req.params.id, req.params.actionId, req.body.status, req.body.text)); return { ok: true }; });

  app.post('/cases/:id/status', {
    config: { permission: 'cases.write' },
    schema: { tags: ['cases'], summary: 'Change status (and deadline), with a reason', params: Id, body: z.strictObject({ status: e(CASE_STATUSES), reason: Text(4000), deadline: DateStr.nullable().optional() }), response: ok },
  }, async (req) => { await core(() => setCaseStatus(ctx.db, req.principal, req.params.id, req.body.status as never, req.body.reason, req.body.deadline)); return { ok: true }; });

  app.get('/cases/:id/export', {
    config: { permission: 'cases.read' },
    schema: { tags: ['cases'], summary: 'The case as a share package (JSON) or a printable page (format=html)', params: Id, querystring: z.strictObject({ format: z.enum(['json', 'html']).optional() }), response: ok },
  }, async (req, reply) => {
    const pkg = await core(() => exportPackage(ctx.db, req.principal, 'case', req.params.id));
    return req.query.format === 'html' ? reply.type('text/html; charset=utf-8').send(renderPackageHtml(pkg)) : pkg;
  });

  app.post('/shares', {
    config: { permission: 'share' },
    schema: { tags: ['sharing'], summary: 'Share an alert or case with another agency or a partner; returns the package sent', body: z.strictObject({ kind: z.enum(['alert', 'case']), id: Text(100), toAgency: Text(64), scope: e(SCOPES), purpose: Text(2000), expiresAt: DateStr.optional() }), response: ok },
  }, async (req, reply) => reply.status(201).send(await core(() => shareObject(ctx.db, req.principal, req.body as never))));

  app.get('/shares', {
    config: { permission: 'share' },
    schema: { tags: ['sharing'], summary: 'What the agency shared, with whom and when', querystring: z.strictObject({ kind: z.enum(['alert', 'case']).optional(), id: Text(100).optional() }), response: ok },
  }, async (req) => ({ shares: await core(() => listShares(ctx.db, req.principal, req.query)) }));

  app.post('/shares/:id/revoke', {
    config: { permission: 'share' },
    schema: { tags: ['sharing'], summary: 'Revoke a share', params: Id, body: z.strictObject({ reason: Text(2000) }), response: ok },
  }, async (req) => { await core(() => revokeShare(ctx.db, req.principal, req.params.id, req.body.reason)); return { ok: true }; });
}

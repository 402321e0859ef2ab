/** Listed entities: one by id (every read recorded), or a search by name. */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { getEntity, searchEntities } from '../../lists/index.js';
import { appendAudit } from '../../audit/log.js';
import { notFound } from '../errors.js';
import { errors, StoredEntity } from '../schemas.js';

export default async function entities(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/entities', {
    config: { permission: 'entities.read' },
    schema: {
      tags: ['entities'],
      summary: 'Active listed entities whose name contains the text (or whose id it is)',
      querystring: z.strictObject({ q: z.string().min(2).max(200), list: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }),
      response: { 200: z.object({ entities: z.array(StoredEntity) }), ...errors },
    },
  }, async (req) => ({
    entities: await searchEntities(ctx.db, req.query.q, { ...(req.query.limit ? { limit: req.query.limit } : {}), ...(req.query.list ? { lists: [req.query.list] } : {}) }),
  }));

  app.get('/entities/:id', {
    config: { permission: 'entities.read' },
    schema: {
      tags: ['entities'],
      summary: 'A listed entity with its provenance; `version` reads it as that list version had it',
      params: z.strictObject({ id: z.string().min(1).max(200) }),
      querystring: z.strictObject({ version: z.coerce.number().int().min(1).optional() }),
      response: { 200: StoredEntity, 404: z.object({ error: z.string(), message: z.string() }), ...errors },
    },
  }, async (req) => {
    const e = await getEntity(ctx.db, req.params.id, req.query.version);
    if (!e) throw notFound(`entity "${req.params.id}"`);
    await appendAudit(ctx.db, { actor: req.principal, action: 'entity.read', subject: `entity:${e.id}` });
    return e;
  });
}

/** Liveness and readiness for load balancers and orchestrators: no authentication, no body. */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';

export const prefix = '';

const Ready = z.object({
  status: z.enum(['ready', 'starting']),
  builtAt: z.string().optional(),
  entities: z.number(),
  versions: z.record(z.string(), z.number()),
});

export default async function health(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/healthz', {
    config: { public: true },
    schema: { tags: ['health'], summary: 'The process is alive', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', {
    config: { public: true },
    schema: { tags: ['health'], summary: 'Ready once the matching index is built', response: { 200: Ready, 503: Ready } },
  }, async (_req, reply) => {
    const s = ctx.index;
    const body = { status: s.ready ? ('ready' as const) : ('starting' as const), ...(s.builtAt ? { builtAt: s.builtAt } : {}), entities: s.entities, versions: s.versions };
    return reply.status(s.ready ? 200 : 503).send(body);
  });
}

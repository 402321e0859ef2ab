/** The console dashboard's figures (src/reports/dashboard.ts). */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { dashboard } from '../../reports/dashboard.js';
import { errors } from '../schemas.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const Dashboard = z.object({
  crossingsByDay: z.array(z.object({ day: z.string(), post: z.string(), count: z.number() })),
  alertsByChannel: z.array(z.object({ channel: z.string(), outcome: z.string(), count: z.number() })),
  timeToDecision: z.array(z.object({ day: z.string(), medianHours: z.number(), decided: z.number() })),
  hitsByList: z.array(z.object({ list: z.string(), count: z.number() })),
});

export default async function dashboardRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/dashboard', {
    config: { permission: 'alerts.read' },
    schema: {
      tags: ['dashboard'],
      summary: 'Crossings per day and post, alerts by channel and outcome, time to decision, hits by list (default: the last 30 days)',
      querystring: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() }),
      response: { 200: Dashboard, ...errors },
    },
  }, async (req) => dashboard(ctx.db, req.principal, { ...(req.query.from ? { from: req.query.from } : {}), ...(req.query.to ? { to: req.query.to } : {}) }));
}

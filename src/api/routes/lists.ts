/** Lists, their versions and the differences between versions (src/lists). */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { listLists, listVersions, getDiff } from '../../lists/index.js';
import { errors, ListInfo, VersionInfo, ListDiff } from '../schemas.js';

const ListId = z.strictObject({ list: z.string().min(1).max(100) });
const Seq = z.coerce.number().int().min(1);

export default async function lists(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/lists', {
    config: { permission: 'lists.read' },
    schema: { tags: ['lists'], summary: 'Every list with its active version', response: { 200: z.object({ lists: z.array(ListInfo) }), ...errors } },
  }, async () => ({ lists: await listLists(ctx.db) }));

  app.get('/lists/:list/versions', {
    config: { permission: 'lists.read' },
    schema: { tags: ['lists'], summary: 'Every version of a list, oldest first', params: ListId, response: { 200: z.object({ versions: z.array(VersionInfo) }), ...errors } },
  }, async (req) => ({ versions: await listVersions(ctx.db, req.params.list) }));

  app.get('/lists/:list/diff', {
    config: { permission: 'lists.read' },
    schema: {
      tags: ['lists'],
      summary: 'What changed between two versions (default: the active version against the one before)',
      params: ListId,
      querystring: z.strictObject({ from: Seq.optional(), to: Seq.optional() }),
      response: { 200: ListDiff, ...errors },
    },
  }, async (req) => getDiff(ctx.db, req.params.list, req.query.from, req.query.to));
}

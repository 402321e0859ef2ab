/**
 * The work queue asks for "active" alerts (open, assigned, awaiting approval) of one agency, best
 * first. A status IN (...) list cannot walk one index in priority order, so an `active` flag
 * carries it, and each filter (channel, band, list, assignee) gets an index that ends in priority:
 * the first page is then an index walk, not a sort, even with a million alerts stored.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('alerts').addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  for (const name of ['alerts_queue_channel', 'alerts_queue_band', 'alerts_queue_list', 'alerts_queue_assignee', 'alerts_queue_created']) {
    await db.schema.dropIndex(name).execute();
  }
  const idx = (name: string, cols: string[]) => db.schema.createIndex(name).on('alerts').columns(cols).execute();
  await idx('alerts_active', ['agency', 'active', 'priority desc', 'created_at']);
  await idx('alerts_active_channel', ['agency', 'active', 'channel', 'priority desc', 'created_at']);
  await idx('alerts_active_band', ['agency', 'active', 'band', 'priority desc', 'created_at']);
  await idx('alerts_active_list', ['agency', 'active', 'list_id', 'priority desc', 'created_at']);
  await idx('alerts_active_assignee', ['agency', 'active', 'assignee', 'priority desc', 'created_at']);
  await idx('alerts_agency_created', ['agency', 'created_at']);
}

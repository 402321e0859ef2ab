/** One monitoring report per list version: a second run (two processes catching up) fails to insert. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('screening_monitoring_reports_version').unique().on('screening_monitoring_reports').column('version_id').execute();
}

/**
 * Screening: stored profiles, suppressions of adjudicated false positives, batch jobs with their
 * per-row results (the resume point), watched subjects and monitoring reports.
 * Column meanings: src/screening/schema.ts.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';
import { serialType } from '../migrate.js';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('screening_profiles')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('review', 'real', (c) => c.notNull())
    .addColumn('block', 'real', (c) => c.notNull())
    .addColumn('lists', 'text')
    .addColumn('schemata', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('screening_suppressions')
    .addColumn('id', serialType(dialect), (c) => c.primaryKey())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('entity_hash', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('lifted_at', 'text')
    .addColumn('lifted_reason', 'text')
    .execute();
  await db.schema.createIndex('screening_suppressions_pair').on('screening_suppressions').columns(['subject_key', 'entity_id']).execute();

  await db.schema
    .createTable('screening_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('input_format', 'text', (c) => c.notNull())
    .addColumn('input_name', 'text', (c) => c.notNull())
    .addColumn('input_path', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text')
    .addColumn('schema', 'text', (c) => c.notNull())
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('hit_limit', 'integer', (c) => c.notNull())
    .addColumn('raise_alerts', 'integer', (c) => c.notNull())
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('rows_done', 'integer', (c) => c.notNull())
    .addColumn('rows_with_hits', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('error', 'text')
    .execute();

  await db.schema
    .createTable('screening_job_results')
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('row_no', 'integer', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('hit_count', 'integer', (c) => c.notNull())
    .addColumn('hits', 'text', (c) => c.notNull())
    // The primary key is what makes "none written twice" hold even if a resumed worker retries.
    .addPrimaryKeyConstraint('screening_job_results_pk', ['job_id', 'row_no'])
    .execute();

  await db.schema
    .createTable('screening_watch')
    .addColumn('id', serialType(dialect), (c) => c.primaryKey())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('screening_watch_key').on('screening_watch').columns(['agency', 'subject_key']).execute();

  await db.schema
    .createTable('screening_monitoring_reports')
    .addColumn('id', serialType(dialect), (c) => c.primaryKey())
    .addColumn('list_id', 'text', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
}

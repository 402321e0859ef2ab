/**
 * The one alert stream (src/cases/alerts.ts) and its decisions (src/cases/adjudicate.ts).
 * The queue query is `agency = ? and status in (...) order by priority desc, created_at` with
 * optional filters; the indexes below keep it under 100 ms with a million alerts stored.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('subject_json', 'text', (c) => c.notNull())
    .addColumn('listed_id', 'text', (c) => c.notNull())
    .addColumn('listed_name', 'text', (c) => c.notNull())
    .addColumn('listed_hash', 'text', (c) => c.notNull())
    .addColumn('listed_json', 'text', (c) => c.notNull())
    .addColumn('list_id', 'text', (c) => c.notNull())
    .addColumn('list_version', 'integer', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('reasons_json', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('priority', 'real', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // the first adjudication
    .addColumn('decision', 'text')
    .addColumn('decision_by', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_at', 'text')
    // the second person's approval (four-eyes)
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approval_reason', 'text')
    .addColumn('time_to_decision_ms', 'bigint')
    .addColumn('case_id', 'text')
    .execute();
  const idx = (name: string, cols: string[]) => db.schema.createIndex(name).on('alerts').columns(cols).execute();
  await idx('alerts_queue', ['agency', 'status', 'priority desc', 'created_at']);
  await idx('alerts_queue_channel', ['agency', 'channel', 'status', 'priority desc']);
  await idx('alerts_queue_band', ['agency', 'band', 'status', 'priority desc']);
  await idx('alerts_queue_list', ['agency', 'list_id', 'status', 'priority desc']);
  await idx('alerts_queue_assignee', ['agency', 'assignee', 'status', 'priority desc']);
  await idx('alerts_queue_created', ['agency', 'created_at']);
  await idx('alerts_listed', ['listed_id', 'status']);
  await idx('alerts_subject', ['subject_key']);
  await idx('alerts_case', ['case_id']);
}

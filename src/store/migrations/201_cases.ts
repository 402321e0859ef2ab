/** Cases, their links, notes, actions and status history, and shares (src/cases). */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';
import { serialType } from '../migrate.js';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('subject_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cases_agency').on('cases').columns(['agency', 'status', 'updated_at']).execute();
  await db.schema.createIndex('cases_subject').on('cases').columns(['agency', 'subject_key']).execute();
  // Everything that happened in a case, in order: links, notes, actions, status changes.
  await db.schema
    .createTable('case_events')
    .addColumn('id', serialType(dialect), (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // link | note | action | status
    .addColumn('ref_kind', 'text') // link: alert | encounter | document | crossing | entity; action: the action type
    .addColumn('ref', 'text')
    .addColumn('text', 'text')
    .addColumn('due', 'text')
    .addColumn('action_status', 'text') // for actions: planned | done | cancelled
    .addColumn('by_id', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'id']).execute();
  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('object_kind', 'text', (c) => c.notNull()) // alert | case
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('from_agency', 'text', (c) => c.notNull())
    .addColumn('to_agency', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull()) // JSON: which parts went
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('package_hash', 'text')
    .execute();
  await db.schema.createIndex('shares_to').on('shares').columns(['to_agency', 'object_kind', 'object_id']).execute();
  await db.schema.createIndex('shares_object').on('shares').columns(['object_kind', 'object_id']).execute();
}

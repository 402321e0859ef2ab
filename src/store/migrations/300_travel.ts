/**
 * Border management: crossings (entries and exits with the officer's decision), manifests with
 * their screening results and travellers, and the analysts' risk rules. See src/travel/store.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('travel_crossings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('direction', 'text', (c) => c.notNull()) // entry | exit
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('officer_id', 'text', (c) => c.notNull())
    .addColumn('officer_name', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull()) // admit | refer | refuse
    .addColumn('verdict', 'text') // what screening said: clear | refer | refuse
    .addColumn('reasons_json', 'text', (c) => c.notNull())
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text', (c) => c.notNull())
    .addColumn('doc_country', 'text')
    .addColumn('doc_key', 'text', (c) => c.notNull())
    .addColumn('nationality', 'text')
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('first_names', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('person_key', 'text')
    .addColumn('allowed_until', 'text')
    .addColumn('entry_id', 'text') // on an exit: the entry it closes
    .addColumn('exit_id', 'text') // on an entry: the exit that closed it
    .addColumn('manifest_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('travel_crossings_doc').on('travel_crossings').column('doc_key').execute();
  await db.schema.createIndex('travel_crossings_person').on('travel_crossings').column('person_key').execute();
  await db.schema.createIndex('travel_crossings_at').on('travel_crossings').column('at').execute();

  await db.schema
    .createTable('travel_manifests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('flight', 'text', (c) => c.notNull())
    .addColumn('carrier', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('message_ref', 'text', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('destination', 'text')
    .addColumn('departure', 'text')
    .addColumn('arrival', 'text')
    .addColumn('traveller_count', 'integer', (c) => c.notNull())
    .addColumn('refer_count', 'integer', (c) => c.notNull())
    .addColumn('refuse_count', 'integer', (c) => c.notNull())
    .addColumn('warnings_json', 'text', (c) => c.notNull())
    .addColumn('manifest_json', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('travel_manifests_flight').on('travel_manifests').columns(['flight', 'arrival']).execute();

  await db.schema
    .createTable('travel_manifest_travellers')
    .addColumn('manifest_id', 'text', (c) => c.notNull().references('travel_manifests.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('nationality', 'text')
    .addColumn('doc_number', 'text')
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('strength', 'real', (c) => c.notNull())
    .addColumn('rank', 'integer') // order to meet them in (1 = first); null when clear
    .addColumn('reasons_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('travel_manifest_travellers_pk', ['manifest_id', 'idx'])
    .execute();

  await db.schema
    .createTable('travel_risk_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull()) // refer | refuse
    .addColumn('nationalities', 'text') // JSON array of alpha-2 codes, or null: any
    .addColumn('origins', 'text') // JSON array of airports/places of embarkation, or null: any
    .addColumn('destinations', 'text') // JSON array of airports/places of debarkation, or null: any
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}

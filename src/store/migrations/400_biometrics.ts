/**
 * Biometric encounters, their face images and templates (both sealed with AES-256-GCM, stored as
 * base64 text), identities that link encounters, the officer's review of uncertain links, the
 * biometric watchlist, and the record of what was shared with which partner.
 * See src/biometrics/tables.ts for the column meanings and docs/biometrics.md.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('bio_identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('alert_state', 'text')
    .addColumn('alert_ref', 'text')
    .execute();

  await db.schema
    .createTable('bio_encounters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('identity_id', 'text')
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('surname', 'text')
    .addColumn('given_names', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('sex', 'text')
    .addColumn('nationality', 'text')
    .addColumn('document_type', 'text')
    .addColumn('document_number', 'text')
    .addColumn('document_country', 'text')
    .addColumn('mrz', 'text')
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('officer', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('circumstance', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('retain_until', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bio_encounters_identity').on('bio_encounters').column('identity_id').execute();
  await db.schema.createIndex('bio_encounters_retain').on('bio_encounters').column('retain_until').execute();

  await db.schema
    .createTable('bio_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('encounter_id', 'text', (c) => c.notNull().references('bio_encounters.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('quality_json', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bio_images_encounter').on('bio_images').column('encounter_id').execute();

  await db.schema
    .createTable('bio_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('image_id', 'text', (c) => c.notNull().references('bio_images.id').onDelete('cascade'))
    .addColumn('encounter_id', 'text', (c) => c.notNull().references('bio_encounters.id').onDelete('cascade'))
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bio_templates_encounter').on('bio_templates').column('encounter_id').execute();

  await db.schema
    .createTable('bio_link_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('encounter_id', 'text', (c) => c.notNull().references('bio_encounters.id').onDelete('cascade'))
    .addColumn('identity_id', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('bio_link_reviews_status').on('bio_link_reviews').column('status').execute();

  await db.schema
    .createTable('bio_watchlist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('listed_json', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('sealed_template', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('bio_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('encounter_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('partner', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bio_shares_encounter').on('bio_shares').column('encounter_id').execute();
}

/**
 * Lists, their versions, the entities of each version and the diff between a version and the
 * one before it. See src/lists/tables.ts for the column meanings and docs/lists.md.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';
import { serialType } from '../migrate.js';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // No foreign key: list_versions points back here, and the pair is written in one transaction.
    .addColumn('active_version_id', 'integer')
    .execute();

  await db.schema
    .createTable('list_versions')
    .addColumn('id', serialType(dialect), (c) => c.primaryKey())
    .addColumn('list_id', 'text', (c) => c.notNull().references('lists.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('source_sha256', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('entity_count', 'integer', (c) => c.notNull())
    // The version whose entity rows this version has: itself, or for an unchanged import the
    // active version it repeated (unchanged imports store no entities of their own).
    .addColumn('content_version_id', 'integer')
    .addColumn('previous_version_id', 'integer')
    .addColumn('published_at', 'text')
    .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('list_versions_list_seq').unique().on('list_versions').columns(['list_id', 'seq']).execute();

  await db.schema
    .createTable('list_entities')
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('schema', 'text', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    // (version, entity) first: "the entities of the active version" is a prefix scan.
    .addPrimaryKeyConstraint('list_entities_pk', ['version_id', 'entity_id'])
    .execute();
  // "Entity by id" across versions, newest first.
  await db.schema.createIndex('list_entities_entity').on('list_entities').columns(['entity_id', 'version_id']).execute();

  await db.schema
    .createTable('list_diffs')
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('previous_version_id', 'integer')
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    // JSON array of property names that differ (empty for added and removed).
    .addColumn('properties', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('list_diffs_pk', ['version_id', 'entity_id'])
    .execute();
}

/**
 * The list tables (migration src/store/migrations/001_lists.ts), merged into the store's
 * `Database` type.
 */
import type { Generated } from 'kysely';

/** `active`: the list's current version; `superseded`: an older one; `unchanged`: an import
 * identical to the version then active, recorded but with no entities of its own. */
export type VersionStatus = 'active' | 'superseded' | 'unchanged';
export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ListTable {
  id: string;
  format: string;
  created_at: string;
  active_version_id: number | null;
}

export interface ListVersionTable {
  id: Generated<number>;
  list_id: string;
  /** 1, 2, 3... per list, in import order (unchanged imports included). */
  seq: number;
  imported_at: string;
  source_file: string;
  source_sha256: string;
  format: string;
  status: VersionStatus;
  entity_count: number;
  content_version_id: number | null;
  previous_version_id: number | null;
  published_at: string | null;
  added: Generated<number>;
  removed: Generated<number>;
  changed: Generated<number>;
  /** The reader's SourceReport as JSON. */
  report: string;
}

export interface ListEntityTable {
  version_id: number;
  entity_id: string;
  schema: string;
  caption: string;
  source_id: string;
  content_hash: string;
  /** The entity as JSON (`{ id, schema, properties, caption? }`, no provenance). */
  data: string;
}

export interface ListDiffTable {
  version_id: number;
  previous_version_id: number | null;
  entity_id: string;
  change: ChangeKind;
  caption: string;
  /** JSON array of changed property names. */
  properties: string;
}

declare module '../store/schema.js' {
  interface Database {
    lists: ListTable;
    list_versions: ListVersionTable;
    list_entities: ListEntityTable;
    list_diffs: ListDiffTable;
  }
}

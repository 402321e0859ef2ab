/**
 * What the list service hands out: versions, diffs and import results.
 */
import type { SourceReport, ListFormat } from '../sources/types.js';
import type { ChangeKind, VersionStatus } from './tables.js';

export type { ChangeKind, VersionStatus };

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface ImportProgress {
  /** Entities read so far. */
  entities: number;
  /** Entities in the active version, when there is one: a fair guess at the total. */
  expected?: number;
}

export interface ImportOptions {
  format?: ListFormat;
  /** The list's id in Atalaya; the reader's default for the format when not given. */
  list?: string;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportResult {
  list: string;
  /** The version row written for this import (for `unchanged`, a record of the import only). */
  versionId: number;
  seq: number;
  status: 'new' | 'unchanged';
  /** The version active before this import, if any. */
  previousVersionId: number | null;
  report: SourceReport;
  diff: DiffCounts;
}

export interface VersionInfo {
  id: number;
  list: string;
  seq: number;
  status: VersionStatus;
  importedAt: string;
  sourceFile: string;
  sourceSha256: string;
  format: string;
  entityCount: number;
  publishedAt: string | null;
  /** For an unchanged import: the seq of the version it repeated. */
  sameAsSeq: number | null;
  previousSeq: number | null;
  diff: DiffCounts;
  warnings: number;
}

export interface ListInfo {
  id: string;
  format: string;
  createdAt: string;
  versions: number;
  active: VersionInfo | null;
}

export interface DiffEntry {
  id: string;
  caption: string;
  change: ChangeKind;
  /** Changed property names (sorted); empty for added and removed entities. */
  properties: string[];
}

export interface ListDiff {
  list: string;
  /** seq of the older version (null: the first version, everything added). */
  from: number | null;
  to: number;
  counts: DiffCounts;
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
}

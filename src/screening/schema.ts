/**
 * The screening tables (migration src/store/migrations/500_screening.ts), merged into the store's
 * `Database` type. Times are ISO text, JSON is text, booleans 0/1.
 */
import type { Generated } from 'kysely';

/** A user-defined profile, or a stored override of a built-in one (src/screening/profiles.ts). */
export interface ProfileTable {
  name: string;
  description: string;
  review: number;
  block: number;
  /** JSON array of list ids the profile screens against; null: every list. */
  lists: string | null;
  /** JSON array of schemata a hit may have (e.g. ["Vessel"]); null: any. */
  schemata: string | null;
  updated_at: string;
  updated_by: string;
}

/** An adjudicated false positive: this subject is not this listed entity (as it then read). */
export interface SuppressionTable {
  id: Generated<number>;
  subject_key: string;
  entity_id: string;
  /** contentHash of the listed entity when it was adjudicated; a different hash lifts it. */
  entity_hash: string;
  by: string;
  reason: string;
  created_at: string;
  /** Set when the listed entity's data changed (or someone lifted it); null while in force. */
  lifted_at: string | null;
  lifted_reason: string | null;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobTable {
  id: string;
  status: JobStatus;
  /** "jsonl" or "csv" */
  input_format: string;
  input_name: string;
  /** Where the uploaded file is kept while the job runs. */
  input_path: string;
  /** CSV column mapping as JSON ({ "name": "Customer name", ... }); null for JSON lines. */
  mapping: string | null;
  schema: string;
  profile: string;
  hit_limit: number;
  raise_alerts: number;
  /** Rows in the input (counted before the job starts). */
  total_rows: number;
  /** Rows whose results are stored; rows 1..rows_done are done. */
  rows_done: number;
  rows_with_hits: number;
  created_by: string;
  agency: string;
  created_at: string;
  started_at: string | null;
  updated_at: string;
  finished_at: string | null;
  error: string | null;
}

/** One result line per input row, written with the job's progress in one transaction. */
export interface JobResultTable {
  job_id: string;
  row_no: number;
  subject_id: string;
  hit_count: number;
  /** JSON array of hits (see BatchHit in src/screening/hits.ts) */
  hits: string;
}

/** A subject under watch: re-screened against every new list version's additions and changes. */
export interface WatchTable {
  id: Generated<number>;
  /** The caller's own key for the subject (customer id, IMO number...); unique per agency. */
  subject_key: string;
  agency: string;
  /** The subject as an entity (JSON). */
  entity: string;
  profile: string;
  created_by: string;
  created_at: string;
  removed_at: string | null;
}

/** What one list version caused among the watched subjects. */
export interface MonitoringReportTable {
  id: Generated<number>;
  list_id: string;
  version_id: number;
  seq: number;
  at: string;
  /** JSON: counts and the alerts raised and closed (see MonitoringReport). */
  report: string;
}

declare module '../store/schema.js' {
  interface Database {
    screening_profiles: ProfileTable;
    screening_suppressions: SuppressionTable;
    screening_jobs: JobTable;
    screening_job_results: JobResultTable;
    screening_watch: WatchTable;
    screening_monitoring_reports: MonitoringReportTable;
  }
}

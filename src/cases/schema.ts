/** Tables of the alert stream, cases and shares, merged into the store's `Database`. */
import type { Generated } from 'kysely';

export type AlertStatus = 'open' | 'assigned' | 'pending_approval' | 'confirmed' | 'false_positive' | 'inconclusive' | 'closed';
export type Decision = 'confirmed' | 'false_positive' | 'inconclusive';

export interface AlertTable {
  id: string;
  channel: string;
  agency: string;
  subject_key: string;
  subject_name: string;
  subject_json: string;
  listed_id: string;
  listed_name: string;
  listed_hash: string;
  listed_json: string;
  list_id: string;
  list_version: number;
  score: number;
  band: string;
  reasons_json: string;
  source_ref: string | null;
  dedupe_key: string;
  priority: number;
  status: AlertStatus;
  assignee: string | null;
  created_at: string;
  updated_at: string;
  decision: Decision | null;
  decision_by: string | null;
  decision_reason: string | null;
  decided_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  approval_reason: string | null;
  time_to_decision_ms: number | null;
  case_id: string | null;
  /** 1 while the alert is in the work queue (open, assigned, awaiting approval) */
  active: number;
}

export type CaseStatus = 'open' | 'action' | 'monitoring' | 'closed';

export interface CaseTable {
  id: string;
  agency: string;
  title: string;
  subject_key: string;
  subject_name: string;
  subject_json: string;
  status: CaseStatus;
  deadline: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseEventTable {
  id: Generated<number>;
  case_id: string;
  kind: 'link' | 'note' | 'action' | 'status';
  ref_kind: string | null;
  ref: string | null;
  text: string | null;
  due: string | null;
  action_status: string | null;
  by_id: string;
  by_name: string;
  at: string;
}

export interface ShareTable {
  id: string;
  object_kind: 'alert' | 'case';
  object_id: string;
  from_agency: string;
  to_agency: string;
  scope: string;
  purpose: string;
  by_id: string;
  by_name: string;
  at: string;
  expires_at: string | null;
  revoked_at: string | null;
  package_hash: string | null;
}

declare module '../store/schema.js' {
  interface Database {
    alerts: AlertTable;
    cases: CaseTable;
    case_events: CaseEventTable;
    shares: ShareTable;
  }
}

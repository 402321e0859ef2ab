/** What an alert looks like to a reader, cut to the scope they may see. */
import type { Entity } from '../model/entity.js';
import type { Reason } from '../matching/types.js';
import { atLeast, type Scope } from './access.js';
import type { AlertTable } from './schema.js';

export interface AlertSummary {
  id: string;
  channel: string;
  agency: string;
  subjectKey: string;
  subjectName: string;
  listedId: string;
  listedName: string;
  listId: string;
  listVersion: number;
  score: number;
  band: string;
  priority: number;
  status: string;
  assignee: string | null;
  createdAt: string;
  caseId: string | null;
}

export interface AlertView extends AlertSummary {
  scope: Scope;
  sourceRef?: string | null;
  subject?: Entity;
  listed?: Entity;
  reasons?: Reason[];
  decision?: { decision: string | null; by: string | null; reason: string | null; at: string | null; approvedBy: string | null; approvedAt: string | null; approvalReason: string | null; timeToDecisionMs: number | null };
}

export function alertSummary(a: Pick<AlertTable, 'id' | 'channel' | 'agency' | 'subject_key' | 'subject_name' | 'listed_id' | 'listed_name' | 'list_id' | 'list_version' | 'score' | 'band' | 'priority' | 'status' | 'assignee' | 'created_at' | 'case_id'>): AlertSummary {
  return {
    id: a.id, channel: a.channel, agency: a.agency, subjectKey: a.subject_key, subjectName: a.subject_name,
    listedId: a.listed_id, listedName: a.listed_name, listId: a.list_id, listVersion: Number(a.list_version),
    score: Number(a.score), band: a.band, priority: Number(a.priority), status: a.status, assignee: a.assignee,
    createdAt: a.created_at, caseId: a.case_id,
  };
}

export function alertView(a: AlertTable, scope: Scope): AlertView {
  const v: AlertView = { ...alertSummary(a), scope };
  if (scope !== 'owner') v.assignee = null; // who works it is the owning agency's business
  v.decision = {
    decision: a.decision, by: scope === 'owner' ? a.decision_by : null, reason: atLeast(scope, 'evidence') ? a.decision_reason : null, at: a.decided_at,
    approvedBy: scope === 'owner' ? a.approved_by : null, approvedAt: a.approved_at, approvalReason: atLeast(scope, 'evidence') ? a.approval_reason : null,
    timeToDecisionMs: a.time_to_decision_ms == null ? null : Number(a.time_to_decision_ms),
  };
  if (atLeast(scope, 'evidence')) {
    v.subject = JSON.parse(a.subject_json) as Entity;
    v.listed = JSON.parse(a.listed_json) as Entity;
    v.reasons = JSON.parse(a.reasons_json) as Reason[];
    v.sourceRef = a.source_ref;
  }
  return v;
}

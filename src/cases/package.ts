/**
 * The share package: what goes to another agency or a partner, as JSON that follows the
 * published schema docs/share-package.schema.json, and as a printable one-page HTML summary.
 * Built from the stored, frozen evidence and cut to the scope shared.
 */
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import type { Entity } from '../model/entity.js';
import type { Reason } from '../matching/types.js';
import { appendAudit } from '../audit/log.js';
import { NotFoundError } from './errors.js';
import { atLeast, visibleAlert, visibleCase, type Scope } from './access.js';
import type { AlertTable } from './schema.js';
import './schema.js';

export const PACKAGE_FORMAT = 'atalaya.share-package/1';

export interface PackageAlert {
  id: string;
  channel: string;
  raisedAt: string;
  subjectName: string;
  listedName: string;
  listedId: string;
  list: { id: string; version: number };
  score: number;
  band: string;
  status: string;
  decision: string | null;
  decidedAt: string | null;
  decisionReason?: string | null;
  subject?: Entity;
  listed?: Entity;
  reasons?: Reason[];
}

export interface SharePackage {
  format: typeof PACKAGE_FORMAT;
  generatedAt: string;
  from: string;
  to: string | null;
  purpose: string | null;
  sharedBy: string;
  scope: Exclude<Scope, 'owner'>;
  kind: 'alert' | 'case';
  alert?: PackageAlert;
  case?: {
    id: string;
    title: string;
    status: string;
    openedAt: string;
    deadline: string | null;
    subjectName: string;
    subject?: Entity;
    alerts: PackageAlert[];
    events?: { at: string; kind: string; type: string | null; ref: string | null; text: string | null; due: string | null; status: string | null }[];
  };
}

function packageAlert(a: AlertTable, scope: Scope): PackageAlert {
  const out: PackageAlert = {
    id: a.id, channel: a.channel, raisedAt: a.created_at, subjectName: a.subject_name, listedName: a.listed_name, listedId: a.listed_id,
    list: { id: a.list_id, version: Number(a.list_version) }, score: Number(a.score), band: a.band, status: a.status, decision: a.decision, decidedAt: a.decided_at,
  };
  if (atLeast(scope, 'evidence')) {
    out.decisionReason = a.decision_reason;
    out.subject = JSON.parse(a.subject_json);
    out.listed = JSON.parse(a.listed_json);
    out.reasons = JSON.parse(a.reasons_json);
  }
  return out;
}

export async function buildPackage(db: Db, kind: 'alert' | 'case', id: string, scope: Exclude<Scope, 'owner'>, meta: { from: string; to: string | null; purpose: string | null; by: string }): Promise<SharePackage> {
  const pkg: SharePackage = { format: PACKAGE_FORMAT, generatedAt: new Date().toISOString(), from: meta.from, to: meta.to, purpose: meta.purpose, sharedBy: meta.by, scope, kind };
  if (kind === 'alert') {
    const a = await db.kysely.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!a) throw new NotFoundError(`alert ${id}`);
    pkg.alert = packageAlert(a, scope);
    return pkg;
  }
  const k = await db.kysely.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!k) throw new NotFoundError(`case ${id}`);
  const alerts = await db.kysely.selectFrom('alerts').selectAll().where('case_id', '=', k.id).orderBy('created_at').execute();
  pkg.case = {
    id: k.id, title: k.title, status: k.status, openedAt: k.created_at, deadline: k.deadline, subjectName: k.subject_name,
    ...(atLeast(scope, 'evidence') ? { subject: JSON.parse(k.subject_json) } : {}),
    alerts: alerts.map((a) => packageAlert(a, scope)),
  };
  if (atLeast(scope, 'full')) {
    const ev = await db.kysely.selectFrom('case_events').selectAll().where('case_id', '=', k.id).orderBy('id').execute();
    pkg.case.events = ev.map((e) => ({ at: e.at, kind: e.kind, type: e.ref_kind, ref: e.ref, text: e.text, due: e.due, status: e.action_status }));
  }
  return pkg;
}

/** An export by a reader: at most what they may see (the owner: everything). Audited. */
export async function exportPackage(db: Db, p: Principal, kind: 'alert' | 'case', id: string): Promise<SharePackage> {
  const { scope, agency } = kind === 'alert'
    ? await visibleAlert(db, p, id).then((r) => ({ scope: r.scope, agency: r.alert.agency }))
    : await visibleCase(db, p, id).then((r) => ({ scope: r.scope, agency: r.kase.agency }));
  const pkg = await buildPackage(db, kind, id, scope === 'owner' ? 'full' : scope, { from: agency, to: null, purpose: null, by: p.name });
  await appendAudit(db, { actor: p, action: `${kind}.export`, subject: `${kind}:${id}`, detail: { scope: pkg.scope } });
  return pkg;
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function alertRows(a: PackageAlert): string {
  const reasons = (a.reasons ?? []).slice(0, 6).map((r) => `<li>${esc(r.text)}</li>`).join('');
  return `<tr><td>${esc(a.raisedAt.slice(0, 16).replace('T', ' '))}</td><td>${esc(a.subjectName)}</td><td>${esc(a.listedName)}<br><small>${esc(a.list.id)} v${esc(a.list.version)} · ${esc(a.listedId)}</small></td><td>${(a.score * 100).toFixed(0)}% ${esc(a.band)}</td><td>${esc(a.decision ?? a.status)}</td></tr>${reasons ? `<tr><td></td><td colspan="4"><ul>${reasons}</ul></td></tr>` : ''}`;
}

/** A printable one-page summary; everything escaped (names come from lists and travellers). */
export function renderPackageHtml(pkg: SharePackage): string {
  const alerts = pkg.alert ? [pkg.alert] : pkg.case?.alerts ?? [];
  const title = pkg.case ? `Case: ${pkg.case.title}` : `Alert: ${pkg.alert?.subjectName} / ${pkg.alert?.listedName}`;
  const events = (pkg.case?.events ?? []).filter((e) => e.kind === 'action' || e.kind === 'status').slice(-12)
    .map((e) => `<tr><td>${esc(e.at.slice(0, 10))}</td><td>${esc(e.kind === 'action' ? e.type : `status: ${e.ref}`)}</td><td>${esc(e.due ?? '')}</td><td>${esc(e.status ?? '')}</td><td>${esc(e.text ?? '')}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page{size:A4;margin:14mm}body{font:10pt/1.35 system-ui,sans-serif;margin:0;color:#111}h1{font-size:14pt;margin:0 0 4px}
table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border-bottom:1px solid #ccc;padding:3px 4px;text-align:left;vertical-align:top}
.meta{color:#444}.mark{font-weight:bold;letter-spacing:.05em}ul{margin:0;padding-left:16px}small{color:#555}</style></head>
<body><p class="mark">SHARED ${esc(pkg.scope.toUpperCase())} · ${esc(pkg.from)} → ${esc(pkg.to ?? 'export')}</p>
<h1>${esc(title)}</h1>
<p class="meta">Generated ${esc(pkg.generatedAt)} by ${esc(pkg.sharedBy)}${pkg.purpose ? ` · Purpose: ${esc(pkg.purpose)}` : ''}${pkg.case ? ` · Status: ${esc(pkg.case.status)}${pkg.case.deadline ? ` · Deadline: ${esc(pkg.case.deadline)}` : ''}` : ''}</p>
<table><tr><th>Raised</th><th>Subject</th><th>Listed</th><th>Score</th><th>Decision</th></tr>${alerts.map(alertRows).join('')}</table>
${events ? `<table><tr><th>Date</th><th>Action</th><th>Due</th><th>Status</th><th>Note</th></tr>${events}</table>` : ''}
<p class="meta">Format ${esc(pkg.format)}. Handle according to the purpose stated; do not pass on without the sender's consent.</p>
</body></html>
`;
}

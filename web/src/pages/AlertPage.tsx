/**
 * One alert: the screened subject and the listed entity field by field, the engine's reasons,
 * and adjudication with a reason; a supervisor's second pair of eyes approves or rejects.
 */
import { useState } from 'react';
import { post } from '../api';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { useSession, allowed } from '../session';
import { HitCard, type EntityLike, type Reason } from '../components/Hit';
import type { AlertSummary } from './Alerts';
import { Pending } from '../components/Pending';

interface AlertView extends AlertSummary {
  subject?: EntityLike; listed?: EntityLike; reasons?: Reason[];
  decision?: { decision: string | null; by: string | null; reason: string | null; at: string | null; approvedBy: string | null; approvedAt: string | null };
}

export function AlertPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const a = useGet<AlertView>(`/api/alerts/${encodeURIComponent(id)}`);
  const [decision, setDecision] = useState('confirmed');
  const [reason, setReason] = useState('');
  const [suppress, setSuppress] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const act = async (path: string, body: unknown) => {
    setError(null);
    try {
      await post(`/api/alerts/${encodeURIComponent(id)}/${path}`, body);
      setReason('');
      a.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!a.data) return <Pending error={a.error} />;
  const v = a.data;
  const open = ['open', 'assigned'].includes(v.status);
  return (
    <div>
      <h1>{v.subjectName} ↔ {v.listedName} <span className={`badge ${v.status}`} data-testid="alert-status">{v.status}</span></h1>
      <p className="muted">{v.channel} · {v.listId} v{v.listVersion} · {v.createdAt.replace('T', ' ').slice(0, 19)}{v.caseId && <> · <a href={`#/cases/${v.caseId}`} data-testid="case-link">{t('alerts.openCase')}</a></>}</p>
      {v.listed && <HitCard hit={{ score: v.score, band: v.band, listed: v.listed, explanation: v.reasons ?? [] }} query={v.subject} />}
      {error && <p className="error" role="alert">{error}</p>}
      {open && allowed(me, 'alerts.adjudicate') && (
        <div className="card">
          <h2>{t('alerts.adjudicate')}</h2>
          <div className="row">
            {!v.assignee && <button onClick={() => act('assign', { assignee: me.id })}>{t('alerts.assignToMe')}</button>}
            <label>{t('alerts.adjudicate')}
              <select value={decision} onChange={(e) => setDecision(e.target.value)} data-testid="decision">
                {['confirmed', 'false_positive', 'inconclusive'].map((d) => <option key={d} value={d}>{t(`alerts.outcome.${d}` as 'alerts.outcome.confirmed')}</option>)}
              </select>
            </label>
            <label style={{ flex: 1 }}>{t('common.reason')}<input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reason" /></label>
            {decision === 'false_positive' && <label style={{ flexDirection: 'row', alignItems: 'center' }}><input type="checkbox" checked={suppress} onChange={(e) => setSuppress(e.target.checked)} /> suppress</label>}
            <button className="primary" disabled={!reason.trim()} onClick={() => act('adjudicate', { decision, reason, ...(decision === 'false_positive' ? { suppress } : {}) })} data-testid="adjudicate">{t('alerts.adjudicate')}</button>
          </div>
        </div>
      )}
      {v.status === 'pending_approval' && (
        <div className="card">
          <p>{t('alerts.pendingApproval')} {v.decision?.decision} — “{v.decision?.reason}”</p>
          {allowed(me, 'alerts.approve') && (
            <div className="row">
              <label style={{ flex: 1 }}>{t('common.reason')}<input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="approval-reason" /></label>
              <button className="primary" disabled={!reason.trim()} onClick={() => act('approve', { approve: true, reason })} data-testid="approve">{t('alerts.approve')}</button>
              <button disabled={!reason.trim()} onClick={() => act('approve', { approve: false, reason })}>{t('alerts.reject')}</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** The agency's alert queue with filters; highest priority first, as the server orders it. */
import { useState } from 'react';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { go } from '../router';

export interface AlertSummary {
  id: string; channel: string; agency: string; subjectKey: string; subjectName: string; listedId: string; listedName: string;
  listId: string; listVersion: number; score: number; band: string; priority: number; status: string; assignee: string | null; createdAt: string; caseId: string | null;
}

const STATUSES = ['active', 'open', 'assigned', 'pending_approval', 'confirmed', 'false_positive', 'inconclusive', 'closed'];
const CHANNELS = ['', 'border', 'manifest', 'monitoring', 'batch', 'screening', 'biometrics'];

export function Alerts() {
  const { t } = useI18n();
  const [status, setStatus] = useState('active');
  const [channel, setChannel] = useState('');
  const [band, setBand] = useState('');
  const qs = new URLSearchParams({ status, ...(channel ? { channel } : {}), ...(band ? { band } : {}), limit: '100' });
  const q = useGet<{ items: AlertSummary[] }>(`/api/alerts?${qs}`);
  return (
    <div>
      <h1>{t('alerts.title')}</h1>
      <div className="card row">
        <label>{t('alerts.filter.status')}<select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="filter-status">{STATUSES.map((s) => <option key={s}>{s}</option>)}</select></label>
        <label>{t('alerts.filter.channel')}<select value={channel} onChange={(e) => setChannel(e.target.value)}>{CHANNELS.map((s) => <option key={s} value={s}>{s || '—'}</option>)}</select></label>
        <label>{t('alerts.filter.band')}<select value={band} onChange={(e) => setBand(e.target.value)}>{['', 'review', 'block'].map((s) => <option key={s} value={s}>{s || '—'}</option>)}</select></label>
      </div>
      {q.error && <p className="error">{t('common.error', { message: q.error })}</p>}
      <div className="card">
        {q.data && q.data.items.length === 0 && <p className="muted">{t('alerts.empty')}</p>}
        {q.data && q.data.items.length > 0 && (
          <table data-testid="alert-queue">
            <thead><tr><th>{t('common.date')}</th><th>{t('alerts.channel')}</th><th>{t('alerts.subject')}</th><th>{t('alerts.listed')}</th><th>{t('common.score')}</th><th>{t('common.status')}</th></tr></thead>
            <tbody>
              {q.data.items.map((a) => (
                <tr key={a.id} className="clickable" tabIndex={0} onClick={() => go(`alerts/${a.id}`)} onKeyDown={(e) => e.key === 'Enter' && go(`alerts/${a.id}`)}>
                  <td>{a.createdAt.slice(0, 16).replace('T', ' ')}</td><td>{a.channel}</td><td>{a.subjectName}</td>
                  <td>{a.listedName} <span className="muted">({a.listId})</span></td>
                  <td><span className={`badge ${a.band}`}>{a.score.toFixed(2)}</span></td><td><span className={`badge ${a.status}`}>{a.status}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

/** A case: its timeline (status history, alerts, notes, actions with dates), and sharing. */
import { useState } from 'react';
import { post } from '../api';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { useSession, allowed } from '../session';
import { EntityFields, type EntityLike } from '../components/Hit';
import { Pending } from '../components/Pending';

interface CaseEvent { id: number; kind: string; refKind: string | null; ref: string | null; text: string | null; due: string | null; actionStatus: string | null; by: string; at: string }
interface CaseView { id: string; agency: string; title: string; subjectName: string; subject?: EntityLike; status: string; deadline: string | null; events: CaseEvent[] }

const ACTIONS = ['deny-entry', 'detain', 'deport', 'refer-to-partner', 'freeze-assets', 'deflag-vessel', 'interview', 'other'];

export function CasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const c = useGet<CaseView>(`/api/cases/${encodeURIComponent(id)}`);
  const [note, setNote] = useState('');
  const [action, setAction] = useState('deny-entry');
  const [due, setDue] = useState('');
  const [toAgency, setToAgency] = useState('');
  const [purpose, setPurpose] = useState('');
  const [scope, setScope] = useState('evidence');
  const agencies = useGet<{ agencies: { code: string; name: string; kind: string }[] }>('/api/agencies');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /** `path` is under the case, or absolute when it starts with "/". */
  const act = async (path: string, body: unknown, msg?: string) => {
    setError(null); setDone(null);
    try {
      await post(path.startsWith('/') ? path : `/api/cases/${encodeURIComponent(id)}/${path}`, body);
      c.reload();
      if (msg) setDone(msg);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!c.data) return <Pending error={c.error} />;
  const v = c.data;
  const write = allowed(me, 'cases.write');
  return (
    <div>
      <h1 data-testid="case-title">{v.title} <span className="badge">{v.status}</span></h1>
      <p className="muted">{v.agency}{v.deadline && ` · deadline ${v.deadline}`}</p>
      {error && <p className="error" role="alert">{error}</p>}
      {done && <p className="ok" role="status">{done}</p>}
      <div className="grid2">
        <div className="card">
          <h2>{t('cases.timeline')}</h2>
          <ol className="reasons" data-testid="timeline">
            {v.events.map((e) => (
              <li key={e.id}>
                <span className="muted">{e.at.slice(0, 16).replace('T', ' ')} · {e.by}</span> <span className="badge">{e.kind}</span>{' '}
                {e.refKind === 'alert' && e.ref ? <a href={`#/alerts/${e.ref}`}>{e.text ?? e.ref}</a> : e.text}
                {e.due && <> · due {e.due}</>}{e.actionStatus && <> · {e.actionStatus}</>}
              </li>
            ))}
          </ol>
        </div>
        <div>
          {v.subject && <div className="card"><h2>{t('alerts.subject')}</h2><EntityFields entity={v.subject} /></div>}
          {write && (
            <div className="card">
              <h2>{t('cases.addAction')}</h2>
              <div className="row">
                <select value={action} onChange={(e) => setAction(e.target.value)} data-testid="action-type">{ACTIONS.map((a) => <option key={a}>{a}</option>)}</select>
                <input type="date" value={due} onChange={(e) => setDue(e.target.value)} aria-label="due" />
                <button onClick={() => act('actions', { type: action, ...(due ? { due } : {}) })} data-testid="add-action">{t('cases.addAction')}</button>
              </div>
              <h2>{t('cases.addNote')}</h2>
              <div className="row">
                <input style={{ flex: 1 }} value={note} onChange={(e) => setNote(e.target.value)} />
                <button disabled={!note.trim()} onClick={() => { void act('notes', { text: note }); setNote(''); }}>{t('cases.addNote')}</button>
              </div>
            </div>
          )}
          {allowed(me, 'share') && (
            <div className="card">
              <h2>{t('cases.shareWith')}</h2>
              <div className="row">
                <select value={toAgency} onChange={(e) => setToAgency(e.target.value)} aria-label="agency" data-testid="share-agency">
                  <option value="">—</option>
                  {agencies.data?.agencies.filter((a) => a.code !== v.agency).map((a) => <option key={a.code} value={a.code}>{a.name} ({a.kind})</option>)}
                </select>
                <select value={scope} onChange={(e) => setScope(e.target.value)} aria-label="scope">{['summary', 'evidence', 'full'].map((s) => <option key={s}>{s}</option>)}</select>
                <input placeholder={t('common.reason')} style={{ flex: 1 }} value={purpose} onChange={(e) => setPurpose(e.target.value)} data-testid="share-purpose" />
                <button disabled={!toAgency || !purpose} onClick={() => act('/api/shares', { kind: 'case', id, toAgency, scope, purpose }, t('cases.shared', { agency: toAgency }))} data-testid="share">{t('cases.share')}</button>
              </div>
              <p><a href={`/api/cases/${encodeURIComponent(id)}/export?format=html`} target="_blank" rel="noreferrer">{t('cases.export')} (HTML)</a> · <a href={`/api/cases/${encodeURIComponent(id)}/export`} target="_blank" rel="noreferrer">JSON</a></p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

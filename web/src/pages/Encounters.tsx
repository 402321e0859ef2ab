/**
 * Biometric enrolment of an encounter: who, where, circumstance, legal basis and a photograph;
 * the answer shows the candidates found 1:N with scores, watchlist hits, and the identity's
 * history of names. The face pipeline and every decision run on the server.
 */
import { useState } from 'react';
import { post } from '../api';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { go } from '../router';
import { Pending } from '../components/Pending';

interface Candidate { encounterId: string; identityId: string | null; score: number; band: string; fullName: string; occurredAt: string; post: string; agency: string }
interface EnrolResult { encounterId: string; identityId: string; link: string; candidates: Candidate[]; watchlistHits: { watchId: string; name: string; score: number; band: string; alertId?: string }[]; alerts: string[]; quality: { ok: boolean; reasons: string[] }[] }
interface Identity { identityId: string; underAlert: boolean; names: { name: string; count: number; firstSeen: string; lastSeen: string; documents: string[] }[]; encounters: { encounterId: string; fullName: string; occurredAt: string; post: string; agency: string; circumstance: string }[] }
interface EncounterOut { encounterId: string; identityId: string | null; person: { fullName: string; birthDate: string | null; nationality: string | null; documentNumber: string | null }; post: string; occurredAt: string; officer: string; agency: string; circumstance: string; legalBasis: string; retainUntil: string }

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

export function Encounters({ id }: { id?: string }) {
  const { t } = useI18n();
  const [fullName, setFullName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [nationality, setNationality] = useState('');
  const [postName, setPostName] = useState(() => localStorage.getItem('atalaya.post') ?? 'PTY-T1');
  const [circumstance, setCircumstance] = useState('border-crossing');
  const [legalBasis, setLegalBasis] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<EnrolResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (id) return <EncounterView id={id} />;

  const enrol = async () => {
    if (!file) return;
    setBusy(true); setError(null); setResult(null);
    try {
      const r = await post<EnrolResult>('/api/biometrics/encounters', {
        person: { ...(fullName ? { fullName } : {}), ...(birthDate ? { birthDate } : {}), ...(nationality ? { nationality } : {}) },
        post: postName, circumstance, legalBasis, images: [{ data: await toBase64(file), kind: 'live' }],
      });
      setResult(r);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <h1>{t('encounters.title')}</h1>
      <div className="card">
        <div className="row">
          <label>{t('common.name')}<input value={fullName} onChange={(e) => setFullName(e.target.value)} data-testid="enc-name" /></label>
          <label>DOB<input value={birthDate} placeholder="YYYY-MM-DD" onChange={(e) => setBirthDate(e.target.value)} size={11} /></label>
          <label>Nat.<input value={nationality} onChange={(e) => setNationality(e.target.value)} size={4} /></label>
          <label>{t('inspection.post')}<input value={postName} onChange={(e) => setPostName(e.target.value)} size={10} /></label>
          <label>circumstance<select value={circumstance} onChange={(e) => setCircumstance(e.target.value)}>{['border-crossing', 'migrant-reception', 'arrest'].map((c) => <option key={c}>{c}</option>)}</select></label>
          <label style={{ flex: 1 }}>legal basis<input value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} data-testid="enc-legal" /></label>
        </div>
        <div className="row" style={{ marginTop: 8 }}>
          <label>photo<input type="file" accept="image/jpeg,image/png" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="enc-photo" /></label>
          <button className="primary" disabled={!file || !legalBasis || busy} onClick={enrol} data-testid="enc-enrol">{busy ? t('common.loading') : 'Enrol'}</button>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
      </div>
      {result && (
        <div className="card" data-testid="enc-result">
          <h2>{result.link === 'linked' ? 'Linked to a known identity' : 'New identity'} · <a href={`#/encounters/${result.encounterId}`}>{result.encounterId.slice(0, 8)}</a></h2>
          {result.watchlistHits.map((h) => <p key={h.watchId} className="error">Watchlist: {h.name} ({h.score.toFixed(2)}, {h.band}){h.alertId && <> · <a href={`#/alerts/${h.alertId}`}>alert</a></>}</p>)}
          <table>
            <thead><tr><th>{t('common.score')}</th><th>{t('common.name')}</th><th>{t('common.date')}</th><th>{t('inspection.post')}</th></tr></thead>
            <tbody>{result.candidates.map((c) => (
              <tr key={c.encounterId} className="clickable" onClick={() => go(`encounters/${c.encounterId}`)}>
                <td><span className={`badge ${c.band === 'match' ? 'block' : c.band}`}>{c.score.toFixed(2)}</span></td><td>{c.fullName}</td><td>{c.occurredAt.slice(0, 10)}</td><td>{c.post}</td>
              </tr>
            ))}</tbody>
          </table>
          <IdentityView id={result.identityId} />
        </div>
      )}
    </div>
  );
}

function EncounterView({ id }: { id: string }) {
  const { t } = useI18n();
  const e = useGet<EncounterOut>(`/api/biometrics/encounters/${encodeURIComponent(id)}`);
  if (!e.data) return <Pending error={e.error} />;
  const d = e.data;
  return (
    <div>
      <h1>{d.person.fullName || '—'}</h1>
      <div className="card">
        <p>{d.occurredAt.replace('T', ' ').slice(0, 16)} · {d.post} · {d.agency} · {d.circumstance} · {d.legalBasis}</p>
        <p className="muted">DOB {d.person.birthDate ?? '–'} · {d.person.nationality ?? '–'} · {d.person.documentNumber ?? '–'} · retain until {d.retainUntil.slice(0, 10)}</p>
      </div>
      {d.identityId && <div className="card"><IdentityView id={d.identityId} /></div>}
    </div>
  );
}

function IdentityView({ id }: { id: string }) {
  const i = useGet<Identity>(`/api/biometrics/identities/${encodeURIComponent(id)}`);
  if (!i.data) return null;
  return (
    <>
      <h2>Identity {id.slice(0, 8)} {i.data.underAlert && <span className="badge block">under alert</span>}</h2>
      <table data-testid="identity-names">
        <thead><tr><th>name</th><th>times</th><th>first</th><th>last</th><th>documents</th></tr></thead>
        <tbody>{i.data.names.map((n) => <tr key={n.name}><td>{n.name}</td><td>{n.count}</td><td>{n.firstSeen.slice(0, 10)}</td><td>{n.lastSeen.slice(0, 10)}</td><td>{n.documents.join(', ')}</td></tr>)}</tbody>
      </table>
    </>
  );
}
